import { useState } from 'react';
import { alertSourceUrl } from '../../../../src/shared/settings-contract';
import { alertmanagerSnippet, genericSnippet, grafanaSnippet } from '../alert-source-snippets';
import { useT } from '../../../common/i18n/i18n-provider';
import { CheckboxInput, NumberInput } from '../fields';
import type { SectionProps } from '../section-props';
import { AlertSourceEditor, type AlertSourceDoc } from './alert-source-editor';
import { AlertSourceSecret } from './alert-source-secret';

/** Alertmanager's conventional severities, as the app's defaults give them to a new source. */
const DEFAULT_SEVERITIES: AlertSourceDoc['severities'] = {
  critical: { impact: 'high', urgency: 'high' },
  error: { impact: 'medium', urgency: 'high' },
  warning: { impact: 'medium', urgency: 'medium' },
  info: { impact: 'low', urgency: 'low' },
};

/** Configuration is rendered only while its box is open: YAML keys are code, not words for the page. */
function Snippet({ title, text, testId }: { title: string; text: string; testId: string }) {
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(e) => setOpen(e.currentTarget.open)} data-testid={testId}>
      <summary>{title}</summary>
      {open && (
        <pre className="settings-fieldset" style={{ overflowX: 'auto' }}>
          {text}
        </pre>
      )}
    </details>
  );
}

/** Monitors that send alerts to the app's web trigger: each with its URL, secret and configuration. */
export function AlertsSection({ draft, view, update, problem }: SectionProps) {
  const { t } = useT();
  const { sources, grouping } = draft.alerts;
  const newSource = (): AlertSourceDoc => {
    // The scope's lists are explicit: "all" offers the site's, nothing ticked offers nothing (the source then asks to choose).
    const projects = draft.scope.allProjects ? view.site.projects.map((p) => p.key) : draft.scope.projectKeys;
    const types = draft.scope.allIssueTypes ? view.site.issueTypes.map((type) => type.id) : draft.scope.issueTypeIds;
    const categories = draft.taxonomy.categories.map((c) => c.id);
    return {
      id: `source-${sources.length + 1}`,
      name: '',
      format: 'alertmanager',
      enabled: true,
      projectKey: projects[0] ?? '',
      issueTypeId: types[0] ?? '',
      categoryId: categories.includes('technical') ? 'technical' : (categories[0] ?? ''),
      categoryLabel: 'category',
      severities: structuredClone(DEFAULT_SEVERITIES),
      hmacHeader: null,
      hmacTimestampHeader: null,
    };
  };
  const { triggerUrl, secretSet } = view.alertSources;
  return (
    <div>
      <p className="muted">{t('admin.alerts.intro')}</p>
      {triggerUrl === null && (
        <div className="problems" role="status">
          {t('admin.alerts.noTriggerUrl')}
        </div>
      )}
      {sources.length === 0 && <p>{t('admin.alerts.none')}</p>}
      {sources.map((source, i) => {
        const stored = view.config.alerts.sources.find((s) => s.id === source.id);
        const url = stored ? alertSourceUrl(triggerUrl, stored) : null;
        return (
          <fieldset key={i} className="settings-fieldset" data-testid={`source-${i}`}>
            <legend>{source.name || t('admin.alerts.newSource')}</legend>
            <AlertSourceEditor
              source={source}
              draft={draft}
              view={view}
              idEditable={!stored}
              pathPrefix={`alerts.sources.${i}`}
              problem={problem}
              testId={`source-${i}-edit`}
              onChange={(s) => update((d) => void (d.alerts.sources[i] = s))}
            />
            <h4>{t('admin.alerts.addressAndSecret')}</h4>
            {url ? (
              <p>
                {t('admin.alerts.address')} <code data-testid={`source-${i}-url`}>{url}</code>
              </p>
            ) : (
              !stored && <p className="muted">{t('admin.alerts.saveForAddress')}</p>
            )}
            <AlertSourceSecret sourceId={source.id} saved={stored !== undefined} secretSet={secretSet[source.id] === true} testId={`source-${i}-secret`} />
            {url && (
              <>
                {source.format === 'alertmanager' && (
                  <Snippet title={t('admin.alerts.snippet.alertmanager')} text={alertmanagerSnippet(url)} testId={`source-${i}-snippet`} />
                )}
                {source.format === 'grafana' && (
                  <Snippet
                    title={t('admin.alerts.snippet.grafana')}
                    text={grafanaSnippet(url, { header: source.hmacHeader, timestampHeader: source.hmacTimestampHeader })}
                    testId={`source-${i}-snippet`}
                  />
                )}
                {source.format === 'generic' && <Snippet title={t('admin.alerts.snippet.generic')} text={genericSnippet(url)} testId={`source-${i}-snippet`} />}
              </>
            )}
            <button type="button" onClick={() => update((d) => void d.alerts.sources.splice(i, 1))}>
              {t('admin.alerts.remove')}
            </button>
            {stored && <span className="muted"> {t('admin.alerts.removeNote')}</span>}
          </fieldset>
        );
      })}
      <button type="button" data-testid="source-add" onClick={() => update((d) => void d.alerts.sources.push(newSource()))}>
        {t('admin.alerts.add')}
      </button>
      <h3>{t('admin.alerts.grouping.heading')}</h3>
      <CheckboxInput
        label={t('admin.alerts.grouping.resolveUnconfirmed')}
        checked={grouping.resolveUnconfirmedOnResolved}
        testId="alerts-resolve-unconfirmed"
        onChange={(v) => update((d) => void (d.alerts.grouping.resolveUnconfirmedOnResolved = v))}
      />
      <p className="muted">{t('admin.alerts.grouping.resolveUnconfirmedNote')}</p>
      <NumberInput
        label={t('admin.alerts.grouping.flapping.label')}
        value={grouping.flappingWindowMinutes}
        min={0}
        testId="alerts-flapping"
        problem={problem('alerts.grouping.flappingWindowMinutes')}
        help={t('admin.alerts.grouping.flapping.help')}
        onChange={(v) => update((d) => void (d.alerts.grouping.flappingWindowMinutes = v))}
      />
    </div>
  );
}
