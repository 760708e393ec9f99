import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives';
import { router } from '@forge/bridge';
import type { ReactNode } from 'react';
import { RouterLink } from '../../../common/router-link';
import type { CountView, StatsGrouping, StatsView, TopChartView } from '../../../../src/shared/stats-contract';
import { bucketInWords, change, formatDuration, issueSearchPath } from '../stats-format';
import { BarChart } from './bar-chart';
import { PostmortemFigures, ResponseTrend } from './stats-figures';

/** `before` is absent for figures of "now" that have no previous period; `jql` makes the figure a link to the incidents it counts. */
function Tile({ label, value, now, before, testId, jql }: { label: string; value: string; now: number; before?: number; testId: string; jql?: string }) {
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
      {delta && (
        <Text size="small" color="color.text.subtlest">
          {delta} vs previous
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
  const { rows, caption } = chart;
  if (rows.length === 0) return <Text color="color.text.subtlest">Nothing in this period.</Text>;
  const searchable = rows.some((r) => r.jql);
  return (
    <>
      {caption && (
        <Text size="small" color="color.text.subtlest" testId={`${testId}-caption`}>
          {caption}; the rest are added up as "Other".
        </Text>
      )}
      <BarChart
        title={title}
        labels={rows.map((r) => r.label)}
        series={[rows.map((r) => r.count), rows.map((r) => r.previous)]}
        names={['This period', 'Previous']}
        horizontal
        height={Math.max(90, rows.length * 34)}
        testId={testId}
        onBarClick={searchable ? (i) => openSearch(rows[i]?.jql) : undefined}
        barAction="open these incidents in issue search"
      />
    </>
  );
}

const allRows = (rows: CountView[]): TopChartView => ({ rows, caption: null });

/** Every figure of the view: tiles, charts (Chartist) and small tables. */
export function StatsSections({ view, grouping }: { view: StatsView; grouping: StatsGrouping }) {
  const t = view.totals;
  const p = view.previousTotals;
  const money = (n: number) => new Intl.NumberFormat(undefined, { style: 'currency', currency: view.work.currency, maximumFractionDigits: 0 }).format(n);
  return (
    <Stack space="space.200">
      <div className="stats-tiles">
        <Tile label="reports" value={String(t.reports)} now={t.reports} before={p.reports} testId="stats-reports" jql={view.drillDown.reports} />
        <Tile
          label="confirmed incidents"
          value={String(t.incidents)}
          now={t.incidents}
          before={p.incidents}
          testId="stats-incidents"
          jql={view.drillDown.incidents}
        />
        <Tile label="hours of unplanned work" value={String(t.hours)} now={t.hours} before={p.hours} testId="stats-hours" />
        <Tile label={`cost at ${money(view.work.hourlyRate)}/h`} value={money(t.cost)} now={t.cost} before={p.cost} testId="stats-cost" />
        <Tile
          label="SLA clocks met"
          value={t.slaMet === null ? '-' : `${Math.round(t.slaMet * 100)} %`}
          now={t.slaMet ?? 0}
          before={p.slaMet ?? 0}
          testId="stats-sla-met"
        />
        <Tile
          label="postmortems overdue"
          value={String(view.postmortems.overdue)}
          now={view.postmortems.overdue}
          testId="overdue-postmortems-count"
          jql={view.drillDown.overduePostmortems}
        />
      </div>
      <Section title={`Over time (${grouping})`}>
        <BarChart
          title="Reports and incidents over time"
          labels={view.series.map((s) => bucketInWords(s.bucket))}
          series={[view.series.map((s) => s.incidents), view.series.map((s) => s.reports - s.incidents)]}
          names={['Incidents', 'Other reports']}
          stacked
          testId="stats-chart-time"
        />
      </Section>
      <div className="stats-grid">
        <Section title="What keeps breaking: categories">
          <Counted chart={view.charts.category} title="Incidents by category" testId="stats-chart-category" />
        </Section>
        <Section title="Affected components">
          <Counted chart={view.charts.component} title="Incidents by component" testId="stats-chart-component" />
        </Section>
        <Section title="By priority">
          <Counted chart={allRows(view.byPriority)} title="Incidents by priority" testId="stats-chart-priority" />
        </Section>
        <Section title="CIA(A)">
          <Counted chart={allRows(view.byCia)} title="Incidents by CIA(A) flag" testId="stats-chart-cia" />
        </Section>
        <Section title="Open incidents by age">
          <BarChart
            title="Open incidents by age"
            labels={view.openByAge.map((a) => a.label)}
            series={[view.openByAge.map((a) => a.count)]}
            testId="stats-chart-age"
          />
        </Section>
        <Section title="Unplanned work (hours)">
          {view.work.peopleWithheld ? (
            <Text color="color.text.subtlest">{view.work.peopleWithheld}</Text>
          ) : view.work.people.length === 0 ? (
            <Text color="color.text.subtlest">No work logged on incidents or their follow-ups.</Text>
          ) : (
            <BarChart
              title="Hours per person"
              labels={view.work.people.map((x) => x.name)}
              series={[view.work.people.map((x) => x.insideHours), view.work.people.map((x) => x.outsideHours)]}
              names={['Business hours', 'Outside business hours']}
              horizontal
              stacked
              height={Math.max(90, view.work.people.length * 34)}
              testId="stats-chart-people"
            />
          )}
          <Text size="small">
            {view.work.insideHours} h in business hours, {view.work.outsideHours} h outside.
          </Text>
        </Section>
      </div>
      <Section title="How fast we respond (median / 90th percentile)">
        <table className="stats-table" data-testid="stats-response-times">
          <thead>
            <tr>
              <th>Priority</th>
              <th>Acknowledge</th>
              <th>Contain</th>
              <th>Resolve</th>
              <th>SLA met</th>
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
                    <td key={c}>{of(c) ? `${formatDuration(of(c)!.median)} / ${formatDuration(of(c)!.p90)}` : '-'}</td>
                  ))}
                  <td>{all === 0 ? '-' : `${Math.round((met / all) * 100)} % of ${all}`}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </Section>
      <ResponseTrend series={view.series} grouping={grouping} />
      <Text>
        Legal deadlines: {view.legal.met} met, {view.legal.late} sent late, {view.legal.missed} missed.
      </Text>
      <PostmortemFigures postmortems={view.postmortems} />
    </Stack>
  );
}
