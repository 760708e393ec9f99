/**
 * Given the local Jira site, when someone records a timeline entry or a legal clock's start, then a
 * time up to 30 days before the issue was created is accepted (the event came before its report),
 * and an earlier one (year 0, 1970, a year back) is refused in words with nothing stored.
 */
import { kvs } from '@forge/kvs';
import type { IncidentRecord } from '../../src/domain/incident/incident-record';
import { storageKeys } from '../../src/platform/storage/storage-keys';
import type { IncidentView, TimelinePageView } from '../../src/shared/resolver-contract';
import { createIssue, panelCalls, RILEY, sitePerTest } from '../support/test-site';

const site = sitePerTest();
const { call, ok } = panelCalls(site);
const DAY = 86_400_000;
const daysAgo = (n: number) => new Date(site().clock.now() - n * DAY).toISOString();
const TOO_EARLY =
  /^This is more than 30 days before the issue was created \(\d{1,2} [A-Z][a-z]+ \d{4}\)\. Give a time on or after \d{1,2} [A-Z][a-z]+ \d{4}\. Nothing was saved\.$/;

describe('how early an event may be', () => {
  it('a timeline entry may have happened 20 days before the issue, not in 1970 or year 0', async () => {
    const issue = createIssue(site());
    for (const happenedAt of ['1970-01-01T00:00:00.000Z', '0000-01-01T00:00:00.000Z', daysAgo(40)]) {
      const res = await call(issue, 'timeline/add', { kind: 'note', text: 'Backfilled', happenedAt });
      expect(res).toMatchObject({
        ok: false,
        error: { code: 'VALIDATION_FAILED', message: expect.stringMatching(TOO_EARLY), fields: { happenedAt: expect.any(String) } },
      });
    }
    expect(await kvs.get(storageKeys.timelineEntry(issue.id, 1))).toBeUndefined();
    const reported = daysAgo(20);
    const kept = await ok<TimelinePageView>(issue, 'timeline/add', { kind: 'note', text: 'First phishing mail arrived', happenedAt: reported });
    expect(kept.entries).toMatchObject([{ seq: 1, happenedAt: reported }]);
  });

  it('a legal clock may start 20 days before the issue, not in 1970', async () => {
    const issue = createIssue(site());
    const start = (at: string, expectedRevision: number) =>
      call<IncidentView>(
        issue,
        'legal/record',
        { expectedRevision, action: 'start', trigger: 'aware_at', at, timeZone: 'Europe/Berlin', reason: 'Confirmed' },
        RILEY,
      );
    expect(await start('1970-01-01T00:00:00.000Z', 0)).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION_FAILED', message: expect.stringMatching(TOO_EARLY), fields: { at: expect.any(String) } },
    });
    expect(await kvs.get<IncidentRecord>(storageKeys.incident(issue.id))).toBeUndefined();
    expect(await start(daysAgo(20), 0)).toMatchObject({ ok: true });
  });
});
