/**
 * Published documents' linked issues and follow-ups, read as every local-site user.
 *
 * An open incident (reported on the portal by Casey) is linked by a responder to a restricted
 * incident, to an open issue of its own project and to an issue of another project; one of its
 * follow-ups is later restricted by hand. A responder who can open all of them publishes its
 * postmortem (an internal Jira comment) and its final report (a Confluence page). Then:
 * - nobody who cannot open the restricted incident reads its summary, in the comment (over REST),
 *   the page (Confluence REST v2), the panel's preview or the Markdown download;
 * - nobody who cannot open the restricted follow-up reads its summary (the stored copy) there, nor in
 *   the panel's timeline or the timeline exports (the timeline names a follow-up by its key);
 * - the other project's issue is named by its key alone in what is published;
 * - positive controls: the open linked issue's summary is published; the publisher's own preview
 *   lists the restricted incident; the published report says, in words, that some are not listed.
 */
import { kvs } from '@forge/kvs';
import { defaultAppConfig } from '../../src/domain/config/default-config';
import { storageKeys } from '../../src/platform/storage/storage-keys';
import type { FollowUpView, ReportMarkdownView, ReportView } from '../../src/shared/resolver-contract';
import { PORTAL_REPORT_PROPERTY_KEY } from '../../src/shared/vocabulary';
import type { Site } from '../../sandbox/site';
import { canSeeIssue } from '../../sandbox/state/permissions';
import type { StoredIssue } from '../../sandbox/state/site-state';
import { ALEX, CASEY, createTestSite, invokePanel, json, MORGAN, OSCAR, panelCalls, RILEY, SAM } from '../support/test-site';
import { recordRow } from './ledger';
import { appendToTimeline } from '../../src/usecases/append-to-timeline';
import { timelineStore } from '../../src/platform/storage/timeline-store';

const RESTRICTED = 'CANARY-LINKED-4f2 CFO mailbox forwarding to an outside address';
const FOLLOW_UP = 'CANARY-FOLLOWUP-9c3 rotate the CFO recovery codes';
const OPEN_LINKED = 'POSITIVE-LINKED-12 printer queue stuck on floor 2';
const OTHER_PROJECT = 'CANARY-OTHERPROJECT-5e7 build server certificate expired';
const USERS = { CASEY, RILEY, SAM, MORGAN, ALEX, OSCAR } as const;

let site: Site;
let open: StoredIssue;
let restricted: StoredIssue;
let followUp: StoredIssue;
let otherProject: StoredIssue;
const { ok } = panelCalls(() => site);

/** What `accountId` must never read in what is published or previewed on the open incident. */
function secretsFor(accountId: string, published: boolean): string[] {
  const secrets: string[] = [];
  if (!canSeeIssue(accountId, restricted)) secrets.push(RESTRICTED, restricted.key);
  if (!canSeeIssue(accountId, followUp)) secrets.push(FOLLOW_UP);
  // A published report cannot know who reads another project: its summary stays out for everyone.
  if (published || !canSeeIssue(accountId, otherProject)) secrets.push(OTHER_PROJECT);
  return secrets;
}

const link = async (a: StoredIssue, b: StoredIssue) =>
  expect(
    (await site.rest(RILEY, 'POST', '/rest/api/3/issueLink', { type: { name: 'Relates' }, inwardIssue: { key: a.key }, outwardIssue: { key: b.key } })).status,
  ).toBe(201);

beforeAll(async () => {
  site = createTestSite();
  const config = defaultAppConfig();
  config.postmortem.confluenceSpaceKey = null;
  await kvs.set(storageKeys.config(), config);
  const portal = { [PORTAL_REPORT_PROPERTY_KEY]: { category: 'malware', personalData: 'no' } };
  open = site.issues.create({ projectId: '10000', summary: 'Laptop fan very loud after update', reporter: CASEY, properties: portal }, CASEY, false);
  restricted = site.issues.create({ projectId: '10000', summary: RESTRICTED, reporter: SAM, securityLevelId: '10100' }, SAM, false);
  const openLinked = site.issues.create({ projectId: '10000', summary: OPEN_LINKED, reporter: RILEY }, RILEY, false);
  otherProject = site.issues.create({ projectId: '10001', issuetype: 'Task', summary: OTHER_PROJECT, reporter: RILEY }, RILEY, false);
  for (const issue of [open, restricted, openLinked, otherProject]) site.search.noteCreated(issue);
  await site.events.drain();
  for (const other of [restricted, openLinked, otherProject]) await link(open, other);

  const created = await ok<FollowUpView[]>(open, 'postmortem/follow-up', { summary: FOLLOW_UP });
  followUp = site.issues.find(created.find((f) => f.summary === FOLLOW_UP)!.key)!;
  // Someone restricts the follow-up by hand in Jira.
  site.issues.edit(followUp, { securityLevelId: '10100' }, RILEY, false);
  await site.events.drain();

  await ok(open, 'postmortem/publish', { kind: 'postmortem' });
  await kvs.set(storageKeys.config(), { ...config, postmortem: { ...config.postmortem, confluenceSpaceKey: 'IR' } });
  await ok(open, 'postmortem/publish', { kind: 'final-report' });
}, 120_000);

afterAll(async () => {
  await site.close();
});

type Items = { where: string; text: string }[];

/** Checks one channel for every user; records the row; returns the leaks. */
function judge(channel: string, readings: Record<string, Items>, published: boolean): string[] {
  const leaks: string[] = [];
  let tried = 0;
  let executed = 0;
  for (const [name, items] of Object.entries(readings)) {
    tried++;
    if (items.length > 0) executed++;
    const accountId = USERS[name as keyof typeof USERS];
    for (const item of items)
      for (const secret of secretsFor(accountId, published))
        if (item.text.includes(secret)) leaks.push(`${channel}: ${name} read "${secret}" in ${item.where}`);
  }
  recordRow(__filename, {
    area: 'leaks',
    check: `${channel}, as each of 6 users`,
    tried,
    executed,
    held: executed - new Set(leaks.map((l) => l.split(' read ')[0])).size,
    lost: leaks.length,
  });
  return leaks;
}

const readAll = async (read: (accountId: string) => Promise<Items>) =>
  Object.fromEntries(await Promise.all(Object.entries(USERS).map(async ([name, id]) => [name, await read(id)] as const)));

describe('published documents list only the linked issues and follow-ups all their readers may open', () => {
  it('the report comment on the open incident, read over REST by each user who can open the incident', async () => {
    const readings = await readAll(async (accountId) => {
      const res = await site.rest(accountId, 'GET', `/rest/api/3/issue/${open.key}/comment?maxResults=5000`);
      if (res.status !== 200) return [];
      const body = await json<{ comments: { id: string; body: unknown }[] }>(res);
      return body.comments.map((c) => ({ where: `${open.key} comment ${c.id}`, text: JSON.stringify(c.body) }));
    });
    expect(judge('published report comment: linked issues and follow-ups', readings, true)).toEqual([]);
    const report = readings.OSCAR!.find((i) => i.text.includes('Linked issues') || i.text.includes(OPEN_LINKED));
    // Positive controls: the open linked issue is there with its summary, the other project's by key, and the rest is counted.
    expect(report?.text).toContain(OPEN_LINKED);
    expect(report?.text).toContain(otherProject.key);
    expect(report?.text).toContain('1 more linked issue is not listed: not everyone who reads this report may open it.');
    expect(report?.text).toContain('1 follow-up is not listed: not everyone who reads this report may open it.');
    // The portal customer reads the comment over REST too (the platform API): nothing restricted there either.
    expect(readings.CASEY!.length).toBeGreaterThan(0);
  });

  it('the Confluence page of the final report, read by each user', async () => {
    const readings = await readAll(async (accountId) => {
      const list = await site.confluenceRest(accountId, 'GET', '/wiki/api/v2/pages');
      if (list.status !== 200) return [];
      const items: Items = [];
      for (const page of (await json<{ results: { id: string }[] }>(list)).results) {
        const res = await site.confluenceRest(accountId, 'GET', `/wiki/api/v2/pages/${page.id}?body-format=atlas_doc_format`);
        items.push({ where: `page ${page.id}`, text: await res.text() });
      }
      return items;
    });
    expect(judge('published Confluence page: linked issues and follow-ups', readings, true)).toEqual([]);
    expect(readings.OSCAR!.some((i) => i.text.includes(OPEN_LINKED))).toBe(true);
  });

  it("the panel's report preview, its timeline, the Markdown downloads and the timeline exports, as each user (only what the viewer may open)", async () => {
    const readings = await readAll(async (accountId) => {
      const items: Items = [];
      for (const [key, payload] of [
        ['postmortem/get', { kind: 'postmortem' }],
        ['postmortem/markdown', { kind: 'postmortem' }],
        ['postmortem/markdown', { kind: 'final-report' }],
        ['incident/get', { kind: 'panel' }],
        ['timeline/export', { format: 'json' }],
        ['timeline/export', { format: 'markdown' }],
      ] as const) {
        const sent = key === 'incident/get' ? {} : payload;
        const { result } = await invokePanel(site, open, key, sent, accountId).catch(() => ({ result: null }));
        const envelope = result as { ok: boolean; data?: ReportView | ReportMarkdownView } | null;
        if (envelope?.ok) items.push({ where: `${key} ${Object.values(payload).join(' ')}`, text: JSON.stringify(envelope.data) });
      }
      return items;
    });
    expect(judge('report preview, panel timeline, downloads and exports: linked issues and follow-ups', readings, false)).toEqual([]);
    // The outsider reads the report (he may open the incident), without the follow-up restricted by hand.
    expect(readings.OSCAR!.length).toBeGreaterThan(0);
    expect(readings.OSCAR!.find((i) => i.where === 'postmortem/get postmortem')!.text).toContain('1 follow-up is not listed: you cannot open it.');
    // The outsider reads the incident's timeline and its exports too; they name the follow-up by its key.
    expect(readings.OSCAR!.filter((i) => i.where.startsWith('timeline/export') || i.where.startsWith('incident/get'))).toHaveLength(3);
    expect(readings.OSCAR!.find((i) => i.where === 'timeline/export json')!.text).toContain(`Follow-up ${followUp.key} created.`);
    // The publisher's own preview lists everything he may open.
    const riley = readings.RILEY!.find((i) => i.where === 'postmortem/get postmortem')!.text;
    expect(riley).toContain(RESTRICTED);
    expect(riley).toContain(FOLLOW_UP);
    expect(riley).toContain(OTHER_PROJECT);
  });

  it('a follow-up entry written with its summary (before entries named the key only) shows key-only to whoever cannot open the follow-up', async () => {
    // As the app wrote it before: the summary in the text. The chain keeps it as written.
    await appendToTimeline(timelineStore, open.id, {
      kind: 'follow-up',
      text: `Follow-up ${followUp.key} created: ${FOLLOW_UP}`,
      happenedAt: new Date(site.clock.now()).toISOString(),
      recordedAt: new Date(site.clock.now()).toISOString(),
      by: RILEY,
      corrects: null,
      data: { key: followUp.key },
    });
    const readings = await readAll(async (accountId) => {
      const items: Items = [];
      for (const [key, payload] of [
        ['incident/get', {}],
        ['timeline/export', { format: 'json' }],
        ['timeline/export', { format: 'markdown' }],
        ['exercise/create', { kind: 'tabletop' }],
      ] as const) {
        const { result } = await invokePanel(site, open, key, payload, accountId).catch(() => ({ result: null }));
        const envelope = result as { ok: boolean; data?: unknown } | null;
        if (!envelope?.ok) continue;
        const made = key === 'exercise/create' ? site.issues.find((envelope.data as { key: string }).key) : undefined;
        items.push({ where: `${key} ${Object.values(payload).join(' ')}`, text: JSON.stringify(made ? made.fields : envelope.data) });
      }
      return items;
    });
    expect(judge('a follow-up entry written with its summary: panel timeline, exports, exercise', readings, false)).toEqual([]);
    const oscarJson = readings.OSCAR!.find((i) => i.where === 'timeline/export json')!.text;
    expect(oscarJson).toContain('\\"textWithheld\\": true');
    // Whoever may open the follow-up exports the entry as stored, so every hash recomputes.
    expect(readings.RILEY!.find((i) => i.where === 'timeline/export json')!.text).toContain(FOLLOW_UP);
    expect(readings.RILEY!.find((i) => i.where === 'incident/get ')!.text).toContain(`Follow-up ${followUp.key} created.`);
    // The stored chain is untouched: verify still finds no break.
    expect(await ok(open, 'timeline/verify', {})).toMatchObject({ firstBreak: null });
  });
});
