import { kvs, WhereConditions } from '@forge/kvs';
import type { Site } from '../../sandbox/site';
import { createTestSite } from '../support/test-site';

let site: Site;
beforeEach(() => {
  site = createTestSite();
});
afterEach(async () => {
  await site.close();
});

const claimedWindows = async () => (await kvs.query().where('key', WhereConditions.beginsWith('sweep:run:')).limit(100).getMany()).results.map((r) => r.key);

describe('incident-sweep scheduled trigger', () => {
  it('runs once per five-minute slot as the clock moves', async () => {
    await site.advanceTime(60 * 60_000);
    // Only the sweep's runs: an hour may cross the hourly and daily triggers' slots too, depending on the time of day.
    expect(site.scheduler.log.filter((r) => r.trigger === 'incident-sweep' && r.outcome === 'ok')).toHaveLength(12);
    expect(await claimedWindows()).toHaveLength(12);
  });

  it('claims each window once even when Forge runs a slot twice', async () => {
    site.scheduler.duplicateRuns = true;
    await site.advanceTime(15 * 60_000);
    expect(site.scheduler.log.filter((r) => r.trigger === 'incident-sweep')).toHaveLength(6);
    expect(await claimedWindows()).toHaveLength(3);
  });
});
