import { Box, Stack, Text, xcss } from '@atlaskit/primitives';
import type { StakeholderUpdateItemView } from '../../../../../src/shared/stakeholder-contract';
import { UPDATE_STATUS_WORDS } from '../../../../../src/shared/stakeholder-update-words';
import { zonedTimeInWords } from '../../../../../src/shared/time-in-words';

const item = xcss({
  borderBlockStartColor: 'color.border',
  borderBlockStartStyle: 'solid',
  borderBlockStartWidth: 'border.width',
  paddingBlockStart: 'space.100',
});

/** The updates sent so far, newest first, with who sent them and to how many. */
export function PastUpdates({ updates, names, timeZone }: { updates: StakeholderUpdateItemView[]; names: Record<string, string>; timeZone: string }) {
  if (updates.length === 0) return <Text color="color.text.subtle">No update has been sent yet.</Text>;
  return (
    <Stack space="space.100" testId="stakeholder-past-updates">
      {updates.map((u) => (
        <Box key={u.seq} xcss={item}>
          <Stack space="space.050">
            <Text weight="semibold">{`${UPDATE_STATUS_WORDS[u.status]}: sent ${zonedTimeInWords(u.at, timeZone)} by ${names[u.by] ?? 'a colleague'} to ${u.recipients}`}</Text>
            <Text size="small">{`What we know: ${u.known}`}</Text>
            <Text size="small">{`What we are doing: ${u.doing}`}</Text>
            {u.need.trim() && <Text size="small">{`What we need: ${u.need}`}</Text>}
          </Stack>
        </Box>
      ))}
    </Stack>
  );
}
