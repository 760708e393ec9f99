/**
 * The statistics' central law: however events are delivered (each 1 to 3 times, in any order),
 * recomputing an incident's contribution from its current state and applying the difference
 * leaves the shards equal to a full recomputation over every incident. Run against the real
 * refresh use case, with in-memory ports standing in for Jira and Forge storage.
 */
import fc from 'fast-check';
import { defaultAppConfig } from '../../../src/domain/config/default-config';
import { newIncidentRecord, type IncidentRecord } from '../../../src/domain/incident/incident-record';
import { incidentStatsFacts } from '../../../src/domain/stats/incident-stats-facts';
import { addCells, contributionCells, type ShardCells } from '../../../src/domain/stats/stats-cells';
import { workCalendar, workSummary, type WorklogFact } from '../../../src/domain/stats/work-summary';
import { refreshIncidentStats, type StatsRefresh } from '../../../src/usecases/refresh-incident-stats';
import type { StatsStore, StoredContribution } from '../../../src/usecases/stats-ports';

const CONFIG = defaultAppConfig();
const LEVELS = CONFIG.priority.matrix.levels.map((l) => l.id);
const CATEGORIES = CONFIG.taxonomy.categories.map((c) => c.id);
const ISSUES = 60;

interface World {
  records: Map<string, IncidentRecord>;
  issues: Map<string, { projectKey: string; components: string[] }>;
  worklogs: Map<string, WorklogFact[]>;
  followUpOf: Map<string, string>;
}

function memoryStats(world: World) {
  const shards: ShardCells = {};
  const contributions = new Map<string, StoredContribution>();
  const store: StatsStore = {
    async update(issueId, next) {
      const old = contributions.get(issueId) ?? null;
      const fresh = next(old);
      if (JSON.stringify(old) === JSON.stringify(fresh)) return 'unchanged';
      addCells(shards, old?.cells ?? {}, -1);
      addCells(shards, fresh?.cells ?? {}, 1);
      if (fresh) contributions.set(issueId, structuredClone(fresh));
      else contributions.delete(issueId);
      return 'changed';
    },
    shardsAndSettings: async () => ({ shards, settings: undefined, mirrorKey: '00'.repeat(32) }),
    followUpOf: async (id) => world.followUpOf.get(id) ?? null,
    followUpIds: async (id) => [...world.followUpOf.entries()].filter(([, inc]) => inc === id).map(([f]) => f),
    contributionsOf: async (ids) => new Map(ids.flatMap((id) => (contributions.has(id) ? [[id, contributions.get(id)!] as const] : []))),
    contributions: async () => ({ items: [] }),
    allShards: async () => ({ items: [] }),
    replaceShard: async () => true,
    saveReconcile: async () => undefined,
  };
  return { store, shards };
}

/** One change to the world and the event it fires. */
type Change =
  | { kind: 'record'; issue: number; category: number; level: number; triage: number; exercise: boolean; resolvedAfterH: number | null }
  | { kind: 'components'; issue: number; components: number }
  | { kind: 'worklog'; issue: number; onFollowUp: boolean; account: number; startH: number; minutes: number }
  | { kind: 'delete-worklog'; issue: number };

const change: fc.Arbitrary<Change> = fc.oneof(
  fc.record({
    kind: fc.constant('record' as const),
    issue: fc.nat(ISSUES - 1),
    category: fc.nat(CATEGORIES.length - 1),
    level: fc.nat(LEVELS.length - 1),
    triage: fc.nat(2),
    exercise: fc.boolean(),
    resolvedAfterH: fc.option(fc.integer({ min: 1, max: 2000 })),
  }),
  fc.record({ kind: fc.constant('components' as const), issue: fc.nat(ISSUES - 1), components: fc.nat(7) }),
  fc.record({
    kind: fc.constant('worklog' as const),
    issue: fc.nat(ISSUES - 1),
    onFollowUp: fc.boolean(),
    account: fc.nat(2),
    startH: fc.integer({ min: 0, max: 24 * 400 }),
    minutes: fc.integer({ min: 1, max: 600 }),
  }),
  fc.record({ kind: fc.constant('delete-worklog' as const), issue: fc.nat(ISSUES - 1) }),
);

const START = Date.parse('2025-10-01T00:00:00.000Z');
const iso = (ms: number) => new Date(ms).toISOString();

function apply(world: World, c: Change): { issueId: string; what: StatsRefresh } {
  const id = String(1000 + c.issue);
  const reportedAt = iso(START + c.issue * 5 * 86_400_000);
  if (c.kind === 'record') {
    const triage = (['event', 'incident', 'not-incident'] as const)[c.triage]!;
    const base = newIncidentRecord(id, reportedAt, CONFIG.priority.matrix.id);
    const resolved =
      c.resolvedAfterH === null ? [] : [{ id: `s${c.issue}`, at: iso(Date.parse(reportedAt) + c.resolvedAfterH * 3_600_000), from: 'Open', to: 'Resolved' }];
    world.records.set(id, {
      ...base,
      category: CATEGORIES[c.category]!,
      priority: LEVELS[c.level]!,
      exercise: c.exercise,
      cia: { ...base.cia, availability: c.category % 2 === 0 },
      triage: { state: triage, by: 'a', at: reportedAt, reason: null },
      sla: { respondedAt: iso(Date.parse(reportedAt) + 600_000), respondedBy: 'a', statusChanges: resolved, escalations: [] },
    });
    return { issueId: id, what: 'incident' };
  }
  if (c.kind === 'components') {
    world.issues.set(id, { projectKey: c.issue % 2 ? 'SEC' : 'OPS', components: ['Email', 'VPN', 'Laptops'].filter((_, i) => (c.components >> i) & 1) });
    return { issueId: id, what: 'incident' };
  }
  const target = c.kind === 'worklog' && c.onFollowUp ? `f${id}` : id;
  if (target !== id) world.followUpOf.set(target, id);
  const logs = world.worklogs.get(target) ?? [];
  if (c.kind === 'worklog') logs.push({ author: `acc-${c.account}`, started: iso(START + c.startH * 3_600_000), timeSpentSeconds: c.minutes * 60 });
  else logs.shift();
  world.worklogs.set(target, logs);
  return { issueId: target, what: 'work' };
}

/** The shards recomputed from scratch: every incident's facts and work, summed. */
function fullRecomputation(world: World): ShardCells {
  const out: ShardCells = {};
  for (const [id, record] of world.records) {
    const issue = world.issues.get(id) ?? { projectKey: Number(id) % 2 ? 'SEC' : 'OPS', components: [] };
    const logs = [id, ...[...world.followUpOf.entries()].filter(([, inc]) => inc === id).map(([f]) => f)].flatMap((i) => world.worklogs.get(i) ?? []);
    addCells(out, contributionCells(incidentStatsFacts(record, issue, CONFIG), workSummary(logs, workCalendar(CONFIG.sla))), 1);
  }
  return out;
}

describe('statistics aggregates', () => {
  it('after 10,000 random events, each delivered 1 to 3 times in random order, equal a full recomputation', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(change, { minLength: 10_000, maxLength: 10_000 }),
        fc.array(fc.nat(2), { minLength: 10_000, maxLength: 10_000 }),
        fc.integer(),
        async (changes, copies, seed) => {
          const world: World = { records: new Map(), issues: new Map(), worklogs: new Map(), followUpOf: new Map() };
          // Every issue exists in Jira from the start (project, no components); records come with events.
          for (let i = 0; i < ISSUES; i++) world.issues.set(String(1000 + i), { projectKey: i % 2 ? 'SEC' : 'OPS', components: [] });
          const { store, shards } = memoryStats(world);
          const deps = {
            stats: store,
            config: { get: async () => ({ config: CONFIG, problems: [], mirrorKey: '00'.repeat(32) }) },
            store: { get: async (id: string) => world.records.get(id), statusChanges: async () => [] } as never,
            source: {
              issue: async (id: string) => world.issues.get(id) ?? null,
              worklogs: async (id: string) => world.worklogs.get(id) ?? [],
              recentlyUpdated: async () => [],
            },
            stakeholders: { updates: async () => [] },
          };
          // Events pile up as the world changes, and are delivered in batches, shuffled, with repeats.
          let pending: { issueId: string; what: StatsRefresh }[] = [];
          let rnd = seed >>> 0;
          const next = () => (rnd = (Math.imul(rnd, 1664525) + 1013904223) >>> 0) / 2 ** 32;
          const deliver = async () => {
            for (let i = pending.length - 1; i > 0; i--) {
              const j = Math.floor(next() * (i + 1));
              [pending[i], pending[j]] = [pending[j]!, pending[i]!];
            }
            for (const e of pending) await refreshIncidentStats(deps, e.issueId, e.what);
            pending = [];
          };
          for (const [i, c] of changes.entries()) {
            const event = apply(world, c);
            for (let k = 0; k <= copies[i]!; k++) pending.push(event);
            if (next() < 0.05) await deliver();
          }
          await deliver();
          expect(shards).toEqual(fullRecomputation(world));
        },
      ),
      { numRuns: 3 },
    );
  }, 120_000);
});
