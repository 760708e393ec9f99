import Heading from '@atlaskit/heading';
import { Box, Stack } from '@atlaskit/primitives';
import Spinner from '@atlaskit/spinner';
import { lazy, Suspense, useState } from 'react';
import { SETTINGS_SECTIONS, sectionOfPath } from '../../../src/shared/settings-sections';
import { ActionButton } from '../../common/action-button';
import { ErrorMessage } from '../../common/error-message';
import { Notice } from './notice';
import { SectionProblems } from './section-problems';
import { whatIsOn } from './setup-summary';
import type { SectionProps } from './section-props';
import { GettingStartedSection } from './sections/getting-started-section';
import { useSettings } from './use-settings';
import './settings.css';

const load = <K extends string>(loader: () => Promise<Record<K, (p: SectionProps) => JSX.Element>>, name: K) =>
  lazy(async () => ({ default: (await loader())[name] }));

/** Each editing section loads when first opened, so the page's first paint stays small. */
const SECTIONS: Record<string, React.ComponentType<SectionProps>> = {
  scope: load(() => import('./sections/scope-section'), 'ScopeSection'),
  taxonomy: load(() => import('./sections/taxonomy-section'), 'TaxonomySection'),
  priority: load(() => import('./sections/matrix-section'), 'MatrixSection'),
  sla: load(() => import('./sections/sla-section'), 'SlaSection'),
  legal: load(() => import('./sections/legal-section'), 'LegalSection'),
  escalation: load(() => import('./sections/escalation-section'), 'EscalationSection'),
  people: load(() => import('./sections/people-section'), 'PeopleSection'),
  runbooks: load(() => import('./sections/runbooks-section'), 'RunbooksSection'),
  postmortem: load(() => import('./sections/postmortem-section'), 'PostmortemSection'),
  oncall: load(() => import('./sections/oncall-section'), 'OnCallSection'),
  stakeholders: load(() => import('./sections/stakeholder-updates-section'), 'StakeholderUpdatesSection'),
  alerts: load(() => import('./sections/alerts-section'), 'AlertsSection'),
  costs: load(() => import('./sections/costs-section'), 'CostsSection'),
  restrictions: load(() => import('./sections/restrictions-section'), 'RestrictionsSection'),
  access: load(() => import('./sections/access-section'), 'AccessSection'),
  projects: load(() => import('./sections/projects-section'), 'ProjectsSection'),
};
const HistorySection = lazy(async () => ({ default: (await import('./sections/history-section')).HistorySection }));

const NAV = [
  { id: 'start', label: 'Getting started' },
  ...SETTINGS_SECTIONS.filter((s) => s.id !== 'general'),
  { id: 'history', label: 'Versions, import, export' },
];

/** The app's settings page (Jira settings > Apps): every policy, validated on save, versioned. */
export function SettingsPage({ initialSection = null }: { initialSection?: string | null }) {
  const s = useSettings();
  const [chosen, setCurrent] = useState<string | null>(initialSection && SECTIONS[initialSection] ? initialSection : null);
  const [dismissedSave, setDismissedSave] = useState<number | null>(null);
  if (s.loadError)
    return (
      <Box padding="space.300">
        <ErrorMessage error={s.loadError} action={{ text: 'Try again', onClick: () => void s.reload() }} />
      </Box>
    );
  if (!s.view || !s.draft)
    return (
      <Box padding="space.300">
        <Spinner label="Loading settings" />
      </Box>
    );
  const fields = s.saveError?.code === 'VALIDATION_FAILED' ? Object.entries(s.saveError.fields ?? {}) : [];
  const problemsIn = (id: string) => fields.filter(([path]) => sectionOfPath(path === '(settings)' ? '' : path) === id);
  const props: SectionProps = {
    draft: s.draft,
    view: s.view,
    update: s.update,
    dirty: s.dirty,
    problem: (path) => s.saveError?.fields?.[path],
    saveNow: (doc) => s.save(doc),
  };
  // As installed the app is off: the page opens where an admin turns it on.
  const notSetUp = !s.view.config.scope.setUp;
  const current = chosen ?? (notSetUp ? 'scope' : 'start');
  const Section = SECTIONS[current];
  return (
    <Box padding="space.300">
      <div className="settings">
        <Stack space="space.200">
          {/* No heading of its own: Jira shows the page's title (the module's title) above the app. */}
          {notSetUp && (
            <Notice appearance="information" title="Not set up yet" testId="not-set-up">
              Incident response is not set up on this site: the app does nothing on any issue yet. Under Incident scope, pick where reports come in and which
              issues are incidents, turn it on and save.
            </Notice>
          )}
          {s.view.storedProblems.length > 0 && (
            <div className="problems" role="alert">
              The stored settings could not be used, so the defaults are in force: {s.view.storedProblems.slice(0, 3).join('; ')}. Save to replace them.
            </div>
          )}
          <div className="settings-layout">
            <nav className="settings-nav" aria-label="Settings sections">
              {NAV.map((n) => {
                const count = problemsIn(n.id).length;
                return (
                  <button
                    key={n.id}
                    type="button"
                    aria-current={current === n.id ? 'page' : undefined}
                    data-testid={`nav-${n.id}`}
                    onClick={() => setCurrent(n.id)}
                  >
                    <span>{n.label}</span>
                    {count > 0 && (
                      <span className="badge" aria-label={`${count} problems`}>
                        {count}
                      </span>
                    )}
                  </button>
                );
              })}
            </nav>
            <main>
              <Stack space="space.200">
                <Heading size="medium" as="h2">
                  {NAV.find((n) => n.id === current)?.label}
                </Heading>
                {s.saveError && s.saveError.code !== 'VALIDATION_FAILED' && (
                  <ErrorMessage error={s.saveError} action={s.saveError.code === 'CONFLICT' ? { text: 'Reload', onClick: () => void s.reload() } : undefined} />
                )}
                {s.saveError?.code === 'VALIDATION_FAILED' && (
                  <div className="problems" role="alert" data-testid="save-problems">
                    {s.saveError.message}
                  </div>
                )}
                <SectionProblems problems={problemsIn(current === 'start' ? 'general' : current)} />
                <Suspense fallback={<Spinner label="Loading section" />}>
                  {current === 'start' && <GettingStartedSection {...props} go={setCurrent} />}
                  {current === 'history' && <HistorySection view={s.view} revert={s.revert} saving={s.saving} reload={s.reload} />}
                  {Section && <Section {...props} />}
                </Suspense>
              </Stack>
            </main>
          </div>
          {/* What the save turned on, in words, until the next edit (or the admin dismisses it). */}
          {s.lastSaved && !s.dirty && dismissedSave !== s.lastSaved.version && (
            <Notice appearance="success" testId="saved-summary" onDismiss={() => setDismissedSave(s.lastSaved!.version)}>
              Saved. {whatIsOn(s.view.config, s.view.site)}
            </Notice>
          )}
          <div className="save-bar" aria-live="polite">
            <ActionButton testId="settings-save" onClick={() => void s.save()} isDisabled={!s.dirty || s.saving}>
              {s.saving ? 'Saving…' : 'Save'}
            </ActionButton>
            <ActionButton appearance="default" testId="settings-discard" onClick={s.discard} isDisabled={!s.dirty || s.saving}>
              Discard changes
            </ActionButton>
            <span className="muted" data-testid="settings-version">
              {s.dirty ? 'Unsaved changes. ' : ''}Version {s.view.version}
              {s.lastSaved && !s.dirty ? ` · saved ${s.lastSaved.total} change${s.lastSaved.total === 1 ? '' : 's'}` : ''}
            </span>
          </div>
        </Stack>
      </div>
    </Box>
  );
}
