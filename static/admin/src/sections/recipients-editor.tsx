import type { SettingsDocument } from '../../../../src/shared/resolver-contract';
import { useT } from '../../../common/i18n/i18n-provider';
import { CheckboxInput } from '../fields';
import { GroupPicker, PeoplePicker } from '../people-picker';

export type Recipients = SettingsDocument['sla']['escalation']['default']['warning'];
export type EscalationPathDoc = SettingsDocument['sla']['escalation']['default'];

/** Who is told: the people by role, named people (picked by name) and Jira groups. */
export function RecipientsEditor({
  title,
  value,
  onChange,
  problem,
  testId,
}: {
  title: string;
  value: Recipients;
  onChange: (r: Recipients) => void;
  problem?: string;
  testId?: string;
}) {
  const { t } = useT();
  return (
    <fieldset data-testid={testId}>
      <legend>{title}</legend>
      <div className="row">
        <CheckboxInput label={t('admin.recipients.assignee')} checked={value.assignee} onChange={(assignee) => onChange({ ...value, assignee })} />
        <CheckboxInput label={t('admin.recipients.reporter')} checked={value.reporter} onChange={(reporter) => onChange({ ...value, reporter })} />
        <CheckboxInput label={t('admin.recipients.watchers')} checked={value.watchers} onChange={(watchers) => onChange({ ...value, watchers })} />
      </div>
      <div className="row">
        <PeoplePicker
          label={t('admin.recipients.users')}
          value={value.users}
          onChange={(users) => onChange({ ...value, users })}
          testId={testId ? `${testId}-users` : undefined}
        />
        <GroupPicker
          label={t('admin.recipients.groups')}
          value={value.groups}
          onChange={(groups) => onChange({ ...value, groups })}
          testId={testId ? `${testId}-groups` : undefined}
        />
      </div>
      {problem && <div className="problem">{problem}</div>}
    </fieldset>
  );
}

export function PathEditor({ value, onChange, testId }: { value: EscalationPathDoc; onChange: (p: EscalationPathDoc) => void; testId?: string }) {
  const { t } = useT();
  return (
    <div className="row" style={{ alignItems: 'start' }}>
      <RecipientsEditor
        title={t('admin.recipients.path.warning')}
        value={value.warning}
        testId={testId ? `${testId}-warning` : undefined}
        onChange={(warning) => onChange({ ...value, warning })}
      />
      <RecipientsEditor
        title={t('admin.recipients.path.breach')}
        value={value.breach}
        testId={testId ? `${testId}-breach` : undefined}
        onChange={(breach) => onChange({ ...value, breach })}
      />
    </div>
  );
}
