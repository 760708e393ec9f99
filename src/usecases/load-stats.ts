import { readAppConfig } from '../domain/config/app-config-schema';
import type { AppConfig } from '../domain/config/app-config';
import { buildStatsView, type RatedStatsQuery, shardIdsFor } from '../domain/stats/stats-view';
import { countedIncidentsJql, restrictedIssuesJql, statsJql } from '../domain/stats/stats-jql';
import { incidentExportRow } from '../domain/stats/incident-export-row';
import { categoriesByTag, mirrorTag } from '../domain/incident/mirror-tag';
import type { StatsExportView, StatsIncidentsView, StatsQueryInput, StatsView } from '../shared/stats-contract';
import { AppError } from './app-error';
import { mayReadPersonHours, PERSON_HOURS_WITHHELD } from '../domain/stats/person-hours-access';
import type { StatsStore, StatsViewerJira } from './stats-ports';

export interface LoadStatsDeps {
  stats: StatsStore;
  jira: StatsViewerJira;
  now: () => string;
}

/** The rows the incidents table holds; beyond them, the JQL link opens Jira's own search. */
export const TABLE_ROWS = 100;

async function requireProjects(jira: StatsViewerJira, projects: string[]): Promise<void> {
  const visible = new Set(await jira.visibleProjects(projects));
  const hidden = projects.filter((p) => !visible.has(p));
  if (hidden.length > 0)
    throw new AppError('FORBIDDEN', `You cannot browse ${hidden.join(', ')}, so its statistics are not shown. Remove it from the gadget's projects.`);
}

const HIDDEN_INCIDENTS =
  'These figures include restricted incidents you cannot open, so they are shown only to people who can see all of them. The incidents you can see are in the table below; ask a Jira admin if you need the figures.';

/**
 * The stored sums cover every incident, restricted ones too. A viewer who cannot see some of them
 * gets no sums at all: any figure (a count in a one-day period, a category's bar) could tell them
 * that an incident they cannot open exists. The incidents table, searched as them, still works.
 */
async function requireAllVisible(jira: StatsViewerJira, projects: string[]): Promise<void> {
  const jql = restrictedIssuesJql(projects);
  const [all, visible] = await Promise.all([jira.countAsApp(jql), jira.countAsViewer(jql)]);
  if (visible < all) throw new AppError('FORBIDDEN', HIDDEN_INCIDENTS);
}

/**
 * The gadget's figures, in at most two sequential rounds of platform requests. The first round
 * asks everything at once: whether the viewer may browse the projects, two counts that say whether
 * they can see every restricted incident in them, one count of the incidents the sums hold as they
 * see them, whether they administer the projects, and the storage read (one batch per 25 shards,
 * with the settings in the first). Nothing is returned before every check has passed, so reading
 * the sums beside the checks shows nothing early. The second round, only when people logged work
 * and names are shown, asks for display names. The number of incidents never enters it.
 */
export async function loadStats(deps: LoadStatsDeps, query: StatsQueryInput, viewer: string | null = null): Promise<StatsView> {
  const nowIso = deps.now();
  const now = Date.parse(nowIso);
  // Settled, then read in order: a viewer who misses a project hears that first, whichever answer came first.
  const [projects, visibility, sums, counted, administration] = await Promise.allSettled([
    requireProjects(deps.jira, query.projects),
    requireAllVisible(deps.jira, query.projects),
    readShards(deps.stats, shardIdsFor(query, now)),
    deps.jira.countAsViewer(countedIncidentsJql(query, now)),
    deps.jira.administersProjects(query.projects),
  ]);
  valueOrThrow(projects);
  valueOrThrow(visibility);
  const { shards, settings, mirrorKey } = valueOrThrow(sums);
  const seen = valueOrThrow(counted);
  const administers = valueOrThrow(administration);
  const { config } = readAppConfig(settings);
  const labels = {
    levels: config.priority.matrix.levels.map((l) => ({ id: l.id, label: l.label })),
    categories: config.taxonomy.categories.map((c) => ({ id: c.id, label: c.label })),
  };
  const view = buildStatsView(shards, withCostRate(query, config), now, { ...labels, categoryTag: (id) => mirrorTag(mirrorKey, id) }, statsJql(query, now));
  // The gate above trusts the app's own count of restricted issues; a level that leaves the app out
  // hides an incident from that count too. The sums must not hold more incidents than the viewer sees.
  if (view.totals.reports + view.previousTotals.reports > seen) throw new AppError('FORBIDDEN', HIDDEN_INCIDENTS);
  if (view.work.people.length === 0) return view;
  // "Hide names" is the gadget owner's display preference; hours per person need a permission.
  if (!mayReadPersonHours(viewer, config.program, administers)) return { ...view, work: { ...view.work, people: [], peopleWithheld: PERSON_HOURS_WITHHELD } };
  if (query.hideNames) return view;
  const names = await deps.jira.displayNames(view.work.people.map((p) => p.accountId!).slice(0, 200));
  return { ...view, work: { ...view.work, people: view.work.people.map((p) => ({ ...p, name: names[p.accountId!] ?? 'Unknown user' })) } };
}

/**
 * The store reads 25 keys per storage request, one request after another, two of them the settings
 * and the mirror key; asking for 23 shards at a time, all at once, keeps the read to one round
 * whatever the period, for the same number of requests.
 */
const SHARDS_PER_READ = 23;

async function readShards(stats: StatsStore, ids: readonly string[]): Promise<Awaited<ReturnType<StatsStore['shardsAndSettings']>>> {
  const parts: string[][] = [];
  for (let i = 0; i < ids.length; i += SHARDS_PER_READ) parts.push(ids.slice(i, i + SHARDS_PER_READ));
  const reads = await Promise.all((parts.length > 0 ? parts : [[]]).map((part) => stats.shardsAndSettings(part)));
  return { ...reads[0]!, shards: Object.assign({}, ...reads.map((r) => r.shards)) };
}

function valueOrThrow<T>(answer: PromiseSettledResult<T>): T {
  if (answer.status === 'rejected') throw answer.reason;
  return answer.value;
}

/**
 * The incidents table: one search as the viewer, newest first, with the settings read beside it (in
 * parallel) so categories and levels show by their labels, not their ids.
 */
export async function loadStatsIncidents(deps: LoadStatsDeps, query: StatsQueryInput): Promise<StatsIncidentsView> {
  const jql = statsJql(query, Date.parse(deps.now()));
  const [{ rows, more }, { settings, mirrorKey }] = await Promise.all([deps.jira.incidents(jql, TABLE_ROWS), deps.stats.shardsAndSettings([])]);
  const config = readAppConfig(settings).config;
  const label = labelsOf(config);
  const categoryOf = tagReader(config, mirrorKey);
  return {
    rows: rows.map(({ categoryTag, ...r }) => ({
      ...r,
      category: label.category(categoryOf(categoryTag)),
      priority: label.level(r.priority),
    })),
    truncated: more,
    jql,
  };
}

/** The incidents the export holds at most (ten search pages); beyond them, the JQL finds the rest. */
export const EXPORT_ROWS = 1000;

/**
 * The manager's export: every incident of the gadget's period the viewer can see (searched as them,
 * a page at a time), each with its stored statistics (one storage batch per 25), as one row. The
 * search is the incidents table's (statsJql: issues with a report time, so no follow-ups or other
 * work), so both list the same incidents; one whose statistics are not stored yet still has its row.
 */
export async function loadStatsExport(deps: LoadStatsDeps, query: StatsQueryInput): Promise<StatsExportView> {
  const jql = statsJql(query, Date.parse(deps.now()));
  const found: Awaited<ReturnType<StatsViewerJira['exportPage']>>['rows'] = [];
  let token: string | null = null;
  do {
    const page = await deps.jira.exportPage(jql, token);
    found.push(...page.rows);
    token = page.next;
  } while (token !== null && found.length < EXPORT_ROWS);
  const rows = found.slice(0, EXPORT_ROWS);
  const [contributions, { settings, mirrorKey }] = await Promise.all([deps.stats.contributionsOf(rows.map((r) => r.id)), deps.stats.shardsAndSettings([])]);
  const { config } = readAppConfig(settings);
  const label = labelsOf(config);
  const categoryOf = tagReader(config, mirrorKey);
  const { hourlyRate, currency } = withCostRate(query, config);
  return {
    rows: rows.map((r) => {
      const stored = contributions.get(r.id);
      const issue = {
        key: r.key,
        summary: r.summary,
        status: r.status,
        category: label.category(categoryOf(r.categoryTag)),
        level: label.level(r.priority),
        reportedAt: r.reportedAt,
      };
      return incidentExportRow(issue, stored?.facts ?? null, stored?.work ?? [], hourlyRate);
    }),
    currency,
    truncated: found.length > EXPORT_ROWS || token !== null,
    jql,
  };
}

/** The query with its cost rate decided: the gadget's own, else the site's (Admin settings > Cost rates). */
function withCostRate(query: StatsQueryInput, config: AppConfig): RatedStatsQuery {
  return { ...query, hourlyRate: query.hourlyRate ?? config.costs.hourlyRate, currency: query.currency ?? config.costs.currency };
}

/** Categories and levels by their labels in the settings in effect, not their ids (an unknown id shows as itself). */
function labelsOf(config: AppConfig) {
  const of = (list: readonly { id: string; label: string }[], id: string | null) => (id === null ? null : (list.find((x) => x.id === id)?.label ?? id));
  return { category: (id: string | null) => of(config.taxonomy.categories, id), level: (id: string | null) => of(config.priority.matrix.levels, id) };
}

/** Reads a mirror's keyed tag as one of the current categories (null for one deleted since); the tags are computed once. */
function tagReader(config: AppConfig, mirrorKey: string): (tag: string | null) => string | null {
  const byTag = categoriesByTag(
    mirrorKey,
    config.taxonomy.categories.map((c) => c.id),
  );
  return (tag) => (tag === null ? null : (byTag.get(tag) ?? null));
}
