import { entryKindInWords } from '../../shared/entry-kind-words';
import { timeInWords, zoneInWords } from '../../shared/time-in-words';
import type { ChainVerification } from './verify-chain';
import type { TimelineEntry } from './timeline-entry';

/** What an export says about the chain, in words and in data. */
export interface ExportedVerification extends ChainVerification {
  verifiedAt: string;
  summary: string;
}

export interface TimelineExport {
  format: 'incident-timeline';
  version: 1;
  /** What the file is, for whoever opens it: times stay ISO 8601 in UTC here, for machines. */
  description: string;
  issueKey: string;
  issueId: string;
  exportedAt: string;
  verification: ExportedVerification;
  entries: TimelineEntry[];
}

/** The JSON export's own words about its times (people read the Markdown export). */
export const JSON_EXPORT_DESCRIPTION =
  'Machine-readable timeline: every time is an ISO 8601 instant in UTC, exactly as stored and hashed. For people, export the timeline as Markdown: it gives times in words with the zone named.';

/** The verification in one sentence, for the panel, the export and the postmortem. */
export function verificationSummary(v: ChainVerification): string {
  if (!v.firstBreak) return `Intact: all ${v.checked} entries match their hashes and each links to the one before.`;
  const what = {
    altered: 'was changed after it was written (its content no longer matches its hash)',
    relinked: 'does not link to the entry before it (an earlier entry was replaced)',
    'missing-before': 'does not follow the entry before it (entries were deleted)',
    foreign: 'belongs to another incident',
    truncated: 'is missing: the timeline ends before the last entry the app wrote',
  }[v.firstBreak.problem];
  return `Broken: entry #${v.firstBreak.seq} ${what}. Entries before it verify.`;
}

/**
 * The timeline as JSON with its verification: the entries exactly as stored, so anyone can
 * recompute the hashes (SHA-256 over RFC 8785 canonical JSON of every field but `hash`). One
 * exception: an old follow-up entry that names a follow-up the viewer may not open carries its
 * key-only text and `textWithheld: true` (its own hash cannot be recomputed; the next entry's
 * `prevHash` still links it).
 */
export function timelineJson(doc: TimelineExport): string {
  return JSON.stringify(doc, null, 2);
}

/**
 * The timeline as Markdown for people: one row per entry, with who, what kind of entry in words,
 * when it happened and when it was recorded, all in `timeZone` (named at the top; UTC when none is
 * known, said so). Text people wrote is escaped, so it cannot add structure (links, tables, HTML).
 */
export function timelineMarkdown(doc: TimelineExport, names: Readonly<Record<string, string>> = {}, timeZone: string | null = null): string {
  const who = (id: string | null) => (id === null ? 'the app' : escapeMarkdown(names[id] ?? id));
  const zone = timeZone ?? 'UTC';
  const when = (iso: string) => timeInWords(iso, zone);
  const zoneSaid = timeZone
    ? `All times are in ${zoneInWords(timeZone)}, the working-hours time zone.`
    : 'All times are in UTC: no working-hours time zone is set.';
  const lines = [
    `# Timeline of ${escapeMarkdown(doc.issueKey)}`,
    '',
    `Exported ${when(doc.exportedAt)}. ${zoneSaid}`,
    '',
    `Integrity: ${doc.verification.summary} (verified ${when(doc.verification.verifiedAt)})`,
    '',
    '| # | Happened | Recorded | Kind | By | What | Corrects |',
    '|---|---|---|---|---|---|---|',
    ...doc.entries.map(
      (e) =>
        `| ${e.seq} | ${when(e.happenedAt)} | ${when(e.recordedAt)} | ${entryKindInWords(e.kind)} | ${who(e.by)} | ${escapeMarkdown(e.text)} | ${e.corrects === null ? '' : `#${e.corrects}`} |`,
    ),
    '',
    `Each entry's SHA-256 covers its content and the previous entry's hash; the JSON export carries them.`,
    '',
  ];
  return lines.join('\n');
}

/**
 * Backslash-escapes Markdown punctuation (with `=`, which underlines a setext heading) and
 * neutralises HTML and line breaks (inside a table cell). A line people wrote also needs its
 * indentation removed (report-markdown.ts): four spaces start a code block.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/[\\`*_{}[\]()#+\-.!|~>=]/g, (c) => `\\${c}`)
    .replace(/</g, '&lt;')
    .replace(/\r?\n/g, ' ');
}
