import { Box, Inline, Stack, Text } from '@atlaskit/primitives';
import Spinner from '@atlaskit/spinner';
import { lazy, Suspense, useCallback, useState } from 'react';
import { ActionButton } from '../../../common/action-button';
import { ErrorMessage } from '../../../common/error-message';
import { useViewerTimeZone } from '../../../common/use-viewer-time-zone';
import { useDisplayNames } from '../../../common/use-display-names';
import { useIncident } from '../hooks/use-incident';
import { ChangeHistory } from './change-history';
import { IncidentSummary } from './incident-summary';
import { SlaClocks } from './sla-clocks';
import { TriageControls } from './triage-controls';

// The calculator (with its select menus) loads only when someone edits: the panel's initial JS stays small.
const IncidentEditor = lazy(() => import('./incident-editor'));
// The legal clocks (with their forms) load after first paint, beside the SLA clocks.
const LegalClocks = lazy(() => import('./legal/legal-clocks'));
// The response workspace (phase, roles, runbook, evidence, timeline) loads after first paint too.
const ResponseWorkspace = lazy(() => import('./response/response-workspace'));
const PostmortemSection = lazy(() => import('./postmortem/postmortem-section'));

export function IncidentPanel() {
  const { state, reload, replace } = useIncident();
  const [editing, setEditing] = useState(false);
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

  return (
    <Stack space="space.200">
      {!view.indexInSync && (
        <ErrorMessage error={{ code: 'CONFLICT', message: 'The incident data that Jira search sees was changed outside the app. Saving here restores it.' }} />
      )}
      {view.notes.map((note) => (
        <Text key={note} color="color.text.warning" testId="incident-note">
          {note}
        </Text>
      ))}
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
          <IncidentSummary view={view} names={names} timeZone={timeZone} />
          <SlaClocks sla={view.sla} timeZone={timeZone} onStale={refresh} />
          <Suspense fallback={<Spinner label="Loading the legal clocks" />}>
            <LegalClocks view={view} timeZone={timeZone} names={names} onChange={replace} />
          </Suspense>
          <Suspense fallback={<Spinner label="Loading the response workspace" />}>
            <ResponseWorkspace view={view} timeZone={timeZone} onChange={replace} />
          </Suspense>
          <Suspense fallback={<Spinner label="Loading the postmortem tools" />}>
            <PostmortemSection view={view} timeZone={timeZone} />
          </Suspense>
          {view.canEdit ? (
            <Stack space="space.100">
              <TriageControls view={view} onDone={replace} onReload={() => void reload()} />
              <Inline space="space.100">
                <ActionButton appearance="default" onClick={() => setEditing(true)} testId="edit-incident">
                  Edit classification and priority
                </ActionButton>
              </Inline>
            </Stack>
          ) : (
            <Text color="color.text.subtle">You can view this incident; triage and editing need permission to edit the issue.</Text>
          )}
        </>
      )}
      <ChangeHistory history={view.incident.history} settings={view.settings} names={names} timeZone={timeZone} />
    </Stack>
  );
}
