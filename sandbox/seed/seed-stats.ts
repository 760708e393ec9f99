/**
 * The demo site's components, logged work and statistics, as the app would have left them: each
 * incident's contribution and the shards they add up to. Uses its own random sequence (by issue
 * id), so the rest of the seed, and every figure built on it, stays as it was.
 */
import type { AppConfig } from '../../src/domain/config/app-config';
import type { IncidentRecord } from '../../src/domain/incident/incident-record';
import { incidentStatsFacts } from '../../src/domain/stats/incident-stats-facts';
import { addCells, contributionCells, type ShardCells } from '../../src/domain/stats/stats-cells';
import { workCalendar, workSummary } from '../../src/domain/stats/work-summary';
import { storageKeys } from '../../src/platform/storage/storage-keys';
import { findProject } from '../state/directory';
import type { IssueStore } from '../state/issue-store';
import type { SiteState, StoredIssue } from '../state/site-state';
import type { IncidentCategoryId } from './incident-templates';
import { seededRandom } from './seeded-random';

/** Which systems each kind of incident tends to hit (names must be the project's components). */
const COMPONENTS_BY_CATEGORY: Record<IncidentCategoryId, string[]> = {
  technical: ['VPN', 'Build servers', 'Customer portal', 'Backups', 'Email', 'Office Wi-Fi'],
  phishing: ['Email', 'Identity provider'],
  malware: ['Laptops', 'Email'],
  'physical-safety': ['Office Wi-Fi'],
  'security-breach': ['Identity provider', 'Customer portal', 'VPN'],
  'lost-device': ['Laptops'],
  'data-exposure': ['Customer portal', 'Payroll', 'Email'],
  'denial-of-service': ['Customer portal', 'Email', 'VPN'],
  other: ['Office Wi-Fi', 'Laptops'],
};
const RESPONDERS = ['acc-riley-responder', 'acc-sam-responder'];
const HOUR = 3_600_000;

export class SeedStats {
  private readonly shards: ShardCells = {};

  constructor(
    private readonly issues: IssueStore,
    private readonly state: SiteState,
    private readonly config: AppConfig,
  ) {}

  /** Components and worklogs for one seeded incident, then its contribution. */
  add(issue: StoredIssue, record: IncidentRecord, category: IncidentCategoryId, now: number): void {
    const rnd = seededRandom(Number(issue.id) * 2654435761);
    const project = findProject(issue.projectId)!;
    const fits = COMPONENTS_BY_CATEGORY[category].filter((c) => project.components.includes(c));
    const components = fits.length > 0 && rnd() < 0.85 ? [fits[Math.floor(rnd() * fits.length)]!] : [];
    issue.fields.components = components;
    if (record.triage.state === 'incident') {
      const logs = 1 + Math.floor(rnd() * 3);
      const start = Date.parse(record.reportedAt);
      for (let i = 0; i < logs; i++) {
        const started = start + (0.5 + rnd() * 48) * HOUR;
        if (started > now - HOUR) continue;
        const seconds = Math.round((0.25 + rnd() * 3.75) * 4) * 900;
        this.issues.addWorklog(
          issue,
          { author: RESPONDERS[Math.floor(rnd() * RESPONDERS.length)]!, started: new Date(started).toISOString(), timeSpentSeconds: seconds },
          RESPONDERS[0]!,
          false,
          { silent: true },
        );
      }
    }
    const facts = incidentStatsFacts(record, { projectKey: project.key, components }, this.config);
    const work = workSummary(issue.worklogs ?? [], workCalendar(this.config.sla));
    const cells = contributionCells(facts, work);
    addCells(this.shards, cells, 1);
    this.put(storageKeys.statsContribution(issue.id), { facts, work, cells }, now);
  }

  /** Writes the shards (version 1) once every incident is in. */
  finish(now: number): void {
    for (const [id, days] of Object.entries(this.shards)) this.put(storageKeys.statsShard(id), { v: 1, days }, now);
  }

  private put(key: string, value: unknown, now: number): void {
    this.state.kvs[key] = { value, createdAt: now, updatedAt: now, expireTime: null };
  }
}
