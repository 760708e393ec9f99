import { readAppConfig } from '../domain/config/app-config-schema';
import { buildStatsView, shardIdsFor } from '../domain/stats/stats-view';
import { statsJql } from '../domain/stats/stats-jql';
import type { StatsIncidentsView, StatsQueryInput, StatsView } from '../shared/stats-contract';
import { AppError } from './app-error';
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

/**
 * The gadget's figures. Requests: one to check the viewer may browse the projects, one storage
 * batch per 25 shards (with the settings in the first), and one for display names when people
 * logged work and names are shown. The number of incidents never enters it.
 */
export async function loadStats(deps: LoadStatsDeps, query: StatsQueryInput): Promise<StatsView> {
  const nowIso = deps.now();
  const now = Date.parse(nowIso);
  await requireProjects(deps.jira, query.projects);
  const { shards, settings } = await deps.stats.shardsAndSettings(shardIdsFor(query, now));
  const { config } = readAppConfig(settings);
  const labels = {
    levels: config.priority.matrix.levels.map((l) => ({ id: l.id, label: l.label })),
    categories: config.taxonomy.categories.map((c) => ({ id: c.id, label: c.label })),
  };
  // A gadget without its own rate uses the site's (Admin settings > Cost rates).
  const rated = { ...query, hourlyRate: query.hourlyRate ?? config.costs.hourlyRate, currency: query.currency ?? config.costs.currency };
  const view = buildStatsView(shards, rated, now, labels, statsJql(query, now));
  if (query.hideNames || view.work.people.length === 0) return view;
  const names = await deps.jira.displayNames(view.work.people.map((p) => p.accountId!).slice(0, 200));
  return { ...view, work: { ...view.work, people: view.work.people.map((p) => ({ ...p, name: names[p.accountId!] ?? 'Unknown user' })) } };
}

/** The incidents table: one search as the viewer, newest first. */
export async function loadStatsIncidents(deps: LoadStatsDeps, query: StatsQueryInput): Promise<StatsIncidentsView> {
  const jql = statsJql(query, Date.parse(deps.now()));
  const { rows, more } = await deps.jira.incidents(jql, TABLE_ROWS);
  return { rows, truncated: more, jql };
}
