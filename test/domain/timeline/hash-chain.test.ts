/**
 * The timeline's hash chain: each entry's SHA-256 covers its canonical form (RFC 8785) including
 * the previous entry's hash, so any edit, deletion, reordering or transplant is found by verify,
 * at the entry where it happened.
 */
import fc from 'fast-check';
import { chainEntry, linkOf } from '../../../src/domain/timeline/chain-entry';
import { entryHash, sha256Hex } from '../../../src/domain/timeline/entry-hash';
import { GENESIS_HASH, GENESIS_LINK, type TimelineDraft, type TimelineEntry } from '../../../src/domain/timeline/timeline-entry';
import { escapeMarkdown, JSON_EXPORT_DESCRIPTION, timelineMarkdown, verificationSummary } from '../../../src/domain/timeline/timeline-export';
import { verifyChain } from '../../../src/domain/timeline/verify-chain';

const draft = (text: string, i = 0): TimelineDraft => ({
  kind: 'note',
  text,
  happenedAt: `2026-11-2${i % 10}T09:00:00.000Z`,
  recordedAt: '2026-11-22T10:00:00.000Z',
  by: 'acc-riley',
  corrects: null,
  data: null,
});

function chain(texts: string[], issueId = '10001'): TimelineEntry[] {
  const entries: TimelineEntry[] = [];
  let link = GENESIS_LINK;
  texts.forEach((t, i) => {
    const e = chainEntry(issueId, draft(t, i), link);
    entries.push(e);
    link = linkOf(e);
  });
  return entries;
}

describe('SHA-256 and the canonical form', () => {
  it('hashes text with the standard SHA-256 (NIST test vector "abc")', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('gives an entry the same hash whatever order its fields are stored in', () => {
    const [e] = chain(['Isolated the laptop']);
    const reordered = Object.fromEntries(Object.entries(e!).reverse()) as unknown as TimelineEntry;
    expect(entryHash(reordered)).toBe(e!.hash);
    expect(e!.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('links the first entry to the genesis hash and each next one to the one before', () => {
    const [a, b] = chain(['one', 'two']);
    expect(a).toMatchObject({ seq: 1, prevHash: GENESIS_HASH });
    expect(b).toMatchObject({ seq: 2, prevHash: a!.hash });
  });
});

describe('verifyChain', () => {
  const entries = chain(['Reported', 'Isolated the laptop', 'Reimaged', 'Closed']);
  const edited = (i: number, change: Partial<TimelineEntry>) => entries.map((e, j) => (j === i ? { ...e, ...change } : e));

  it.each([
    ['an untouched chain', entries, null],
    ['an entry whose text was edited', edited(1, { text: 'Did nothing' }), { seq: 2, problem: 'altered' }],
    ['an entry whose author was changed', edited(2, { by: 'acc-someone-else' }), { seq: 3, problem: 'altered' }],
    ['an entry backdated', edited(0, { happenedAt: '2020-01-01T00:00:00.000Z' }), { seq: 1, problem: 'altered' }],
    [
      'an entry edited and rehashed (its successor no longer links)',
      (() => {
        const e = { ...entries[1]!, text: 'Did nothing' };
        return edited(1, { text: e.text, hash: entryHash(e) });
      })(),
      { seq: 3, problem: 'relinked' },
    ],
    ['an entry deleted', [entries[0]!, entries[2]!, entries[3]!], { seq: 3, problem: 'missing-before' }],
    ['two entries swapped', [entries[0]!, entries[2]!, entries[1]!, entries[3]!], { seq: 3, problem: 'missing-before' }],
    ['an entry from another incident', [entries[0]!, chain(['x', 'y'], '99999')[1]!], { seq: 2, problem: 'foreign' }],
  ])('%s -> first break %j', (_name, list, expected) => {
    expect(verifyChain('10001', list).firstBreak).toEqual(expected);
  });

  it('continues page by page from where the previous page ended', () => {
    const first = verifyChain('10001', entries.slice(0, 2));
    const rest = verifyChain('10001', entries.slice(2), first.head, first.checked);
    expect(rest).toEqual({ checked: 4, firstBreak: null, head: linkOf(entries[3]!) });
  });

  it('property: changing any field of any entry is found at that entry or the next', () => {
    const fields = ['text', 'kind', 'by', 'happenedAt', 'recordedAt', 'prevHash'] as const;
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1, maxLength: 30 }), { minLength: 1, maxLength: 12 }),
        fc.nat(),
        fc.constantFrom(...fields),
        fc.string({ minLength: 1, maxLength: 10 }),
        (texts, pick, field, value) => {
          const list = chain(texts);
          const i = pick % list.length;
          if (String(list[i]![field]) === value) return;
          const tampered = list.map((e, j) => (j === i ? { ...e, [field]: value } : e));
          const result = verifyChain('10001', tampered);
          expect(result.firstBreak?.seq).toBe(i + 1);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('export', () => {
  it('escapes Markdown and HTML in text people wrote, so it cannot add links, tables or markup', () => {
    expect(escapeMarkdown('[click](http://x) | <script>alert(1)</script> **bold**\nnext')).toBe(
      '\\[click\\]\\(http://x\\) \\| &lt;script\\>alert\\(1\\)&lt;/script\\> \\*\\*bold\\*\\* next',
    );
  });

  it('states the verification in one sentence', () => {
    expect(verificationSummary({ checked: 3, firstBreak: null, head: GENESIS_LINK })).toBe(
      'Intact: all 3 entries match their hashes and each links to the one before.',
    );
    expect(verificationSummary({ checked: 2, firstBreak: { seq: 2, problem: 'altered' }, head: GENESIS_LINK })).toBe(
      'Broken: entry #2 was changed after it was written (its content no longer matches its hash). Entries before it verify.',
    );
  });

  it("renders one table row per entry with the author's name (times in words: timeline-markdown.test.ts)", () => {
    const entries = chain(['Isolated | the laptop']);
    const md = timelineMarkdown(
      {
        format: 'incident-timeline',
        version: 1,
        description: JSON_EXPORT_DESCRIPTION,
        issueKey: 'SEC-1',
        issueId: '10001',
        exportedAt: '2026-11-22T10:00:00.000Z',
        verification: { ...verifyChain('10001', entries), summary: 'Intact.', verifiedAt: '2026-11-22T10:00:00.000Z' },
        entries,
      },
      { 'acc-riley': 'Riley Responder' },
    );
    expect(md).toContain('| 1 | Fri 20 Nov 2026, 09:00 | Sun 22 Nov 2026, 10:00 | Note | Riley Responder | Isolated \\| the laptop |  |');
  });
});
