/**
 * Given a portal report whose summary responders edited while working it, when it is closed, then
 * the reporter's notice names the request by its key only (never the edited summary) and is sent
 * with Jira's `restrict`, so a reporter a security level no longer lets browse the issue gets nothing.
 */
import { PORTAL_REPORT_PROPERTY_KEY } from '../../src/shared/vocabulary';
import type { Site } from '../../sandbox/site';
import { CASEY, createTestSite, RILEY } from '../support/test-site';

const EDITED = 'CANARY-EDITED-71f payroll database copied to a personal drive';

type ForgeFetch = (target: unknown, path: string, init?: RequestInit) => Promise<Response>;
const g = globalThis as typeof globalThis & { __forge_fetch__?: ForgeFetch };

let site: Site;
/** The bodies of the app's notify requests, as Jira received them. */
let notifyBodies: { to?: { reporter?: boolean }; restrict?: { permissions?: { key?: string }[] } }[];
let original: ForgeFetch;

beforeEach(() => {
  site = createTestSite();
  notifyBodies = [];
  original = g.__forge_fetch__!;
  g.__forge_fetch__ = async (target, path, init = {}) => {
    if (/\/notify$/.test(path) && typeof init.body === 'string') notifyBodies.push(JSON.parse(init.body) as (typeof notifyBodies)[number]);
    return original(target, path, init);
  };
});
afterEach(async () => {
  g.__forge_fetch__ = original;
  await site.close();
});

describe('the close notice', () => {
  it('names the request by its key, not by the summary responders edited, and is restricted to who can browse it', async () => {
    const issue = site.issues.create(
      {
        projectId: '10000',
        summary: 'My colleague got a strange email',
        reporter: CASEY,
        properties: { [PORTAL_REPORT_PROPERTY_KEY]: { category: 'phishing', personalData: 'no' } },
      },
      CASEY,
      false,
    );
    site.search.noteCreated(issue);
    await site.events.drain();
    site.issues.edit(issue, { summary: EDITED }, RILEY, false);
    site.issues.edit(issue, { status: 'Resolved' }, RILEY, false);
    await site.events.drain();

    const notices = site.state.outbox.filter((m) => m.issueKey === issue.key && m.recipients.includes(CASEY));
    expect(notices).toEqual([expect.objectContaining({ subject: `[${issue.key}] Your report is closed` })]);
    expect(`${notices[0]!.subject}\n${notices[0]!.textBody ?? ''}`).not.toContain('payroll');
    const toReporter = notifyBodies.filter((b) => b.to?.reporter === true);
    expect(toReporter).toHaveLength(1);
    expect(toReporter[0]!.restrict).toEqual({ permissions: [{ key: 'BROWSE_PROJECTS' }] });
  });
});
