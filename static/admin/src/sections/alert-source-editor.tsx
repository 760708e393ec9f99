import type { SettingsDocument, SettingsView } from '../../../../src/shared/resolver-contract';
import Textfield from '@atlaskit/textfield';
import type { MessageKey } from '../../../common/i18n/message-key';
import { useT } from '../../../common/i18n/i18n-provider';
import { CheckboxInput, ChoiceSelect, SelectInput, TextInput } from '../fields';

export type AlertSourceDoc = SettingsDocument['alerts']['sources'][number];
type Relative = AlertSourceDoc['severities'][string]['impact'];

const RELATIVE: { value: Relative; label: MessageKey }[] = [
  { value: 'low', label: 'admin.alertSource.level.low' },
  { value: 'medium', label: 'admin.alertSource.level.medium' },
  { value: 'high', label: 'admin.alertSource.level.high' },
];

const FORMATS: { value: AlertSourceDoc['format']; label: MessageKey }[] = [
  { value: 'alertmanager', label: 'admin.alertSource.format.alertmanager' },
  { value: 'grafana', label: 'admin.alertSource.format.grafana' },
  { value: 'generic', label: 'admin.alertSource.format.generic' },
];

/** The severity label's values and the impact and urgency each gives, on the matrix's own scale. */
function SeverityTable({
  value,
  onChange,
  testId,
}: {
  value: AlertSourceDoc['severities'];
  onChange: (v: AlertSourceDoc['severities']) => void;
  testId: string;
}) {
  const { t } = useT();
  const rows = Object.entries(value);
  const levels = RELATIVE.map((r) => ({ value: r.value, label: t(r.label) }));
  const rename = (from: string, to: string) => onChange(Object.fromEntries(rows.map(([k, v]) => [k === from ? to : k, v])));
  return (
    <fieldset className="settings-fieldset" data-testid={testId}>
      <legend>{t('admin.alertSource.severity.legend')}</legend>
      <p className="help">{t('admin.alertSource.severity.help')}</p>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('admin.alertSource.severity.value')}</th>
            <th scope="col">{t('admin.alertSource.severity.impact')}</th>
            <th scope="col">{t('admin.alertSource.severity.urgency')}</th>
            <th scope="col">
              <span className="muted">{t('admin.alertSource.severity.remove')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, chosen], i) => (
            <tr key={i}>
              <td>
                <Textfield
                  aria-label={t('admin.alertSource.severity.valueNumber', { number: i + 1 })}
                  value={label}
                  width={160}
                  onChange={(e) => rename(label, e.currentTarget.value)}
                />
              </td>
              {(['impact', 'urgency'] as const).map((axis) => (
                <td key={axis}>
                  <ChoiceSelect
                    label={t(axis === 'impact' ? 'admin.alertSource.severity.impactFor' : 'admin.alertSource.severity.urgencyFor', {
                      value: label,
                      named: label ? 'yes' : 'no',
                    })}
                    value={chosen[axis]}
                    options={levels}
                    width={140}
                    onChange={(level) => onChange({ ...value, [label]: { ...chosen, [axis]: level } })}
                  />
                </td>
              ))}
              <td>
                <button
                  type="button"
                  aria-label={t('admin.alertSource.severity.removeValue', { value: label, named: label ? 'yes' : 'no' })}
                  onClick={() => onChange(Object.fromEntries(rows.filter(([k]) => k !== label)))}
                >
                  {t('admin.alertSource.severity.remove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" disabled={'' in value} onClick={() => onChange({ ...value, '': { impact: 'medium', urgency: 'medium' } })}>
        {t('admin.alertSource.severity.add')}
      </button>
    </fieldset>
  );
}

/** One source's settings: what it is, where its incidents go and how its labels read. */
export function AlertSourceEditor({
  source,
  draft,
  view,
  idEditable,
  pathPrefix,
  problem,
  onChange,
  testId,
}: {
  source: AlertSourceDoc;
  draft: SettingsDocument;
  view: SettingsView;
  idEditable: boolean;
  pathPrefix: string;
  problem: (path: string) => string | undefined;
  onChange: (s: AlertSourceDoc) => void;
  testId: string;
}) {
  const { t } = useT();
  const inScope = <T,>(site: T[], everything: boolean, scope: string[], key: (t: T) => string) =>
    everything ? site : site.filter((item) => scope.includes(key(item)));
  const projects = inScope(view.site.projects, draft.scope.allProjects, draft.scope.projectKeys, (p) => p.key);
  const types = inScope(view.site.issueTypes, draft.scope.allIssueTypes, draft.scope.issueTypeIds, (type) => type.id);
  const withCurrent = (options: { value: string; label: string }[], current: string) =>
    options.some((o) => o.value === current)
      ? options
      : [{ value: current, label: t(current ? 'admin.alertSource.choice.gone' : 'admin.alertSource.choice.none') }, ...options];
  const at = (field: string) => problem(`${pathPrefix}.${field}`);
  return (
    <div data-testid={testId}>
      <TextInput
        label={t('admin.alertSource.name.label')}
        value={source.name}
        testId={`${testId}-name`}
        problem={at('name')}
        help={t('admin.alertSource.name.help')}
        onChange={(name) => onChange({ ...source, name })}
      />
      {idEditable && (
        <TextInput
          label={t('admin.alertSource.id.label')}
          value={source.id}
          testId={`${testId}-id`}
          problem={at('id')}
          help={t('admin.alertSource.id.help')}
          onChange={(id) => onChange({ ...source, id })}
        />
      )}
      <SelectInput
        label={t('admin.alertSource.format.label')}
        value={source.format}
        options={FORMATS.map((f) => ({ value: f.value, label: t(f.label) }))}
        testId={`${testId}-format`}
        onChange={(format) => onChange({ ...source, format, ...(format === 'grafana' ? {} : { hmacHeader: null, hmacTimestampHeader: null }) })}
      />
      <CheckboxInput
        label={t('admin.alertSource.enabled')}
        checked={source.enabled}
        testId={`${testId}-enabled`}
        onChange={(enabled) => onChange({ ...source, enabled })}
      />
      <div className="row">
        <SelectInput
          label={t('admin.alertSource.project')}
          value={source.projectKey}
          options={withCurrent(
            projects.map((p) => ({ value: p.key, label: p.name })),
            source.projectKey,
          )}
          testId={`${testId}-project`}
          problem={at('projectKey')}
          onChange={(projectKey) => onChange({ ...source, projectKey })}
        />
        <SelectInput
          label={t('admin.alertSource.issueType')}
          value={source.issueTypeId}
          options={withCurrent(
            types.map((type) => ({ value: type.id, label: type.name })),
            source.issueTypeId,
          )}
          testId={`${testId}-issue-type`}
          problem={at('issueTypeId')}
          onChange={(issueTypeId) => onChange({ ...source, issueTypeId })}
        />
      </div>
      <div className="row">
        <SelectInput
          label={t('admin.alertSource.category.label')}
          value={source.categoryId}
          options={withCurrent(
            draft.taxonomy.categories.map((c) => ({ value: c.id, label: c.label })),
            source.categoryId,
          )}
          testId={`${testId}-category`}
          problem={at('categoryId')}
          help={t('admin.alertSource.category.help')}
          onChange={(categoryId) => onChange({ ...source, categoryId })}
        />
        <TextInput
          label={t('admin.alertSource.categoryLabel')}
          value={source.categoryLabel}
          width={160}
          testId={`${testId}-category-label`}
          problem={at('categoryLabel')}
          onChange={(categoryLabel) => onChange({ ...source, categoryLabel })}
        />
      </div>
      <SeverityTable value={source.severities} testId={`${testId}-severities`} onChange={(severities) => onChange({ ...source, severities })} />
      {problem(`${pathPrefix}.severities`) && <p className="problem">{problem(`${pathPrefix}.severities`)}</p>}
      {source.format === 'grafana' && (
        <div className="row">
          <TextInput
            label={t('admin.alertSource.hmac.header.label')}
            value={source.hmacHeader ?? ''}
            width={260}
            problem={at('hmacHeader')}
            help={t('admin.alertSource.hmac.header.help')}
            onChange={(v) => onChange({ ...source, hmacHeader: v.trim() || null })}
          />
          <TextInput
            label={t('admin.alertSource.hmac.timestamp.label')}
            value={source.hmacTimestampHeader ?? ''}
            width={260}
            problem={at('hmacTimestampHeader')}
            help={t('admin.alertSource.hmac.timestamp.help')}
            onChange={(v) => onChange({ ...source, hmacTimestampHeader: v.trim() || null })}
          />
        </div>
      )}
    </div>
  );
}
