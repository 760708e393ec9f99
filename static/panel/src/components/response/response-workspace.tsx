import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import { type ReactNode, useState } from 'react';
import type { ErrorBody } from '../../../../../src/shared/envelope';
import type { IncidentView, ResponseRecordAction } from '../../../../../src/shared/resolver-contract';
import type { RecordResponse } from './record-response';
import { ErrorMessage } from '../../../../common/error-message';
import { useT } from '../../../../common/i18n/i18n-provider';
import { createExercise, recordResponse } from '../../api/incident-api';
import { useDisplayNames } from '../../../../common/use-display-names';
import { EvidenceRegister } from './evidence-register';
import { PhaseControl } from './phase-control';
import { RoleList } from './role-list';
import { RunbookChecklist } from './runbook-checklist';
import { TimelineSection } from './timeline-section';
import { formatTime } from '../labels';
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
  const { t } = useT();
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
            {t('panel.response.heading')}
          </Heading>
          {r.exerciseOf && <Lozenge appearance="moved">{t('panel.response.exerciseOf', { kind: r.exerciseOf.kind, issueKey: r.exerciseOf.issueKey })}</Lozenge>}
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
  const { t, locale } = useT();
  const { contacts, contactsConfigured, contactsHidden } = view.response;
  return (
    <Stack space="space.050" testId="response-contacts">
      <Heading size="xxsmall" as="h4">
        {t('panel.response.contacts.heading')}
      </Heading>
      {contacts.length === 0 ? (
        <Text color="color.text.subtle">
          {t(
            contactsHidden
              ? 'panel.response.contacts.hidden'
              : contactsConfigured
                ? 'panel.response.contacts.noneForThis'
                : 'panel.response.contacts.noneSetUp',
          )}
        </Text>
      ) : (
        <ul>
          {contacts.map((c) => (
            <li key={c.id}>
              <Text weight="bold">{c.name}</Text> <Text>({c.role})</Text> · {c.channel}
              {c.emergency && <Text> · {t('panel.response.contacts.emergency', { contact: c.emergency })}</Text>}
              {c.tellBy && (
                <Text color={Date.parse(c.tellBy) < Date.now() ? 'color.text.danger' : 'color.text'}>
                  {' · '}
                  {t('panel.response.contacts.tellBy', { when: formatTime(c.tellBy, timeZone, locale) })}
                </Text>
              )}
            </li>
          ))}
        </ul>
      )}
    </Stack>
  );
}

function ExerciseStarter() {
  const { t } = useT();
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
        {t('panel.response.exercise.heading')}
      </Heading>
      <Text color="color.text.subtle">{t('panel.response.exercise.explanation')}</Text>
      <Inline space="space.100">
        <Button isDisabled={busy} onClick={() => void start('tabletop')} testId="exercise-tabletop">
          {t('panel.response.exercise.tabletop')}
        </Button>
        <Button isDisabled={busy} onClick={() => void start('drill')}>
          {t('panel.response.exercise.drill')}
        </Button>
      </Inline>
      {created && (
        <Text testId="exercise-created">
          {withLink(t('panel.response.exercise.created', { issueKey: LINK }), <RouterLink to={{ target: 'issue', issueKey: created }}>{created}</RouterLink>)}
        </Text>
      )}
      {error && <ErrorMessage error={error} />}
    </Stack>
  );
}

/** Where a message's value is a link: formatted with this in its place, then split around it. */
const LINK = '\u0000';
function withLink(message: string, link: ReactNode): ReactNode {
  const [before, after] = message.split(LINK);
  return (
    <>
      {before}
      {link}
      {after}
    </>
  );
}
