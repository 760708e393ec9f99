import type { InlineView, ReportBlockView, ReportDocumentView, ReportSectionView } from '../../shared/report-contract';
import { escapeMarkdown } from '../timeline/timeline-export';

/**
 * The report as Markdown (CommonMark with GitHub tables), for download. Every piece of text is
 * escaped (Markdown punctuation, HTML), so what people wrote stays text: it cannot add headings,
 * links, tables or HTML.
 */
export function reportToMarkdown(report: ReportDocumentView): string {
  const lines = [`# ${escapeMarkdown(report.title)}`, '', inlines(report.lead), '', escapeMarkdown(report.purpose), ''];
  for (const section of report.sections) lines.push(...sectionLines(section));
  return lines.join('\n');
}

function sectionLines(section: ReportSectionView): string[] {
  const out = [`## ${escapeMarkdown(section.heading)}`, ''];
  if (section.written) out.push(...writtenLines(section.written.text));
  else if (section.prompt !== null) out.push(`> **To be written:** ${escapeMarkdown(section.prompt)}`, '');
  for (const block of section.facts) out.push(...blockLines(block), '');
  return out;
}

/** Paragraphs stay paragraphs; a single line break becomes a hard break (a trailing backslash). */
function writtenLines(written: string): string[] {
  return written
    .split(/\r?\n\s*\r?\n/)
    .map((para) =>
      para
        .split(/\r?\n/)
        // Indentation goes: four spaces (or a tab) would make the line a code block.
        .map((l) => l.replace(/^\s+/, ''))
        .filter((l) => l.length > 0)
        .map(escapeMarkdown),
    )
    .filter((para) => para.length > 0)
    .flatMap((para) => [para.join('\\\n'), '']);
}

function blockLines(block: ReportBlockView): string[] {
  switch (block.type) {
    case 'paragraph':
      return [inlines(block.inlines)];
    case 'note':
      return [`> ${escapeMarkdown(block.text)}`];
    case 'bullets':
      return block.items.map((item) => `- ${inlines(item)}`);
    case 'table':
      return [
        `| ${block.header.map(escapeMarkdown).join(' | ')} |`,
        `|${block.header.map(() => '---').join('|')}|`,
        ...block.rows.map((row) => `| ${row.map(inlines).join(' | ')} |`),
      ];
  }
}

function inlines(runs: InlineView[]): string {
  return runs
    .filter((r) => r.text.length > 0)
    .map((r) => {
      const t = escapeMarkdown(r.text);
      if (r.href) return `[${t}](<${r.href.replace(/[<>\s]/g, encodeURIComponent)}>)`;
      if (r.strong) return `**${t.replace(/\s+$/, '')}**${/\s$/.test(r.text) ? ' ' : ''}`;
      return t;
    })
    .join('');
}
