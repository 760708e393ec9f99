import { defaultAppConfig } from '../../../src/domain/config/default-config';
import { reporterProposal } from '../../../src/domain/triage/reporter-proposal';
import { intakeRecord } from '../../../src/domain/triage/intake-record';

const config = defaultAppConfig();
const matrix = config.priority.matrix;
const category = (id: string) => config.taxonomy.categories.find((c) => c.id === id);
const said = (over: { category?: string | null; howBad?: string | null; howUrgent?: string | null }) => ({
  category: null,
  personalData: null,
  howBad: null,
  howUrgent: null,
  ...over,
});

describe("the reporter's answers beside the category's defaults", () => {
  it.each([
    ['phishing, no answers: the category decides', 'phishing', said({ category: 'phishing' }), { impact: 'low', urgency: 'medium', notes: [] }],
    [
      'phishing, "right now": urgency raised',
      'phishing',
      said({ category: 'phishing', howUrgent: 'now' }),
      {
        impact: 'low',
        urgency: 'high',
        notes: ['Urgency High, raised from the category\'s Medium: suggested by the reporter ("Right now: it is getting worse").'],
      },
    ],
    [
      'phishing, many affected and today: impact raised, urgency kept',
      'phishing',
      said({ category: 'phishing', howBad: 'many', howUrgent: 'today' }),
      {
        impact: 'high',
        urgency: 'medium',
        notes: ['Impact High, raised from the category\'s Low: suggested by the reporter ("Many people, customers or the whole company").'],
      },
    ],
    [
      'a calm answer never lowers the category: malware, "it can wait"',
      'malware',
      said({ category: 'malware', howUrgent: 'can-wait' }),
      { impact: 'medium', urgency: 'high', notes: [] },
    ],
    [
      'no category, both answered',
      undefined,
      said({ howBad: 'some', howUrgent: 'now' }),
      {
        impact: 'medium',
        urgency: 'high',
        notes: [
          'Impact Medium: suggested by the reporter ("My team or a few people").',
          'Urgency High: suggested by the reporter ("Right now: it is getting worse").',
        ],
      },
    ],
    ['no category, one answer: no priority yet', undefined, said({ howUrgent: 'now' }), { impact: null, urgency: null, notes: [] }],
  ])('%s', (_name, id, report, expected) => {
    expect(reporterProposal(matrix, id ? category(id) : undefined, report)).toEqual(expected);
  });

  it('a password typed into a phishing page, "right now", is Serious at intake, not Mild', () => {
    const record = intakeRecord('1', '2026-12-04T22:10:00.000Z', { category: 'phishing', personalData: 'yes', howBad: null, howUrgent: 'now' }, config);
    expect([record.impact, record.urgency, record.priority]).toEqual(['low', 'high', 'Serious']);
  });
});
