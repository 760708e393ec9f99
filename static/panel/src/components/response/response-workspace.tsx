import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import { useState } from 'react';
import type { ErrorBody } from '../../../../../src/shared/envelope';
import type { IncidentView, ResponseRecordAction } from '../../../../../src/shared/resolver-contract';
import type { RecordResponse } from './record-response';
import { ErrorMessage } from '../../../../common/error-message';
import { createExercise, recordResponse } from '../../api/incident-api';
import { useDisplayNames } from '../../../../common/use-display-names';
import { formatTime } from '../labels';
import { EvidenceRegister } from './evidence-register';
import { PhaseControl } from './phase-control';
import { RoleList } from './role-list';
import { RunbookChecklist } from './runbook-checklist';
import { TimelineSection } from './timeline-section';
import { useOwnSaves } from '../../hooks/use-own-saves';
import { RouterLink } from '../../../../common/router-link';

const sectionStyle = xcss({
  borderInlineStartColor: 'color.border.brand',
  borderInlineStartStyle: 'solid',
  borderInlineStartWidth: 'border.width.focused',
  paddingInlineStart: 'space.150',
});

interface Props {
  view: IncidentView;
  timeZone: string;
  onChange: (view: IncidentView) => void;
}

export type { RecordResponse } from './record-response';

/**
 * The response workspace: phase, roles, whom to involve, the runbook, the evidence register and
 * the tamper-evident timeline. Loaded after first paint, like the legal clocks.
 */
export default function ResponseWorkspace({ view, timeZone, onChange }: Props) {
  const r = view.response;
  const names = useDisplayNames([
    ...r.roles.flatMap((x) => (x.accountId ? [x.accountId] : [])),
    ...r.timeline.entries.flatMap((e) => (e.by ? [e.by] : [])),
    // People a role was handed to or from, named in the timeline.
    ...r.timeline.entries.flatMap((e) => (e.kind === 'role' ? [e.data?.to, e.data?.from].filter((x): x is string => typeof x === 'string') : [])),
    ...(r.runbook?.steps.flatMap((s) => (s.by ? [s.by] : [])) ?? []),
  ]);
  const record: RecordResponse = useOwnSaves<ResponseRecordAction>(recordResponse, onChange);
  return (
    <Box xcss={sectionStyle} testId="response-workspace">
      <Stack space="space.200">
        <Inline space="space.100" alignBlock="center">
          <Heading size="xsmall" as="h3">
            Response
          </Heading>
          {r.exerciseOf && (
            <Lozenge appearance="moved">
              {r.exerciseOf.kind === 'tabletop' ? 'Tabletop exercise' : 'Drill'} from {r.exerciseOf.issueKey}
            </Lozenge>
          )}
        </Inline>
        <PhaseControl view={view} timeZone={timeZone} names={names} canEdit={view.canEdit} onRecord={record} />
        <RoleList view={view} names={names} canEdit={view.canEdit} onRecord={record} />
        <Contacts view={view} timeZone={timeZone} />
        {r.runbook && <RunbookChecklist view={view} names={names} timeZone={timeZone} canEdit={view.canEdit} onRecord={record} />}
        <EvidenceRegister view={view} timeZone={timeZone} canEdit={view.canEdit} onRecord={record} />
        <TimelineSection
          key={`${view.issue.id}:${r.timelineLength}:${view.incident.revision}`}
          view={view}
          names={names}
          timeZone={timeZone}
          canEdit={view.canEdit}
        />
        {view.canEdit && r.canStartExercise && <ExerciseStarter />}
      </Stack>
    </Box>
  );
}

function Contacts({ view, timeZone }: { view: IncidentView; timeZone: string }) {
  const { contacts, contactsConfigured, contactsHidden } = view.response;
  return (
    <Stack space="space.050" testId="response-contacts">
      <Heading size="xxsmall" as="h4">
        Whom to involve
      </Heading>
      {contacts.length === 0 ? (
        <Text color="color.text.subtle">
          {contactsHidden
            ? "Stakeholder contacts are shown to the incident's responders (people who can edit it)."
            : contactsConfigured
              ? 'No stakeholder contact is listed for this category and priority.'
              : 'No stakeholder contacts are set up yet: a Jira admin adds them in the app settings.'}
        </Text>
      ) : (
        <ul>
          {contacts.map((c) => (
            <li key={c.id}>
              <Text weight="bold">{c.name}</Text> <Text>({c.role})</Text> · {c.channel}
              {c.emergency && <Text> · emergency {c.emergency}</Text>}
              {c.tellBy && (
                <Text color={Date.parse(c.tellBy) < Date.now() ? 'color.text.danger' : 'color.text'}> · tell by {formatTime(c.tellBy, timeZone)}</Text>
              )}
            </li>
          ))}
        </ul>
      )}
    </Stack>
  );
}

function ExerciseStarter() {
  const [created, setCreated] = useState<string | null>(null);
  const [error, setError] = useState<ErrorBody | null>(null);
  const [busy, setBusy] = useState(false);
  const start = async (kind: 'tabletop' | 'drill') => {
    setBusy(true);
    const result = await createExercise(kind);
    setBusy(false);
    if (result.ok) setCreated(result.data.key);
    else setError(result.error);
  };
  return (
    <Stack space="space.050" testId="exercise-starter">
      <Heading size="xxsmall" as="h4">
        Train on this incident
      </Heading>
      <Text color="color.text.subtle">
        Creates a new exercise issue with this incident's category, runbook and timeline outline. Exercises stay out of statistics and send no legal reminders.
      </Text>
      <Inline space="space.100">
        <Button isDisabled={busy} onClick={() => void start('tabletop')} testId="exercise-tabletop">
          New tabletop exercise from this incident
        </Button>
        <Button isDisabled={busy} onClick={() => void start('drill')}>
          New drill
        </Button>
      </Inline>
      {created && (
        <Text testId="exercise-created">
          Created <RouterLink to={{ target: 'issue', issueKey: created }}>{created}</RouterLink>.
        </Text>
      )}
      {error && <ErrorMessage error={error} />}
    </Stack>
  );
}
