import Button from '@atlaskit/button/new';
import Select from '@atlaskit/select';
import type { SettingsDocument } from '../../../../src/shared/settings-contract';
import { CheckboxInput, Field, SelectInput, TextInput } from '../fields';
import { GroupPicker, PeoplePicker } from '../people-picker';
import type { SectionProps } from '../section-props';

const CADENCES = [15, 30, 60, 120, 240, 480, 1440];
const every = (m: number) => (m < 60 ? `Every ${m} minutes` : m === 60 ? 'Every hour' : m === 1440 ? 'Once a day' : `Every ${m / 60} hours`);

/** The cadence choices for a level, keeping a stored value that is not among them (set by an import). */
function cadenceChoices(current: number | null) {
  const minutes = current !== null && !CADENCES.includes(current) ? [...CADENCES, current].sort((a, b) => a - b) : CADENCES;
  return [{ value: 'none', label: 'No cadence: no reminders' }, ...minutes.map((m) => ({ value: String(m), label: every(m) }))];
}

type StakeholderAudience = SettingsDocument['stakeholders']['audiences'][number];

const newAudience = (): StakeholderAudience => ({ name: '', categories: 'every', levels: 'every', users: [], groups: [] });

interface Option {
  value: string;
  label: string;
}

/** "Every" as a checkbox, or the chosen ones in a multi-select; nothing chosen means nobody is told. */
function ScopeChoice({
  label,
  everyLabel,
  value,
  options,
  problem,
  testId,
  onChange,
}: {
  label: string;
  everyLabel: string;
  value: 'every' | string[];
  options: Option[];
  problem?: string;
  testId: string;
  onChange: (v: 'every' | string[]) => void;
}) {
  return (
    <Field label={label} problem={problem} help={value === 'every' ? undefined : 'Nothing chosen means this group hears of no incident.'}>
      {(id, d) => (
        <div data-testid={testId}>
          <CheckboxInput label={everyLabel} checked={value === 'every'} testId={`${testId}-every`} onChange={(on) => onChange(on ? 'every' : [])} />
          {value !== 'every' && (
            <div style={{ width: 360 }}>
              <Select<Option, true>
                inputId={id}
                aria-describedby={d}
                isMulti
                isInvalid={Boolean(problem)}
                options={options}
                value={options.filter((o) => value.includes(o.value))}
                onChange={(chosen) => onChange(chosen.map((o) => o.value))}
                spacing="compact"
              />
            </div>
          )}
        </div>
      )}
    </Field>
  );
}

/** Stakeholder updates (issue 32): how often each level's stakeholders hear, and who they are. */
export function StakeholderUpdatesSection({ draft, update, problem }: SectionProps) {
  const { stakeholders } = draft;
  const levels = draft.priority.matrix.levels;
  const levelOptions = levels.map((l) => ({ value: l.id, label: l.label }));
  const categoryOptions = draft.taxonomy.categories.map((c) => ({ value: c.id, label: c.label }));
  return (
    <div>
      <p className="muted">
        While an incident is open, its commander (else its assignee) is reminded by Jira notification when the next update to stakeholders is due, and writes it
        in the incident panel. Updates go by Jira notification to the people and groups below, only to those who can see the incident, and never to the
        reporter. Portal customers cannot be stakeholders: updates are internal. These are not the <em>stakeholder contacts</em> under Roles and contacts: those
        are outside parties (a regulator, the police, a customer&apos;s security desk) the team reaches by their own channels; the app does not message them.
      </p>
      <h3>How often, per priority level</h3>
      {levels.map((level) => {
        const current = stakeholders.cadenceMinutes[level.id] ?? null;
        return (
          <SelectInput
            key={level.id}
            label={level.label}
            value={current === null ? 'none' : String(current)}
            options={cadenceChoices(current)}
            testId={`stakeholder-cadence-${level.id}`}
            problem={problem(`stakeholders.cadenceMinutes.${level.id}`)}
            onChange={(v) => update((d) => void (d.stakeholders.cadenceMinutes[level.id] = v === 'none' ? null : Number(v)))}
          />
        );
      })}
      <h3>Who hears, per category and level</h3>
      {stakeholders.audiences.length === 0 && <p>Nobody yet: updates are recorded in the timeline only. Add the people who must hear how incidents go.</p>}
      {stakeholders.audiences.map((a, i) => {
        const at = `stakeholders.audiences.${i}`;
        const change = (edit: (x: StakeholderAudience) => void) => update((d) => edit(d.stakeholders.audiences[i]!));
        return (
          <fieldset key={i} className="settings-fieldset" data-testid={`stakeholder-audience-${i}`}>
            <legend>{a.name || 'New group of stakeholders'}</legend>
            <TextInput
              label="Name"
              value={a.name}
              width={300}
              help='For you, e.g. "Executives"; recipients do not see it.'
              testId={`stakeholder-audience-${i}-name`}
              problem={problem(`${at}.name`)}
              onChange={(v) => change((x) => void (x.name = v))}
            />
            <ScopeChoice
              label="For incidents of these categories"
              everyLabel="Every category"
              value={a.categories}
              options={categoryOptions}
              problem={problem(`${at}.categories`)}
              testId={`stakeholder-audience-${i}-categories`}
              onChange={(v) => change((x) => void (x.categories = v))}
            />
            <ScopeChoice
              label="At these priority levels"
              everyLabel="Every level"
              value={a.levels}
              options={levelOptions}
              problem={problem(`${at}.levels`)}
              testId={`stakeholder-audience-${i}-levels`}
              onChange={(v) => change((x) => void (x.levels = v))}
            />
            <PeoplePicker
              label="People"
              value={a.users}
              testId={`stakeholder-audience-${i}-users`}
              problem={problem(`${at}.users`)}
              help="People with a Jira licence; portal customers are refused on save."
              onChange={(ids) => change((x) => void (x.users = ids))}
            />
            <GroupPicker
              label="Groups"
              value={a.groups}
              testId={`stakeholder-audience-${i}-groups`}
              problem={problem(`${at}.groups`)}
              help="Every member who can see the incident hears."
              onChange={(names) => change((x) => void (x.groups = names))}
            />
            <Button appearance="subtle" onClick={() => update((d) => void d.stakeholders.audiences.splice(i, 1))} testId={`stakeholder-audience-${i}-remove`}>
              Remove this group of stakeholders
            </Button>
          </fieldset>
        );
      })}
      <Button onClick={() => update((d) => void d.stakeholders.audiences.push(newAudience()))} testId="stakeholder-audience-add">
        Add stakeholders
      </Button>
    </div>
  );
}
