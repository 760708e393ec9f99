import { Stack, Text } from '@atlaskit/primitives';
import type { StatsGrouping, StatsView } from '../../../../src/shared/stats-contract';
import { bucketInWords, formatDuration } from '../stats-format';

/** How the postmortem figures are counted, in the words of docs/manager-guide.md. */
export const POSTMORTEM_DEFINITIONS =
  'Counted for the incidents reported in this period. Required: the incident’s level asks for a postmortem. Published: its postmortem report was published. Overdue: not published, and its due date has passed.';

/** "22 of 32 published, 4 overdue": one set of incidents, so overdue is never more than required minus published. */
export function PostmortemFigures({ postmortems }: { postmortems: StatsView['postmortems'] }) {
  const { required, published, overdue } = postmortems;
  const waiting = required - published - overdue;
  return (
    <Stack space="space.025">
      <Text testId="stats-postmortems">
        Postmortems: {published} of {required} published, {overdue} overdue{waiting > 0 ? `, ${waiting} not yet due` : ''}.
      </Text>
      <Text size="small" color="color.text.subtlest" testId="stats-postmortem-definitions">
        {POSTMORTEM_DEFINITIONS}
      </Text>
    </Stack>
  );
}

/** How many buckets of the period the trend shows: the latest ones. */
const TREND_BUCKETS = 4;
const BUCKET_NAME: Record<StatsGrouping, string> = { day: 'Day', week: 'Week of', month: 'Month' };

/** Median time to acknowledge (MTTA) and to resolve (MTTR) over the last days, weeks or months of the period. */
export function ResponseTrend({ series, grouping }: { series: StatsView['series']; grouping: StatsGrouping }) {
  const last = series.slice(-TREND_BUCKETS);
  if (last.every((s) => s.medianAcknowledge === null && s.medianResolve === null)) return null;
  return (
    <section aria-label="Response trend">
      <table className="stats-table" data-testid="stats-response-trend">
        <caption className="stats-caption">Median time to acknowledge (MTTA) and to resolve (MTTR) of the incidents reported in each {grouping}</caption>
        <thead>
          <tr>
            <th>{BUCKET_NAME[grouping]}</th>
            <th>MTTA</th>
            <th>MTTR</th>
          </tr>
        </thead>
        <tbody>
          {last.map((s) => (
            <tr key={s.bucket}>
              <td>{bucketInWords(s.bucket)}</td>
              <td>{formatDuration(s.medianAcknowledge)}</td>
              <td>{formatDuration(s.medianResolve)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
