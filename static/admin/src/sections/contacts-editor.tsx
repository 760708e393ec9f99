import type { SettingsDocument } from '../../../../src/shared/resolver-contract';
import { useT } from '../../../common/i18n/i18n-provider';
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
  const { t } = useT();
  const set = (i: number, patch: Partial<Contact>) => onChange(contacts.map((c, j) => (j === i ? { ...c, ...patch } : c)));
  return (
    <div>
      {contacts.length === 0 && <p className="muted">{t('admin.contacts.none')}</p>}
      {contacts.map((c, i) => {
        const at = `${pathPrefix}.${i}`;
        return (
          <fieldset key={i} data-testid={`contact-${i}`}>
            <legend>{t('admin.contacts.legend', { name: c.name, named: c.name ? 'yes' : 'no', lawEnforcement: c.lawEnforcement ? 'yes' : 'no' })}</legend>
            <div className="row">
              <TextInput
                label={t('admin.contacts.name')}
                value={c.name}
                width={200}
                problem={problem(`${at}.name`)}
                testId={`contact-${i}-name`}
                onChange={(name) => set(i, { name })}
              />
              <TextInput label={t('admin.contacts.role')} value={c.role} width={200} problem={problem(`${at}.role`)} onChange={(role) => set(i, { role })} />
              <TextInput
                label={t('admin.contacts.channel.label')}
                value={c.channel}
                width={200}
                help={t('admin.contacts.channel.help')}
                problem={problem(`${at}.channel`)}
                onChange={(channel) => set(i, { channel })}
              />
              <TextInput
                label={t('admin.contacts.emergency')}
                value={c.emergency}
                width={200}
                problem={problem(`${at}.emergency`)}
                onChange={(emergency) => set(i, { emergency })}
              />
            </div>
            <div className="row">
              <NumberInput
                label={t('admin.contacts.tellWithin.label')}
                value={c.tellWithinMinutes ?? Number.NaN}
                min={1}
                help={t('admin.contacts.tellWithin.help')}
                problem={problem(`${at}.tellWithinMinutes`)}
                onChange={(v) => set(i, { tellWithinMinutes: Number.isNaN(v) ? null : v })}
              />
              <ListInput
                label={t('admin.contacts.categories.label')}
                values={c.categories}
                help={t('admin.contacts.categories.help')}
                problem={problem(`${at}.categories`)}
                onChange={(categories) => set(i, { categories })}
              />
              <ListInput
                label={t('admin.contacts.levels.label')}
                values={c.levels}
                help={t('admin.contacts.levels.help')}
                problem={problem(`${at}.levels`)}
                onChange={(levels) => set(i, { levels })}
              />
              <CheckboxInput
                label={t('admin.contacts.lawEnforcement')}
                checked={c.lawEnforcement}
                testId={`contact-${i}-law`}
                onChange={(lawEnforcement) => set(i, { lawEnforcement })}
              />
              <button type="button" onClick={() => onChange(contacts.filter((_, j) => j !== i))}>
                {t('admin.contacts.remove')}
              </button>
            </div>
          </fieldset>
        );
      })}
      <div className="row">
        <button type="button" data-testid="add-contact" onClick={() => onChange([...contacts, blank(contacts.length + 1)])}>
          {t('admin.contacts.add')}
        </button>
        <button
          type="button"
          onClick={() =>
            onChange([
              ...contacts,
              { ...blank(contacts.length + 1), id: `police-${contacts.length + 1}`, role: t('admin.contacts.lawEnforcementRole'), lawEnforcement: true },
            ])
          }
        >
          {t('admin.contacts.addLawEnforcement')}
        </button>
      </div>
    </div>
  );
}
