import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives';
import { useT } from '../../../common/i18n/i18n-provider';
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
  const i18n = useT();
  const { t, locale } = i18n;
  const latest = [...history].reverse().slice(0, SHOWN);
  if (history.length === 0) return <Text color="color.text.subtle">{t('panel.history.none')}</Text>;
  return (
    <Stack space="space.050">
      <Heading size="xsmall" as="h3">
        {t('panel.history.heading')}
      </Heading>
      <ul aria-label={t('panel.history.heading')} data-testid="change-history">
        {latest.map((h, i) => (
          <li key={`${h.at}-${h.field}-${i}`}>
            <Text>
              {t(h.reason ? 'panel.history.lineWithReason' : 'panel.history.line', {
                when: formatTime(h.at, timeZone, locale),
                what: describeChange(h, { settings, legal }, timeZone, i18n),
                by: h.by ? (names[h.by] ?? t('panel.someone')) : '',
                hasBy: h.by ? 'yes' : 'no',
                reason: h.reason ?? '',
              })}
            </Text>
          </li>
        ))}
      </ul>
    </Stack>
  );
}
