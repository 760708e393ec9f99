import { Stack, Text } from '@atlaskit/primitives';
import { useT } from '../../../common/i18n/i18n-provider';
import type { MessageKey } from '../../../common/i18n/message-key';
import type { StatsGrouping, StatsView } from '../../../../src/shared/stats-contract';
import { bucketInWords, formatDuration } from '../stats-format';

/** "22 of 32 published, 4 overdue": one set of incidents, so overdue is never more than required minus published. */
export function PostmortemFigures({ postmortems }: { postmortems: StatsView['postmortems'] }) {
  const { t } = useT();
  const { required, published, overdue } = postmortems;
  const waiting = required - published - overdue;
  return (
    <Stack space="space.025">
      <Text testId="stats-postmortems">{t('gadget.postmortems.summary', { published, required, overdue, waiting: Math.max(waiting, 0) })}</Text>
      {/* How the postmortem figures are counted, in the words of docs/manager-guide.md. */}
      <Text size="small" color="color.text.subtlest" testId="stats-postmortem-definitions">
        {t('gadget.postmortems.definitions')}
      </Text>
    </Stack>
  );
}

/** How many buckets of the period the trend shows: the latest ones. */
const TREND_BUCKETS = 4;
const BUCKET_NAME: Record<StatsGrouping, MessageKey> = {
  day: 'gadget.trend.bucket.day',
  week: 'gadget.trend.bucket.week',
  month: 'gadget.trend.bucket.month',
};

/** Median time to acknowledge (MTTA) and to resolve (MTTR) over the last days, weeks or months of the period. */
export function ResponseTrend({ series, grouping }: { series: StatsView['series']; grouping: StatsGrouping }) {
  const { t, locale } = useT();
  const last = series.slice(-TREND_BUCKETS);
  if (last.every((s) => s.medianAcknowledge === null && s.medianResolve === null)) return null;
  return (
    <section aria-label={t('gadget.trend.label')}>
      <table className="stats-table" data-testid="stats-response-trend">
        <caption className="stats-caption">{t('gadget.trend.caption', { grouping })}</caption>
        <thead>
          <tr>
            <th>{t(BUCKET_NAME[grouping])}</th>
            <th>{t('gadget.trend.mtta')}</th>
            <th>{t('gadget.trend.mttr')}</th>
          </tr>
        </thead>
        <tbody>
          {last.map((s) => (
            <tr key={s.bucket}>
              <td>{bucketInWords(s.bucket, locale)}</td>
              <td>{formatDuration(s.medianAcknowledge, t, locale)}</td>
              <td>{formatDuration(s.medianResolve, t, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
