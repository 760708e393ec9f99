/**
 * Given the demo site as `npm start` makes it (busy, set up, with the story), when its worked
 * incidents have been played through the app, then at least three incidents are worked from report to
 * published postmortem: roles, runbook, evidence with custody, legal decisions and sent notices, a
 * timeline of 20 to 60 entries that verifies, follow-ups and an exercise; the clock is back at the
 * present, and no closed or resolved incident has a running SLA clock.
 */
import { Site } from '../../sandbox/site';
import type { StoredIssue } from '../../sandbox/state/site-state';
import type { IncidentView, StatsExportView } from '../../src/shared/resolver-contract';
import { recordFigure } from '../reliability/ledger';
import { CASEY, GADGET_QUERY, invokeGadget, invokePanel, MORGAN, OSCAR, RILEY } from '../support/test-site';

let site: Site;
let worked: NonNullable<Awaited<ReturnType<Site['playStory']>>>;
const realStart = Date.now();

beforeAll(async () => {
  site = new Site({ stateFile: null, reset: true, story: true, busy: true });
  expect(site.storyPending).toBe(true);
  worked = (await site.playStory())!;
}, 120_000);
afterAll(async () => {
  await site.close();
});

async function ok<T>(issue: StoredIssue, key: string, payload: object = {}, who = RILEY): Promise<T> {
  const { result } = await invokePanel(site, issue, key, payload, who);
  expect(result).toMatchObject({ ok: true });
  return (result as { data: T }).data;
}

describe("the demo's worked incidents", () => {
  it('ends at the present: the clock is back, and the scheduled triggers run from now', () => {
    expect(site.clock.offset).toBe(0);
    expect(Math.abs(site.clock.now() - realStart)).toBeLessThan(120_000);
    expect(site.storyPending).toBe(false);
  });

  it('works three incidents from report to published postmortem, each with a timeline of 20 to 60 entries that verifies', async () => {
    const rows: string[] = [];
    for (const issue of [worked.phishing, worked.exposure, worked.ransomware]) {
      const view = await ok<IncidentView>(issue, 'incident/get');
      const verified = await ok<{ checked: number; firstBreak: number | null }>(issue, 'timeline/verify');
      expect(verified.firstBreak).toBeNull();
      expect(verified.checked).toBeGreaterThanOrEqual(20);
      expect(verified.checked).toBeLessThanOrEqual(60);
      expect(view.postmortem.state).toBe('published');
      expect(['Resolved', 'Closed']).toContain(issue.fields.status);
      expect(view.response.roles.filter((r) => r.accountId).length).toBeGreaterThanOrEqual(2);
      expect(view.response.runbook!.steps.every((s) => s.done)).toBe(true);
      expect(view.response.evidence.some((e) => e.custody.length > 0)).toBe(true);
      expect(view.response.phase).toBe('post-incident');
      const decided = view.legal.obligations.filter((o) => o.state === 'sent' || o.state === 'not-required');
      expect(decided.length).toBeGreaterThanOrEqual(1);
      const followUps = site.issues.links(issue.id).length;
      expect(followUps).toBeGreaterThanOrEqual(2);
      expect(site.issues.all().filter((i) => i.worklogs?.length && i.id === issue.id)).toHaveLength(1);
      rows.push(
        `${issue.key} ${view.incident.category}: ${verified.checked} timeline entries (verified), ${view.response.evidence.length} evidence, ${decided.map((o) => `${o.ruleId} ${o.state}`).join(', ')}, ${followUps} follow-ups`,
      );
    }
    recordFigure(__filename, `Worked incidents: ${rows.join('; ')}`);
  });

  it('keeps the restricted incident restricted: its level is set and an outsider cannot read it', async () => {
    expect(worked.exposure.fields.securityLevelId).not.toBeNull();
    const { result } = await invokePanel(site, worked.exposure, 'incident/get', {}, OSCAR);
    expect(result).toMatchObject({ ok: false });
  });

  it("tells each worked incident's reporter the outcome: a public reply they read on their request", async () => {
    const rows: string[] = [];
    for (const issue of [worked.phishing, worked.exposure, worked.ransomware, worked.dismissed]) {
      const reporter = issue.fields.reporter!;
      const res = await site.rest(reporter, 'GET', `/rest/api/3/issue/${issue.key}/comment?expand=properties`);
      expect(res.status).toBe(200);
      const { comments } = (await res.json()) as { comments: { body: unknown; jsdPublic: boolean; properties?: { key: string }[] }[] };
      const replies = comments.filter((c) => (c.properties ?? []).some((p) => p.key === 'incident-response.reporter-reply'));
      expect(replies).toHaveLength(1);
      expect(replies[0]!.jsdPublic).toBe(true);
      const text = JSON.stringify(replies[0]!.body);
      expect(text).toContain('Thank you for telling us about');
      // Nothing internal: no category, level, impact or legal words.
      for (const internal of ['Critical', 'Serious', 'impact', 'urgency', 'GDPR', 'NIS2', 'data-exposure', 'malware']) expect(text).not.toContain(internal);
      rows.push(`${issue.key} (${issue.fields.status})`);
    }
    expect(JSON.stringify(worked.phishing.comments.map((c) => c.body))).toContain('your password was changed and the fake page blocked');
    // The restricted incident's reply is kept on the request only: the timeline says a reply went, not what it said.
    const exposure = await ok<IncidentView>(worked.exposure, 'incident/get');
    expect(exposure.response.timeline.entries.map((e) => e.text)).toContain(
      'Replied to the reporter (the text is kept on the request only, as the incident is restricted)',
    );
    recordFigure(__filename, `Outcome replies on the demo's requests: ${rows.join(', ')}`);
  });

  it('has a report dismissed as not an incident whose request is resolved with the reply', async () => {
    const dismissed = await ok<IncidentView>(worked.dismissed, 'incident/get');
    expect(dismissed.incident.triage.state).toBe('not-incident');
    expect(worked.dismissed.fields.status).toBe('Resolved');
    expect(worked.dismissed.fields.reporter).toBe(CASEY);
    const statusChange = worked.dismissed.changelog.find((c) => c.items.some((i) => i.field === 'status'))!;
    expect(statusChange.author).toBe(RILEY);
    expect(JSON.stringify(worked.dismissed.comments.map((c) => c.body))).toContain('it is their yearly check');
  });

  it('has a tabletop exercise made from the phishing incident', async () => {
    const exercise = site.issues.find(worked.exercise)!;
    const view = await ok<IncidentView>(exercise, 'incident/get');
    expect(view.response.exerciseOf).toMatchObject({ kind: 'tabletop', issueKey: worked.phishing.key });
  });

  it('leaves no closed or resolved incident with a running SLA clock', async () => {
    const res = await site.rest(
      RILEY,
      'GET',
      `/rest/api/3/search/jql?jql=${encodeURIComponent('status in (Closed, Resolved, Done) AND incidentSlaDue < now()')}`,
    );
    expect(((await res.json()) as { issues: unknown[] }).issues).toEqual([]);
  });
});

describe("the manager's export of the demo", () => {
  const query = { ...GADGET_QUERY, projects: ['SEC', 'OPS'], period: '30d' as const, hourlyRate: 80, currency: 'EUR' };
  const exportAs = async (who: string) => {
    const { result } = await invokeGadget(site, 'stats/export', query, who);
    expect(result).toMatchObject({ ok: true });
    return (result as { data: StatsExportView }).data;
  };

  it('has one row per incident with its times, SLA outcome, late notices, hours and cost', async () => {
    const data = await exportAs(MORGAN);
    const row = (key: string) => data.rows.find((r) => r.key === key)!;
    expect(row(worked.phishing.key)).toMatchObject({ category: 'Phishing', sla: 'met', legalLate: 0, hours: 5.5, cost: 440, status: 'Closed' });
    expect(row(worked.exposure.key)).toMatchObject({ category: 'Data exposure', level: 'Critical', legalLate: 0, hours: 13.5, cost: 1080 });
    expect(row(worked.ransomware.key)).toMatchObject({ category: 'Malware on a device', level: 'Critical', hours: 21.5, cost: 1720 });
    const phishing = row(worked.phishing.key);
    // Acknowledged at the triage 4 minutes after the report; contained 11 minutes after it (the site's
    // clock runs on between the story's steps, so to the minute).
    const minutesAfterReport = (at: string | null) => Math.round((Date.parse(at!) - Date.parse(phishing.reportedAt)) / 60_000);
    expect(minutesAfterReport(phishing.acknowledgedAt)).toBe(4);
    expect(minutesAfterReport(phishing.containedAt)).toBe(11);
    expect(Date.parse(phishing.resolvedAt!)).toBeGreaterThan(Date.parse(phishing.containedAt!));
    // Follow-ups and the other work of the projects are not incidents: no row.
    const followUp = site.issues.all().find((i) => i.fields.summary === 'Turn on phishing-resistant MFA for the finance team')!;
    expect(data.rows.map((r) => r.key)).not.toContain(followUp.key);
    expect(data.currency).toBe('EUR');
    recordFigure(__filename, `Manager's export of the demo's last 30 days: ${data.rows.length} incidents (one row each)`);
  });

  it("holds only what the viewer can open: an outsider's export has no restricted incident", async () => {
    const data = await exportAs(OSCAR);
    expect(data.rows.map((r) => r.key)).not.toContain(worked.exposure.key);
    expect(data.rows.map((r) => r.key)).toContain(worked.ransomware.key);
  });
});
