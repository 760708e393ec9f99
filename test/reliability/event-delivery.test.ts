/**
 * Events as Forge delivers them: every event twice, in reverse order, three minutes late (the
 * site's clock has moved on, the sweep has run). The end state is the same as after one clean
 * delivery of each: record, facts, mirror, statistics, comments and notifications.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Site } from '../../sandbox/site';
import { PORTAL_REPORT_PROPERTY_KEY, INCIDENT_PROPERTY_KEY } from '../../src/shared/vocabulary';
import { CASEY, createTestSite, panelCalls, RILEY } from '../support/test-site';
import { recordRow } from './ledger';
import { storageKeys } from '../../src/platform/storage/storage-keys';

/** The same story on a fresh site: a portal report, triage, priority and status changes in Jira, logged work. */
async function story(faulty: boolean): Promise<{ site: Site; issueId: string; start: number }> {
  const site = createTestSite();
  // One installation key for both runs: the mirror's category tag is the same only under the same key.
  site.state.kvs[storageKeys.mirrorKey()] = { value: 'ab'.repeat(32), createdAt: 0, updatedAt: 0, expireTime: null };
  // Both runs begin at the same time of day (the next 10:00 UTC), so neither crosses a daily or hourly
  // trigger's slot that the other does not: which runs happen would depend on the wall clock otherwise.
  const now = site.clock.now();
  const tenOClock = Date.UTC(new Date(now).getUTCFullYear(), new Date(now).getUTCMonth(), new Date(now).getUTCDate(), 10);
  await site.advanceTime((tenOClock > now ? tenOClock : tenOClock + 86_400_000) - now);
  const start = site.clock.now();
  const { ok } = panelCalls(() => site);
  if (faulty) Object.assign(site.events.options, { duplicate: true, reorder: true, delayMs: 0 });
  const settle = async () => {
    if (!faulty) await site.events.drain();
  };
  const issue = site.issues.create(
    {
      projectId: '10000',
      summary: 'Customer list sent to the wrong address',
      reporter: CASEY,
      properties: { [PORTAL_REPORT_PROPERTY_KEY]: { category: 'data-exposure', personalData: 'yes', howBad: 'many', howUrgent: null } },
    },
    CASEY,
    false,
  );
  site.search.noteCreated(issue);
  await settle();
  // In the faulty run nothing has arrived yet: the responder works, and someone sets Jira's
  // priority, before the app's intake has even run.
  await site.advanceTime(60_000);
  await ok(issue, 'incident/triage', { expectedRevision: 0, action: 'confirm', reason: 'Confirmed with the sender' }).catch(async () =>
    ok(issue, 'incident/triage', { expectedRevision: 1, action: 'confirm', reason: 'Confirmed with the sender' }),
  );
  const steps: [string, () => void][] = [
    ['priority', () => site.issues.edit(issue, { priority: 'Low' }, RILEY, false)],
    ['in progress', () => site.issues.edit(issue, { status: 'In Progress' }, RILEY, false)],
    ['waiting', () => site.issues.edit(issue, { status: 'Waiting for reporter' }, RILEY, false)],
    ['back', () => site.issues.edit(issue, { status: 'In Progress' }, RILEY, false)],
    [
      'work',
      () =>
        void site.issues.addWorklog(
          issue,
          { author: RILEY, started: new Date(site.clock.now() - 3_600_000).toISOString(), timeSpentSeconds: 5400 },
          RILEY,
          false,
        ),
    ],
    ['resolved', () => site.issues.edit(issue, { status: 'Resolved' }, RILEY, false)],
  ];
  for (const [, step] of steps) {
    await site.advanceTime(60_000);
    step();
    await settle();
  }
  if (faulty) {
    // Three minutes late: the clock (and the sweep) move on before anything arrives.
    await site.advanceTime(3 * 60_000);
    await site.events.drain();
  } else {
    await site.advanceTime(3 * 60_000);
  }
  return { site, issueId: issue.id, start };
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
/** When the app did the work (not when things happened), and what hashes over it. */
const PROCESSING_FIELDS = new Set(['updatedAt', 'recordedAt', 'hash', 'prevHash', 'startedAt', 'completedAt', 'ranAt', 'v', 'id', 'changelogId']);
/** Durations between changes, in ms: the two runs take a few ms more or less between steps. */
const DURATIONS = new Set(['acknowledge', 'contain', 'resolve']);

/**
 * What the app keeps about the incident, comparable across two runs: times as whole minutes since
 * the run began, without the times at which the app happened to do the work, and the timeline as
 * the set of its entries (a reversed delivery appends the same entries in another order).
 */
function stateOf(site: Site, issueId: string, start: number) {
  const norm = (value: unknown): unknown =>
    JSON.parse(JSON.stringify(value), (key, v) =>
      PROCESSING_FIELDS.has(key)
        ? undefined
        : typeof v === 'string' && ISO.test(v)
          ? `+${Math.round((Date.parse(v) - start) / 60_000)}m`
          : DURATIONS.has(key) && typeof v === 'number'
            ? Math.round(v / 60_000)
            : v,
    );
  // Jira's changelog ids (in keys) depend on how many changes came before; facts are compared as sets.
  const facts: string[] = [];
  const kvs: Record<string, unknown> = {};
  const timeline: string[] = [];
  for (const [k, entry] of Object.entries(site.state.kvs)) {
    // Bookkeeping of when work is done, not state: the sweep's queue keeps stale looks until they come due.
    if (/^(intake|sweep|stats-lock|stats:reconcile|timeline-head|due:|jira-behind:|record-lock:)/.test(k)) continue;
    const value = norm((entry as { value?: unknown }).value ?? entry);
    if (k.startsWith('notice:closed:')) {
      // One close notice per closing, keyed by when it closed (its value is when it was sent).
      const closedAt = k
        .split(':')
        .slice(3)
        .join(':')
        .replace(/-(\d\d)-(\d\d)\.(\d+)Z$/, ':$1:$2.$3Z');
      facts.push(`notice for the closing at ${JSON.stringify(norm(closedAt))}`);
    } else if (/^(status-change|jira-priority):/.test(k)) {
      // What Jira's priority was before a person changed it depends on whether intake had already
      // set it (Jira's own history differs between the runs), not on how the app handled events.
      const { from: _from, ...rest } = value as Record<string, unknown>;
      facts.push(`${k.split(':')[0]} ${JSON.stringify(k.startsWith('jira-priority') ? rest : value)}`);
    } else if (k.startsWith(`timeline:${issueId}:`)) {
      const { seq: _seq, ...rest } = value as Record<string, unknown>;
      timeline.push(JSON.stringify(rest));
    } else kvs[k] = value;
  }
  const issue = site.issues.find(issueId)!;
  return {
    kvs,
    timeline: timeline.sort(),
    facts: facts.sort(),
    mirror: norm(issue.properties[INCIDENT_PROPERTY_KEY]),
    fields: { priority: issue.fields.priority, security: issue.fields.securityLevelId },
    comments: issue.comments.map((c) => JSON.stringify(c.body)).sort(),
  };
}

describe('event delivery', () => {
  it('twice, reversed and three minutes late ends where one clean delivery ends', async () => {
    const clean = await story(false);
    const a = stateOf(clean.site, clean.issueId, clean.start);
    await clean.site.close();
    const faulty = await story(true);
    try {
      const b = stateOf(faulty.site, faulty.issueId, faulty.start);
      const delivered = faulty.site.events.log.length;
      const same = isDeepStrictEqual(a, b);
      recordRow(__filename, {
        area: 'events',
        check: 'every event twice, reversed, 3 min late vs one clean delivery',
        tried: delivered,
        held: same ? delivered : 0,
        lost: same ? 0 : 1,
      });
      expect(b).toEqual(a);
      expect(faulty.site.events.log.filter((d) => d.outcome === 'failed')).toEqual([]);
    } finally {
      await faulty.site.close();
    }
  }, 60_000);
});
