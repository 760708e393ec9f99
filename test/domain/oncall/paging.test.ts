import { DEFAULT_PAGING_POLICY, pagingPolicySchema, shouldPageNow } from '../../../src/domain/oncall/paging-policy';
import { DEFAULT_ACK_WINDOWS, type PagingChain, pagingSteps } from '../../../src/domain/oncall/paging-steps';
import { onCallAt } from '../../../src/domain/oncall/rota';
import { officeHours } from '../../../src/domain/sla/business-calendar';
import { BERLIN_WEEKLY, at, iso } from './rotas';

const BERLIN_OFFICE = officeHours('berlin', 'Berlin office', 'Europe/Berlin', { country: 'DE', state: 'BE', region: null });
/** Sunday 6 December 2026, 03:00 in Berlin (CET). */
const SUNDAY_3AM = at('2026-12-06T02:00:00Z');
const MINUTE = 60_000;

/** The people on call at `pagedAt` per the Berlin rota, everyone able to see the incident, nothing done yet. */
function chainAt(pagedAt: number, extra: Partial<PagingChain> = {}): PagingChain {
  const { primary, secondary } = onCallAt(BERLIN_WEEKLY, pagedAt);
  return { primary, secondary, escalationPath: ['frank'], canSee: () => true, done: new Set(), ...extra };
}
const sent = (plan: ReturnType<typeof pagingSteps>) => plan.send.map((s) => [s.key, s.accountId, iso(s.at)]);

describe('shouldPageNow: which levels wake someone', () => {
  it.each([
    // [case, level, instant, decision]
    ['Critical at 03:00 on a Sunday pages at once', 'Critical', SUNDAY_3AM, { page: true }],
    ['Serious at 03:00 on a Sunday waits for Monday 09:00', 'Serious', SUNDAY_3AM, { page: false, from: at('2026-12-07T08:00:00Z') }],
    ['Mild at 03:00 on a Sunday waits for Monday 09:00', 'Mild', SUNDAY_3AM, { page: false, from: at('2026-12-07T08:00:00Z') }],
    ['Serious on a Tuesday at 11:00 pages at once', 'Serious', at('2026-12-08T10:00:00Z'), { page: true }],
    ['Mild on a Tuesday at 18:00 waits for Wednesday 09:00', 'Mild', at('2026-12-08T17:00:00Z'), { page: false, from: at('2026-12-09T08:00:00Z') }],
    [
      'Serious on Christmas Day (a Friday holiday) waits for Monday 28th',
      'Serious',
      at('2026-12-25T10:00:00Z'),
      { page: false, from: at('2026-12-28T08:00:00Z') },
    ],
    ['a level the policy does not name is never paged', 'P5', SUNDAY_3AM, { page: false, from: null }],
  ])('%s', (_case, level, instant, decision) => {
    expect(shouldPageNow(level, DEFAULT_PAGING_POLICY, BERLIN_OFFICE, instant)).toEqual(decision);
  });

  it('a level marked never is not paged even in business hours', () => {
    expect(shouldPageNow('Mild', { ...DEFAULT_PAGING_POLICY, Mild: 'never' }, BERLIN_OFFICE, at('2026-12-08T10:00:00Z'))).toEqual({ page: false, from: null });
  });

  it('the policy schema refuses an unknown choice, plainly', () => {
    const result = pagingPolicySchema.safeParse({ Critical: 'sometimes' });
    expect(result.success ? [] : result.error.issues.map((i) => i.message)).toEqual(['Choose any-hour, business-hours, never-at-night or never.']);
  });
});

describe('pagingSteps: primary at once, then the secondary, then the escalation path', () => {
  it('Critical at 03:00 on a Sunday: the primary at once, the secondary after 5 minutes, then the path', () => {
    const chain = chainAt(SUNDAY_3AM);
    expect([chain.primary, chain.secondary]).toEqual(['alice', 'erin']);
    expect(sent(pagingSteps('Critical', SUNDAY_3AM, null, DEFAULT_ACK_WINDOWS, SUNDAY_3AM, chain))).toEqual([
      ['primary@2026-12-06T02:00:00.000Z', 'alice', '2026-12-06T02:00:00.000Z'],
    ]);
    const done = new Set(['primary@2026-12-06T02:00:00.000Z']);
    expect(sent(pagingSteps('Critical', SUNDAY_3AM, null, DEFAULT_ACK_WINDOWS, SUNDAY_3AM + 4 * MINUTE, { ...chain, done }))).toEqual([]);
    expect(sent(pagingSteps('Critical', SUNDAY_3AM, null, DEFAULT_ACK_WINDOWS, SUNDAY_3AM + 5 * MINUTE, { ...chain, done }))).toEqual([
      ['secondary@2026-12-06T02:00:00.000Z', 'erin', '2026-12-06T02:05:00.000Z'],
    ]);
    expect(sent(pagingSteps('Critical', SUNDAY_3AM, null, DEFAULT_ACK_WINDOWS, SUNDAY_3AM + 10 * MINUTE, chain))).toEqual([
      ['primary@2026-12-06T02:00:00.000Z', 'alice', '2026-12-06T02:00:00.000Z'],
      ['secondary@2026-12-06T02:00:00.000Z', 'erin', '2026-12-06T02:05:00.000Z'],
      ['escalation-1@2026-12-06T02:00:00.000Z', 'frank', '2026-12-06T02:10:00.000Z'],
    ]);
  });

  it('a repeated sweep adds no step', () => {
    const chain = chainAt(SUNDAY_3AM);
    const first = pagingSteps('Critical', SUNDAY_3AM, null, DEFAULT_ACK_WINDOWS, SUNDAY_3AM + 6 * MINUTE, chain);
    expect(first.send).toHaveLength(2);
    const again = pagingSteps('Critical', SUNDAY_3AM, null, DEFAULT_ACK_WINDOWS, SUNDAY_3AM + 7 * MINUTE, {
      ...chain,
      done: new Set(first.send.map((s) => s.key)),
    });
    expect(again).toEqual({ send: [], skipped: [] });
  });

  it('an acknowledgement stops the chain: acked at 03:03, nobody else is paged', () => {
    const done = new Set(['primary@2026-12-06T02:00:00.000Z']);
    expect(pagingSteps('Critical', SUNDAY_3AM, SUNDAY_3AM + 3 * MINUTE, DEFAULT_ACK_WINDOWS, SUNDAY_3AM + 60 * MINUTE, chainAt(SUNDAY_3AM, { done }))).toEqual({
      send: [],
      skipped: [],
    });
  });

  it('Serious at 03:00 on a Sunday pages Monday’s primary at 09:00 and the secondary 15 minutes later', () => {
    const decision = shouldPageNow('Serious', DEFAULT_PAGING_POLICY, BERLIN_OFFICE, SUNDAY_3AM);
    expect(decision).toEqual({ page: false, from: at('2026-12-07T08:00:00Z') });
    const pagedAt = at('2026-12-07T08:00:00Z');
    expect(sent(pagingSteps('Serious', pagedAt, null, DEFAULT_ACK_WINDOWS, pagedAt + 15 * MINUTE, chainAt(pagedAt)))).toEqual([
      ['primary@2026-12-07T08:00:00.000Z', 'bob', '2026-12-07T08:00:00.000Z'],
      ['secondary@2026-12-07T08:00:00.000Z', 'dave', '2026-12-07T08:15:00.000Z'],
    ]);
  });

  it('Mild at 03:00 on a Sunday pages nobody until business hours', () => {
    expect(shouldPageNow('Mild', DEFAULT_PAGING_POLICY, BERLIN_OFFICE, SUNDAY_3AM)).toEqual({ page: false, from: at('2026-12-07T08:00:00Z') });
  });
});

describe('pagingSteps: restricted incidents and gaps in the chain', () => {
  it('skips someone who cannot see a restricted incident, says why, and pages the next at once', () => {
    const chain = chainAt(SUNDAY_3AM, { canSee: (id) => id !== 'alice' });
    const plan = pagingSteps('Critical', SUNDAY_3AM, null, DEFAULT_ACK_WINDOWS, SUNDAY_3AM, chain);
    expect(sent(plan)).toEqual([['secondary@2026-12-06T02:00:00.000Z', 'erin', '2026-12-06T02:00:00.000Z']]);
    expect(plan.skipped).toEqual([
      {
        key: 'skip:primary@2026-12-06T02:00:00.000Z',
        role: 'primary',
        accountId: 'alice',
        reason: { kind: 'cannot-see' },
      },
    ]);
    const done = new Set([...plan.send, ...plan.skipped].map((s) => s.key));
    expect(pagingSteps('Critical', SUNDAY_3AM, null, DEFAULT_ACK_WINDOWS, SUNDAY_3AM + 5 * MINUTE, { ...chain, done })).toEqual({
      send: [{ key: 'escalation-1@2026-12-06T02:00:00.000Z', role: 'escalation-1', accountId: 'frank', at: at('2026-12-06T02:05:00Z') }],
      skipped: [],
    });
  });

  it.each([
    ['nobody on call as secondary', { secondary: null }, { kind: 'nobody-on-call' }],
    ['the same person as primary and secondary (an override)', { secondary: 'alice' }, { kind: 'already-paged', as: 'primary' }],
  ])('%s: the path follows after one window', (_case, extra, reason) => {
    const plan = pagingSteps('Critical', SUNDAY_3AM, null, DEFAULT_ACK_WINDOWS, SUNDAY_3AM + 5 * MINUTE, chainAt(SUNDAY_3AM, extra));
    expect(sent(plan).map(([, who, when]) => [who, when])).toEqual([
      ['alice', '2026-12-06T02:00:00.000Z'],
      ['frank', '2026-12-06T02:05:00.000Z'],
    ]);
    expect(plan.skipped.map((s) => s.reason)).toEqual([reason]);
  });

  it('a level without its own window uses the fallback; a non-positive window is refused', () => {
    expect(sent(pagingSteps('P3', SUNDAY_3AM, null, DEFAULT_ACK_WINDOWS, SUNDAY_3AM + 15 * MINUTE, chainAt(SUNDAY_3AM))).map((s) => s[2])).toEqual([
      '2026-12-06T02:00:00.000Z',
      '2026-12-06T02:15:00.000Z',
    ]);
    expect(() => pagingSteps('Critical', SUNDAY_3AM, null, { byLevel: { Critical: 0 }, otherwise: 15 }, SUNDAY_3AM, chainAt(SUNDAY_3AM))).toThrow(
      'the acknowledgement window for Critical must be a positive number of minutes',
    );
  });
});
