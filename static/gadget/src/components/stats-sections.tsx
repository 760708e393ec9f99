import Heading from '@atlaskit/heading';
import { Stack, Text } from '@atlaskit/primitives';
import type { ReactNode } from 'react';
import type { CountView, StatsGrouping, StatsView } from '../../../../src/shared/stats-contract';
import { change, formatDuration } from '../stats-format';
import { BarChart } from './bar-chart';

/** `before` is absent for figures of "now" that have no previous period. */
function Tile({ label, value, now, before, testId }: { label: string; value: string; now: number; before?: number; testId: string }) {
  const delta = before === undefined ? null : change(now, before);
  return (
    <Stack>
      <Text size="large" weight="bold" testId={testId}>
        {value}
      </Text>
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

const counted = (rows: CountView[], title: string, testId: string, top = 8) =>
  rows.length === 0 ? (
    <Text color="color.text.subtlest">Nothing in this period.</Text>
  ) : (
    <BarChart
      title={title}
      labels={rows.slice(0, top).map((r) => r.label)}
      series={[rows.slice(0, top).map((r) => r.count), rows.slice(0, top).map((r) => r.previous)]}
      names={['This period', 'Previous']}
      horizontal
      height={Math.max(90, Math.min(top, rows.length) * 34)}
      testId={testId}
    />
  );

/** Every figure of the view: tiles, charts (Chartist) and small tables. */
export function StatsSections({ view, grouping }: { view: StatsView; grouping: StatsGrouping }) {
  const t = view.totals;
  const p = view.previousTotals;
  const money = (n: number) => new Intl.NumberFormat(undefined, { style: 'currency', currency: view.work.currency, maximumFractionDigits: 0 }).format(n);
  return (
    <Stack space="space.200">
      <div className="stats-tiles">
        <Tile label="reports" value={String(t.reports)} now={t.reports} before={p.reports} testId="stats-reports" />
        <Tile label="confirmed incidents" value={String(t.incidents)} now={t.incidents} before={p.incidents} testId="stats-incidents" />
        <Tile label="hours of unplanned work" value={String(t.hours)} now={t.hours} before={p.hours} testId="stats-hours" />
        <Tile label={`cost at ${money(view.work.hourlyRate)}/h`} value={money(t.cost)} now={t.cost} before={p.cost} testId="stats-cost" />
        <Tile
          label="SLA clocks met"
          value={t.slaMet === null ? '-' : `${Math.round(t.slaMet * 100)} %`}
          now={t.slaMet ?? 0}
          before={p.slaMet ?? 0}
          testId="stats-sla-met"
        />
        <Tile label="postmortems overdue" value={String(view.postmortems.overdueNow)} now={view.postmortems.overdueNow} testId="overdue-postmortems-count" />
      </div>
      <Section title={`Over time (${grouping})`}>
        <BarChart
          title="Reports and incidents over time"
          labels={view.series.map((s) => s.bucket)}
          series={[view.series.map((s) => s.incidents), view.series.map((s) => s.reports - s.incidents)]}
          names={['Incidents', 'Other reports']}
          stacked
          testId="stats-chart-time"
        />
      </Section>
      <div className="stats-grid">
        <Section title="What keeps breaking: categories">{counted(view.byCategory, 'Incidents by category', 'stats-chart-category')}</Section>
        <Section title="Affected components">{counted(view.byComponent, 'Incidents by component', 'stats-chart-component')}</Section>
        <Section title="By priority">{counted(view.byPriority, 'Incidents by priority', 'stats-chart-priority')}</Section>
        <Section title="CIA(A)">{counted(view.byCia, 'Incidents by CIA(A) flag', 'stats-chart-cia')}</Section>
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
      <Text>
        Legal deadlines: {view.legal.met} met, {view.legal.late} sent late, {view.legal.missed} missed. Postmortems: {view.postmortems.published} of{' '}
        {view.postmortems.required} published.
      </Text>
    </Stack>
  );
}
