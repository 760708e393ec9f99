import { Box, Inline, Stack, Text } from '@atlaskit/primitives';
import Spinner from '@atlaskit/spinner';
import { lazy, Suspense, useState } from 'react';
import { ActionButton } from '../../../common/action-button';
import { ErrorMessage } from '../../../common/error-message';
import { useIncident } from '../hooks/use-incident';
import { IncidentSummary } from './incident-summary';
import { ChangeHistory } from './change-history';

// The editor (with its select menus) loads only when someone edits: the panel's initial JS stays small.
const IncidentEditor = lazy(() => import('./incident-editor'));

export function IncidentPanel() {
  const { state, reload, replace } = useIncident();
  const [editing, setEditing] = useState(false);

  if (state.status === 'loading') {
    return (
      <Box padding="space.200" aria-busy="true">
        <Spinner label="Loading the incident" />
      </Box>
    );
  }
  if (state.status === 'error') return <ErrorMessage error={state.error} action={{ text: 'Try again', onClick: () => void reload() }} />;

  const { view } = state;
  return (
    <Stack space="space.200">
      {!view.indexInSync && (
        <ErrorMessage error={{ code: 'CONFLICT', message: 'The incident data that Jira search sees was changed outside the app. Saving here restores it.' }} />
      )}
      {editing ? (
        <Suspense fallback={<Spinner label="Opening the editor" />}>
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
          <IncidentSummary view={view} />
          <Inline space="space.100">
            {view.canEdit ? (
              <ActionButton onClick={() => setEditing(true)} testId="edit-incident">
                Edit classification
              </ActionButton>
            ) : (
              <Text color="color.text.subtle">You can view this incident; editing needs permission to edit the issue.</Text>
            )}
          </Inline>
        </>
      )}
      <ChangeHistory history={view.incident.history} />
    </Stack>
  );
}
