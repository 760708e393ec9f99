/**
 * Given the portal modules (create panel and request detail), when a customer calls the resolver,
 * then they get the taxonomy and the state of their own request, and nothing internal.
 */
import { kvs } from '@forge/kvs';
import { defaultAppConfig } from '../../src/domain/config/default-config';
import { storageKeys } from '../../src/platform/storage/storage-keys';
import { PORTAL_REPORT_PROPERTY_KEY } from '../../src/shared/vocabulary';
import type { Site } from '../../sandbox/site';
import type { StoredIssue } from '../../sandbox/state/site-state';
import { CASEY, createTestSite, invokePanel, OSCAR, RILEY } from '../support/test-site';

let site: Site;
beforeEach(() => {
  site = createTestSite();
});
afterEach(async () => {
  await site.close();
});

const portalContext = (moduleKey: string, request?: { key: string }) => ({
  cloudId: 'local-cloud-0001',
  extension: {
    type: `jiraServiceManagement:${moduleKey === 'report-intake' ? 'portalRequestCreatePropertyPanel' : 'portalRequestDetail'}`,
    portal: { id: '1' },
    request: { typeId: '11', ...request },
  },
});

function callPortal(
  moduleKey: 'report-intake' | 'report-status',
  resolverKey: string,
  accountId: string | null,
  request?: { key: string },
  payload: unknown = {},
) {
  return site.functions.invokeResolver({ functionKey: 'resolver', moduleKey, resolverKey, payload, accountId, context: portalContext(moduleKey, request) });
}

/** An employee with a Jira licence but no JSM agent licence: unlicensed to JSM's portal. */
const KIM = 'acc-kim-employee';

async function fileOnPortal(report: unknown, reporter = CASEY): Promise<StoredIssue> {
  const issue = site.issues.create(
    { projectId: '10000', summary: 'Strange email', reporter, properties: { [PORTAL_REPORT_PROPERTY_KEY]: report } },
    reporter,
    false,
  );
  site.search.noteCreated(issue);
  await site.events.drain();
  return issue;
}

describe('intake/options', () => {
  it('gives a portal customer the "what to report" list with plain descriptions', async () => {
    const { result } = await callPortal('report-intake', 'intake/options', CASEY);
    const categories = (result as { data: { categories: { id: string; label: string; description: string }[] } }).data.categories;
    expect(categories.map((c) => c.id)).toEqual([
      'technical',
      'phishing',
      'malware',
      'physical-safety',
      'security-breach',
      'lost-device',
      'data-exposure',
      'denial-of-service',
      'other',
    ]);
    expect(categories[1]).toMatchObject({
      label: 'Phishing',
      description: 'An email, message or call trying to trick you into giving away passwords, money or data.',
    });
  });

  it('follows the settings when an admin changed the taxonomy', async () => {
    const config = defaultAppConfig();
    await kvs.set(storageKeys.config(), { ...config, taxonomy: { ...config.taxonomy, categories: config.taxonomy.categories.slice(0, 2) } });
    const { result } = await callPortal('report-intake', 'intake/options', CASEY);
    expect((result as { data: { categories: unknown[] } }).data.categories).toHaveLength(2);
  });

  it('refuses a payload', async () => {
    const { result } = await callPortal('report-intake', 'intake/options', CASEY, undefined, { categories: ['mine'] });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
  });
});

describe('report/status', () => {
  it('shows the reporter that the report was received and acknowledged, and when to expect an answer', async () => {
    const issue = await fileOnPortal({ category: 'phishing', personalData: 'unsure' });
    const { result } = await callPortal('report-status', 'report/status', CASEY, { key: issue.key });
    expect(result).toEqual({
      ok: true,
      data: {
        key: issue.key,
        status: 'Open',
        stage: 'received',
        outcome: null,
        expectedResponse: 'by the next business day',
        acknowledgedAt: expect.any(String),
        reportedAt: new Date(issue.fields.created).toISOString(),
        category: 'Phishing',
        personalData: 'Not sure',
        advice: expect.stringContaining('change that password now'),
      },
    });
  });

  it('follows the state as it changes: confirmed, then closed; or checked with the reason', async () => {
    const confirmed = await fileOnPortal({ category: 'malware', personalData: 'no' });
    await invokePanel(site, confirmed, 'incident/triage', { expectedRevision: 0, action: 'confirm' });
    expect(await callPortal('report-status', 'report/status', CASEY, { key: confirmed.key })).toMatchObject({
      result: { data: { stage: 'confirmed', expectedResponse: 'within 1 hour' } },
    });
    site.issues.edit(confirmed, { status: 'Resolved' }, RILEY, false);
    expect(await callPortal('report-status', 'report/status', CASEY, { key: confirmed.key })).toMatchObject({
      result: { data: { stage: 'closed', status: 'Resolved' } },
    });

    const dismissed = await fileOnPortal({ category: 'phishing', personalData: 'no' });
    await invokePanel(site, dismissed, 'incident/triage', { expectedRevision: 0, action: 'dismiss', reason: 'A genuine message from our payroll provider' });
    expect(await callPortal('report-status', 'report/status', CASEY, { key: dismissed.key })).toMatchObject({
      result: { data: { stage: 'not-incident', outcome: 'A genuine message from our payroll provider' } },
    });
  });

  it('never shows internal fields such as priority or impact', async () => {
    const issue = await fileOnPortal({ category: 'data-exposure', personalData: 'yes' });
    const { result } = await callPortal('report-status', 'report/status', CASEY, { key: issue.key });
    expect(JSON.stringify(result)).not.toMatch(/Critical|impact|urgency|priority/i);
  });

  it.each([
    ['someone Jira does not let see it (a restricted report)', OSCAR, 'NOT_FOUND'],
    ['an anonymous visitor', null, 'FORBIDDEN'],
  ])('hides the request from %s', async (_name, who, code) => {
    const issue = await fileOnPortal({ category: 'data-exposure', personalData: 'no' });
    const { result } = await callPortal('report-status', 'report/status', who, { key: issue.key });
    expect(result).toMatchObject({ ok: false, error: { code } });
  });

  it("shows an unlicensed employee their own request, read as the app (Forge gives them no asUser()), and nobody else's", async () => {
    const theirs = await fileOnPortal({ category: 'phishing', personalData: 'no' }, KIM);
    const caseys = await fileOnPortal({ category: 'phishing', personalData: 'no' });
    const restricted = await fileOnPortal({ category: 'data-exposure', personalData: 'yes' }, KIM);
    site.issues.edit(restricted, { securityLevelId: '10100' }, RILEY, false);
    const requests: string[] = [];
    site.onAppJiraRequest((r) => requests.push(`${r.method} ${r.path}`));
    expect(await callPortal('report-status', 'report/status', KIM, { key: theirs.key })).toMatchObject({
      result: { ok: true, data: { key: theirs.key, stage: 'received', category: 'Phishing' } },
    });
    expect(site.functions.invocations.at(-1)).toMatchObject({ accountId: KIM, accountType: 'unlicensed' });
    expect(requests).toContain(`GET /rest/api/3/issue/${theirs.key}`);
    // The app's own check is the reporter: Casey's request is hidden, a restricted one of their own is not.
    expect((await callPortal('report-status', 'report/status', KIM, { key: caseys.key })).result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect((await callPortal('report-status', 'report/status', KIM, { key: restricted.key })).result).toMatchObject({ ok: true });
  });

  it("gives someone not logged in the report form's choices, but the request module refuses them before the app runs", async () => {
    const issue = await fileOnPortal({ category: 'phishing', personalData: 'no' });
    expect((await callPortal('report-intake', 'intake/options', 'unidentified')).result).toMatchObject({ ok: true, data: { active: true } });
    await expect(callPortal('report-status', 'report/status', 'unidentified', { key: issue.key })).rejects.toThrow(
      'Module report-status does not allow unlicensed access for anonymous users.',
    );
  });

  it('needs a request page: the key comes from the context, never the payload', async () => {
    const issue = await fileOnPortal({ category: 'phishing', personalData: 'no' });
    expect((await callPortal('report-status', 'report/status', CASEY)).result).toMatchObject({ ok: false, error: { code: 'NOT_IN_ISSUE_CONTEXT' } });
    expect((await callPortal('report-status', 'report/status', CASEY, { key: issue.key }, { key: 'SEC-999' })).result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED' },
    });
  });
});
