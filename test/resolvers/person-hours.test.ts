/**
 * Hours per person need a real permission (issue 29, item 16). Given the local Jira site and work
 * logged on an incident, when people read the statistics gadget, then the incident-response owner
 * and responders named in the settings and people who administer the projects see hours per person;
 * anyone else who may read the figures sees the totals and a line saying why, whatever the gadget's
 * "hide names" says.
 */
import { kvs } from '@forge/kvs';
import type { AppConfig } from '../../src/domain/config/app-config';
import { storageKeys } from '../../src/platform/storage/storage-keys';
import type { StatsView } from '../../src/shared/stats-contract';
import { CASEY, GADGET_QUERY, invokeGadget, MORGAN, OSCAR, RILEY, sitePerTest } from '../support/test-site';

const site = sitePerTest();
const HOUR = 3_600_000;

async function workLogged() {
  const issue = site().issues.create({ projectId: '10000', summary: 'VPN down', reporter: RILEY }, RILEY, false);
  await site().events.drain();
  site().issues.addWorklog(issue, { author: RILEY, started: new Date(site().clock.now() - HOUR).toISOString(), timeSpentSeconds: 7200 }, RILEY, false);
  await site().events.drain();
}
const work = async (viewer: string, hideNames = false) => {
  const { result } = await invokeGadget(site(), 'stats/get', { ...GADGET_QUERY, hideNames }, viewer);
  if (!(result as { ok: boolean }).ok) throw new Error(JSON.stringify(result));
  return (result as { ok: true; data: StatsView }).data.work;
};
const WITHHELD =
  /^Hours per person are shown to the incident-response owner and responders named in the settings and to people who administer these projects; you see the totals\.$/;

describe('hours per person', () => {
  it('someone who administers the project sees them; names hidden as the gadget says', async () => {
    await workLogged();
    expect((await work(RILEY)).people).toMatchObject([{ accountId: RILEY, name: 'Riley Responder', insideHours: expect.any(Number) }]);
    expect((await work(RILEY, true)).people).toEqual([expect.objectContaining({ accountId: null, name: 'Person 1' })]);
  });

  it('a manager or an outsider who may read the figures gets the totals, not the people, names hidden or not', async () => {
    await workLogged();
    for (const viewer of [MORGAN, OSCAR])
      for (const hideNames of [false, true]) {
        const seen = await work(viewer, hideNames);
        expect(seen).toMatchObject({ people: [], peopleWithheld: expect.stringMatching(WITHHELD) });
        expect(seen.insideHours + seen.outsideHours).toBe(2);
      }
    // A portal customer does not reach the gadget at all.
    await expect(invokeGadget(site(), 'stats/get', GADGET_QUERY, CASEY)).rejects.toThrow('does not allow unlicensed access');
  });

  it('a manager named in the settings as the owner sees them', async () => {
    await workLogged();
    const config = (await kvs.get<AppConfig>(storageKeys.config()))!;
    await kvs.set(storageKeys.config(), { ...config, program: { ...config.program, ownerAccountId: MORGAN } });
    const seen = await work(MORGAN);
    expect(seen.people).toHaveLength(1);
    expect(seen.peopleWithheld).toBeUndefined();
  });
});
