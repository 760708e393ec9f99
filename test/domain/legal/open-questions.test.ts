import { applies, openQuestions, type ApplicabilityContext } from '../../../src/domain/legal/applicability';
import { UNSURE_PROFILE } from '../../../src/domain/legal/organisation-profile';
import { SHIPPED_RULES } from '../../../src/domain/legal/rule-pack';

const NO_ANSWERS = { personalData: null, risk: null, residences: [], residencesComplete: false, dataTypes: {}, affected: {} };
const ctx = (over: Partial<ApplicabilityContext> = {}): ApplicabilityContext => ({
  answers: NO_ANSWERS,
  profile: UNSURE_PROFILE,
  hasFact: () => false,
  wasSent: () => false,
  ...over,
});

describe('the questions that would decide a rule', () => {
  it('every rule that may apply, with nothing answered, names at least one question that would decide it', () => {
    const unsure = SHIPPED_RULES.filter((rule) => applies(rule.appliesWhen, ctx()) === 'unsure');
    expect(unsure.length).toBeGreaterThan(20);
    for (const rule of unsure) expect(`${rule.id}: ${openQuestions(rule.appliesWhen, ctx()).length > 0}`).toBe(`${rule.id}: true`);
  });

  it.each([
    ['personal data unanswered', [{ personalData: true as const }], ctx(), ['Is personal data involved?']],
    ['personal data answered', [{ personalData: true as const }], ctx({ answers: { ...NO_ANSWERS, personalData: 'yes' } }), []],
    ['a profile flag unsure', [{ profile: 'secRegistrant' as const, in: ['yes'] }], ctx(), ['Legal profile in the settings: SEC registrant']],
    [
      'both, once each',
      [{ personalData: true as const }, { any: [{ personalData: true as const }, { profile: 'dora' as const, in: ['credit-institution'] }] }],
      ctx(),
      ['Is personal data involved?', 'Legal profile in the settings: DORA financial entity'],
    ],
  ])('%s', (_name, conditions, context, expected) => {
    expect(openQuestions(conditions as never, context)).toEqual(expected);
  });
});
