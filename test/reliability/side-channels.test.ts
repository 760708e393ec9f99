/**
 * The ten side channels through which restricted incident data leaked or history was lost, each
 * reproduced as it was found (the issue "Restricted stays restricted") and held shut: reports,
 * exercises and follow-ups, Confluence, reclassification, reminders, the gadget, deletion, a
 * flooded timeline, contacts, and the lower ones (portal promise, Markdown, forged due mirrors,
 * disabled rules, a priority Jira did not let the person set).
 */
import { kvs } from '@forge/kvs';
import MarkdownIt from 'markdown-it';
import type { AppConfig } from '../../src/domain/config/app-config';
import { defaultAppConfig } from '../../src/domain/config/default-config';
import { chainEntry, linkOf } from '../../src/domain/timeline/chain-entry';
import { GENESIS_LINK, type ChainLink, type TimelineEntry } from '../../src/domain/timeline/timeline-entry';
import { storageKeys } from '../../src/platform/storage/storage-keys';
import type { IncidentView, ReportView, SettingsView, StatsView, TimelineExportView } from '../../src/shared/resolver-contract';
import { INCIDENT_PROPERTY_KEY, PORTAL_REPORT_PROPERTY_KEY } from '../../src/shared/vocabulary';
import type { StoredIssue } from '../../sandbox/state/site-state';
import { invokeSettings } from '../settings/settings-support';
import { ALEX, CASEY, GADGET_QUERY, invokeGadget, json, MORGAN, OSCAR, panelCalls, RILEY, SAM, sitePerTest } from '../support/test-site';
import { recordRow } from './ledger';

const site = sitePerTest();
const { call, ok } = panelCalls(site);
const HOUR = 3_600_000;
const SECRET_SUMMARY = 'Payroll export sent to a personal address';
const SECRET_NOTE = 'The admin password was Winter2026!';

async function storeConfig(change: (c: AppConfig) => void): Promise<void> {
  const config = defaultAppConfig();
  change(config);
  await kvs.set(storageKeys.config(), config);
}

/** An incident as the app knows it (intake ran), reported by `reporter`. */
async function incident(fields: { summary?: string; reporter?: string; assignee?: string | null; securityLevelId?: string | null; projectId?: string } = {}) {
  const issue = site().issues.create(
    {
      projectId: '10000',
      summary: SECRET_SUMMARY,
      reporter: RILEY,
      ...fields,
      assignee: fields.assignee ?? null,
      securityLevelId: fields.securityLevelId ?? null,
    },
    fields.reporter ?? RILEY,
    false,
  );
  site().search.noteCreated(issue);
  await site().events.drain();
  return issue;
}

const revisionOf = async (issue: StoredIssue) => (await ok<IncidentView>(issue, 'incident/get', {})).incident.revision;
const getAs = (who: string, key: string) => site().rest(who, 'GET', `/rest/api/3/issue/${key}`);
const resolve = async (issue: StoredIssue) => {
  site().issues.edit(issue, { status: 'Resolved' }, RILEY, false);
  await site().events.drain();
};

describe('2. issues the app creates from a restricted incident', () => {
  it('an exercise and a follow-up carry the security level, and no free text crosses into the exercise', async () => {
    const issue = await incident({ reporter: CASEY, securityLevelId: '10100' });
    await ok(issue, 'incident/update', { expectedRevision: await revisionOf(issue), category: 'malware', impact: 'high', urgency: 'high', reason: 'Ransom' });
    await ok(issue, 'timeline/add', { kind: 'note', text: SECRET_NOTE });
    await ok(issue, 'timeline/add', { kind: 'decision', text: `Decided: ${SECRET_SUMMARY}` });
    await resolve(issue);
    const { key } = await ok<{ key: string }>(issue, 'exercise/create', { kind: 'tabletop' });
    await ok(issue, 'postmortem/follow-up', { summary: 'Rotate the payroll keys' });
    await site().events.drain();
    const exercise = site().issues.find(key)!;
    const followUp = site()
      .issues.all()
      .find((i) => i.fields.summary === 'Rotate the payroll keys')!;
    expect(exercise.fields.securityLevelId).toBe('10100');
    expect(followUp.fields.securityLevelId).toBe('10100');
    const copied = JSON.stringify(exercise.fields);
    expect(copied).not.toContain(SECRET_NOTE);
    expect(copied).not.toContain(SECRET_SUMMARY);
    expect(copied).toContain('A note was written');
    expect(exercise.fields.summary).toBe(`[Exercise] From restricted incident ${issue.key}`);
    for (const created of [exercise, followUp]) expect((await getAs(OSCAR, created.key)).status).toBe(404);
    recordRow(__filename, {
      area: 'leaks',
      check: 'issues the app creates from a restricted incident (exercise, follow-up)',
      tried: 2,
      executed: 2,
      held: 2,
      lost: 0,
    });
  });

  it('an open incident still makes an open exercise with its outline', async () => {
    const issue = await incident({ summary: 'Printer prints garbage' });
    await ok(issue, 'timeline/add', { kind: 'action', text: 'Replaced the toner' });
    await resolve(issue);
    const { key } = await ok<{ key: string }>(issue, 'exercise/create', { kind: 'drill' });
    const exercise = site().issues.find(key)!;
    expect(exercise.fields.securityLevelId).toBeNull();
    expect(JSON.stringify(exercise.fields.description)).toContain('Replaced the toner');
  });
});

describe('3. Confluence', () => {
  it("a restricted incident's report is never a Confluence page: it is an internal comment on the incident", async () => {
    await storeConfig((c) => void (c.postmortem.confluenceSpaceKey = 'IR'));
    const issue = await incident({ reporter: CASEY, securityLevelId: '10100' });
    await ok(issue, 'incident/update', { expectedRevision: await revisionOf(issue), category: 'malware', impact: 'high', urgency: 'high', reason: 'Ransom' });
    await resolve(issue);
    const before = await ok<ReportView>(issue, 'postmortem/get', { kind: 'postmortem' });
    expect(before.publishTarget).toEqual({ target: 'jira-comment', why: 'restricted' });
    const published = await ok<ReportView>(issue, 'postmortem/publish', { kind: 'postmortem' });
    expect(published.publication).toMatchObject({ target: 'jira-comment' });
    expect(Object.values(site().state.confluence!.pages)).toEqual([]);
    const commentId = new URL(published.publication!.url!).searchParams.get('focusedCommentId');
    const comments = await json<{ comments: { id: string; jsdPublic: boolean }[] }>(await site().rest(RILEY, 'GET', `/rest/api/3/issue/${issue.key}/comment`));
    expect(comments.comments.filter((c) => c.id === commentId).map((c) => c.jsdPublic)).toEqual([false]);
    recordRow(__filename, { area: 'leaks', check: 'restricted report kept out of Confluence', tried: 1, executed: 1, held: 1, lost: 0 });
  });

  it('the settings refuse a space Confluence does not have, and offer the ones it has', async () => {
    const view = (await invokeSettings(site(), 'settings/get', {}, ALEX)) as { ok: true; data: SettingsView };
    expect(view.data.site.confluenceSpaces).toEqual([{ key: 'IR', name: 'Incident reviews' }]);
    const config = { ...defaultAppConfig(), postmortem: { ...defaultAppConfig().postmortem, confluenceSpaceKey: 'NOPE' } };
    const result = await invokeSettings(site(), 'settings/save', { config, baseVersion: 0 }, ALEX);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', fields: { 'postmortem.confluenceSpaceKey': expect.stringContaining('Confluence has no space "NOPE"') } },
    });
  });
});

describe('4. the restriction follows the category', () => {
  it('reclassifying an open incident into a restricted category restricts it; the reporter keeps seeing it', async () => {
    const issue = await incident({ reporter: CASEY, summary: 'Odd email' });
    expect((await getAs(OSCAR, issue.key)).status).toBe(200);
    const view = await ok<IncidentView>(issue, 'incident/update', {
      expectedRevision: await revisionOf(issue),
      category: 'data-exposure',
      impact: 'high',
      urgency: 'high',
      reason: 'The attachment held the customer list',
    });
    expect(site().issues.find(issue.key)!.fields.securityLevelId).toBe('10100');
    expect(view.issue.securityLevel).toBe('Restricted');
    expect((await getAs(OSCAR, issue.key)).status).toBe(404);
    expect((await getAs(CASEY, issue.key)).status).toBe(200);
    recordRow(__filename, { area: 'leaks', check: 'restriction follows a reclassification', tried: 1, executed: 1, held: 1, lost: 0 });
  });
});

describe('5. internal reminders', () => {
  it('legal and SLA reminders go to the assignee, never to the portal reporter who watches the request', async () => {
    const issue = await incident({ reporter: CASEY, assignee: SAM, summary: 'Laptop stolen from a car' });
    let revision = await revisionOf(issue);
    await ok(issue, 'incident/update', { expectedRevision: revision, category: 'malware', impact: 'high', urgency: 'high', reason: 'Unencrypted disk' });
    revision = await revisionOf(issue);
    await ok(issue, 'legal/record', {
      expectedRevision: revision,
      action: 'start',
      trigger: 'aware_at',
      at: new Date(site().clock.now()).toISOString(),
      timeZone: 'Europe/Berlin',
    });
    await site().advanceTime(40 * HOUR);
    const sent = site().state.outbox.filter((m) => m.issueKey === issue.key);
    expect(sent.some((m) => m.subject.includes('Legal'))).toBe(true);
    expect(sent.some((m) => m.subject.includes('SLA'))).toBe(true);
    expect(sent.every((m) => m.recipients.includes(SAM))).toBe(true);
    const toReporter = sent.filter((m) => m.recipients.includes(CASEY));
    expect(toReporter).toEqual([]);
    recordRow(__filename, {
      area: 'leaks',
      check: 'internal reminders to the portal reporter',
      tried: sent.length,
      executed: sent.length,
      held: sent.length - toReporter.length,
      lost: toReporter.length,
    });
  });

  it("a reminder of a restricted incident reaches no group member outside its level (Jira's restrict)", async () => {
    await storeConfig((c) => {
      c.sla.escalation.default.breach = { assignee: true, reporter: true, watchers: true, users: [OSCAR], groups: ['incident-managers'] };
    });
    const issue = await incident({ reporter: CASEY, assignee: SAM, securityLevelId: '10100' });
    await ok(issue, 'incident/update', { expectedRevision: await revisionOf(issue), category: 'malware', impact: 'high', urgency: 'high', reason: 'Ransom' });
    await site().advanceTime(5 * HOUR);
    const breach = site().state.outbox.find((m) => m.issueKey === issue.key && m.subject.includes('breached'))!;
    expect(new Set(breach.recipients)).toEqual(new Set([SAM, MORGAN, ALEX]));
  });
});

describe('6. the statistics gadget', () => {
  it('reads what to show from its saved configuration, not from the payload', async () => {
    const issue = await incident({ summary: 'VPN down' });
    site().issues.addWorklog(issue, { author: RILEY, started: new Date(site().clock.now() - HOUR).toISOString(), timeSpentSeconds: 7200 }, RILEY, false);
    await site().events.drain();
    const saved = { ...GADGET_QUERY, hideNames: true };
    const forged = await invokeGadget(site(), 'stats/get', saved, OSCAR, { ...saved, hideNames: false });
    expect(forged.result).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    // Oscar may not read hours per person at all (issue 29: a permission, not the display preference);
    // Riley, who administers the project, reads them with the names hidden as the gadget says.
    const asOscar = (await invokeGadget(site(), 'stats/get', saved, OSCAR)).result as { ok: true; data: StatsView };
    expect(asOscar.data.work).toMatchObject({ people: [], peopleWithheld: expect.stringContaining('you see the totals') });
    const { result } = await invokeGadget(site(), 'stats/get', saved, RILEY);
    const people = (result as { ok: true; data: StatsView }).data.work.people;
    expect(people.length).toBeGreaterThan(0);
    expect(people.every((p) => p.accountId === null && !p.name.includes('Riley'))).toBe(true);
    const wider = await invokeGadget(site(), 'stats/incidents', saved, OSCAR, { projects: ['SEC', 'OPS'] });
    expect(wider.result).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
  });

  it('gives no sums to a viewer who cannot open every restricted incident they include, even for one day', async () => {
    const hidden = await incident({ reporter: CASEY, securityLevelId: '10100' });
    await ok(hidden, 'incident/update', {
      expectedRevision: await revisionOf(hidden),
      category: 'data-exposure',
      impact: 'high',
      urgency: 'high',
      reason: 'Leak',
    });
    const today = new Date(site().clock.now()).toISOString().slice(0, 10);
    const oneDay = { ...GADGET_QUERY, period: 'custom', from: today, to: today };
    let tried = 0;
    let leaked = 0;
    for (const config of [GADGET_QUERY, oneDay]) {
      tried++;
      const { result } = await invokeGadget(site(), 'stats/get', config, OSCAR);
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      if (JSON.stringify(result).includes('"totals"')) leaked++;
    }
    const riley = (await invokeGadget(site(), 'stats/get', oneDay, RILEY)).result as { ok: true; data: StatsView };
    expect(riley.data.totals.reports).toBe(1);
    const table = (await invokeGadget(site(), 'stats/incidents', oneDay, OSCAR)).result as { ok: true; data: { rows: unknown[] } };
    expect(table.data.rows).toEqual([]);
    recordRow(__filename, {
      area: 'leaks',
      check: 'statistics over incidents the viewer cannot open',
      tried,
      executed: tried,
      held: tried - leaked,
      lost: leaked,
    });
  });
});

describe('7. deletion', () => {
  it('leaves a tombstone: what existed, its last chain hash, its evidence hashes, who deleted it and when', async () => {
    await storeConfig((c) => void (c.response.deletedRetentionDays = 30));
    const issue = await incident({ summary: 'Ransom note' });
    await ok(issue, 'incident/update', { expectedRevision: await revisionOf(issue), category: 'malware', impact: 'high', urgency: 'high', reason: 'Ransom' });
    await ok(issue, 'response/record', {
      expectedRevision: await revisionOf(issue),
      action: 'evidence',
      item: 'Disk image of the file server',
      sha256: 'a'.repeat(64),
      source: 'File server',
      collectedBy: 'Sam',
      collectedAt: new Date(site().clock.now() - HOUR).toISOString(),
    });
    await ok(issue, 'timeline/add', { kind: 'note', text: 'Imaged the disk' });
    const head = site().state.kvs[storageKeys.timelineHead(issue.id)]!.value as ChainLink;
    site().events.options.duplicate = true;
    expect((await site().rest(ALEX, 'DELETE', `/rest/api/3/issue/${issue.key}`)).status).toBe(204);
    await site().events.drain();
    expect(site().state.kvs[storageKeys.incident(issue.id)]).toBeUndefined();
    const kept = site().state.kvs[storageKeys.tombstone(issue.id)]!;
    expect(kept.value).toMatchObject({
      issueKey: issue.key,
      deletedBy: ALEX,
      category: 'malware',
      priority: 'Critical',
      chain: { seq: head.seq, hash: head.hash },
      evidence: [{ sha256: 'a'.repeat(64) }],
    });
    // Forge storage forgets it when the retention ends.
    expect(kept.expireTime! - site().clock.now()).toBeGreaterThan(29 * 24 * HOUR);
    expect(kept.expireTime! - site().clock.now()).toBeLessThanOrEqual(30 * 24 * HOUR + 60_000);
    const view = (await invokeSettings(site(), 'settings/get', {}, ALEX)) as { ok: true; data: SettingsView };
    expect(view.data.deletedIncidents).toEqual([
      expect.objectContaining({
        issueKey: issue.key,
        deletedBy: 'Alex Admin',
        category: 'Malware on a device',
        timelineEntries: head.seq,
        evidenceHashes: ['a'.repeat(64)],
      }),
    ]);
    recordRow(__filename, { area: 'lifecycle', check: 'deleted incident leaves a tombstone (events twice)', tried: 1, executed: 1, held: 1, lost: 0 });
  });
});

describe('8. a flooded timeline', () => {
  it('1,500 notes of 4 KB: the report answers within the invoke limit and the export comes in parts that join to the whole', async () => {
    const issue = await incident({ summary: 'Noisy incident' });
    let link: ChainLink = GENESIS_LINK;
    const entries: TimelineEntry[] = [];
    const at = new Date(site().clock.now() - HOUR).toISOString();
    for (let i = 0; i < 1500; i++) {
      const e = chainEntry(
        issue.id,
        { kind: 'note', text: `${i} ${'x'.repeat(3990)}`, happenedAt: at, recordedAt: at, by: RILEY, corrects: null, data: null },
        link,
      );
      entries.push(e);
      link = linkOf(e);
    }
    for (let i = 0; i < entries.length; i += 25)
      await kvs.batchSet(entries.slice(i, i + 25).map((e) => ({ key: storageKeys.timelineEntry(issue.id, e.seq), value: e })));
    await kvs.set(storageKeys.timelineHead(issue.id), link);

    const report = await call<ReportView>(issue, 'postmortem/get', { kind: 'postmortem' });
    expect(report.ok).toBe(true);
    expect(Buffer.byteLength(JSON.stringify(report))).toBeLessThan(5_000_000);
    expect(JSON.stringify(report)).toContain('earliest entries are not shown here');
    expect((await call(issue, 'postmortem/markdown', { kind: 'postmortem' })).ok).toBe(true);

    const first = await ok<TimelineExportView>(issue, 'timeline/export', { format: 'json' });
    expect(first.parts).toBeGreaterThan(1);
    const parts = [first.content];
    for (let part = 1; part < first.parts; part++) {
      const next = await call<TimelineExportView>(issue, 'timeline/export', { format: 'json', part, asOf: first.asOf });
      expect(Buffer.byteLength(JSON.stringify(next))).toBeLessThan(5_000_000);
      parts.push((next as { ok: true; data: TimelineExportView }).data.content);
    }
    const whole = JSON.parse(parts.join('')) as { entries: TimelineEntry[]; verification: { firstBreak: unknown } };
    expect(whole.entries).toHaveLength(1500);
    expect(whole.entries.at(-1)!.hash).toBe(link.hash);
    expect(whole.verification.firstBreak).toBeNull();
    recordRow(__filename, {
      area: 'limits',
      check: 'flooded timeline: report and paged export within the 5 MB invoke answer',
      tried: 1 + first.parts,
      executed: 1 + first.parts,
      held: 1 + first.parts,
      lost: 0,
    });
  });
});

describe('9. stakeholder contacts', () => {
  it('go to responders only: a viewer who cannot edit the incident gets none, and no emergency number', async () => {
    await storeConfig((c) => {
      c.response.contacts = [
        {
          id: 'police',
          name: 'Cyber police desk',
          role: 'Law enforcement',
          channel: 'cyber@police.example',
          emergency: '+1 555 0100',
          categories: [],
          levels: [],
          tellWithinMinutes: null,
          lawEnforcement: true,
        },
      ];
    });
    const issue = await incident({ summary: 'Extortion email' });
    const responder = await ok<IncidentView>(issue, 'incident/get', {}, RILEY);
    expect(responder.response.contacts.map((c) => c.emergency)).toEqual(['+1 555 0100']);
    let leaked = 0;
    for (const viewer of [MORGAN, OSCAR]) {
      const seen = await ok<IncidentView>(issue, 'incident/get', {}, viewer);
      expect(seen.response).toMatchObject({ contacts: [], contactsHidden: true, contactsConfigured: false });
      const markdown = await ok<{ content: string }>(issue, 'postmortem/markdown', { kind: 'breach-summary' }, viewer);
      if (JSON.stringify(seen).includes('+1 555 0100') || markdown.content.includes('Cyber police desk')) leaked++;
    }
    expect(leaked).toBe(0);
    recordRow(__filename, {
      area: 'leaks',
      check: 'stakeholder contacts to viewers who are not responders',
      tried: 2,
      executed: 2,
      held: 2 - leaked,
      lost: leaked,
    });
  });
});

describe('10. the lower items', () => {
  it("the portal shows the reporter's own category and promise, not the team's reclassification", async () => {
    const issue = site().issues.create(
      {
        projectId: '10000',
        summary: 'Strange email',
        reporter: CASEY,
        properties: { [PORTAL_REPORT_PROPERTY_KEY]: { category: 'phishing', personalData: 'no' } },
      },
      CASEY,
      false,
    );
    site().search.noteCreated(issue);
    await site().events.drain();
    await ok(issue, 'incident/update', {
      expectedRevision: await revisionOf(issue),
      category: 'malware',
      impact: 'high',
      urgency: 'high',
      reason: 'Payload ran',
    });
    const { result } = await site().functions.invokeResolver({
      functionKey: 'resolver',
      moduleKey: 'report-status',
      resolverKey: 'report/status',
      payload: {},
      accountId: CASEY,
      context: {
        cloudId: 'local-cloud-0001',
        extension: { type: 'jiraServiceManagement:portalRequestDetail', portal: { id: '1' }, request: { key: issue.key, typeId: '11' } },
      },
    });
    expect(result).toMatchObject({ ok: true, data: { category: 'Phishing', expectedResponse: 'by the next business day' } });
    expect(JSON.stringify(result)).not.toContain('within 1 hour');
  });

  it('the Markdown export keeps setext underlines and indented lines as text', async () => {
    const issue = await incident({ summary: 'Markdown test' });
    await ok(issue, 'postmortem/save-section', {
      kind: 'postmortem',
      sectionId: 'root-cause',
      text: 'Injected heading\n===\n\n    rm -rf / as a code block',
      expectedRevision: 0,
    });
    const { content } = await ok<{ content: string }>(issue, 'postmortem/markdown', { kind: 'postmortem' });
    const tokens = new MarkdownIt().parse(content, {});
    expect(tokens.filter((t) => t.type === 'heading_open' && t.tag === 'h1')).toHaveLength(1);
    expect(tokens.filter((t) => t.type === 'code_block' || t.type === 'fence')).toEqual([]);
    expect(new MarkdownIt().render(content)).toContain('Injected heading');
  });

  it('the sweep removes mirrors forged to look due on issues the app has no incident for, so they cannot crowd its search', async () => {
    const forged: StoredIssue[] = [];
    for (let i = 0; i < 20; i++)
      forged.push(site().issues.create({ projectId: '10001', summary: `Story ${i}`, reporter: OSCAR }, OSCAR, false, { silent: true }));
    const past = new Date(site().clock.now() - HOUR).toISOString();
    for (const issue of forged) {
      const res = await site().rest(OSCAR, 'PUT', `/rest/api/3/issue/${issue.key}/properties/${INCIDENT_PROPERTY_KEY}`, {
        nextCheck: past,
      });
      expect(res.status).toBeLessThan(300);
      site().search.noteCreated(issue);
    }
    await site().advanceTime(5 * 60_000);
    const left = forged.filter((i) => site().issues.find(i.key)!.properties[INCIDENT_PROPERTY_KEY] !== undefined);
    expect(left).toEqual([]);
    expect(forged.every((i) => site().state.kvs[storageKeys.incident(i.id)] === undefined)).toBe(true);
    recordRow(__filename, {
      area: 'tampering',
      check: 'mirrors forged due on non-incidents removed by the sweep',
      tried: forged.length,
      executed: forged.length,
      held: forged.length - left.length,
      lost: left.length,
    });
  });

  it('disabling a legal rule does not erase a deadline the incident already missed', async () => {
    const issue = await incident({ summary: 'Customer list exposed', assignee: SAM });
    await ok(issue, 'legal/record', {
      expectedRevision: await revisionOf(issue),
      action: 'answer',
      answers: { personalData: 'yes', risk: 'risk', residences: ['EU'], residencesComplete: true, dataTypes: {}, affected: {} },
    });
    await ok(issue, 'legal/record', {
      expectedRevision: await revisionOf(issue),
      action: 'start',
      trigger: 'aware_at',
      at: new Date(site().clock.now()).toISOString(),
      timeZone: 'Europe/Berlin',
    });
    await site().advanceTime(73 * HOUR);
    const missed = (await ok<IncidentView>(issue, 'incident/get', {})).legal.obligations.find((o) => o.ruleId === 'eu.gdpr.33.sa')!;
    expect(missed.state).toBe('open');
    expect(Date.parse(missed.dueAt!)).toBeLessThan(site().clock.now());
    await storeConfig((c) => void (c.legal.enabled['eu.gdpr.33.sa'] = false));
    const after = (await ok<IncidentView>(issue, 'incident/get', {})).legal.obligations.find((o) => o.ruleId === 'eu.gdpr.33.sa');
    expect(after).toMatchObject({ state: 'open', dueAt: missed.dueAt });
  });

  it('a priority Jira did not confirm for the person is not set later by the app; the panel says so', async () => {
    const issue = await incident({ summary: 'Worm on the build farm' });
    site().faults.busyFor(/\/editmeta$/, 20);
    const view = await ok<IncidentView>(issue, 'incident/update', {
      expectedRevision: await revisionOf(issue),
      category: 'malware',
      impact: 'high',
      urgency: 'high',
      reason: 'Spreading',
    });
    expect(view.incident.priority).toBe('Critical');
    expect(await kvs.get(storageKeys.jiraBehind(issue.id))).toMatchObject({ followPriority: false });
    await site().advanceTime(5 * 60_000);
    expect(await kvs.get(storageKeys.jiraBehind(issue.id))).toBeUndefined();
    expect(site().issues.find(issue.key)!.fields.priority).toBe('Medium');
    const later = await ok<IncidentView>(issue, 'incident/get', {});
    expect(later.indexInSync).toBe(true);
    expect(later.notes.join(' ')).toContain("Jira's priority is Medium, but Critical maps to Highest");
  });
});
