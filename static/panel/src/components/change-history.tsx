import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives';
import type { IncidentChangeView } from '../../../../src/shared/resolver-contract';
import { useDisplayNames } from '../hooks/use-display-names';
import { formatTime, labelOf } from './labels';

const SHOWN = 5;

/** The latest classification changes, newest first: who changed what, and when. */
export function ChangeHistory({ history }: { history: IncidentChangeView[] }) {
  const latest = [...history].reverse().slice(0, SHOWN);
  const names = useDisplayNames(latest.flatMap((h) => (h.by ? [h.by] : [])));
  if (history.length === 0) return <Text color="color.text.subtle">No classification changes yet.</Text>;
  return (
    <Stack space="space.050">
      <Heading size="xsmall" as="h3">
        Recent changes
      </Heading>
      <ul aria-label="Recent changes">
        {latest.map((h, i) => (
          <li key={`${h.at}-${h.field}-${i}`}>
            <Text>
              {formatTime(h.at)}: {h.field} {labelOf(h.field, h.from)} → {labelOf(h.field, h.to)}
              {h.by ? ` (${names[h.by] ?? 'someone'})` : ''}
            </Text>
          </li>
        ))}
      </ul>
    </Stack>
  );
}
