import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives';
import { router } from '@forge/bridge';
import type { ReactNode } from 'react';
import { useT } from '../../../common/i18n/i18n-provider';
import { RouterLink } from '../../../common/router-link';
import type { CountView, StatsGrouping, StatsView, TopChartView } from '../../../../src/shared/stats-contract';
import { bucketInWords, change, formatDuration, issueSearchPath } from '../stats-format';
import { BarChart } from './bar-chart';
import { CadenceKept } from './cadence-kept';
import { PostmortemFigures, ResponseTrend } from './stats-figures';

/** `before` is absent for figures of "now" that have no previous period; `jql` makes the figure a link to the incidents it counts. */
function Tile({ label, value, now, before, testId, jql }: { label: string; value: string; now: number; before?: number; testId: string; jql?: string }) {
  const { t, locale } = useT();
  const delta = before === undefined ? null : change(now, before);
  const figure = (
    <Text size="large" weight="bold" testId={testId}>
      {value}
    </Text>
  );
  return (
    <Stack>
      {jql ? (
        <RouterLink to={issueSearchPath(jql)} newTab testId={`${testId}-search`}>
          {figure}
        </RouterLink>
      ) : (
        figure
      )}
      <Text color="color.text.subtle">{label}</Text>
      {delta !== null && (
        <Text size="small" color="color.text.subtlest">
          {delta === 'new'
            ? t('gadget.tile.changeNew')
            : t('gadget.tile.changePercent', { percent: new Intl.NumberFormat(locale, { signDisplay: 'exceptZero' }).format(delta) })}
        </Text>
      )}
    </Stack>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section aria-label={title}>
      <Stack space="space.050">
        <Heading size="xsmall" as="h3">
          {title}
        </Heading>
        {children}
      </Stack>
    </section>
  );
}

/** Opens Jira's issue search for a bar's JQL in a new tab (the frame cannot navigate itself). */
const openSearch = (jql: string | undefined) => {
  if (jql) void router.open(issueSearchPath(jql)).catch(() => undefined);
};

/** A chart of counts, this period beside the previous; each bar opens the incidents it counts. */
function Counted({ chart, title, testId }: { chart: TopChartView; title: string; testId: string }) {
  const { t } = useT();
  const { rows, caption } = chart;
  if (rows.length === 0) return <Text color="color.text.subtlest">{t('gadget.chart.nothing')}</Text>;
  const searchable = rows.some((r) => r.jql);
  return (
    <>
      {caption && (
        <Text size="small" color="color.text.subtlest" testId={`${testId}-caption`}>
          {t('gadget.chart.topCaption', { caption })}
        </Text>
      )}
      <BarChart
        title={title}
        labels={rows.map((r) => r.label)}
        series={[rows.map((r) => r.count), rows.map((r) => r.previous)]}
        names={[t('gadget.chart.series.thisPeriod'), t('gadget.chart.series.previous')]}
        horizontal
        height={Math.max(90, rows.length * 34)}
        testId={testId}
        onBarClick={searchable ? (i) => openSearch(rows[i]?.jql) : undefined}
        barAction={t('gadget.chart.openInSearch')}
      />
    </>
  );
}

const allRows = (rows: CountView[]): TopChartView => ({ rows, caption: null });

/** Every figure of the view: tiles, charts (Chartist) and small tables. */
export function StatsSections({ view, grouping }: { view: StatsView; grouping: StatsGrouping }) {
  const { t, locale } = useT();
  const totals = view.totals;
  const p = view.previousTotals;
  const money = (n: number) => new Intl.NumberFormat(locale, { style: 'currency', currency: view.work.currency, maximumFractionDigits: 0 }).format(n);
  const number = (n: number) => new Intl.NumberFormat(locale).format(n);
  const percent = (share: number) => number(Math.round(share * 100));
  const duration = (ms: number | null) => formatDuration(ms, t, locale);
  return (
    <Stack space="space.200">
      <div className="stats-tiles">
        <Tile
          label={t('gadget.tile.reports')}
          value={number(totals.reports)}
          now={totals.reports}
          before={p.reports}
          testId="stats-reports"
          jql={view.drillDown.reports}
        />
        <Tile
          label={t('gadget.tile.incidents')}
          value={number(totals.incidents)}
          now={totals.incidents}
          before={p.incidents}
          testId="stats-incidents"
          jql={view.drillDown.incidents}
        />
        <Tile label={t('gadget.tile.hours')} value={number(totals.hours)} now={totals.hours} before={p.hours} testId="stats-hours" />
        <Tile
          label={t('gadget.tile.cost', { rate: money(view.work.hourlyRate) })}
          value={money(totals.cost)}
          now={totals.cost}
          before={p.cost}
          testId="stats-cost"
        />
        <Tile
          label={t('gadget.tile.slaMet')}
          value={totals.slaMet === null ? '-' : `${percent(totals.slaMet)} %`}
          now={totals.slaMet ?? 0}
          before={p.slaMet ?? 0}
          testId="stats-sla-met"
        />
        <Tile
          label={t('gadget.tile.postmortemsOverdue')}
          value={number(view.postmortems.overdue)}
          now={view.postmortems.overdue}
          testId="overdue-postmortems-count"
          jql={view.drillDown.overduePostmortems}
        />
      </div>
      <Section title={t('gadget.section.overTime', { grouping })}>
        <BarChart
          title={t('gadget.chart.overTime')}
          labels={view.series.map((s) => bucketInWords(s.bucket, locale))}
          series={[view.series.map((s) => s.incidents), view.series.map((s) => s.reports - s.incidents)]}
          names={[t('gadget.chart.series.incidents'), t('gadget.chart.series.otherReports')]}
          stacked
          testId="stats-chart-time"
        />
      </Section>
      <div className="stats-grid">
        <Section title={t('gadget.section.categories')}>
          <Counted chart={view.charts.category} title={t('gadget.chart.byCategory')} testId="stats-chart-category" />
        </Section>
        <Section title={t('gadget.section.components')}>
          <Counted chart={view.charts.component} title={t('gadget.chart.byComponent')} testId="stats-chart-component" />
        </Section>
        <Section title={t('gadget.section.priority')}>
          <Counted chart={allRows(view.byPriority)} title={t('gadget.chart.byPriority')} testId="stats-chart-priority" />
        </Section>
        <Section title={t('gadget.section.cia')}>
          <Counted chart={allRows(view.byCia)} title={t('gadget.chart.byCia')} testId="stats-chart-cia" />
        </Section>
        <Section title={t('gadget.section.openByAge')}>
          <BarChart
            title={t('gadget.chart.openByAge')}
            labels={view.openByAge.map((a) => a.label)}
            series={[view.openByAge.map((a) => a.count)]}
            testId="stats-chart-age"
          />
        </Section>
        <Section title={t('gadget.section.work')}>
          {view.work.peopleWithheld ? (
            <Text color="color.text.subtlest">{view.work.peopleWithheld}</Text>
          ) : view.work.people.length === 0 ? (
            <Text color="color.text.subtlest">{t('gadget.work.none')}</Text>
          ) : (
            <BarChart
              title={t('gadget.chart.hoursPerPerson')}
              labels={view.work.people.map((x) => x.name)}
              series={[view.work.people.map((x) => x.insideHours), view.work.people.map((x) => x.outsideHours)]}
              names={[t('gadget.chart.series.businessHours'), t('gadget.chart.series.outsideBusinessHours')]}
              horizontal
              stacked
              height={Math.max(90, view.work.people.length * 34)}
              testId="stats-chart-people"
            />
          )}
          <Text size="small">{t('gadget.work.split', { inside: number(view.work.insideHours), outside: number(view.work.outsideHours) })}</Text>
        </Section>
      </div>
      <Section title={t('gadget.section.responseTimes')}>
        <table className="stats-table" data-testid="stats-response-times">
          <thead>
            <tr>
              <th>{t('gadget.responseTimes.priority')}</th>
              <th>{t('gadget.responseTimes.acknowledge')}</th>
              <th>{t('gadget.responseTimes.contain')}</th>
              <th>{t('gadget.responseTimes.resolve')}</th>
              <th>{t('gadget.responseTimes.slaMet')}</th>
            </tr>
          </thead>
          <tbody>
            {[...new Set(view.responseTimes.map((r) => r.level))].map((level) => {
              const of = (clock: string) => view.responseTimes.find((r) => r.level === level && r.clock === clock);
              const sla = view.sla.filter((s) => s.level === level);
              const met = sla.reduce((n, s) => n + s.met, 0);
              const all = sla.reduce((n, s) => n + s.met + s.missed, 0);
              return (
                <tr key={level}>
                  <td>{of('acknowledge')?.label ?? of('resolve')?.label ?? level}</td>
                  {(['acknowledge', 'contain', 'resolve'] as const).map((c) => (
                    <td key={c}>{of(c) ? `${duration(of(c)!.median)} / ${duration(of(c)!.p90)}` : '-'}</td>
                  ))}
                  <td>{all === 0 ? '-' : t('gadget.responseTimes.slaShare', { percent: percent(met / all), count: all })}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </Section>
      <ResponseTrend series={view.series} grouping={grouping} />
      <Text>{t('gadget.legal.summary', { met: view.legal.met, late: view.legal.late, missed: view.legal.missed })}</Text>
      <PostmortemFigures postmortems={view.postmortems} />
      <CadenceKept cadence={view.cadence} />
    </Stack>
  );
}
