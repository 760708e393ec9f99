import {
  bulletList,
  doc,
  hardBreak,
  heading,
  link,
  listItem,
  panel,
  paragraph,
  strong,
  table,
  tableCell,
  tableHeader,
  tableRow,
  text,
} from '@atlaskit/adf-utils/builders';
import type { InlineView, ReportBlockView, ReportDocumentView, ReportSectionView } from '../../shared/report-contract';

/* eslint-disable @typescript-eslint/no-explicit-any -- the builders' node unions are wider than the content types they accept */

/**
 * The report in Atlassian Document Format (https://developer.atlassian.com/cloud/jira/platform/apis/document/structure/),
 * built with Atlassian's own builders. People's text only ever becomes the `text` of a text node
 * (ADF has no markup inside text), so it cannot add nodes, marks or links.
 */
export function reportToAdf(report: ReportDocumentView) {
  return doc(paragraph(...inlines(report.lead)), paragraph(text(report.purpose)), ...report.sections.flatMap(sectionNodes));
}

function sectionNodes(section: ReportSectionView): any[] {
  const writtenNodes = section.written
    ? writtenParagraphs(section.written.text)
    : section.prompt !== null
      ? [notePanel('note')(paragraph(strong('To be written: '), text(section.prompt)))]
      : [];
  return [heading({ level: 2 })(text(section.heading)), ...writtenNodes, ...section.facts.map(blockNode)];
}

/** Blank lines separate paragraphs; single line breaks stay as hard breaks. */
function writtenParagraphs(written: string): any[] {
  return written
    .split(/\r?\n\s*\r?\n/)
    .map((para) => para.split(/\r?\n/).filter((line) => line.length > 0))
    .filter((lines) => lines.length > 0)
    .map((lines) => paragraph(...lines.flatMap((line, i) => (i === 0 ? [text(line)] : [hardBreak(), text(line)]))));
}

/** ADF's panel types are a TypeScript enum in the schema package; the strings are what the JSON holds. */
const notePanel = (panelType: 'note' | 'info') => panel({ panelType } as unknown as Parameters<typeof panel>[0]);

function blockNode(block: ReportBlockView): any {
  switch (block.type) {
    case 'paragraph':
      return paragraph(...inlines(block.inlines));
    case 'note':
      return notePanel('info')(paragraph(text(block.text)));
    case 'bullets':
      return bulletList(...block.items.map((item) => listItem([paragraph(...inlines(item))])));
    case 'table':
      return table(
        tableRow(block.header.map((h) => tableHeader()(paragraph(...(h ? [strong(h)] : []))))),
        ...block.rows.map((row) => tableRow(row.map((cell) => tableCell()(paragraph(...inlines(cell)))))),
      );
  }
}

/** Text nodes may not be empty (the ADF schema's minLength 1), so empty runs are dropped. */
function inlines(runs: InlineView[]): any[] {
  return runs
    .filter((r) => r.text.length > 0)
    .map((r) => {
      if (r.href) return link({ href: r.href })(r.text);
      if (r.strong) return strong(r.text);
      return text(r.text);
    });
}
