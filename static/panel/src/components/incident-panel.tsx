import { Box, Inline, Stack, Text } from '@atlaskit/primitives';
import Spinner from '@atlaskit/spinner';
import { lazy, Suspense, useCallback, useState, type ReactNode } from 'react';
import { ActionButton } from '../../../common/action-button';
import { ErrorMessage } from '../../../common/error-message';
import { useViewerTimeZone } from '../../../common/use-viewer-time-zone';
import { useDisplayNames } from '../../../common/use-display-names';
import { announceIncidentChanged } from '../hooks/incident-changed-event';
import { useIncident } from '../hooks/use-incident';
import { ChangeHistory } from './change-history';
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

export function IncidentPanel() {
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
        <Spinner label="Loading the incident" />
      </Box>
    );
  }
  if (state.status === 'error' || !view) {
    const error = state.status === 'error' ? state.error : { code: 'INTERNAL' as const, message: 'The incident could not be shown.' };
    return <ErrorMessage error={error} action={{ text: 'Try again', onClick: () => void reload() }} />;
  }

  const sections = sectionSummaries(view);
  const section = (id: keyof typeof sections, title: string, body: ReactNode) => (
    <PanelSection id={id} title={title} summary={sections[id]} open={open.includes(id)} onToggle={() => toggle(id)}>
      {body}
    </PanelSection>
  );
  const triage = view.canEdit ? (
    <Stack space="space.100" testId="panel-triage">
      <TriageControls view={view} onDone={replace} onReload={() => void reload()} />
      <Inline space="space.100">
        <ActionButton appearance="default" onClick={() => setEditing(true)} testId="edit-incident">
          Edit classification and priority
        </ActionButton>
      </Inline>
    </Stack>
  ) : (
    <Text color="color.text.subtle">You can view this incident; triage and editing need permission to edit the issue.</Text>
  );
  // On a new event the triage decision comes first, right under the header; later it sits with the overview.
  const triageFirst = view.incident.triage.state === 'event';

  return (
    <Stack space="space.150">
      <PanelHeader view={view} timeZone={timeZone} />
      {!view.indexInSync && (
        <ErrorMessage error={{ code: 'CONFLICT', message: 'The incident data that Jira search sees was changed outside the app. Saving here restores it.' }} />
      )}
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
        <Suspense fallback={<Spinner label="Opening the priority calculator" />}>
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
            'Overview',
            <Stack space="space.150">
              <IncidentSummary view={view} names={names} timeZone={timeZone} />
              {!triageFirst && triage}
            </Stack>,
          )}
          {section('sla', 'Service levels', <SlaClocks sla={view.sla} timeZone={timeZone} onStale={refresh} />)}
          {section(
            'legal',
            'Legal notification',
            <Suspense fallback={<Spinner label="Loading the legal clocks" />}>
              <LegalClocks view={view} timeZone={timeZone} names={names} onChange={replace} />
            </Suspense>,
          )}
          {section(
            'response',
            'Response',
            <Suspense fallback={<Spinner label="Loading the response workspace" />}>
              <ResponseWorkspace view={view} timeZone={timeZone} onChange={replace} />
            </Suspense>,
          )}
          {section(
            'reports',
            'Postmortem and reports',
            <Suspense fallback={<Spinner label="Loading the postmortem tools" />}>
              <PostmortemSection view={view} timeZone={timeZone} />
            </Suspense>,
          )}
          {view.canEdit &&
            section(
              'reply',
              'Reply to the reporter',
              <Suspense fallback={<Spinner label="Loading the reply to the reporter" />}>
                <ReporterReplySection onSent={refresh} />
              </Suspense>,
            )}
          <PanelSection
            id="stakeholders"
            title="Stakeholder updates"
            summary="Tell stakeholders how it is going"
            open={open.includes('stakeholders')}
            onToggle={() => toggle('stakeholders')}
          >
            <Suspense fallback={<Spinner label="Loading the stakeholder updates" />}>
              <StakeholderUpdatesSection timeZone={timeZone} onSent={refresh} />
            </Suspense>
          </PanelSection>
          {section(
            'history',
            'Change history',
            <ChangeHistory history={view.incident.history} settings={view.settings} legal={view.legal} names={names} timeZone={timeZone} />,
          )}
        </>
      )}
    </Stack>
  );
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const DUTY_WORDS = {
  'not-required': 'No postmortem required',
  pending: 'Postmortem required once resolved',
  due: 'Postmortem due',
  published: 'Postmortem published',
} as const;

/** What each closed section would show, in one line. */
function sectionSummaries(view: IncidentView) {
  const clocks = view.sla.clocks;
  const running = clocks.filter((c) => c.state === 'running').length;
  const missed = clocks.filter((c) => c.state === 'missed').length;
  // As the section says it: notices owed, and regimes that one question still decides.
  const applies = view.legal.obligations.filter((o) => o.decidedBy === null && o.state !== 'not-required' && o.state !== 'sent').length;
  const possible = new Set(view.legal.obligations.filter((o) => o.decidedBy !== null).map((o) => o.regime)).size;
  const phase = view.response.phases.find((p) => p.phase === view.response.phase)?.label;
  return {
    overview: view.incident.category ? labelOf(view.settings, 'category', view.incident.category) : 'Not classified yet',
    sla:
      clocks.length === 0
        ? 'No clocks yet'
        : [running > 0 && `${plural(running, 'clock', 'clocks')} running`, missed > 0 && `${missed} missed`].filter(Boolean).join(', ') || 'All clocks stopped',
    legal: !view.legal.profileAnswered
      ? 'Legal profile not answered yet'
      : applies + possible === 0
        ? 'Nothing owed'
        : [applies > 0 && `${plural(applies, 'notice owed', 'notices owed')}`, possible > 0 && `${plural(possible, 'regime may apply', 'regimes may apply')}`]
            .filter(Boolean)
            .join(', '),
    response: [phase, plural(view.response.timelineLength, 'timeline entry', 'timeline entries')].filter(Boolean).join(', '),
    reports: DUTY_WORDS[view.postmortem.state],
    reply: 'Tell the reporter what happened',
    history: plural(view.incident.history.length, 'change', 'changes'),
  };
}
