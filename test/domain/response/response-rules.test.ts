/**
 * The response workspace's rules: phases stop the SLA clocks, runbooks by category, contacts by
 * category and priority with their tell-by times, and what a response action records.
 */
import { applyResponseAction, type ResponseContext } from '../../../src/domain/response/apply-response-action';
import { DEFAULT_RUNBOOKS } from '../../../src/domain/response/default-runbooks';
import { currentPhase, phaseClockStops, type PhaseFact } from '../../../src/domain/response/lifecycle-phases';
import { EMPTY_RESPONSE_FACTS } from '../../../src/domain/response/response-facts';
import { runbookFor } from '../../../src/domain/response/runbooks';
import { contactsToInvolve, type StakeholderContact } from '../../../src/domain/response/stakeholder-contacts';
import { clockEvents } from '../../../src/domain/sla/clock-events';
import { EMPTY_SLA_FACTS } from '../../../src/domain/sla/sla-facts';
import { sha256Hex } from '../../../src/domain/timeline/entry-hash';

const fact = (phase: PhaseFact['phase'], at: string, recordedAt = '2026-11-22T12:00:00.000Z'): PhaseFact => ({
  phase,
  at,
  recordedAt,
  by: 'acc-riley',
  reason: null,
});
const ms = (iso: string) => Date.parse(iso);

describe('phases and the SLA clocks', () => {
  it.each([
    ['no phases', [], { containedAt: null, resolvedAt: null }, 'detection-analysis'],
    ['containment begun', [fact('containment', '2026-11-22T09:00:00Z')], { containedAt: null, resolvedAt: null }, 'containment'],
    [
      'eradication begun: contained then',
      [fact('containment', '2026-11-22T09:00:00Z'), fact('eradication-recovery', '2026-11-22T10:00:00Z')],
      { containedAt: ms('2026-11-22T10:00:00Z'), resolvedAt: null },
      'eradication-recovery',
    ],
    [
      'straight to post-incident: contained and resolved',
      [fact('post-incident', '2026-11-22T11:00:00Z')],
      { containedAt: ms('2026-11-22T11:00:00Z'), resolvedAt: ms('2026-11-22T11:00:00Z') },
      'post-incident',
    ],
    [
      'reopened from post-incident: resolve runs again, contain stays',
      [
        fact('eradication-recovery', '2026-11-22T10:00:00Z'),
        fact('post-incident', '2026-11-22T11:00:00Z'),
        fact('eradication-recovery', '2026-11-22T12:00:00Z'),
      ],
      { containedAt: ms('2026-11-22T10:00:00Z'), resolvedAt: null },
      'eradication-recovery',
    ],
    [
      'a backfilled fact lands in its place',
      [fact('post-incident', '2026-11-22T11:00:00Z', '2026-11-22T11:00:00Z'), fact('eradication-recovery', '2026-11-22T10:00:00Z', '2026-11-22T11:30:00Z')],
      { containedAt: ms('2026-11-22T10:00:00Z'), resolvedAt: ms('2026-11-22T11:00:00Z') },
      'post-incident',
    ],
  ])('%s', (_name, facts, stops, phase) => {
    expect(phaseClockStops(facts as PhaseFact[])).toEqual(stops);
    expect(currentPhase(facts as PhaseFact[])).toBe(phase);
  });

  it('the clocks stop at whichever comes first, a status or a phase, never before the report', () => {
    const statuses = { pause: [], contained: ['Contained'], resolved: ['Resolved'] };
    const facts = { ...EMPTY_SLA_FACTS, statusChanges: [{ id: '1', at: '2026-11-22T12:00:00.000Z', from: 'Open', to: 'Contained' }] };
    const events = clockEvents('2026-11-22T08:00:00.000Z', facts, statuses, false, { containedAt: ms('2026-11-22T10:00:00Z'), resolvedAt: null });
    expect(events.containedAt).toBe(ms('2026-11-22T10:00:00Z'));
    expect(
      clockEvents('2026-11-22T08:00:00.000Z', EMPTY_SLA_FACTS, statuses, false, {
        containedAt: ms('2026-11-21T10:00:00Z'),
        resolvedAt: ms('2026-11-21T10:00:00Z'),
      }),
    ).toMatchObject({ containedAt: ms('2026-11-22T08:00:00.000Z'), resolvedAt: ms('2026-11-22T08:00:00.000Z') });
  });
});

describe('runbooks', () => {
  it.each([
    ['phishing', 'phishing'],
    ['malware', 'malware'],
    ['lost-device', 'lost-device'],
    ['data-exposure', 'data-exposure'],
    ['denial-of-service', 'denial-of-service'],
    ['security-breach', 'account-compromise'],
    ['physical-safety', 'general'],
    [null, 'general'],
  ])('category %s follows the %s runbook', (category, runbook) => {
    expect(runbookFor(DEFAULT_RUNBOOKS, category)?.id).toBe(runbook);
  });
});

describe('stakeholder contacts', () => {
  const contact = (id: string, categories: string[], levels: string[], tellWithinMinutes: number | null): StakeholderContact => ({
    id,
    name: id,
    role: '',
    channel: '',
    emergency: '',
    categories,
    levels,
    tellWithinMinutes,
    lawEnforcement: false,
  });
  const contacts = [
    contact('dpo', ['data-exposure'], [], 60),
    contact('ciso', [], ['Critical', 'High'], 30),
    contact('helpdesk', [], [], null),
    contact('press', ['denial-of-service'], ['Critical'], 120),
  ];

  it('lists whom to involve for the category and priority, the earliest deadline first', () => {
    expect(contactsToInvolve(contacts, 'data-exposure', 'Critical', '2026-11-22T09:00:00.000Z').map((c) => [c.contact.id, c.tellBy])).toEqual([
      ['ciso', '2026-11-22T09:30:00.000Z'],
      ['dpo', '2026-11-22T10:00:00.000Z'],
      ['helpdesk', null],
    ]);
    expect(contactsToInvolve(contacts, 'phishing', 'Low', '2026-11-22T09:00:00.000Z').map((c) => c.contact.id)).toEqual(['helpdesk']);
  });
});

describe('applyResponseAction', () => {
  const ctx: ResponseContext = {
    by: 'acc-riley',
    now: '2026-11-22T12:00:00.000Z',
    reportedAt: '2026-11-22T08:00:00.000Z',
    runbook: runbookFor(DEFAULT_RUNBOOKS, 'phishing'),
    newId: 'ev-1',
  };
  const evidence = {
    expectedRevision: 0,
    action: 'evidence' as const,
    item: 'Phishing mail',
    source: 'Mailbox of Casey',
    collectedBy: 'Riley',
    collectedAt: '2026-11-22T11:00:00.000Z',
  };

  it.each([
    [
      'a phase in the future',
      { expectedRevision: 0, action: 'phase', phase: 'containment', at: '2026-11-22T13:00:00.000Z' },
      'at',
      'This time is in the future.',
    ],
    [
      'a tick of a step that is not in the runbook',
      { expectedRevision: 0, action: 'tick', runbookId: 'malware', stepId: 'mw-1', done: true },
      'stepId',
      'This step is not in the runbook this incident follows (an admin may have changed it): reload.',
    ],
    ['evidence without a hash or text', evidence, 'sha256', 'Give the SHA-256 of the item, or paste its text for the app to hash.'],
    ['evidence with a malformed hash', { ...evidence, sha256: 'abc' }, 'sha256', 'A SHA-256 is 64 hexadecimal digits.'],
    [
      'evidence whose hash does not match the text',
      { ...evidence, sha256: sha256Hex('other'), content: 'Received: from evil.example' },
      'sha256',
      'The SHA-256 given does not match the pasted text.',
    ],
    [
      'custody of an unknown item',
      { expectedRevision: 0, action: 'custody', evidenceId: 'ev-9', from: 'Riley', to: 'Sam', at: '2026-11-22T11:30:00.000Z', why: 'Analysis' },
      'evidenceId',
      'No such evidence item in this incident.',
    ],
    ['unassigning a role nobody holds', { expectedRevision: 0, action: 'role', role: 'scribe', accountId: null }, 'accountId', 'Scribe is already unassigned.'],
  ])('refuses %s', (_name, action, field, message) => {
    expect(applyResponseAction(EMPTY_RESPONSE_FACTS, action as never, ctx)).toEqual({ ok: false, field, message });
  });

  it('hashes pasted evidence, records custody from the holder only, each with a timeline entry', () => {
    const collected = applyResponseAction(EMPTY_RESPONSE_FACTS, { ...evidence, content: 'Received: from evil.example' }, ctx);
    if (!collected.ok) throw new Error(collected.message);
    expect(collected.facts.evidence[0]).toMatchObject({ id: 'ev-1', sha256: sha256Hex('Received: from evil.example'), hashSource: 'computed', custody: [] });
    expect(collected.entry).toMatchObject({ kind: 'evidence', happenedAt: '2026-11-22T11:00:00.000Z', text: 'Evidence collected: Phishing mail' });
    const wrongFrom = applyResponseAction(
      collected.facts,
      { expectedRevision: 1, action: 'custody', evidenceId: 'ev-1', from: 'Sam', to: 'Alex', at: '2026-11-22T11:30:00.000Z', why: 'Analysis' },
      ctx,
    );
    expect(wrongFrom).toEqual({ ok: false, field: 'from', message: 'The register says Riley holds this item: record the hand-off from them.' });
    const handed = applyResponseAction(
      collected.facts,
      { expectedRevision: 1, action: 'custody', evidenceId: 'ev-1', from: 'Riley', to: 'Forensics locker', at: '2026-11-22T11:30:00.000Z', why: 'Storage' },
      ctx,
    );
    expect(handed).toMatchObject({ ok: true, entry: { kind: 'custody', text: 'Custody of "Phishing mail": Riley to Forensics locker (Storage)' } });
  });
});
