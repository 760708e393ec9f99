import { legalEntryText, type LegalEntryFact } from '../../../src/domain/legal/legal-entry-text';

const GDPR = { regime: 'EU GDPR', stage: 'Notify the supervisory authority' };

describe("a legal fact's timeline words", () => {
  it.each<[string, LegalEntryFact, string]>([
    [
      'answers',
      { action: 'answer', answers: { personalData: 'yes', risk: 'high', residences: ['EU'], residencesComplete: false, dataTypes: {}, affected: {} } },
      'Legal questions answered: personal data involved; a high risk to the people; people in European Union / EEA and maybe elsewhere',
    ],
    [
      'answers not given',
      { action: 'answer', answers: { personalData: null, risk: null, residences: [], residencesComplete: false, dataTypes: {}, affected: {} } },
      'Legal questions answered: personal data not answered; risk not answered; where the people live not answered',
    ],
    ['a clock start', { action: 'start', trigger: 'aware_at' }, 'Legal clock started: Aware that a reportable breach happened'],
    [
      'a clock start with a reason',
      { action: 'start', trigger: 'aware_at', reason: 'Forensics confirmed it' },
      'Legal clock started: Aware that a reportable breach happened (Forensics confirmed it)',
    ],
    [
      'a decision',
      { action: 'decide', rule: GDPR, decision: 'not-required', rationale: 'Encrypted laptop' },
      'Legal decision: EU GDPR, Notify the supervisory authority: notice not required (Encrypted laptop)',
    ],
    ['a notice sent', { action: 'sent', rule: GDPR, recipient: 'Berlin DPA' }, 'Legal notice sent: EU GDPR, Notify the supervisory authority, to Berlin DPA'],
  ])('%s', (_name, fact, text) => {
    expect(legalEntryText(fact)).toBe(text);
  });
});
