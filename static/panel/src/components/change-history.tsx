import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives';
import type { IncidentChangeView, IncidentView } from '../../../../src/shared/resolver-contract';
import { describeChange } from './describe-change';
import { formatTime } from './labels';

const SHOWN = 8;

/** The latest changes, newest first: who changed what, from what to what, when and why. */
export function ChangeHistory({
  history,
  settings,
  legal,
  names,
  timeZone,
}: {
  history: IncidentChangeView[];
  settings: IncidentView['settings'];
  legal: IncidentView['legal'];
  names: Record<string, string>;
  timeZone: string;
}) {
  const latest = [...history].reverse().slice(0, SHOWN);
  if (history.length === 0) return <Text color="color.text.subtle">No changes yet.</Text>;
  return (
    <Stack space="space.050">
      <Heading size="xsmall" as="h3">
        Recent changes
      </Heading>
      <ul aria-label="Recent changes" data-testid="change-history">
        {latest.map((h, i) => (
          <li key={`${h.at}-${h.field}-${i}`}>
            <Text>
              {formatTime(h.at, timeZone)}: {describeChange(h, { settings, legal }, timeZone)}
              {h.by ? ` (${names[h.by] ?? 'someone'})` : ''}
              {h.reason ? `. Why: ${h.reason}` : ''}
            </Text>
          </li>
        ))}
      </ul>
    </Stack>
  );
}
