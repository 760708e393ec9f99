import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import type { IncidentView } from '../../../../src/shared/resolver-contract';
import { formatTime, labelOf } from './labels';

const termStyle = xcss({ minWidth: '7rem' });

function Row({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <Inline space="space.100" alignBlock="center">
      <Box xcss={termStyle}>
        <Text weight="semibold">{term}</Text>
      </Box>
      <Box>{children}</Box>
    </Inline>
  );
}

export function IncidentSummary({ view }: { view: IncidentView }) {
  const { incident } = view;
  return (
    <Stack space="space.100" testId="incident-summary">
      <Inline space="space.100" alignBlock="center">
        <Heading size="small" as="h2">
          {view.issue.key}: {view.issue.summary}
        </Heading>
        {incident.exercise && <Lozenge appearance="new">Exercise</Lozenge>}
        <Lozenge appearance={incident.category ? 'inprogress' : 'default'}>{incident.category ? 'Triaged' : 'Not triaged'}</Lozenge>
      </Inline>
      <Row term="Category">
        <Text testId="incident-category">{labelOf('category', incident.category)}</Text>
      </Row>
      <Row term="Impact">
        <Text>{labelOf('impact', incident.impact)}</Text>
      </Row>
      <Row term="Urgency">
        <Text>{labelOf('urgency', incident.urgency)}</Text>
      </Row>
      <Row term="Jira priority">
        <Text>{view.issue.priority ?? 'None'}</Text>
      </Row>
      <Row term="Reported">
        <Text>{formatTime(incident.reportedAt)}</Text>
      </Row>
      <Row term="Status">
        <Lozenge>{view.issue.status}</Lozenge>
      </Row>
    </Stack>
  );
}
