import { isIndexInSync, toIncidentIndex } from '../../../src/domain/incident/incident-index';
import { newIncidentRecord } from '../../../src/domain/incident/incident-record';

const record = { ...newIncidentRecord('10001', '2026-03-01T09:00:00.000Z'), category: 'phishing' as const, impact: 'minor' as const, urgency: 'high' as const, exercise: true, revision: 4 };

describe('toIncidentIndex', () => {
  it('mirrors the indexed fields, with the exercise flag as a string', () => {
    expect(toIncidentIndex(record)).toEqual({ category: 'phishing', impact: 'minor', urgency: 'high', exercise: 'true', reportedAt: '2026-03-01T09:00:00.000Z', revision: 4 });
  });
});

describe('isIndexInSync', () => {
  it.each([
    ['the same mirror', toIncidentIndex(record), true],
    ['a mirror with keys in another order', { revision: 4, reportedAt: '2026-03-01T09:00:00.000Z', exercise: 'true', urgency: 'high', impact: 'minor', category: 'phishing' }, true],
    ['a mirror someone edited', { ...toIncidentIndex(record), category: 'other' }, false],
    ['no property at all', undefined, false],
    ['a property that is not an object', 'phishing', false],
  ])('%s -> %s', (_name, property, expected) => {
    expect(isIndexInSync(record, property)).toBe(expected);
  });
});
