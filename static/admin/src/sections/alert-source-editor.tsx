import type { SettingsDocument, SettingsView } from '../../../../src/shared/resolver-contract';
import Textfield from '@atlaskit/textfield';
import { CheckboxInput, ChoiceSelect, SelectInput, TextInput } from '../fields';

export type AlertSourceDoc = SettingsDocument['alerts']['sources'][number];
type Relative = AlertSourceDoc['severities'][string]['impact'];

const RELATIVE: { value: Relative; label: string }[] = [
  { value: 'low', label: 'Low' },
  { value: 'medium', label: 'Medium' },
  { value: 'high', label: 'High' },
];

const FORMATS: { value: AlertSourceDoc['format']; label: string }[] = [
  { value: 'alertmanager', label: 'Prometheus Alertmanager' },
  { value: 'grafana', label: 'Grafana alerting' },
  { value: 'generic', label: 'Generic JSON (scripts, cloud monitors)' },
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
  const rows = Object.entries(value);
  const rename = (from: string, to: string) => onChange(Object.fromEntries(rows.map(([k, v]) => [k === from ? to : k, v])));
  return (
    <fieldset className="settings-fieldset" data-testid={testId}>
      <legend>Severity</legend>
      <p className="help">
        The alert's severity label gives the incident's impact and urgency; the priority follows from the matrix. Other values: medium and medium.
      </p>
      <table>
        <thead>
          <tr>
            <th scope="col">Severity label value</th>
            <th scope="col">Impact</th>
            <th scope="col">Urgency</th>
            <th scope="col">
              <span className="muted">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(([label, levels], i) => (
            <tr key={i}>
              <td>
                <Textfield aria-label={`Severity value ${i + 1}`} value={label} width={160} onChange={(e) => rename(label, e.currentTarget.value)} />
              </td>
              {(['impact', 'urgency'] as const).map((axis) => (
                <td key={axis}>
                  <ChoiceSelect
                    label={`${axis === 'impact' ? 'Impact' : 'Urgency'} for ${label || 'this value'}`}
                    value={levels[axis]}
                    options={RELATIVE}
                    width={140}
                    onChange={(level) => onChange({ ...value, [label]: { ...levels, [axis]: level } })}
                  />
                </td>
              ))}
              <td>
                <button
                  type="button"
                  aria-label={`Remove ${label || 'this value'}`}
                  onClick={() => onChange(Object.fromEntries(rows.filter(([k]) => k !== label)))}
                >
                  Remove
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" disabled={'' in value} onClick={() => onChange({ ...value, '': { impact: 'medium', urgency: 'medium' } })}>
        Add a severity
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
  const inScope = <T,>(site: T[], everything: boolean, scope: string[], key: (t: T) => string) =>
    everything ? site : site.filter((t) => scope.includes(key(t)));
  const projects = inScope(view.site.projects, draft.scope.allProjects, draft.scope.projectKeys, (p) => p.key);
  const types = inScope(view.site.issueTypes, draft.scope.allIssueTypes, draft.scope.issueTypeIds, (t) => t.id);
  const withCurrent = (options: { value: string; label: string }[], current: string) =>
    options.some((o) => o.value === current)
      ? options
      : [{ value: current, label: current ? 'Not available any more: choose another' : 'Choose…' }, ...options];
  const at = (field: string) => problem(`${pathPrefix}.${field}`);
  return (
    <div data-testid={testId}>
      <TextInput
        label="Name"
        value={source.name}
        testId={`${testId}-name`}
        problem={at('name')}
        help="What people read, e.g. Prometheus (production)."
        onChange={(name) => onChange({ ...source, name })}
      />
      {idEditable && (
        <TextInput
          label="Name in the URL"
          value={source.id}
          testId={`${testId}-id`}
          problem={at('id')}
          help="Lower-case letters, digits and hyphens; fixed once saved, as the monitor's configuration uses it."
          onChange={(id) => onChange({ ...source, id })}
        />
      )}
      <SelectInput
        label="Format"
        value={source.format}
        options={FORMATS}
        testId={`${testId}-format`}
        onChange={(format) => onChange({ ...source, format, ...(format === 'grafana' ? {} : { hmacHeader: null, hmacTimestampHeader: null }) })}
      />
      <CheckboxInput
        label="Enabled (switched off, its requests are refused and nothing is stored)"
        checked={source.enabled}
        testId={`${testId}-enabled`}
        onChange={(enabled) => onChange({ ...source, enabled })}
      />
      <div className="row">
        <SelectInput
          label="Project its incidents go to"
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
          label="Issue type"
          value={source.issueTypeId}
          options={withCurrent(
            types.map((t) => ({ value: t.id, label: t.name })),
            source.issueTypeId,
          )}
          testId={`${testId}-issue-type`}
          problem={at('issueTypeId')}
          onChange={(issueTypeId) => onChange({ ...source, issueTypeId })}
        />
      </div>
      <div className="row">
        <SelectInput
          label="Default category"
          value={source.categoryId}
          options={withCurrent(
            draft.taxonomy.categories.map((c) => ({ value: c.id, label: c.label })),
            source.categoryId,
          )}
          testId={`${testId}-category`}
          problem={at('categoryId')}
          help="For alerts whose label names no category of the taxonomy."
          onChange={(categoryId) => onChange({ ...source, categoryId })}
        />
        <TextInput
          label="Label that names a category"
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
            label="HMAC signature header (optional)"
            value={source.hmacHeader ?? ''}
            width={260}
            problem={at('hmacHeader')}
            help="As set in Grafana, e.g. X-Grafana-Alerting-Signature; empty: the bearer secret alone."
            onChange={(v) => onChange({ ...source, hmacHeader: v.trim() || null })}
          />
          <TextInput
            label="HMAC timestamp header (optional)"
            value={source.hmacTimestampHeader ?? ''}
            width={260}
            problem={at('hmacTimestampHeader')}
            help="When Grafana signs the time with the body."
            onChange={(v) => onChange({ ...source, hmacTimestampHeader: v.trim() || null })}
          />
        </div>
      )}
    </div>
  );
}
