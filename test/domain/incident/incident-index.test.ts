import { isIndexInSync, toIncidentIndex } from '../../../src/domain/incident/incident-index';
import { newIncidentRecord } from '../../../src/domain/incident/incident-record';
import { categoryOfTag, mirrorTag } from '../../../src/domain/incident/mirror-tag';

const KEY = '0f'.repeat(32);
const OTHER_KEY = 'a1'.repeat(32);

const SLA = {
  slaDue: '2026-03-02T17:00:00.000Z',
  slaNextCheck: '2026-03-02T15:00:00.000Z',
  slaBreached: 'false' as const,
  legalDue: '2026-03-04T09:00:00.000Z',
  legalNextCheck: '2026-03-02T11:00:00.000Z',
  postmortem: 'due' as const,
  postmortemDue: '2026-03-15T09:00:00.000Z',
};

const record = {
  ...newIncidentRecord('10001', '2026-03-01T09:00:00.000Z', 'iso-27001'),
  category: 'data-exposure',
  impact: 'low',
  urgency: 'high',
  priority: 'Serious',
  cia: { confidentiality: true, integrity: false, availability: false, authenticity: true },
  triage: { state: 'incident' as const, by: 'acc-1', at: '2026-03-01T09:10:00.000Z', reason: null },
  exercise: true,
  revision: 4,
};

const MIRROR = {
  priority: 'Serious',
  categoryTag: mirrorTag(KEY, 'data-exposure'),
  triage: 'incident',
  exercise: 'true',
  phase: 'detection-analysis',
  reportedAt: '2026-03-01T09:00:00.000Z',
  revision: 4,
  slaDue: '2026-03-02T17:00:00.000Z',
  slaBreached: 'false',
  // The earlier of the SLA step (15:00) and the legal reminder (11:00), without saying which.
  nextCheck: '2026-03-02T11:00:00.000Z',
  postmortem: 'due',
  postmortemDue: '2026-03-15T09:00:00.000Z',
};

describe('toIncidentIndex', () => {
  it('mirrors only what the reporter may read, with flags as strings and the category as a keyed tag', () => {
    expect(toIncidentIndex(record, SLA, KEY)).toEqual(MIRROR);
  });

  it("holds none of the responders' assessment and no legal date, whatever the record says", () => {
    const text = JSON.stringify(toIncidentIndex(record, SLA, KEY));
    for (const secret of ['data-exposure', 'impact', 'urgency', 'confidentiality', 'authenticity', 'legal', SLA.legalDue]) expect(text).not.toContain(secret);
  });

  it('tags a category differently under another installation key, so a tag names nothing without the key', () => {
    expect(mirrorTag(OTHER_KEY, 'data-exposure')).not.toBe(mirrorTag(KEY, 'data-exposure'));
    expect(mirrorTag(KEY, 'data-exposure')).toMatch(/^[0-9a-f]{20}$/);
  });

  it('reads a tag back only with the key and the list of categories', () => {
    const ids = ['phishing', 'malware', 'data-exposure'];
    expect(categoryOfTag(KEY, ids, MIRROR.categoryTag)).toBe('data-exposure');
    expect(categoryOfTag(OTHER_KEY, ids, MIRROR.categoryTag)).toBeNull();
    expect(categoryOfTag(KEY, ['phishing'], MIRROR.categoryTag)).toBeNull();
    expect(categoryOfTag(KEY, ids, null)).toBeNull();
  });
});

describe('isIndexInSync', () => {
  it.each([
    ['the same mirror', MIRROR, true],
    ['a mirror with keys in another order', Object.fromEntries(Object.entries(MIRROR).reverse()), true],
    ['a mirror someone edited', { ...MIRROR, priority: 'Critical' }, false],
    ['a mirror whose category tag was edited', { ...MIRROR, categoryTag: mirrorTag(KEY, 'phishing') }, false],
    ['a mirror whose phase was edited', { ...MIRROR, phase: 'post-incident' }, false],
    ['a mirror whose SLA deadline was edited', { ...MIRROR, slaDue: null }, false],
    ['a mirror whose postmortem was marked done', { ...MIRROR, postmortem: 'published' }, false],
    ['a mirror from before the priority existed', { ...MIRROR, priority: undefined }, false],
    // Written before the assessment left the mirror: rewritten, so nobody keeps reading the old fields.
    ['a mirror that still carries the category in words', { ...MIRROR, category: 'data-exposure' }, false],
    ['a mirror that still carries a legal deadline', { ...MIRROR, legalDue: SLA.legalDue }, false],
    ['no property at all', undefined, false],
    ['a property that is not an object', 'phishing', false],
  ])('%s -> %s', (_name, property, expected) => {
    expect(isIndexInSync(record, SLA, property, KEY)).toBe(expected);
  });
});
