/**
 * Issue 30, class 8: "whichever is sooner". A deadline bounded by another notice (Vermont's
 * Attorney General notice: 14 business days after discovery or when consumers are notified,
 * whichever is sooner; HIPAA's notice to the Secretary "contemporaneously with" the individual
 * notice) takes the other notice's sending into account.
 */
import { boundedBySendings } from '../../../src/domain/legal/whichever-is-sooner';
import { SHIPPED_RULES } from '../../../src/domain/legal/rule-pack';
import type { LegalRule } from '../../../src/domain/legal/legal-rule';
import { factsOf, type Given, iso, obligationsFor } from './legal-fixtures';
import { witnessFor } from './rule-witness';

const SOONER_WORDS = /whichever is sooner|whichever is earlier|contemporaneous|at the same time as/i;
const HOUR = 3_600_000;

describe('pack-wide: deadlines bounded by another notice', () => {
  const worded = SHIPPED_RULES.filter((r) => SOONER_WORDS.test(`${r.exceptions} ${r.softWording ?? ''}`));
  const bounded = SHIPPED_RULES.filter((r) => (r.dueNoLaterThanSentOf ?? []).length > 0);

  it(`walks all ${SHIPPED_RULES.length} rules: each whose words bound it by another notice declares that notice, and only those`, () => {
    expect(worded.map((r) => r.id).sort()).toEqual(bounded.map((r) => r.id).sort());
    expect(bounded.length).toBeGreaterThanOrEqual(2);
  });

  it.each(bounded.map((r) => [r.id, r] as const))(
    '%s: the bounding notice exists in the same regime, and its sending caps the deadline',
    (_id, rule: LegalRule) => {
      for (const id of rule.dueNoLaterThanSentOf!) expect(SHIPPED_RULES.find((r) => r.id === id)?.regime).toBe(rule.regime);
      const w = witnessFor(rule);
      if (!('fact' in rule.start)) throw new Error('a bounded rule starts from a recorded fact');
      const started = '2026-06-01T12:00:00Z';
      const given: Given = { profile: w.profile, answers: w.answers, starts: { [rule.start.fact]: started }, now: '2026-06-01T13:00:00Z' };
      const alone = obligationsFor(given).find((o) => o.rule.id === rule.id)!;
      expect(alone.dueAt).not.toBeNull();
      const sentAt = Date.parse(started) + HOUR;
      const capped = obligationsFor({ ...given, sent: rule.dueNoLaterThanSentOf!.map((id) => [id, new Date(sentAt).toISOString()] as [string, string]) }).find(
        (o) => o.rule.id === rule.id,
      )!;
      expect(capped.dueAt).toBe(Math.min(alone.dueAt!, sentAt));
      expect(capped.startedAt).toBe(alone.startedAt);
    },
  );

  it('the bound never extends a deadline, and leaves an unbounded one alone', () => {
    const facts = factsOf({ sent: [['us-vt.individuals', '2026-09-30T12:00:00Z']], now: '2026-09-30T13:00:00Z' });
    const due = Date.parse('2026-09-01T03:59:59.999Z');
    expect(boundedBySendings(due, ['us-vt.individuals'], facts)).toBe(due);
    expect(boundedBySendings(due, undefined, facts)).toBe(due);
    expect(boundedBySendings(due, ['us-ca.individuals'], facts)).toBe(due);
  });
});

describe('vectors from the primary texts: whichever is sooner', () => {
  const VT_URL = 'https://legislature.vermont.gov/statutes/section/09/062/02435';
  const vermont: Given = {
    answers: { residences: ['US-VT'], residencesComplete: true, dataTypes: { governmentId: 'yes' }, risk: 'risk' },
    starts: { discovered_at: '2026-08-10T14:00:00Z' },
    now: '2026-08-14T16:00:00Z',
  };
  const vtAg = (given: Given) => obligationsFor(given).find((o) => o.rule.id === 'us-vt.ag_preliminary')!;

  it(`Vermont: consumers notified on day 4: the Attorney General's preliminary notice is due then, not after 14 business days (9 V.S.A. 2435(b)(3), ${VT_URL})`, () => {
    const withNotice = vtAg({ ...vermont, sent: [['us-vt.individuals', '2026-08-14T15:00:00Z']] });
    expect(iso(withNotice.dueAt)).toBe('2026-08-14T15:00:00.000Z');
    expect(withNotice.state).toBe('open');
    expect(vtAg(vermont).dueAt!).toBeGreaterThan(Date.parse('2026-08-28T00:00:00Z'));
  });

  it(`Vermont: consumers notified after the 14 business days: the 14 business days stand (9 V.S.A. 2435(b)(3), ${VT_URL})`, () => {
    const own = vtAg(vermont).dueAt!;
    const late = vtAg({ ...vermont, sent: [['us-vt.individuals', '2026-09-20T15:00:00Z']], now: '2026-09-20T16:00:00Z' });
    expect(late.dueAt).toBe(own);
  });

  it('HIPAA: 600 individuals notified on 1 February: the Secretary is due the same day, not on day 60 (45 CFR 164.408(b), https://www.ecfr.gov/current/title-45/subtitle-A/subchapter-C/part-164/subpart-D/section-164.408)', () => {
    const given: Given = {
      profile: { hipaa: 'covered-entity' },
      answers: { dataTypes: { health: 'yes' }, risk: 'risk', affected: { total: 600 } },
      starts: { discovered_at: '2026-01-15T12:00:00Z' },
      sent: [['us.hipaa.404.individuals', '2026-02-01T15:00:00Z']],
      now: '2026-02-01T16:00:00Z',
    };
    const hhs = obligationsFor(given).find((o) => o.rule.id === 'us.hipaa.408.hhs_large')!;
    expect(iso(hhs.dueAt)).toBe('2026-02-01T15:00:00.000Z');
  });
});
