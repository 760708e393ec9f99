import Lozenge from '@atlaskit/lozenge';
import { Box, Inline, Stack, Text, xcss } from '@atlaskit/primitives';
import { useNow } from '../../../common/use-now';
import { nextAction } from '../../../../src/shared/next-action';
import { nextDeadline } from '../../../../src/shared/next-deadline';
import type { IncidentView } from '../../../../src/shared/resolver-contract';
import { formatTime, labelOf, TRIAGE_APPEARANCE, TRIAGE_LABELS } from './labels';

const stripStyle = xcss({
  padding: 'space.150',
  borderRadius: 'radius.medium',
  backgroundColor: 'color.background.neutral',
});

/**
 * The panel's first lines: the level, the triage state, the next deadline (SLA or legal) and the one
 * thing to do next, so a responder opening it in the first hour knows where they stand.
 */
export function PanelHeader({ view, timeZone }: { view: IncidentView; timeZone: string }) {
  const now = useNow(60_000);
  const deadline = nextDeadline(view, new Date(now).toISOString());
  const action = nextAction(view);
  return (
    <Box xcss={stripStyle} testId="panel-header">
      <Stack space="space.075">
        <Inline space="space.100" alignBlock="center" shouldWrap>
          <Lozenge appearance={view.incident.priority ? 'moved' : 'default'} isBold testId="header-level">
            {view.incident.priority ? labelOf(view.settings, 'priority', view.incident.priority) : 'No priority yet'}
          </Lozenge>
          <Lozenge appearance={TRIAGE_APPEARANCE[view.incident.triage.state]} testId="header-triage">
            {TRIAGE_LABELS[view.incident.triage.state]}
          </Lozenge>
          {view.incident.exercise && <Lozenge appearance="new">Exercise</Lozenge>}
        </Inline>
        <Text color={deadline?.late ? 'color.text.danger' : 'color.text'} testId="header-deadline">
          {deadline
            ? `Next deadline: ${deadline.what}, ${deadline.late ? 'was due' : 'due'} ${formatTime(deadline.dueAt, timeZone)}`
            : 'No deadline is running.'}
        </Text>
        <Text weight="semibold" testId="header-next">
          Next: {action.text}
        </Text>
      </Stack>
    </Box>
  );
}
