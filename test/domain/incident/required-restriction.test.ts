import { isSensitive, requiredRestriction, type SensitivityFacts } from '../../../src/domain/incident/required-restriction';
import { NO_CIA } from '../../../src/domain/incident/incident-record';
import { NO_ANSWERS, type LegalAnswers } from '../../../src/domain/legal/legal-answers';

const CATEGORIES = [
  { id: 'malware', restrictTo: null },
  { id: 'data-exposure', restrictTo: 'Restricted' },
  { id: 'insider', restrictTo: 'Board only' },
];

const facts = (category: string | null, confidentiality: boolean, answers: Partial<LegalAnswers> | null): SensitivityFacts => ({
  category,
  cia: { ...NO_CIA, confidentiality },
  ...(answers ? { legal: { answers: { ...NO_ANSWERS, ...answers } } } : {}),
});

describe('requiredRestriction: the level an incident must carry under the current settings', () => {
  test.each([
    ['an open category, nothing sensitive', facts('malware', false, null), null],
    ["a restricted category: the category's level", facts('data-exposure', false, null), 'Restricted'],
    ["a category's own level wins over the sensitive one", facts('insider', true, { personalData: 'yes' }), 'Board only'],
    [
      'confidentiality + personal data + health data + 5,000 people, open category (issue 29, item 4)',
      facts('malware', true, { personalData: 'yes', dataTypes: { health: 'yes' }, affected: { total: 5000 } }),
      'Restricted',
    ],
    ['personal data disclosed (confidentiality)', facts('malware', true, { personalData: 'yes' }), 'Restricted'],
    ['health data, confidentiality not marked', facts('malware', false, { personalData: 'yes', dataTypes: { health: 'yes' } }), 'Restricted'],
    ['government ID numbers, confidentiality not marked', facts('malware', false, { personalData: 'yes', dataTypes: { governmentId: 'yes' } }), 'Restricted'],
    ['500 people affected', facts('malware', false, { personalData: 'yes', affected: { total: 500 } }), 'Restricted'],
    ['499 people affected, nothing else', facts('malware', false, { personalData: 'yes', affected: { total: 499 } }), null],
    ['personal data unsure: not yet sensitive', facts('malware', true, { personalData: 'unsure', dataTypes: { health: 'yes' } }), null],
    ['no personal data: confidentiality alone is not', facts('malware', true, { personalData: 'no' }), null],
    ['no category yet, sensitive', facts(null, true, { personalData: 'yes' }), 'Restricted'],
    ['an unknown category (removed from the settings), nothing sensitive', facts('gone', false, null), null],
  ])('%s', (_name, given, expected) => {
    expect(requiredRestriction(given, CATEGORIES)).toBe(expected);
  });

  test('a site that restricts no category restricts nothing, however sensitive', () => {
    const open = CATEGORIES.map((c) => ({ ...c, restrictTo: null }));
    expect(requiredRestriction(facts('malware', true, { personalData: 'yes', dataTypes: { health: 'yes' } }), open)).toBeNull();
  });

  test('isSensitive needs a firm yes on personal data', () => {
    expect(isSensitive(facts('malware', true, { personalData: 'yes' }))).toBe(true);
    expect(isSensitive(facts('malware', true, { personalData: null }))).toBe(false);
    expect(isSensitive(facts('malware', true, null))).toBe(false);
  });
});
