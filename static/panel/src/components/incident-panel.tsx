import { Box, Inline, Stack, Text } from '@atlaskit/primitives';
import Spinner from '@atlaskit/spinner';
import { lazy, Suspense, useCallback, useState, type ReactNode } from 'react';
import { ActionButton } from '../../../common/action-button';
import { ErrorMessage } from '../../../common/error-message';
import { useViewerTimeZone } from '../../../common/use-viewer-time-zone';
import { useDisplayNames } from '../../../common/use-display-names';
import { type I18n, useT } from '../../../common/i18n/i18n-provider';
import type { MessageKey } from '../../../common/i18n/message-key';
import { announceIncidentChanged } from '../hooks/incident-changed-event';
import { useIncident } from '../hooks/use-incident';
import { IncidentSummary } from './incident-summary';
import { SlaClocks } from './sla-clocks';
import { TriageControls } from './triage-controls';
import { labelOf } from './labels';
import { pagesOnCall } from './oncall/pages-on-call';
import { PanelHeader } from './panel-header';
import { PanelSection, useOpenSections } from './panel-section';
import type { IncidentView } from '../../../../src/shared/resolver-contract';

// The calculator (with its select menus) loads only when someone edits: the panel's initial JS stays small.
const IncidentEditor = lazy(() => import('./incident-editor'));
// The legal clocks (with their forms) load after first paint, beside the SLA clocks.
const LegalClocks = lazy(() => import('./legal/legal-clocks'));
// The response workspace (phase, roles, runbook, evidence, timeline) loads after first paint too.
const ResponseWorkspace = lazy(() => import('./response/response-workspace'));
const PostmortemSection = lazy(() => import('./postmortem/postmortem-section'));
// Who is on call and the paging loads after first paint too (its own invoke).
const OnCall = lazy(() => import('./oncall/on-call'));
// The reply to the reporter (its editor and preview) loads when its section opens.
const ReporterReplySection = lazy(() => import('./reporter-reply/reporter-reply-section'));
// Stakeholder updates (the form, its preview, the past updates) load when their section opens.
const StakeholderUpdatesSection = lazy(() => import('./stakeholder-updates/stakeholder-updates-section'));
// The change history (with the words for every kind of change) loads when its section opens.
const ChangeHistory = lazy(() => import('./change-history').then((m) => ({ default: m.ChangeHistory })));

export function IncidentPanel() {
  const i18n = useT();
  const { t } = i18n;
  // The timeline's entries are read when the Response section opens: the header paints one storage round sooner.
  const { state, reload, replace: show } = useIncident({ deferTimeline: true });
  // Every save of the panel ends here: the glance on the same page follows it.
  const replace = useCallback(
    (next: IncidentView) => {
      show(next);
      announceIncidentChanged({ issueId: next.issue.id });
    },
    [show],
  );
  const [editing, setEditing] = useState(false);
  const { open, toggle } = useOpenSections();
  const view = state.status === 'ready' ? state.view : null;
  const people = view
    ? [
        ...view.incident.history.map((h) => h.by),
        view.incident.override?.by,
        view.incident.triage.by,
        view.legal.answeredBy,
        ...view.legal.starts.map((s) => s.recordedBy),
      ]
    : [];
  const names = useDisplayNames(people.flatMap((id) => (id ? [id] : [])));
  const timeZone = useViewerTimeZone();
  const refresh = useCallback(() => void reload(), [reload]);

  if (state.status === 'loading') {
    return (
      <Box padding="space.200" aria-busy="true">
        <Spinner label={t('panel.loadingIncident')} />
      </Box>
    );
  }
  if (state.status === 'error' || !view) {
    const error = state.status === 'error' ? state.error : { code: 'INTERNAL' as const, message: t('panel.couldNotShow') };
    return <ErrorMessage error={error} action={{ text: t('panel.tryAgain'), onClick: () => void reload() }} />;
  }

  const sections = sectionSummaries(view, i18n);
  const section = (id: keyof typeof sections, title: MessageKey, body: ReactNode) => (
    <PanelSection id={id} title={t(title)} summary={sections[id]} open={open.includes(id)} onToggle={() => toggle(id)}>
      {body}
    </PanelSection>
  );
  const triage = view.canEdit ? (
    <Stack space="space.100" testId="panel-triage">
      <TriageControls view={view} onDone={replace} onReload={() => void reload()} />
      <Inline space="space.100">
        <ActionButton appearance="default" onClick={() => setEditing(true)} testId="edit-incident">
          {t('panel.editClassification')}
        </ActionButton>
      </Inline>
    </Stack>
  ) : (
    <Text color="color.text.subtle">{t('panel.viewOnly')}</Text>
  );
  // On a new event the triage decision comes first, right under the header; later it sits with the overview.
  const triageFirst = view.incident.triage.state === 'event';

  return (
    <Stack space="space.150">
      <PanelHeader view={view} timeZone={timeZone} />
      {!view.indexInSync && <ErrorMessage error={{ code: 'CONFLICT', message: t('panel.indexOutOfSync') }} />}
      {view.notes.map((note) => (
        <Text key={note} color="color.text.warning" testId="incident-note">
          {note}
        </Text>
      ))}
      {pagesOnCall(view) && (
        <Suspense fallback={null}>
          <OnCall timeZone={timeZone} />
        </Suspense>
      )}
      {editing ? (
        <Suspense fallback={<Spinner label={t('panel.openingCalculator')} />}>
          <IncidentEditor
            view={view}
            onSaved={(next) => {
              replace(next);
              setEditing(false);
            }}
            onCancel={() => setEditing(false)}
            onReload={() => void reload()}
          />
        </Suspense>
      ) : (
        <>
          {triageFirst && triage}
          {section(
            'overview',
            'panel.section.overview.title',
            <Stack space="space.150">
              <IncidentSummary view={view} names={names} timeZone={timeZone} />
              {!triageFirst && triage}
            </Stack>,
          )}
          {section(
            'sla',
            'panel.section.sla.title',
            <SlaClocks
              sla={view.sla}
              timeZone={timeZone}
              onStale={refresh}
              levelName={view.sla.level ? labelOf(view.settings, 'priority', view.sla.level, i18n) : undefined}
            />,
          )}
          {section(
            'legal',
            'panel.section.legal.title',
            <Suspense fallback={<Spinner label={t('panel.section.legal.loading')} />}>
              <LegalClocks view={view} timeZone={timeZone} names={names} onChange={replace} />
            </Suspense>,
          )}
          {section(
            'response',
            'panel.section.response.title',
            <Suspense fallback={<Spinner label={t('panel.section.response.loading')} />}>
              <ResponseWorkspace view={view} timeZone={timeZone} onChange={replace} />
            </Suspense>,
          )}
          {section(
            'reports',
            'panel.section.reports.title',
            <Suspense fallback={<Spinner label={t('panel.section.reports.loading')} />}>
              <PostmortemSection view={view} timeZone={timeZone} />
            </Suspense>,
          )}
          {view.canEdit &&
            section(
              'reply',
              'panel.section.reply.title',
              <Suspense fallback={<Spinner label={t('panel.section.reply.loading')} />}>
                <ReporterReplySection onSent={refresh} />
              </Suspense>,
            )}
          <PanelSection
            id="stakeholders"
            title={t('panel.section.stakeholders.title')}
            summary={t('panel.section.stakeholders.summary')}
            open={open.includes('stakeholders')}
            onToggle={() => toggle('stakeholders')}
          >
            <Suspense fallback={<Spinner label={t('panel.section.stakeholders.loading')} />}>
              <StakeholderUpdatesSection timeZone={timeZone} onSent={refresh} />
            </Suspense>
          </PanelSection>
          {section(
            'history',
            'panel.section.history.title',
            <Suspense fallback={<Spinner label={t('panel.section.history.loading')} />}>
              <ChangeHistory history={view.incident.history} settings={view.settings} legal={view.legal} names={names} timeZone={timeZone} />
            </Suspense>,
          )}
        </>
      )}
    </Stack>
  );
}

const DUTY_KEYS: Record<IncidentView['postmortem']['state'], MessageKey> = {
  'not-required': 'panel.section.reports.summary.notRequired',
  pending: 'panel.section.reports.summary.pending',
  due: 'panel.section.reports.summary.due',
  published: 'panel.section.reports.summary.published',
};

/** What each closed section would show, in one line. */
function sectionSummaries(view: IncidentView, i18n: I18n) {
  const { t } = i18n;
  const clocks = view.sla.clocks;
  const running = clocks.filter((c) => c.state === 'running').length;
  const missed = clocks.filter((c) => c.state === 'missed').length;
  // As the section says it: notices owed, and regimes that one question still decides.
  const owed = view.legal.obligations.filter((o) => o.decidedBy === null && o.state !== 'not-required' && o.state !== 'sent').length;
  const possible = new Set(view.legal.obligations.filter((o) => o.decidedBy !== null).map((o) => o.regime)).size;
  const phase = view.response.phases.find((p) => p.phase === view.response.phase)?.label;
  const entries = view.response.timelineLength;
  return {
    overview: view.incident.category ? labelOf(view.settings, 'category', view.incident.category, i18n) : t('panel.section.overview.summary.unclassified'),
    sla:
      clocks.length === 0
        ? t('panel.section.sla.summary.noClocks')
        : running > 0 && missed > 0
          ? t('panel.section.sla.summary.runningAndMissed', { running, missed })
          : running > 0
            ? t('panel.section.sla.summary.running', { running })
            : missed > 0
              ? t('panel.section.sla.summary.missed', { missed })
              : t('panel.section.sla.summary.allStopped'),
    legal: !view.legal.profileAnswered
      ? t('panel.section.legal.summary.noProfile')
      : owed > 0 && possible > 0
        ? t('panel.section.legal.summary.owedAndPossible', { owed, possible })
        : owed > 0
          ? t('panel.section.legal.summary.owed', { owed })
          : possible > 0
            ? t('panel.section.legal.summary.possible', { possible })
            : t('panel.section.legal.summary.nothingOwed'),
    response: phase ? t('panel.section.response.summary.phaseAndEntries', { phase, entries }) : t('panel.section.response.summary.entries', { entries }),
    reports: t(DUTY_KEYS[view.postmortem.state]),
    reply: t('panel.section.reply.summary'),
    history: t('panel.section.history.summary', { changes: view.incident.history.length }),
  };
}
