import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { validator } from '@atlaskit/adf-utils/validator';
import MarkdownIt from 'markdown-it';
import { buildReport } from '../../../src/domain/postmortem/build-report';
import { DEFAULT_TEMPLATES } from '../../../src/domain/postmortem/default-templates';
import { reportToAdf } from '../../../src/domain/postmortem/report-adf';
import type { ReportFacts, WrittenSections } from '../../../src/domain/postmortem/report-facts';
import { reportToMarkdown } from '../../../src/domain/postmortem/report-markdown';
import { emptyFacts, fullFacts, HOSTILE, hostileFacts } from './report-fixtures';

const GOLDEN = join(__dirname, 'golden', 'SEC-42-postmortem.md');

function adfErrors(adf: unknown): string[] {
  const errors: string[] = [];
  validator()(adf as never, (entity, error) => {
    errors.push(`${error.code}: ${error.message} at ${entity.type}`);
    return entity;
  });
  return errors;
}

const written = (text: (i: number) => string): Record<string, WrittenSections> =>
  Object.fromEntries(
    DEFAULT_TEMPLATES.map((t) => [
      t.kind,
      Object.fromEntries(t.sections.filter((s) => s.prompt !== null).map((s, i) => [s.id, { text: text(i), by: 'u-riley', at: '2026-03-10T10:00:00.000Z' }])),
    ]),
  );

const DATA: [string, () => ReportFacts, Record<string, WrittenSections>][] = [
  ['empty data, nothing written', emptyFacts, {}],
  ['full data, sections written', fullFacts, written((i) => `Written text ${i}.\nSecond line.\n\nSecond paragraph.`)],
  ['hostile data, hostile writing', hostileFacts, written((i) => HOSTILE[i % HOSTILE.length]!)],
];

describe.each(DEFAULT_TEMPLATES.map((t) => [t.kind, t] as const))('the %s template', (_kind, template) => {
  it.each(DATA)("with %s: the ADF validates against Atlassian's schema", (_name, facts, texts) => {
    const adf = reportToAdf(buildReport(template, facts(), texts[template.kind] ?? {}));
    expect(adfErrors(adf)).toEqual([]);
  });

  it.each(DATA)('with %s: every section is there, written text or its prompt', (_name, facts, texts) => {
    const report = buildReport(template, facts(), texts[template.kind] ?? {});
    const markdown = reportToMarkdown(report);
    for (const s of template.sections) expect(report.sections.find((r) => r.id === s.id)?.heading).toBe(s.heading);
    const promptsShown = (markdown.match(/> \*\*To be written:\*\*/g) ?? []).length;
    expect(promptsShown).toBe(Object.keys(texts[template.kind] ?? {}).length === 0 ? template.sections.filter((s) => s.prompt !== null).length : 0);
  });
});

describe('no injection', () => {
  const ALLOWED_NODES = new Set([
    'doc',
    'paragraph',
    'text',
    'heading',
    'bulletList',
    'listItem',
    'table',
    'tableRow',
    'tableHeader',
    'tableCell',
    'panel',
    'hardBreak',
  ]);
  const nodes = (n: { type: string; content?: unknown[]; marks?: { type: string; attrs?: { href?: string } }[]; text?: string }): (typeof n)[] => [
    n,
    ...((n.content ?? []) as (typeof n)[]).flatMap(nodes),
  ];

  it.each(DEFAULT_TEMPLATES.map((t) => [t.kind, t] as const))(
    "%s: hostile text stays text in ADF: only the app's node types, links only to the site",
    (_kind, template) => {
      const facts = hostileFacts();
      const report = buildReport(template, facts, written((i) => HOSTILE[i % HOSTILE.length]!)[template.kind]!);
      const all = nodes(reportToAdf(report) as never);
      expect(all.filter((n) => !ALLOWED_NODES.has(n.type))).toEqual([]);
      const hrefs = all.flatMap((n) => (n.marks ?? []).filter((m) => m.type === 'link').map((m) => m.attrs?.href ?? ''));
      expect(hrefs.every((h) => h.startsWith('https://example.atlassian.net/browse/'))).toBe(true);
      // The hostile strings arrive intact, as text (inert), not dropped.
      const texts = all
        .filter((n) => n.type === 'text')
        .map((n) => n.text)
        .join('\n');
      expect(texts).toContain('<script>alert(1)</script>');
    },
  );

  it.each(DEFAULT_TEMPLATES.map((t) => [t.kind, t] as const))(
    '%s: hostile text stays text in Markdown: no HTML, no images, no foreign links, headings only from the template',
    (_kind, template) => {
      const report = buildReport(template, hostileFacts(), written((i) => HOSTILE[i % HOSTILE.length]!)[template.kind]!);
      const tokens = new MarkdownIt({ html: true, linkify: false }).parse(reportToMarkdown(report), {});
      const flat = tokens.flatMap((t) => [t, ...(t.children ?? [])]);
      expect(flat.filter((t) => t.type.startsWith('html') || t.type === 'image' || t.type === 'code_block' || t.type === 'fence')).toEqual([]);
      const links = flat.filter((t) => t.type === 'link_open').map((t) => t.attrGet('href'));
      expect(links.every((h) => h?.startsWith('https://example.atlassian.net/browse/'))).toBe(true);
      // What a reader sees in each heading (escapes and entities decoded): the title, then the template's sections.
      const headings = tokens.flatMap((t, i) => (t.type === 'heading_open' ? [(tokens[i + 1]!.children ?? []).map((c) => c.content).join('')] : []));
      expect(headings).toEqual([report.title, ...template.sections.map((s) => s.heading)]);
    },
  );
});

describe('the Markdown of a seeded incident (golden file)', () => {
  it('matches test/domain/postmortem/golden/SEC-42-postmortem.md', () => {
    const texts: WrittenSections = {
      summary: {
        text: 'A folder with the customer list was shared with "anyone with the link" for four days.\nThe link was removed within two hours of the report.',
        by: 'u-riley',
        at: '2026-03-10T10:00:00.000Z',
      },
      'root-cause': {
        text: '1. Why was the list public? The folder was shared by link to send it to a partner.\n2. Why by link? The partner had no account.',
        by: 'u-riley',
        at: '2026-03-10T10:05:00.000Z',
      },
    };
    const markdown = reportToMarkdown(buildReport(DEFAULT_TEMPLATES[0]!, fullFacts(), texts));
    if (process.env.UPDATE_GOLDEN === '1') writeFileSync(GOLDEN, markdown);
    expect(markdown).toBe(readFileSync(GOLDEN, 'utf8'));
  });
});

describe('size-limited targets', () => {
  it('a timeline limit keeps the newest entries and says how many are left out', () => {
    const report = buildReport(DEFAULT_TEMPLATES[0]!, fullFacts(), {}, { timelineLimit: 2 });
    const timeline = report.sections.find((s) => s.id === 'timeline')!.facts;
    expect(timeline[1]).toEqual({
      type: 'note',
      text: 'The 1 earliest entries are not shown here; export the timeline from the incident panel for the full account.',
    });
    const table = timeline[2] as { rows: { text: string }[][][] };
    expect(table.rows.map((r) => r[0]![0]!.text)).toEqual(['2', '3']);
  });
});
