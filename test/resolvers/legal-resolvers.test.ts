/**
 * Given the local Jira site and the app's resolver, when a responder records legal facts from the
 * panel, then answers, clock starts, decisions and sendings are added to the record, the GDPR clock
 * appears with its citation, and bad input is refused with a typed error and nothing stored.
 */
import { kvs } from '@forge/kvs';
import { defaultAppConfig } from '../../src/domain/config/default-config';
import { PROFILE_EU_ONLY } from '../support/legal-profiles';
import { DEMO_PROFILE } from '../../sandbox/seed/seed-site';
import type { IncidentRecord } from '../../src/domain/incident/incident-record';
import { storageKeys } from '../../src/platform/storage/storage-keys';
import type { IncidentView, LegalAnswersView } from '../../src/shared/resolver-contract';
import { INCIDENT_PROPERTY_KEY } from '../../src/shared/vocabulary';
import type { Site } from '../../sandbox/site';
import type { StoredIssue } from '../../sandbox/state/site-state';
import { createIssue, createTestSite, invokePanel, MORGAN, RILEY } from '../support/test-site';

let site: Site;
beforeEach(async () => {
  site = createTestSite();
  // An EU company that is not in any sector regime: only the privacy rules remain.
  const config = defaultAppConfig();
  config.legal.profile = PROFILE_EU_ONLY;
  await kvs.set(storageKeys.config(), config);
});
afterEach(async () => {
  await site.close();
});

const EU_PERSONAL: LegalAnswersView = { personalData: 'yes', risk: 'risk', residences: ['EU'], residencesComplete: true, dataTypes: {}, affected: {} };

async function record(issue: StoredIssue, payload: object, actor = RILEY) {
  return (await invokePanel(site, issue, 'legal/record', payload, actor)).result as
    { ok: true; data: IncidentView } | { ok: false; error: { code: string; message: string; fields?: Record<string, string> } };
}

async function view(issue: StoredIssue): Promise<IncidentView> {
  const { result } = await invokePanel(site, issue, 'incident/get', {});
  return (result as { data: IncidentView }).data;
}

const stored = async (issue: StoredIssue) => (await kvs.get(storageKeys.incident(issue.id))) as IncidentRecord | undefined;
const gdpr = (v: IncidentView) => v.legal.obligations.find((o) => o.ruleId === 'eu.gdpr.33.sa');

describe('legal/record', () => {
  it('answers, then records awareness: the GDPR 72-hour clock starts, with its citation and the disclaimer', async () => {
    const issue = createIssue(site);
    await kvs.set(storageKeys.config(), defaultAppConfig());
    const before = await view(issue);
    expect(before.legal.disclaimer).toContain('not legal advice');
    // With the organisation's profile unknown, sector rules are possible too, never hidden.
    expect(before.legal.obligations.find((o) => o.ruleId === 'eu.nis2.23.early_warning')).toMatchObject({ applicability: 'possible', state: 'waiting' });
    await kvs.set(storageKeys.config(), { ...defaultAppConfig(), legal: { ...defaultAppConfig().legal, profile: PROFILE_EU_ONLY } });
    // Unanswered: GDPR is possible, waiting for its start, not hidden.
    expect(gdpr(before)).toMatchObject({ applicability: 'possible', state: 'waiting', startsWhen: 'Aware that a reportable breach happened' });

    const answered = await record(issue, { expectedRevision: 0, action: 'answer', answers: EU_PERSONAL });
    expect(answered.ok).toBe(true);
    const now = Date.now();
    const aware = new Date(now - 60 * 60_000).toISOString();
    const started = await record(issue, {
      expectedRevision: 1,
      action: 'start',
      trigger: 'aware_at',
      at: aware,
      timeZone: 'Europe/Berlin',
      reason: 'Forensics confirmed exfiltration',
    });
    expect(started).toMatchObject({
      ok: true,
      data: { legal: { starts: [{ id: 'start-1', trigger: 'aware_at', at: aware, recordedBy: RILEY, current: true }] } },
    });
    const clock = gdpr((started as { data: IncidentView }).data)!;
    expect(clock).toMatchObject({
      applicability: 'applies',
      state: 'open',
      kind: 'hard',
      startedAt: aware,
      dueAt: new Date(now + 71 * 60 * 60_000).toISOString(),
      citation: 'GDPR Art 33(1), 33(5); EDPB Guidelines 9/2022',
      verification: 'P',
      softWording: expect.stringContaining('without undue delay'),
      lateRequiresReasons: true,
    });
    expect(clock.urls[0]).toBe('https://eur-lex.europa.eu/eli/reg/2016/679/oj');
    // UK GDPR is out: the list of places is complete and does not include the UK.
    expect((started as { data: IncidentView }).data.legal.obligations.some((o) => o.ruleId === 'uk.gdpr.33.ico')).toBe(false);
    // The mirror says when the sweep looks again (the 50 % reminder at 36 h or earlier), never the legal deadline:
    // the reporter may read issue properties.
    const mirror = issue.properties[INCIDENT_PROPERTY_KEY] as Record<string, unknown>;
    expect(Date.parse(mirror.nextCheck as string)).toBeLessThanOrEqual(now + 35 * 60 * 60_000);
    for (const legal of ['legalDue', 'legalNextCheck']) expect(mirror).not.toHaveProperty(legal);
    const history = (await stored(issue))!.history.map((h) => h.field);
    expect(history).toEqual(['legal answers', 'legal start aware_at']);
  });

  it('marks the notice sent: the clock stops, and the index no longer has a legal deadline', async () => {
    const issue = createIssue(site);
    await record(issue, { expectedRevision: 0, action: 'answer', answers: EU_PERSONAL });
    await record(issue, { expectedRevision: 1, action: 'start', trigger: 'aware_at', at: new Date(Date.now() - 3_600_000).toISOString(), timeZone: 'UTC' });
    const sent = await record(issue, {
      expectedRevision: 2,
      action: 'sent',
      ruleId: 'eu.gdpr.33.sa',
      sentAt: new Date().toISOString(),
      recipient: 'Berlin DPA',
      reference: 'BLN-2026-0042',
    });
    expect(sent.ok).toBe(true);
    expect(gdpr((sent as { data: IncidentView }).data)).toMatchObject({ state: 'sent', sendings: [{ recipient: 'Berlin DPA', reference: 'BLN-2026-0042' }] });
    expect(issue.properties[INCIDENT_PROPERTY_KEY]).not.toHaveProperty('legalDue');
  });

  it('records a "not required" decision with its rationale, and who and when', async () => {
    const issue = createIssue(site);
    await record(issue, { expectedRevision: 0, action: 'answer', answers: EU_PERSONAL });
    const decided = await record(issue, {
      expectedRevision: 1,
      action: 'decide',
      ruleId: 'eu.gdpr.33.sa',
      decision: 'not-required',
      rationale: 'Encrypted laptop, key not compromised: unlikely to result in a risk',
      evidence: ['https://wiki.example/assessment-42'],
    });
    expect(gdpr((decided as { data: IncidentView }).data)).toMatchObject({
      state: 'not-required',
      decision: { decision: 'not-required', by: RILEY, evidence: ['https://wiki.example/assessment-42'] },
    });
  });

  describe('bad input: a typed error and nothing stored', () => {
    async function expectRefused(issue: StoredIssue, payload: object, code: string, field?: string) {
      const before = JSON.stringify(await stored(issue));
      const result = await record(issue, payload);
      expect(result).toMatchObject({ ok: false, error: { code } });
      if (field) expect(Object.keys((result as { error: { fields?: object } }).error.fields ?? {})).toContain(field);
      expect(JSON.stringify(await stored(issue))).toBe(before);
    }

    it('a start time in the future', async () => {
      const issue = createIssue(site);
      await expectRefused(
        issue,
        { expectedRevision: 0, action: 'start', trigger: 'aware_at', at: new Date(Date.now() + 3_600_000).toISOString(), timeZone: 'UTC' },
        'VALIDATION_FAILED',
        'at',
      );
    });

    it('a decision without a reason', async () => {
      const issue = createIssue(site);
      await record(issue, { expectedRevision: 0, action: 'answer', answers: EU_PERSONAL });
      await expectRefused(
        issue,
        { expectedRevision: 1, action: 'decide', ruleId: 'eu.gdpr.33.sa', decision: 'not-required' },
        'VALIDATION_FAILED',
        'rationale',
      );
      await expectRefused(
        issue,
        { expectedRevision: 1, action: 'decide', ruleId: 'eu.gdpr.33.sa', decision: 'delay', rationale: 'Police asked us to wait' },
        'VALIDATION_FAILED',
        'delay.authority',
      );
    });

    it('an attempt to overwrite a recorded start; a correction with a reason is a new entry', async () => {
      const issue = createIssue(site);
      const first = new Date(Date.now() - 7_200_000).toISOString();
      await record(issue, { expectedRevision: 0, action: 'start', trigger: 'aware_at', at: first, timeZone: 'UTC' });
      await expectRefused(
        issue,
        { expectedRevision: 1, action: 'start', trigger: 'aware_at', at: new Date(Date.now() - 60_000).toISOString(), timeZone: 'UTC' },
        'CONFLICT',
        'corrects',
      );
      await expectRefused(
        issue,
        { expectedRevision: 1, action: 'start', trigger: 'aware_at', at: new Date(Date.now() - 60_000).toISOString(), timeZone: 'UTC', corrects: 'start-1' },
        'VALIDATION_FAILED',
        'reason',
      );
      const corrected = await record(issue, {
        expectedRevision: 1,
        action: 'start',
        trigger: 'aware_at',
        at: new Date(Date.now() - 9_000_000).toISOString(),
        timeZone: 'UTC',
        corrects: 'start-1',
        reason: 'The SOC ticket shows we knew earlier',
      });
      const starts = (corrected as { data: IncidentView }).data.legal.starts;
      expect(starts.map((s) => [s.id, s.at === first, s.corrects, s.current])).toEqual([
        ['start-1', true, null, false],
        ['start-2', false, 'start-1', true],
      ]);
    });

    it('a notice sent after its deadline without the reason for the delay', async () => {
      const issue = createIssue(site);
      await record(issue, { expectedRevision: 0, action: 'answer', answers: EU_PERSONAL });
      await record(issue, {
        expectedRevision: 1,
        action: 'start',
        trigger: 'aware_at',
        at: new Date(Date.now() - 80 * 3_600_000).toISOString(),
        timeZone: 'UTC',
      });
      await expectRefused(
        issue,
        { expectedRevision: 2, action: 'sent', ruleId: 'eu.gdpr.33.sa', sentAt: new Date().toISOString(), recipient: 'Berlin DPA' },
        'VALIDATION_FAILED',
        'lateReason',
      );
    });

    it('a rule that does not apply, an unknown trigger, a stale revision, malformed times', async () => {
      const issue = createIssue(site);
      await record(issue, { expectedRevision: 0, action: 'answer', answers: { ...EU_PERSONAL, personalData: 'no' } });
      await expectRefused(
        issue,
        { expectedRevision: 1, action: 'sent', ruleId: 'eu.gdpr.33.sa', sentAt: new Date().toISOString(), recipient: 'DPA' },
        'VALIDATION_FAILED',
        'ruleId',
      );
      await expectRefused(
        issue,
        { expectedRevision: 1, action: 'start', trigger: 'noticed_at', at: new Date().toISOString(), timeZone: 'UTC' },
        'VALIDATION_FAILED',
      );
      await expectRefused(issue, { expectedRevision: 0, action: 'start', trigger: 'aware_at', at: new Date().toISOString(), timeZone: 'UTC' }, 'CONFLICT');
      await expectRefused(issue, { expectedRevision: 1, action: 'start', trigger: 'aware_at', at: 'yesterday', timeZone: 'UTC' }, 'VALIDATION_FAILED');
      await expectRefused(
        issue,
        { expectedRevision: 1, action: 'start', trigger: 'aware_at', at: new Date().toISOString(), timeZone: 'Mars/Olympus' },
        'VALIDATION_FAILED',
      );
    });

    it('someone who may only view the issue', async () => {
      const issue = createIssue(site);
      const before = JSON.stringify(await stored(issue));
      const result = await record(issue, { expectedRevision: 0, action: 'answer', answers: EU_PERSONAL }, MORGAN);
      expect(result).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(JSON.stringify(await stored(issue))).toBe(before);
    });
  });
});

describe('the organisation profile decides what applies', () => {
  const awareNow = async (issue: StoredIssue) => {
    expect((await record(issue, { expectedRevision: 0, action: 'answer', answers: EU_PERSONAL })).ok).toBe(true);
    const started = await record(issue, {
      expectedRevision: 1,
      action: 'start',
      trigger: 'aware_at',
      at: new Date(site.clock.now()).toISOString(),
      timeZone: 'Europe/Ljubljana',
    });
    if (!started.ok) throw new Error(started.error.message);
    return started.data.legal.obligations;
  };

  it('a one-country, non-financial company (a Slovenian software firm): recording "aware" shows only GDPR Art. 33, nothing "possible"', async () => {
    const config = defaultAppConfig();
    config.legal.profile = { ...PROFILE_EU_ONLY, memberStates: ['SI'] };
    await kvs.set(storageKeys.config(), config);
    const obligations = await awareNow(createIssue(site));
    expect(obligations.map((o) => [o.ruleId, o.applicability, o.state])).toEqual([['eu.gdpr.33.sa', 'applies', 'open']]);
  });

  // 58, not 32: the privacy laws reached through the organisation's own link (UK GDPR Art 3(1), PIPEDA, PDPA, LGPD Art 3,
  // FADP Art 3, APPI Art 171, POPIA s 3(1)(b), Australia's Privacy Act s 5B(3)) no longer fall away because the affected
  // people live in the EU: with the establishment unanswered they are possible (issue 30, class 4).
  it('the same incident with every profile answer unsure starts 58 "possible" clocks beside it: why the profile matters', async () => {
    await kvs.set(storageKeys.config(), defaultAppConfig());
    const obligations = await awareNow(createIssue(site));
    expect(obligations.filter((o) => o.applicability === 'applies').map((o) => o.ruleId)).toEqual(['eu.gdpr.33.sa']);
    expect(obligations.filter((o) => o.applicability === 'possible')).toHaveLength(58);
  });
});

describe('only what is owed, one question at a time (issue 30, item 3)', () => {
  const useProfile = async (profile: typeof DEMO_PROFILE) => {
    const config = defaultAppConfig();
    config.legal.profile = profile;
    await kvs.set(storageKeys.config(), config);
  };
  const regimesInQuestion = (v: IncidentView) => new Set(v.legal.obligations.filter((o) => o.decidedBy !== null).map((o) => o.regime));
  const owed = (v: IncidentView) => v.legal.obligations.filter((o) => o.decidedBy === null && o.state !== 'not-required');

  it("on the demo's profile, an unanswered incident owes nothing: NIS2 waits on its significance, GDPR on personal data; at most 5 regimes are in question", async () => {
    await useProfile(DEMO_PROFILE);
    const v = await view(createIssue(site));
    expect(v.legal.profileAnswered).toBe(true);
    expect(owed(v)).toEqual([]);
    expect(regimesInQuestion(v).size).toBeLessThanOrEqual(5);
    const nis2 = v.legal.obligations.filter((o) => o.regime === 'EU NIS2');
    expect(nis2.length).toBeGreaterThan(1);
    // Every stage waits on the one question, the later reports through the earlier one.
    expect(new Set(nis2.map((o) => o.decidedBy?.question))).toEqual(new Set(['Is this a significant incident under NIS2?']));
    expect(nis2[0]!.decidedBy).toMatchObject({ answeredBy: 'determination', trigger: 'significant_aware_at' });
    expect(v.legal.obligations.find((o) => o.regime === 'EU GDPR')?.decidedBy).toMatchObject({ question: 'Is personal data involved?', answeredBy: 'answers' });
  });

  it('one decision with one reason settles every stage of NIS2; the timeline says it once', async () => {
    await useProfile(DEMO_PROFILE);
    const issue = createIssue(site);
    const before = await view(issue);
    const stages = before.legal.obligations.filter((o) => o.regime === 'EU NIS2').map((o) => o.ruleId);
    const decided = await record(issue, {
      expectedRevision: 0,
      action: 'decide',
      ruleId: 'eu.nis2.23.early_warning',
      decision: 'not-required',
      rationale: 'One mailbox, no service disrupted: not significant',
      allStages: true,
    });
    if (!decided.ok) throw new Error(decided.error.message);
    const nis2 = decided.data.legal.obligations.filter((o) => o.regime === 'EU NIS2');
    expect(nis2.map((o) => o.ruleId).sort()).toEqual([...stages].sort());
    expect(nis2.every((o) => o.state === 'not-required' && o.decision?.rationale === 'One mailbox, no service disrupted: not significant')).toBe(true);
    expect(nis2.every((o) => o.decidedBy === null)).toBe(true);
    const legalEntries = decided.data.incident.history.filter((h) => h.field.startsWith('legal decision'));
    expect(legalEntries.map((h) => h.field)).toEqual(['legal decision EU NIS2, every stage']);
  });

  it('a fresh install (profile all "not sure") says so: the panel asks for the profile instead of listing every regime', async () => {
    await kvs.set(storageKeys.config(), defaultAppConfig());
    const v = await view(createIssue(site));
    expect(v.legal.profileAnswered).toBe(false);
    expect(v.legal.obligations.some((o) => o.decidedBy?.answeredBy === 'profile')).toBe(true);
  });

  it('refuses an allStages flag that is not a boolean, and stores nothing', async () => {
    const issue = createIssue(site);
    const refused = await record(issue, { expectedRevision: 0, action: 'decide', ruleId: 'eu.gdpr.33.sa', decision: 'notify', allStages: 'yes' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });
    expect((await stored(issue))?.legal?.decisions ?? []).toEqual([]);
  });
});
