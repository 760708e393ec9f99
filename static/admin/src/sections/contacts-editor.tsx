import type { SettingsDocument } from '../../../../src/shared/resolver-contract';
import { CheckboxInput, ListInput, NumberInput, TextInput } from '../fields';

export type Contact = SettingsDocument['response']['contacts'][number];

const blank = (n: number): Contact => ({
  id: `contact-${n}`,
  name: '',
  role: '',
  channel: '',
  emergency: '',
  categories: [],
  levels: [],
  tellWithinMinutes: null,
  lawEnforcement: false,
});

/** The stakeholder contact inventory (seed 002): whom to involve, how to reach them, and by when. */
export function ContactsEditor({
  contacts,
  onChange,
  problem,
  pathPrefix,
}: {
  contacts: Contact[];
  onChange: (c: Contact[]) => void;
  problem: (path: string) => string | undefined;
  pathPrefix: string;
}) {
  const set = (i: number, patch: Partial<Contact>) => onChange(contacts.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  return (
    <div>
      {contacts.length === 0 && <p className="muted">No contacts yet. The incident panel says so, and the getting-started checklist asks for them.</p>}
      {contacts.map((c, i) => {
        const at = `${pathPrefix}.${i}`;
        return (
          <fieldset key={i} data-testid={`contact-${i}`}>
            <legend>
              {c.name || 'New contact'}
              {c.lawEnforcement ? ' (law enforcement)' : ''}
            </legend>
            <div className="row">
              <TextInput
                label="Name"
                value={c.name}
                width={200}
                problem={problem(`${at}.name`)}
                testId={`contact-${i}-name`}
                onChange={(name) => set(i, { name })}
              />
              <TextInput label="Role" value={c.role} width={200} problem={problem(`${at}.role`)} onChange={(role) => set(i, { role })} />
              <TextInput
                label="Channel"
                value={c.channel}
                width={200}
                help="#channel, mailbox or phone tree"
                problem={problem(`${at}.channel`)}
                onChange={(channel) => set(i, { channel })}
              />
              <TextInput
                label="Emergency contact"
                value={c.emergency}
                width={200}
                problem={problem(`${at}.emergency`)}
                onChange={(emergency) => set(i, { emergency })}
              />
            </div>
            <div className="row">
              <NumberInput
                label="Tell within (minutes)"
                value={c.tellWithinMinutes ?? Number.NaN}
                min={1}
                help="Empty: no deadline"
                problem={problem(`${at}.tellWithinMinutes`)}
                onChange={(v) => set(i, { tellWithinMinutes: Number.isNaN(v) ? null : v })}
              />
              <ListInput
                label="Only for categories (ids)"
                values={c.categories}
                help="Empty: every category"
                problem={problem(`${at}.categories`)}
                onChange={(categories) => set(i, { categories })}
              />
              <ListInput
                label="Only for priority levels (ids)"
                values={c.levels}
                help="Empty: every level"
                problem={problem(`${at}.levels`)}
                onChange={(levels) => set(i, { levels })}
              />
              <CheckboxInput
                label="Law enforcement"
                checked={c.lawEnforcement}
                testId={`contact-${i}-law`}
                onChange={(lawEnforcement) => set(i, { lawEnforcement })}
              />
              <button type="button" onClick={() => onChange(contacts.filter((_, j) => j !== i))}>
                Remove
              </button>
            </div>
          </fieldset>
        );
      })}
      <div className="row">
        <button type="button" data-testid="add-contact" onClick={() => onChange([...contacts, blank(contacts.length + 1)])}>
          Add a contact
        </button>
        <button
          type="button"
          onClick={() =>
            onChange([...contacts, { ...blank(contacts.length + 1), id: `police-${contacts.length + 1}`, role: 'Law enforcement', lawEnforcement: true }])
          }
        >
          Add a law-enforcement contact
        </button>
      </div>
    </div>
  );
}
