import { PERSON_ENTRY_KINDS, SYSTEM_ENTRY_KINDS } from '../../src/domain/timeline/timeline-entry';
import { ENTRY_KIND_LABELS, entryKindInWords } from '../../src/shared/entry-kind-words';

describe('timeline entry kinds in words', () => {
  it('has a word for every kind the timeline stores, none of them a code', () => {
    const kinds = [...PERSON_ENTRY_KINDS, ...SYSTEM_ENTRY_KINDS];
    expect(Object.keys(ENTRY_KIND_LABELS).sort()).toEqual([...kinds].sort());
    for (const kind of kinds) expect(entryKindInWords(kind)).toMatch(/^[A-Z][a-z]+(?:[ -][a-z]+)*$/);
  });

  it.each([
    ['sla-escalation', 'Service level'],
    ['follow-up', 'Follow-up'],
    ['communication', 'Communication'],
    // A kind added later, before anyone gave it a label, still reads as words.
    ['stakeholder-update', 'Stakeholder update'],
    ['legal_hold', 'Legal hold'],
  ])('%s reads "%s"', (kind, words) => {
    expect(entryKindInWords(kind)).toBe(words);
  });
});
