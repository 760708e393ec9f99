import Button from '@atlaskit/button/new';
import Select from '@atlaskit/select';
import type { SettingsDocument } from '../../../../src/shared/settings-contract';
import { type I18n, useT } from '../../../common/i18n/i18n-provider';
import { CheckboxInput, Field, SelectInput, TextInput } from '../fields';
import { GroupPicker, PeoplePicker } from '../people-picker';
import type { SectionProps } from '../section-props';

const CADENCES = [15, 30, 60, 120, 240, 480, 1440];
const every = (t: I18n['t'], m: number) =>
  t(
    'admin.stakeholderUpdates.cadence.every',
    m < 60 ? { unit: 'minutes', count: m } : m === 1440 ? { unit: 'day', count: 1 } : { unit: 'hours', count: m / 60 },
  );

/** The cadence choices for a level, keeping a stored value that is not among them (set by an import). */
function cadenceChoices(t: I18n['t'], current: number | null) {
  const minutes = current !== null && !CADENCES.includes(current) ? [...CADENCES, current].sort((a, b) => a - b) : CADENCES;
  return [{ value: 'none', label: t('admin.stakeholderUpdates.cadence.none') }, ...minutes.map((m) => ({ value: String(m), label: every(t, m) }))];
}

/** Where a message's value is set in emphasis (the term it warns about). */
const TERM_MARK = '\u0000';

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
  const { t } = useT();
  return (
    <Field label={label} problem={problem} help={value === 'every' ? undefined : t('admin.stakeholderUpdates.scope.nothingChosen')}>
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
  const { t } = useT();
  const { stakeholders } = draft;
  const [beforeTerm, afterTerm] = t('admin.stakeholderUpdates.intro', { term: TERM_MARK }).split(TERM_MARK);
  const levels = draft.priority.matrix.levels;
  const levelOptions = levels.map((l) => ({ value: l.id, label: l.label }));
  const categoryOptions = draft.taxonomy.categories.map((c) => ({ value: c.id, label: c.label }));
  return (
    <div>
      <p className="muted">
        {beforeTerm}
        <em>{t('admin.stakeholderUpdates.contactsTerm')}</em>
        {afterTerm}
      </p>
      <h3>{t('admin.stakeholderUpdates.cadence.heading')}</h3>
      {levels.map((level) => {
        const current = stakeholders.cadenceMinutes[level.id] ?? null;
        return (
          <SelectInput
            key={level.id}
            label={level.label}
            value={current === null ? 'none' : String(current)}
            options={cadenceChoices(t, current)}
            testId={`stakeholder-cadence-${level.id}`}
            problem={problem(`stakeholders.cadenceMinutes.${level.id}`)}
            onChange={(v) => update((d) => void (d.stakeholders.cadenceMinutes[level.id] = v === 'none' ? null : Number(v)))}
          />
        );
      })}
      <h3>{t('admin.stakeholderUpdates.audiences.heading')}</h3>
      {stakeholders.audiences.length === 0 && <p>{t('admin.stakeholderUpdates.audiences.none')}</p>}
      {stakeholders.audiences.map((a, i) => {
        const at = `stakeholders.audiences.${i}`;
        const change = (edit: (x: StakeholderAudience) => void) => update((d) => edit(d.stakeholders.audiences[i]!));
        return (
          <fieldset key={i} className="settings-fieldset" data-testid={`stakeholder-audience-${i}`}>
            <legend>{a.name || t('admin.stakeholderUpdates.audience.new')}</legend>
            <TextInput
              label={t('admin.stakeholderUpdates.audience.name.label')}
              value={a.name}
              width={300}
              help={t('admin.stakeholderUpdates.audience.name.help')}
              testId={`stakeholder-audience-${i}-name`}
              problem={problem(`${at}.name`)}
              onChange={(v) => change((x) => void (x.name = v))}
            />
            <ScopeChoice
              label={t('admin.stakeholderUpdates.audience.categories.label')}
              everyLabel={t('admin.stakeholderUpdates.audience.categories.every')}
              value={a.categories}
              options={categoryOptions}
              problem={problem(`${at}.categories`)}
              testId={`stakeholder-audience-${i}-categories`}
              onChange={(v) => change((x) => void (x.categories = v))}
            />
            <ScopeChoice
              label={t('admin.stakeholderUpdates.audience.levels.label')}
              everyLabel={t('admin.stakeholderUpdates.audience.levels.every')}
              value={a.levels}
              options={levelOptions}
              problem={problem(`${at}.levels`)}
              testId={`stakeholder-audience-${i}-levels`}
              onChange={(v) => change((x) => void (x.levels = v))}
            />
            <PeoplePicker
              label={t('admin.stakeholderUpdates.audience.users.label')}
              value={a.users}
              testId={`stakeholder-audience-${i}-users`}
              problem={problem(`${at}.users`)}
              help={t('admin.stakeholderUpdates.audience.users.help')}
              onChange={(ids) => change((x) => void (x.users = ids))}
            />
            <GroupPicker
              label={t('admin.stakeholderUpdates.audience.groups.label')}
              value={a.groups}
              testId={`stakeholder-audience-${i}-groups`}
              problem={problem(`${at}.groups`)}
              help={t('admin.stakeholderUpdates.audience.groups.help')}
              onChange={(names) => change((x) => void (x.groups = names))}
            />
            <Button appearance="subtle" onClick={() => update((d) => void d.stakeholders.audiences.splice(i, 1))} testId={`stakeholder-audience-${i}-remove`}>
              {t('admin.stakeholderUpdates.audience.remove')}
            </Button>
          </fieldset>
        );
      })}
      <Button onClick={() => update((d) => void d.stakeholders.audiences.push(newAudience()))} testId="stakeholder-audience-add">
        {t('admin.stakeholderUpdates.audience.add')}
      </Button>
    </div>
  );
}
