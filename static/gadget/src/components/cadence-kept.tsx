import { Stack, Text } from '@atlaskit/primitives';
import { useT } from '../../../common/i18n/i18n-provider';
import type { CadenceKeptView } from '../../../../src/shared/stats-contract';

/**
 * How often the stakeholder update cadence was kept (issue 32, item 2): "Cadence kept: 14 of 18
 * updates on time (78%)", over the period's incidents whose level has a cadence, with how it is
 * counted; says so when no incident had one, or none of them sent an update.
 */
export function CadenceKept({ cadence }: { cadence: CadenceKeptView }) {
  const { t, locale } = useT();
  const { incidents, updates, onTime } = cadence;
  if (incidents === 0)
    return (
      <Text color="color.text.subtlest" testId="stats-cadence-kept-empty">
        {t('gadget.cadenceKept.empty')}
      </Text>
    );
  const share = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  return (
    <Stack space="space.025">
      <Text testId="stats-cadence-kept">
        {updates === 0
          ? t('gadget.cadenceKept.noUpdates', { incidents })
          : t('gadget.cadenceKept.summary', { onTime, updates, share: share.format(onTime / updates) })}
      </Text>
      <Text size="small" color="color.text.subtlest" testId="stats-cadence-kept-definition">
        {t('gadget.cadenceKept.definition', { incidents })}
      </Text>
    </Stack>
  );
}
