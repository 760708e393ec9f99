import type { Site } from '../../sandbox/site';
import { ALEX, createTestSite, RILEY } from '../support/test-site';

let site: Site;
beforeEach(() => {
  site = createTestSite();
});
afterEach(async () => {
  await site.close();
});

const status = (moduleKey: string, accountId: string) =>
  site.functions.invokeResolver({ functionKey: 'resolver', moduleKey, resolverKey: 'site/status', payload: {}, accountId, context: { extension: { type: 'jira:adminPage' } } });

describe('site/status', () => {
  it('shows an admin the last sweep, once the sweep has run', async () => {
    expect((await status('incident-settings', ALEX)).result).toEqual({ ok: true, data: { lastSweep: null, isAdmin: true } });
    await site.advanceTime(5 * 60_000);
    const { result } = await status('incident-settings', ALEX);
    expect(result).toMatchObject({ ok: true, data: { lastSweep: { window: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}Z$/) } } });
  });

  it('refuses a non-admin, and any module other than the settings page', async () => {
    expect((await status('incident-settings', RILEY)).result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    expect((await status('incident-panel', ALEX)).result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', message: 'Only the settings page can read this.' } });
  });
});
