import Heading from '@atlaskit/heading';
import { Box, Stack } from '@atlaskit/primitives';
import Spinner from '@atlaskit/spinner';
import { lazy, Suspense, useState } from 'react';
import { SETTINGS_SECTIONS, sectionOfPath } from '../../../src/shared/settings-sections';
import { ActionButton } from '../../common/action-button';
import { ErrorMessage } from '../../common/error-message';
import { useT } from '../../common/i18n/i18n-provider';
import type { MessageKey } from '../../common/i18n/message-key';
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
  language: load(() => import('./sections/language-section'), 'LanguageSection'),
};
const HistorySection = lazy(async () => ({ default: (await import('./sections/history-section')).HistorySection }));

type NavId = 'start' | 'history' | Exclude<(typeof SETTINGS_SECTIONS)[number]['id'], 'general'>;
/** The page's sections in its order, each by the name its key gives it (src/shared's English labels are not shown). */
const NAV_LABELS: Record<NavId, MessageKey> = {
  start: 'admin.page.nav.start',
  scope: 'admin.page.nav.scope',
  taxonomy: 'admin.page.nav.taxonomy',
  priority: 'admin.page.nav.priority',
  sla: 'admin.page.nav.sla',
  legal: 'admin.page.nav.legal',
  escalation: 'admin.page.nav.escalation',
  people: 'admin.page.nav.people',
  runbooks: 'admin.page.nav.runbooks',
  postmortem: 'admin.page.nav.postmortem',
  oncall: 'admin.page.nav.oncall',
  stakeholders: 'admin.page.nav.stakeholders',
  alerts: 'admin.page.nav.alerts',
  costs: 'admin.page.nav.costs',
  restrictions: 'admin.page.nav.restrictions',
  access: 'admin.page.nav.access',
  projects: 'admin.page.nav.projects',
  language: 'admin.page.nav.language',
  history: 'admin.page.nav.history',
};
const NAV: NavId[] = ['start', ...SETTINGS_SECTIONS.flatMap((s) => (s.id === 'general' ? [] : [s.id])), 'history'];

/** The app's settings page (Jira settings > Apps): every policy, validated on save, versioned. */
export function SettingsPage({ initialSection = null }: { initialSection?: string | null }) {
  const { t, locale } = useT();
  const s = useSettings();
  const [chosen, setCurrent] = useState<string | null>(initialSection && SECTIONS[initialSection] ? initialSection : null);
  const [dismissedSave, setDismissedSave] = useState<number | null>(null);
  if (s.loadError)
    return (
      <Box padding="space.300">
        <ErrorMessage error={s.loadError} action={{ text: t('admin.page.tryAgain'), onClick: () => void s.reload() }} />
      </Box>
    );
  if (!s.view || !s.draft)
    return (
      <Box padding="space.300">
        <Spinner label={t('admin.page.loadingSettings')} />
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
            <Notice appearance="information" title={t('admin.page.notSetUp.title')} testId="not-set-up">
              {t('admin.page.notSetUp.body')}
            </Notice>
          )}
          {s.view.storedProblems.length > 0 && (
            <div className="problems" role="alert">
              {t('admin.page.storedProblems', { problems: s.view.storedProblems.slice(0, 3).join('; ') })}
            </div>
          )}
          <div className="settings-layout">
            <nav className="settings-nav" aria-label={t('admin.page.navLabel')}>
              {NAV.map((id) => {
                const count = problemsIn(id).length;
                return (
                  <button key={id} type="button" aria-current={current === id ? 'page' : undefined} data-testid={`nav-${id}`} onClick={() => setCurrent(id)}>
                    <span>{t(NAV_LABELS[id])}</span>
                    {count > 0 && (
                      <span className="badge" aria-label={t('admin.page.problemCount', { count })}>
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
                  {current in NAV_LABELS ? t(NAV_LABELS[current as NavId]) : null}
                </Heading>
                {s.saveError && s.saveError.code !== 'VALIDATION_FAILED' && (
                  <ErrorMessage
                    error={s.saveError}
                    action={s.saveError.code === 'CONFLICT' ? { text: t('admin.page.reload'), onClick: () => void s.reload() } : undefined}
                  />
                )}
                {s.saveError?.code === 'VALIDATION_FAILED' && (
                  <div className="problems" role="alert" data-testid="save-problems">
                    {s.saveError.message}
                  </div>
                )}
                <SectionProblems problems={problemsIn(current === 'start' ? 'general' : current)} />
                <Suspense fallback={<Spinner label={t('admin.page.loadingSection')} />}>
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
              {t('admin.page.savedSummary', { summary: whatIsOn(s.view.config, s.view.site, t, locale) })}
            </Notice>
          )}
          <div className="save-bar" aria-live="polite">
            <ActionButton testId="settings-save" onClick={() => void s.save()} isDisabled={!s.dirty || s.saving}>
              {s.saving ? t('admin.page.saving') : t('admin.page.save')}
            </ActionButton>
            <ActionButton appearance="default" testId="settings-discard" onClick={s.discard} isDisabled={!s.dirty || s.saving}>
              {t('admin.page.discard')}
            </ActionButton>
            <span className="muted" data-testid="settings-version">
              {s.dirty
                ? t('admin.page.version.unsaved', { version: s.view.version })
                : s.lastSaved
                  ? t('admin.page.version.saved', { version: s.view.version, count: s.lastSaved.total })
                  : t('admin.page.version.current', { version: s.view.version })}
            </span>
          </div>
        </Stack>
      </div>
    </Box>
  );
}
