/**
 * The statistics gadget's part of the UI contract: what the gadget asks for (its saved
 * configuration, validated again by the resolver) and the figures it gets back. Re-exported by
 * resolver-contract.ts.
 */
export const STATS_PERIODS = ['30d', '90d', '365d', 'quarter', 'custom'] as const;
export type StatsPeriod = (typeof STATS_PERIODS)[number];
export const STATS_GROUPINGS = ['day', 'week', 'month'] as const;
export type StatsGrouping = (typeof STATS_GROUPINGS)[number];

/** The gadget's configuration as saved with view.submit (and the stats/get payload). */
export interface StatsQueryInput {
  projects: string[];
  period: StatsPeriod;
  /** Only for "custom": ISO dates (YYYY-MM-DD), both included. */
  from?: string;
  to?: string;
  grouping: StatsGrouping;
  includeExercises: boolean;
  /** Cost per logged hour, in `currency`; null for the site's rate (the app settings' cost rates). */
  hourlyRate: number | null;
  currency: string | null;
  hideNames: boolean;
  /** Minutes between automatic refreshes; 0 = off. */
  refreshMinutes: number;
}

export interface CountView {
  id: string;
  label: string;
  count: number;
  previous: number;
  /** The issue search that finds what the bar counts, in the period; absent where Jira has no field to search (CIA(A) flags). */
  jql?: string;
}

/** A chart that keeps its largest rows, the rest added up as a last "Other" row; the caption says so ("Top 8 of 11 categories"), null when nothing was folded. */
export interface TopChartView {
  rows: CountView[];
  caption: string | null;
}

export interface ResponseTimeView {
  level: string;
  label: string;
  clock: 'acknowledge' | 'contain' | 'resolve';
  count: number;
  /** Milliseconds; null when nothing was measured. */
  median: number | null;
  p90: number | null;
}

export interface SlaComplianceView {
  level: string;
  label: string;
  clock: 'acknowledge' | 'contain' | 'resolve';
  met: number;
  missed: number;
}

export interface PersonHoursView {
  /** Null when names are hidden. */
  accountId: string | null;
  name: string;
  insideHours: number;
  outsideHours: number;
}

export interface StatsTotals {
  reports: number;
  incidents: number;
  events: number;
  dismissed: number;
  hours: number;
  cost: number;
  /** Share of SLA clocks met, 0-1; null when none finished. */
  slaMet: number | null;
  /** Median time to acknowledge (ms) over every level. */
  medianAcknowledge: number | null;
}

export interface StatsView {
  period: { from: string; to: string };
  previous: { from: string; to: string };
  projects: string[];
  includeExercises: boolean;
  totals: StatsTotals;
  previousTotals: StatsTotals;
  /**
   * Per day, week or month of the period (a bucket is its first day, "2026-11-02", or its month,
   * "2026-11"): the counts, and the median time to acknowledge (MTTA) and to resolve (MTTR) of the
   * incidents reported in it, in ms (null when none was measured), for the trend.
   */
  series: { bucket: string; reports: number; incidents: number; hours: number; medianAcknowledge: number | null; medianResolve: number | null }[];
  byCategory: CountView[];
  byPriority: CountView[];
  byCia: CountView[];
  byComponent: CountView[];
  responseTimes: ResponseTimeView[];
  sla: SlaComplianceView[];
  legal: { met: number; late: number; missed: number };
  /**
   * The postmortems of the period's incidents. Required: the policy asks for one (its level);
   * published: the postmortem's report was published (postmortem-policy.ts); overdue: not published
   * and its due date passed before today. So overdue is never more than required minus published.
   */
  postmortems: { required: number; published: number; overdue: number };
  /**
   * How often the stakeholder update cadence was kept, for the period's confirmed incidents whose
   * level has a cadence (incidents: 0 when none has): their updates, and how many came no later
   * than the cadence after the update before (the first: after the confirmation).
   */
  cadence: CadenceKeptView;
  /** The category and component charts: top 8 and "Other". */
  charts: { category: TopChartView; component: TopChartView };
  /** Issue searches behind the tiles, in the period. */
  drillDown: { reports: string; incidents: string; overduePostmortems: string };

  openByAge: { label: string; count: number }[];
  work: {
    insideHours: number;
    outsideHours: number;
    cost: number;
    currency: string;
    hourlyRate: number;
    people: PersonHoursView[];
    /** Why hours per person are not shown to this viewer (they see the totals); absent when they are. */
    peopleWithheld?: string;
  };
  /** JQL for "open in issue search" links (run as the viewer, so restricted incidents stay hidden). */
  jql: string;
  computedAt: string;
}

export interface CadenceKeptView {
  incidents: number;
  updates: number;
  onTime: number;
}

/** One row of the incidents table (searched as the viewer). */
export interface StatsIncidentRow {
  key: string;
  summary: string;
  status: string;
  priority: string | null;
  category: string | null;
  triage: string | null;
  reportedAt: string;
  components: string[];
}

/**
 * One incident of the manager's export: when it was reported, acknowledged, contained and resolved
 * (times as ISO strings; the gadget writes them in the viewer's zone), how its SLA clocks ended,
 * how many legal notices went out late or not at all, and the work logged on it with its cost.
 */
export interface StatsExportRow {
  key: string;
  summary: string;
  category: string | null;
  level: string | null;
  status: string;
  reportedAt: string;
  acknowledgedAt: string | null;
  containedAt: string | null;
  resolvedAt: string | null;
  /** met: every clock that stopped was in time; missed: one was late; running: not resolved yet; null: no clocks (not an incident). */
  sla: 'met' | 'missed' | 'running' | null;
  legalLate: number;
  hours: number;
  cost: number;
}

export interface StatsExportView {
  rows: StatsExportRow[];
  currency: string;
  /** More incidents matched than the export holds (EXPORT_ROWS); the JQL finds them all. */
  truncated: boolean;
  jql: string;
}

export interface StatsIncidentsView {
  rows: StatsIncidentRow[];
  /** More matched than the table holds; the JQL link shows them all. */
  truncated: boolean;
  jql: string;
}
