import { Box, Stack, Text, xcss } from '@atlaskit/primitives';
import type { StakeholderUpdateItemView } from '../../../../../src/shared/stakeholder-contract';
import { useT } from '../../../../common/i18n/i18n-provider';
import { formatTime } from '../labels';
import { UPDATE_STATUS_KEYS } from './update-words';

const item = xcss({
  borderBlockStartColor: 'color.border',
  borderBlockStartStyle: 'solid',
  borderBlockStartWidth: 'border.width',
  paddingBlockStart: 'space.100',
});

/** The updates sent so far, newest first, with who sent them and to how many. */
export function PastUpdates({ updates, names, timeZone }: { updates: StakeholderUpdateItemView[]; names: Record<string, string>; timeZone: string }) {
  const { t, locale } = useT();
  if (updates.length === 0) return <Text color="color.text.subtle">{t('panel.stakeholderUpdates.past.none')}</Text>;
  return (
    <Stack space="space.100" testId="stakeholder-past-updates">
      {updates.map((u) => (
        <Box key={u.seq} xcss={item}>
          <Stack space="space.050">
            <Text weight="semibold">
              {t('panel.stakeholderUpdates.past.sent', {
                status: t(UPDATE_STATUS_KEYS[u.status]),
                when: formatTime(u.at, timeZone, locale),
                known: names[u.by] ? 'yes' : 'no',
                name: names[u.by] ?? '',
                recipients: u.recipients,
              })}
            </Text>
            <Text size="small">{t('panel.stakeholderUpdates.past.known', { text: u.known })}</Text>
            <Text size="small">{t('panel.stakeholderUpdates.past.doing', { text: u.doing })}</Text>
            {u.need.trim() && <Text size="small">{t('panel.stakeholderUpdates.past.need', { text: u.need })}</Text>}
          </Stack>
        </Box>
      ))}
    </Stack>
  );
}
