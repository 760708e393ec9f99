/**
 * Every output channel, read as every local-site user, after a restricted incident has been worked
 * end to end: comments over REST as each user reads them (a portal customer too: public ones only),
 * issues' comment field, properties and searches over REST, the local issue page and the portal's
 * request page, the notification outbox with its recipients, Confluence pages, every issue the app created, the
 * statistics gadget's answers, and the exports and downloads of every issue the user can open.
 *
 * What must not be read: the canary's summary, by anyone who cannot open the incident; the notes
 * responders wrote, by anyone but its responders and readers (the portal reporter included); the
 * stakeholder contacts' emergency numbers, by anyone who is not a responder. Each channel must
 * also show what it should (a responder reads the note there), so a check that reads nothing fails.
 * A second canary is a restricted Task brought in with "Declare an incident": its summary and the
 * reason it was declared must not reach anyone who cannot open it.
 */
import { kvs } from '@forge/kvs';
import { defaultAppConfig } from '../../src/domain/config/default-config';
import { storageKeys } from '../../src/platform/storage/storage-keys';
import type { IncidentView, TimelineExportView } from '../../src/shared/resolver-contract';
import { PORTAL_REPORT_PROPERTY_KEY } from '../../src/shared/vocabulary';
import { createShellApp } from '../../sandbox/shell/shell-server';
import type { Site } from '../../sandbox/site';
import { canSeeIssue } from '../../sandbox/state/permissions';
import type { StoredIssue } from '../../sandbox/state/site-state';
import { ALEX, CASEY, createTestSite, GADGET_QUERY, invokeGadget, invokePanel, json, MORGAN, OSCAR, panelCalls, RILEY, SAM } from '../support/test-site';
import { recordRow } from './ledger';

const SUMMARY = 'CANARY-SUMMARY-5e1 payroll export mailed out';
const NOTE = 'CANARY-NOTE-9b2 the admin password was Winter2026';
const FOLLOW_UP = 'CANARY-FOLLOWUP-77 rotate the payroll signing key';
const EMERGENCY = 'CANARY-EMERGENCY +1 555 0199';
const OPEN_NOTE = 'POSITIVE-CONTROL-41 open incident note';
const DECLARED_SUMMARY = 'CANARY-DECLARED-3c8 vendor laptop with the HR archive';
const DECLARED_REASON = 'CANARY-REASON-6d4 the HR archive was on it unencrypted';
/**
 * The responders' assessment of a portal report: the reporter said "malware", they classified it as
 * physical safety with impact, urgency and CIA flags, and a legal clock runs. The reporter may browse
 * her request (so she reads its issue properties), but none of this is hers to read.
 */
const ASSESSMENT = ['physical-safety', 'Physical safety', '"impact":', '"urgency":', '"confidentiality":', '"legalDue"', '"legalNextCheck"'];
const USERS = { CASEY, RILEY, SAM, MORGAN, ALEX, OSCAR } as const;
const RESPONDERS = new Set<string>([RILEY, SAM, ALEX]);
const HOUR = 3_600_000;

let site: Site;
let canary: StoredIssue;
let open: StoredIssue;
/** A restricted Task brought into incident response with "Declare an incident" (outside the scope's issue types). */
let declared: StoredIssue;
let appCreated: StoredIssue[];
let mirrorKey: string;
const { ok } = panelCalls(() => site);

/** What `accountId` must never read anywhere. */
function secretsFor(accountId: string): string[] {
  const secrets: string[] = [];
  if (!canSeeIssue(accountId, canary)) secrets.push(SUMMARY, canary.key);
  // The reporter wrote the summary; what responders wrote stays with those who work or oversee the incident.
  if (!canSeeIssue(accountId, canary) || accountId === CASEY) secrets.push(NOTE, FOLLOW_UP);
  if (!RESPONDERS.has(accountId)) secrets.push(EMERGENCY);
  if (!canSeeIssue(accountId, declared)) secrets.push(DECLARED_SUMMARY, DECLARED_REASON, declared.key);
  if (accountId === CASEY) secrets.push(...ASSESSMENT);
  // The installation's mirror key (the category tags' HMAC key) is the app's alone: nobody reads it anywhere.
  secrets.push(mirrorKey);
  return secrets;
}

beforeAll(async () => {
  site = createTestSite(0, { busy: true });
  const config = defaultAppConfig();
  config.response.contacts = [
    {
      id: 'police',
      name: 'Cyber police desk',
      role: 'Law enforcement',
      channel: 'cyber@police.example',
      emergency: EMERGENCY,
      categories: [],
      levels: [],
      tellWithinMinutes: 60,
      lawEnforcement: true,
    },
  ];
  config.postmortem.confluenceSpaceKey = 'IR';
  // Incidents are SEC's Incident issues; anything else comes in only when someone declares it.
  config.scope = { projectKeys: ['SEC'], issueTypeIds: ['10003'], allProjects: false, allIssueTypes: false, setUp: true };
  await kvs.set(storageKeys.config(), config);
  const startedWith = new Set(site.issues.all().map((i) => i.key));

  // The canary: reported on the portal by Casey, restricted, worked by Riley and Sam.
  const portal = { [PORTAL_REPORT_PROPERTY_KEY]: { category: 'malware', personalData: 'yes' } };
  canary = site.issues.create(
    { projectId: '10000', summary: SUMMARY, reporter: CASEY, assignee: SAM, securityLevelId: '10100', properties: portal },
    CASEY,
    false,
  );
  open = site.issues.create({ projectId: '10000', summary: 'Printer prints blank pages', reporter: CASEY, assignee: SAM, properties: portal }, CASEY, false);
  declared = site.issues.create(
    { projectId: '10000', issuetype: 'Task', summary: DECLARED_SUMMARY, reporter: SAM, assignee: SAM, securityLevelId: '10100' },
    SAM,
    false,
  );
  for (const issue of [canary, open, declared]) site.search.noteCreated(issue);
  await site.events.drain();
  await ok(declared, 'incident/declare', { reason: DECLARED_REASON });
  await ok(declared, 'timeline/add', { kind: 'note', text: `Laptop wiped remotely. ${DECLARED_REASON}` });
  for (const issue of [canary, open]) {
    const revision = async () => (await ok<IncidentView>(issue, 'incident/get', {})).incident.revision;
    await ok(issue, 'incident/update', {
      expectedRevision: await revision(),
      category: 'physical-safety',
      impact: 'high',
      urgency: 'high',
      cia: { confidentiality: true, integrity: false, availability: true, authenticity: false },
      reason: 'Ransom',
    });
    await ok(issue, 'timeline/add', { kind: 'note', text: issue === canary ? NOTE : OPEN_NOTE });
    await ok(issue, 'legal/record', {
      expectedRevision: await revision(),
      action: 'start',
      trigger: 'aware_at',
      at: new Date(site.clock.now()).toISOString(),
      timeZone: 'Europe/Berlin',
    });
    site.issues.addWorklog(issue, { author: RILEY, started: new Date(site.clock.now() - HOUR).toISOString(), timeSpentSeconds: 7200 }, RILEY, false);
    await ok(issue, 'postmortem/save-section', {
      kind: 'postmortem',
      sectionId: 'root-cause',
      expectedRevision: 0,
      text: issue === canary ? `Why? ${NOTE}` : `Why? ${OPEN_NOTE}`,
    });
  }
  await site.events.drain();
  // Clocks run: SLA and legal reminders go out (comments and notifications).
  await site.advanceTime(40 * HOUR);
  for (const issue of [canary, open]) {
    site.issues.edit(issue, { status: 'Resolved' }, RILEY, false);
    await site.events.drain();
    await ok(issue, 'postmortem/publish', { kind: 'postmortem' });
    await ok(issue, 'exercise/create', { kind: 'tabletop' });
    await ok(issue, 'postmortem/follow-up', { summary: issue === canary ? FOLLOW_UP : 'Order more toner' });
    site.issues.edit(issue, { status: 'Closed' }, RILEY, false);
    await site.events.drain();
  }
  mirrorKey = (await kvs.get<string>(storageKeys.mirrorKey()))!;
  expect(mirrorKey).toMatch(/^[0-9a-f]{64}$/);
  appCreated = site.issues.all().filter((i) => !startedWith.has(i.key) && ![canary.key, open.key, declared.key].includes(i.key));
}, 120_000);

afterAll(async () => {
  await site.close();
});

interface Reading {
  /** What was read: one item each (a comment, a message, a page, an issue, an answer, a file). */
  items: { where: string; text: string }[];
  /** Reads tried (requests sent), where the channel counts them: some answer 404 and read nothing. */
  attempted?: number;
}

/** Checks one channel's readings for every user; records the row; returns the leaks. */
function judge(channel: string, readings: Record<string, Reading>): string[] {
  const leaks: string[] = [];
  let tried = 0;
  let executed = 0;
  for (const [name, { items, attempted }] of Object.entries(readings)) {
    const accountId = USERS[name as keyof typeof USERS];
    // A channel that counts its reads tried them all; one that does not tried what it read.
    tried += attempted ?? items.length;
    for (const item of items) {
      executed++;
      for (const secret of secretsFor(accountId)) if (item.text.includes(secret)) leaks.push(`${channel}: ${name} read "${secret}" in ${item.where}`);
    }
  }
  recordRow(__filename, { area: 'leaks', check: `${channel}, as each of 6 users`, tried, executed, held: executed - leaks.length, lost: leaks.length });
  return leaks;
}

/** Reads a channel as each user; a reader that calls `attempt()` per request is counted by what it tried, not only what answered. */
const readAll = async (read: (accountId: string, attempt: () => void) => Promise<Reading['items']>) =>
  Object.fromEntries(
    await Promise.all(
      Object.entries(USERS).map(async ([name, id]) => {
        let attempted: number | undefined;
        const items = await read(id, () => (attempted = (attempted ?? 0) + 1));
        return [name, { items, attempted }] as const;
      }),
    ),
  );

const visibleIssues = (accountId: string) => site.issues.all().filter((i) => canSeeIssue(accountId, i));

describe('every output channel, as every user', () => {
  it('comments over REST, as each user (the portal customer too: Jira gives her the public ones of her own requests)', async () => {
    const readings = await readAll(async (accountId, attempt) => {
      const items: Reading['items'] = [];
      for (const issue of visibleIssues(accountId)) {
        attempt();
        const res = await site.rest(accountId, 'GET', `/rest/api/3/issue/${issue.key}/comment?maxResults=5000&expand=properties`);
        if (res.status === 200) items.push({ where: `${issue.key} comments`, text: await res.text() });
      }
      return items;
    });
    expect(judge('comments over REST (expand=properties)', readings)).toEqual([]);
    // Positive controls: a responder reads the canary's report comment; the reporter reads her acknowledgement, and only public comments.
    expect(readings.RILEY!.items.some((i) => i.where.startsWith(canary.key) && i.text.includes(NOTE))).toBe(true);
    expect(readings.CASEY!.items.some((i) => i.where.startsWith(canary.key))).toBe(true);
    expect(readings.CASEY!.items.every((i) => !i.text.includes('"jsdPublic":false'))).toBe(true);
  });

  it('issues, their comment field and their properties over REST, and searches that embed comments, as each user', async () => {
    const readings = await readAll(async (accountId, attempt) => {
      const items: Reading['items'] = [];
      for (const issue of visibleIssues(accountId).filter((i) => i.projectId === '10000')) {
        for (const [method, path, body] of [
          ['GET', `/rest/api/3/issue/${issue.key}?fields=comment,summary&properties=*all`, undefined],
          ['GET', `/rest/api/3/issue/${issue.key}/properties/incident-response`, undefined],
          ['POST', '/rest/api/3/search/jql', { jql: `key = ${issue.key}`, fields: ['comment'], properties: ['incident-response'] }],
        ] as const) {
          attempt();
          const res = await site.rest(accountId, method, path, body);
          if (res.status === 200) items.push({ where: `${method} ${path} (${issue.key})`, text: await res.text() });
        }
      }
      return items;
    });
    expect(judge('issues, comment field, properties and searches over REST', readings)).toEqual([]);
    expect(readings.SAM!.items.some((i) => i.where.includes(canary.key) && i.text.includes(NOTE))).toBe(true);
    // The reporter may browse her request, so she reads its properties (Atlassian: never store sensitive data in them):
    // the mirror, with the level and the category's keyed tag, and none of the assessment (judged above).
    const reporters = readings.CASEY!.items.filter((i) => i.where.includes(`${open.key}/properties/incident-response`));
    expect(reporters.map((i) => JSON.parse(i.text).value)).toEqual([
      expect.objectContaining({ priority: 'Critical', categoryTag: expect.stringMatching(/^[0-9a-f]{20}$/) }),
    ]);
    // Positive control: the responders' category is the app's to show, in the panel, to a responder.
    expect((await ok<IncidentView>(open, 'incident/get', {})).incident.category).toBe('physical-safety');
  });

  it('the local issue page and the portal request page, as each user', async () => {
    const { app } = createShellApp(site);
    const readings = await readAll(async (accountId, attempt) => {
      const items: Reading['items'] = [];
      for (const issue of site.issues.all().filter((i) => i.projectId === '10000')) {
        for (const path of [`/browse/${issue.key}`, `/servicedesk/customer/portal/1/${issue.key}`]) {
          attempt();
          const res = await app.request(path, { headers: { cookie: `sandbox-user=${accountId}` } });
          if (res.status === 200) items.push({ where: path, text: await res.text() });
        }
      }
      return items;
    });
    expect(judge('local issue page and portal request page', readings)).toEqual([]);
    expect(readings.RILEY!.items.some((i) => i.where === `/browse/${canary.key}` && i.text.includes(NOTE))).toBe(true);
    expect(readings.CASEY!.items.some((i) => i.where.endsWith(`/${canary.key}`))).toBe(true);
  });

  it('notifications, with their recipients', async () => {
    const readings = await readAll(async (accountId) =>
      site.state.outbox
        .filter((m) => m.recipients.includes(accountId))
        .map((m) => ({ where: `message "${m.subject}"`, text: `${m.subject}\n${m.textBody ?? ''}\n${m.htmlBody ?? ''}` })),
    );
    expect(judge('notifications', readings)).toEqual([]);
    expect(readings.SAM!.items.filter((i) => i.text.includes(canary.key)).length).toBeGreaterThan(1);
    expect(readings.CASEY!.items.some((i) => i.where.includes('closed') || i.text.includes('closed'))).toBe(true);
  });

  it('Confluence pages, as each user can read them', async () => {
    const readings = await readAll(async (accountId) => {
      const list = await site.confluenceRest(accountId, 'GET', '/wiki/api/v2/pages');
      if (list.status !== 200) return [];
      const items: Reading['items'] = [];
      for (const page of (await json<{ results: { id: string }[] }>(list)).results) {
        const res = await site.confluenceRest(accountId, 'GET', `/wiki/api/v2/pages/${page.id}?body-format=atlas_doc_format`);
        items.push({ where: `page ${page.id}`, text: await res.text() });
      }
      return items;
    });
    expect(judge('Confluence pages', readings)).toEqual([]);
    // The open incident's postmortem is a page everyone with Confluence reads; the canary's is not a page.
    expect(readings.OSCAR!.items.some((i) => i.text.includes(OPEN_NOTE))).toBe(true);
  });

  it('issues the app created (exercises, follow-ups), read over REST', async () => {
    expect(appCreated.length).toBe(4);
    const readings = await readAll(async (accountId, attempt) => {
      const items: Reading['items'] = [];
      for (const issue of appCreated) {
        attempt();
        const res = await site.rest(accountId, 'GET', `/rest/api/3/issue/${issue.key}`);
        if (res.status === 200) items.push({ where: `issue ${issue.key}`, text: await res.text() });
        attempt();
        const search = await site.rest(accountId, 'POST', '/rest/api/3/search/jql', { jql: `key = ${issue.key}`, fields: ['summary', 'description'] });
        if (search.status === 200) items.push({ where: `search for ${issue.key}`, text: await search.text() });
      }
      return items;
    });
    expect(judge('issues the app created', readings)).toEqual([]);
    expect(readings.RILEY!.items.some((i) => i.text.includes(FOLLOW_UP))).toBe(true);
  });

  it("the statistics gadget's answers", async () => {
    const readings = await readAll(async (accountId) => {
      const items: Reading['items'] = [];
      for (const key of ['stats/get', 'stats/incidents', 'stats/export']) {
        const { result } = await invokeGadget(site, key, { ...GADGET_QUERY, period: '30d' }, accountId).catch(() => ({ result: null }));
        items.push({ where: key, text: JSON.stringify(result) });
      }
      return items;
    });
    expect(judge('statistics', readings)).toEqual([]);
    expect(readings.RILEY!.items.find((i) => i.where === 'stats/incidents')!.text).toContain(SUMMARY);
    expect(readings.RILEY!.items.find((i) => i.where === 'stats/export')!.text).toContain(SUMMARY);
    expect(readings.RILEY!.items.find((i) => i.where === 'stats/export')!.text).toContain(DECLARED_SUMMARY);
  });

  it('exports and downloads (timeline JSON and Markdown, every report as Markdown) of every issue the user can open', async () => {
    const readings = await readAll(async (accountId, attempt) => {
      const items: Reading['items'] = [];
      for (const issue of visibleIssues(accountId).filter((i) => i.projectId === '10000')) {
        for (const [key, payload] of [
          ['timeline/export', { format: 'json' }],
          ['timeline/export', { format: 'markdown' }],
          ['postmortem/markdown', { kind: 'postmortem' }],
          ['postmortem/markdown', { kind: 'final-report' }],
          ['postmortem/markdown', { kind: 'breach-summary' }],
          ['incident/get', {}],
        ] as const) {
          attempt();
          const { result } = await invokePanel(site, issue, key, payload, accountId).catch(() => ({ result: null }));
          const envelope = result as { ok: boolean; data?: TimelineExportView } | null;
          if (envelope?.ok) items.push({ where: `${key} ${JSON.stringify(payload)} of ${issue.key}`, text: JSON.stringify(envelope.data) });
        }
      }
      return items;
    });
    expect(judge('exports and downloads', readings)).toEqual([]);
    expect(readings.SAM!.items.some((i) => i.text.includes(NOTE))).toBe(true);
    expect(readings.SAM!.items.some((i) => i.text.includes(EMERGENCY))).toBe(true);
    // The declared incident's reason is in its timeline for those who may open it.
    expect(readings.RILEY!.items.some((i) => i.where.endsWith(declared.key) && i.text.includes(DECLARED_REASON))).toBe(true);
  });
});
