/**
 * The app on a busy site (an IT help desk, a software and a business project, about 400 older
 * issues with other apps' properties): nothing outside incident response is touched. As just
 * installed it is not set up, so a week of every team's work (creates, edits, transitions,
 * comments, worklogs, deletions, on new and older issues) with the five-minute sweep running makes
 * no Jira write at all; once an admin sets it up for the SEC project, a week of the four other
 * teams' work still makes none outside SEC, while a SEC incident is taken in as before. Every Jira
 * request the app sends, from every function, is watched at the site and sorted by the issue it touches.
 */
import type { Site } from '../../sandbox/site';
import type { StoredIssue } from '../../sandbox/state/site-state';
import { defaultAppConfig } from '../../src/domain/config/default-config';
import { NOT_SET_UP_MESSAGE } from '../../src/usecases/current-record';
import { invokeSettings } from '../settings/settings-support';
import { ALEX, createTestSite, invokePanel, MORGAN, OSCAR, RILEY, SAM } from '../support/test-site';

const TAYLOR = 'acc-taylor-helpdesk';
const PAT = 'acc-pat-developer';
const QUINN = 'acc-quinn-marketing';
const JORDAN = 'acc-jordan-employee';
const OTHER_PROJECTS = ['10001', '10002', '10003', '10004'];
import { recordRow } from './ledger';

const HOUR = 3_600_000;
/** POSTs that only read. */
const READS = [/\/search\/jql$/, /\/search\/approximate-count$/, /\/issue\/bulkfetch$/];
const CHANNELS = ['issue properties', 'comments', 'fields (priority, security level)', 'notifications', 'issues and links created'] as const;
type Channel = (typeof CHANNELS)[number];

interface Write {
  channel: Channel;
  issueIds: string[];
}

/** Which channel a write is, and which issues it touches (by key or id in the path, or ids in a bulk body). */
function classify(site: Site, known: Map<string, string>, req: { method: string; path: string; body: string | null }): Write | null {
  if (req.method === 'GET' || READS.some((r) => r.test(req.path))) return null;
  const ref = /\/rest\/api\/3\/issue\/([^/]+)/.exec(req.path)?.[1];
  const idOf = (r: string) => known.get(r) ?? site.issues.find(r)?.id ?? r;
  if (req.path.endsWith('/issue/properties/multi')) {
    const ids = [...(req.body ?? '').matchAll(/"issueID":\s*(\d+)/g)].map((m) => m[1]!);
    return { channel: 'issue properties', issueIds: ids };
  }
  if (req.path.endsWith('/rest/api/3/issue') || req.path.endsWith('/issueLink')) return { channel: 'issues and links created', issueIds: [] };
  if (!ref) return null;
  const issueIds = [idOf(decodeURIComponent(ref))];
  if (req.path.includes('/properties/')) return { channel: 'issue properties', issueIds };
  if (req.path.includes('/comment')) return { channel: 'comments', issueIds };
  if (req.path.endsWith('/notify')) return { channel: 'notifications', issueIds };
  return { channel: 'fields (priority, security level)', issueIds };
}

/** Who works in each of the site's projects, and the issue types they file (directory.ts). */
const TEAMS: Record<string, { worker: string; reporter: string; types: string[] }> = {
  '10000': { worker: RILEY, reporter: OSCAR, types: ['Incident', 'Task'] },
  '10001': { worker: RILEY, reporter: OSCAR, types: ['Task'] },
  '10002': { worker: TAYLOR, reporter: JORDAN, types: ['Service request'] },
  '10003': { worker: PAT, reporter: OSCAR, types: ['Story', 'Bug'] },
  '10004': { worker: QUINN, reporter: MORGAN, types: ['Task'] },
};

/**
 * A week of the teams' work on `projectIds`, all at once as on a real site: each day 5 new issues per
 * project, and every open one edited, moved, commented and worked on; one per project deleted a day;
 * plus the same activity on the site's older issues of those projects (the seeded year).
 */
async function teamWeek(site: Site, projectIds: string[], known: Map<string, string>): Promise<StoredIssue[]> {
  const made: StoredIssue[] = [];
  const older = site.issues
    .all()
    .filter((i) => projectIds.includes(i.projectId))
    .slice(-20 * projectIds.length);
  for (let day = 0; day < 7; day++) {
    for (const projectId of projectIds) {
      const team = TEAMS[projectId]!;
      for (let i = 0; i < 5; i++) {
        const issue = site.issues.create(
          { projectId, summary: `Team work ${day}-${i}`, reporter: team.reporter, issuetype: team.types[i % team.types.length] },
          team.reporter,
          false,
        );
        site.search.noteCreated(issue);
        known.set(issue.key, issue.id);
        made.push(issue);
      }
    }
    for (const issue of [...made, ...older].filter((m) => site.issues.find(m.key))) {
      const { worker } = TEAMS[issue.projectId]!;
      site.issues.edit(issue, { summary: `${issue.fields.summary.replace(/ \(edited\)$/, '')} (edited)`, priority: 'High' }, worker, false);
      site.issues.edit(issue, { status: day % 2 ? 'In Progress' : 'Resolved' }, worker, false);
      await site.rest(worker, 'POST', `/rest/api/3/issue/${issue.key}/comment`, {
        body: { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Looked at it' }] }] },
      });
      site.issues.addWorklog(issue, { author: worker, started: new Date(site.clock.now() - HOUR).toISOString(), timeSpentSeconds: 1800 }, worker, false);
    }
    for (const projectId of projectIds) {
      const gone = made.find((m) => m.projectId === projectId && site.issues.find(m.key));
      if (gone) await site.rest(ALEX, 'DELETE', `/rest/api/3/issue/${gone.key}`);
    }
    await site.events.drain();
    await site.advanceTime(24 * HOUR);
  }
  return [...made, ...older];
}

/** Per channel: how many writes, and how many distinct issues outside the scope they touched. */
function tally(writes: Write[], outside: (issueId: string) => boolean) {
  return CHANNELS.map((channel) => {
    const ofChannel = writes.filter((w) => w.channel === channel);
    const touched = new Set(ofChannel.flatMap((w) => (w.issueIds.length === 0 ? ['(new issue)'] : w.issueIds.filter(outside))));
    return { channel, all: ofChannel.length, outside: touched.size };
  });
}

let site: Site;
afterEach(async () => {
  await site.close();
});

describe('a busy site', () => {
  it('as just installed: a week of work with the sweep running makes no Jira write; the panel and the portal say it is not set up', async () => {
    site = createTestSite(0, { freshInstall: true, busy: true });
    const known = new Map<string, string>();
    const writes: Write[] = [];
    site.onAppJiraRequest((req) => {
      const w = classify(site, known, req);
      if (w) writes.push(w);
    });
    const made = await teamWeek(site, ['10000', ...OTHER_PROJECTS], known);
    const rows = tally(writes, () => true);
    for (const r of rows)
      recordRow(__filename, {
        area: 'busy site',
        check: `not set up, a week of 5 teams' work: app writes to ${r.channel}`,
        tried: made.length,
        executed: made.length,
        held: made.length - r.outside,
        lost: r.outside,
      });
    expect(writes).toEqual([]);
    expect(site.state.outbox).toEqual([]);
    const open = made.find((m) => site.issues.find(m.key))!;
    const { result } = await invokePanel(site, open, 'incident/get', {}, RILEY);
    expect(result).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: NOT_SET_UP_MESSAGE } });
    const portal = await site.functions.invokeResolver({
      functionKey: 'resolver',
      moduleKey: 'report-intake',
      resolverKey: 'intake/options',
      payload: {},
      accountId: OSCAR,
      context: { extension: { type: 'jiraServiceManagement:portalRequestCreatePropertyPanel', portal: { id: '2' }, request: { typeId: '12' } } },
    });
    expect(portal.result).toEqual({ ok: true, data: { active: false, categories: [] } });
  }, 120_000);

  it("set up for SEC: a week of the other four teams' work gets no app write, while a SEC incident is taken in", async () => {
    site = createTestSite(0, { freshInstall: true, busy: true });
    const config = defaultAppConfig();
    config.scope = { projectKeys: ['SEC'], issueTypeIds: [], allProjects: false, allIssueTypes: true, setUp: true };
    expect(await invokeSettings(site, 'settings/save', { config, baseVersion: 0 }, ALEX)).toMatchObject({ ok: true });
    const known = new Map<string, string>();
    const writes: Write[] = [];
    site.onAppJiraRequest((req) => {
      const w = classify(site, known, req);
      if (w) writes.push(w);
    });
    const incident = site.issues.create({ projectId: '10000', summary: 'Ransom note on the file server', reporter: RILEY, assignee: SAM }, RILEY, false);
    site.search.noteCreated(incident);
    known.set(incident.key, incident.id);
    await site.events.drain();
    const ops = await teamWeek(site, OTHER_PROJECTS, known);
    const opsIds = new Set(ops.map((i) => i.id));
    for (const i of site.issues.all()) if (i.projectId !== '10000') opsIds.add(i.id);
    const rows = tally(writes, (id) => opsIds.has(id));
    for (const r of rows)
      recordRow(__filename, {
        area: 'busy site',
        check: `set up for SEC, a week of 4 other teams' work: app writes outside SEC in ${r.channel}`,
        tried: ops.length,
        executed: ops.length,
        held: ops.length - r.outside,
        lost: r.outside,
      });
    expect(rows.filter((r) => r.outside > 0)).toEqual([]);
    expect(site.state.outbox.filter((m) => ops.some((o) => o.key === m.issueKey))).toEqual([]);
    // Other apps' properties on the teams' issues are as they were written.
    const foreign = site.issues.all().filter((i) => 'incident-response-other' in i.properties);
    expect(foreign.length).toBeGreaterThan(10);
    for (const i of foreign) expect(i.properties['incident-response-other']).toEqual({ level: 'Sev2', note: 'written by another app' });
    // Nor does the app keep anything about them in its storage (no records, clocks, statistics).
    const kept = Object.keys(site.state.kvs).filter((k) => [...opsIds].some((id) => new RegExp(`(^|[:-])${id}(:|$)`).test(k)));
    recordRow(__filename, {
      area: 'busy site',
      check: "set up for SEC, a week of 4 other teams' work: storage keys about their issues",
      tried: ops.length,
      executed: ops.length,
      held: ops.length - kept.length,
      lost: kept.length,
    });
    expect(kept).toEqual([]);
    // The positive control: the SEC incident was taken in (its mirror written, the reporter thanked only on the portal).
    expect(writes.some((w) => w.channel === 'issue properties' && w.issueIds.includes(incident.id))).toBe(true);
    expect(site.issues.find(incident.key)!.properties['incident-response']).toBeDefined();
  }, 120_000);
});
