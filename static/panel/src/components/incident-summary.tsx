import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import { HOW_BAD_ANSWERS, HOW_URGENT_ANSWERS, PERSONAL_DATA_ANSWERS } from '../../../../src/shared/portal-report';
import type { IncidentView } from '../../../../src/shared/resolver-contract';
import { formatTime, labelOf, TRIAGE_APPEARANCE, TRIAGE_LABELS } from './labels';
import { PriorityMatrixGrid } from './priority-matrix-grid';

const termStyle = xcss({ minWidth: '8rem' });

function Row({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <Inline space="space.100" alignBlock="start">
      <Box xcss={termStyle}>
        <Text weight="semibold">{term}</Text>
      </Box>
      <Box>{children}</Box>
    </Inline>
  );
}

const answer = (list: readonly { id: string; label: string }[], id: string | null) => list.find((a) => a.id === id)?.label;

/** The incident at a glance: triage state, why it has its priority, CIA(A), what the reporter said. */
export function IncidentSummary({ view, names, timeZone }: { view: IncidentView; names: Record<string, string>; timeZone: string }) {
  const { incident, settings } = view;
  const level = (id: string | null) => labelOf(settings, 'priority', id);
  const cia = (Object.keys(incident.cia) as (keyof typeof incident.cia)[]).filter((k) => incident.cia[k]);
  const reporter = incident.reporter;
  return (
    <Stack space="space.100" testId="incident-summary">
      <Inline space="space.100" alignBlock="center" shouldWrap>
        <Heading size="small" as="h2">
          {view.issue.key}: {view.issue.summary}
        </Heading>
        <Lozenge appearance={TRIAGE_APPEARANCE[incident.triage.state]} testId="triage-state">
          {TRIAGE_LABELS[incident.triage.state]}
        </Lozenge>
        {incident.exercise && <Lozenge appearance="new">Exercise</Lozenge>}
      </Inline>
      {incident.triage.by && incident.triage.at && (
        <Text color="color.text.subtle">
          {TRIAGE_LABELS[incident.triage.state]} by {names[incident.triage.by] ?? 'someone'} on {formatTime(incident.triage.at, timeZone)}
          {incident.triage.reason ? `: ${incident.triage.reason}` : ''}
        </Text>
      )}
      <Row term="Priority">
        <Stack space="space.050">
          <Inline space="space.100" alignBlock="center">
            <Lozenge appearance={incident.priority ? 'moved' : 'default'} isBold testId="incident-priority">
              {incident.priority ? level(incident.priority) : 'Not set'}
            </Lozenge>
            <Text>Jira priority: {view.issue.priority ?? 'None'}</Text>
          </Inline>
          {incident.override ? (
            <Text testId="priority-reason">
              Set by hand by {incident.override.by ? (names[incident.override.by] ?? 'someone') : 'someone'}: {incident.override.reason}. The matrix says{' '}
              {level(incident.computedPriority)}.
            </Text>
          ) : incident.computedPriority ? (
            <Text testId="priority-reason">
              From the matrix: impact {labelOf(settings, 'impact', incident.impact)} x urgency {labelOf(settings, 'urgency', incident.urgency)}
              {incident.score !== null ? ` (score ${incident.score})` : ''}.
            </Text>
          ) : (
            <Text color="color.text.subtle">Set impact and urgency to compute the priority.</Text>
          )}
          {incident.matrixChanged && <Text color="color.text.warning">The priority matrix changed since this was triaged; set impact and urgency again.</Text>}
        </Stack>
      </Row>
      <Row term="Category">
        <Text testId="incident-category">{labelOf(settings, 'category', incident.category)}</Text>
      </Row>
      <Row term="CIA(A)">
        <Text>{cia.length > 0 ? cia.map((k) => k[0]!.toUpperCase() + k.slice(1)).join(', ') : 'None flagged'}</Text>
      </Row>
      {reporter && (
        <Row term="Reporter said">
          <Text>
            {[
              reporter.category ? `what: ${labelOf(settings, 'category', reporter.category)}` : null,
              answer(HOW_BAD_ANSWERS, reporter.howBad) ? `affects: ${answer(HOW_BAD_ANSWERS, reporter.howBad)}` : null,
              answer(HOW_URGENT_ANSWERS, reporter.howUrgent) ? `urgency: ${answer(HOW_URGENT_ANSWERS, reporter.howUrgent)}` : null,
              `personal data: ${answer(PERSONAL_DATA_ANSWERS, reporter.personalData) ?? 'not answered'}`,
            ]
              .filter(Boolean)
              .join('; ')}
          </Text>
        </Row>
      )}
      {incident.suggestedByReporter.length > 0 && (
        <Row term="For your review">
          <Stack space="space.025" testId="suggested-by-reporter">
            {incident.suggestedByReporter.map((note) => (
              <Text key={note} color="color.text.warning">
                {note}
              </Text>
            ))}
          </Stack>
        </Row>
      )}
      <Row term="Reported">
        <Text>{formatTime(incident.reportedAt, timeZone)}</Text>
      </Row>
      <Row term="Status">
        <Inline space="space.100">
          <Lozenge>{view.issue.status}</Lozenge>
          {view.issue.securityLevel && <Lozenge appearance="removed">Restricted: {view.issue.securityLevel}</Lozenge>}
        </Inline>
      </Row>
      <PriorityMatrixGrid matrix={settings.matrix} impact={incident.impact} urgency={incident.urgency} />
      <Text color="color.text.subtle" size="small">
        {settings.matrix.help}
      </Text>
    </Stack>
  );
}
