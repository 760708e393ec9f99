import { isIndexInSync, toIncidentIndex } from '../../../src/domain/incident/incident-index';
import { newIncidentRecord } from '../../../src/domain/incident/incident-record';

const SLA = {
  slaDue: '2026-03-02T17:00:00.000Z',
  slaNextCheck: '2026-03-02T15:00:00.000Z',
  slaBreached: 'false' as const,
  legalDue: null,
  legalNextCheck: null,
  postmortem: 'due' as const,
  postmortemDue: '2026-03-15T09:00:00.000Z',
};

const record = {
  ...newIncidentRecord('10001', '2026-03-01T09:00:00.000Z', 'iso-27001'),
  category: 'phishing',
  impact: 'low',
  urgency: 'high',
  priority: 'Serious',
  cia: { confidentiality: true, integrity: false, availability: false, authenticity: true },
  triage: { state: 'incident' as const, by: 'acc-1', at: '2026-03-01T09:10:00.000Z', reason: null },
  exercise: true,
  revision: 4,
};

const MIRROR = {
  category: 'phishing',
  impact: 'low',
  urgency: 'high',
  priority: 'Serious',
  triage: 'incident',
  confidentiality: 'true',
  integrity: 'false',
  availability: 'false',
  authenticity: 'true',
  exercise: 'true',
  phase: 'detection-analysis',
  reportedAt: '2026-03-01T09:00:00.000Z',
  revision: 4,
  ...SLA,
};

describe('toIncidentIndex', () => {
  it('mirrors the indexed fields, with flags as strings', () => {
    expect(toIncidentIndex(record, SLA)).toEqual(MIRROR);
  });
});

describe('isIndexInSync', () => {
  it.each([
    ['the same mirror', MIRROR, true],
    ['a mirror with keys in another order', Object.fromEntries(Object.entries(MIRROR).reverse()), true],
    ['a mirror someone edited', { ...MIRROR, priority: 'Critical' }, false],
    ['a mirror whose phase was edited', { ...MIRROR, phase: 'post-incident' }, false],
    ['a mirror whose SLA deadline was edited', { ...MIRROR, slaDue: null }, false],
    ['a mirror whose postmortem was marked done', { ...MIRROR, postmortem: 'published' }, false],
    ['a mirror from before the priority existed', { ...MIRROR, priority: undefined }, false],
    ['no property at all', undefined, false],
    ['a property that is not an object', 'phishing', false],
  ])('%s -> %s', (_name, property, expected) => {
    expect(isIndexInSync(record, SLA, property)).toBe(expected);
  });
});
