import type { InlineView, ReportBlockView } from '../../shared/report-contract';
import { timeInWords, zoneInWords } from '../../shared/time-in-words';
import type { ReportFacts } from './report-facts';

/**
 * Small helpers the fact blocks share. A report's times are all in one zone, named once at its top
 * (zoneStatement), so a reader compares times without converting and golden files stay stable: the
 * incident's working-hours zone (report-time-zone.ts), else UTC.
 */
export const reportZone = (facts: Pick<ReportFacts, 'timeZone'>): string => facts.timeZone ?? 'UTC';

/**
 * A time in the report's zone, in words; '-' when there is none.
 * @example timeOf({ timeZone: 'Europe/Paris' }, '2026-03-01T09:05:00.000Z') // 'Sun 1 Mar 2026, 10:05'
 */
export const timeOf = (facts: Pick<ReportFacts, 'timeZone'>, iso: string | null | undefined): string => (iso ? timeInWords(iso, reportZone(facts)) : '-');

/**
 * Which zone the report's times are in, and why that one.
 * @example zoneStatement({ timeZone: null }) // 'all times in UTC (no working-hours time zone is set)'
 */
export const zoneStatement = (facts: Pick<ReportFacts, 'timeZone'>): string =>
  facts.timeZone ? `all times in ${zoneInWords(facts.timeZone)} (the working-hours time zone)` : 'all times in UTC (no working-hours time zone is set)';

/** A display name for an account id; the app itself for null. */
export const nameOf = (names: Readonly<Record<string, string>>, accountId: string | null): string =>
  accountId === null ? 'the app' : (names[accountId] ?? 'a former user');

export const plain = (text: string): InlineView => ({ text });
export const bold = (text: string): InlineView => ({ text, strong: true });

/** The issue's address on the site, or null when the site's address is not known. */
export const issueUrl = (siteUrl: string | null, key: string): string | null =>
  siteUrl ? `${siteUrl.replace(/\/$/, '')}/browse/${encodeURIComponent(key)}` : null;

/** An issue key linked to the issue when the site's address is known. */
export function issueLink(siteUrl: string | null, key: string): InlineView {
  const href = issueUrl(siteUrl, key);
  return href ? { text: key, href } : { text: key };
}

/** A "Label: value" bullet item. */
export const labelled = (label: string, value: string): InlineView[] => [bold(`${label}: `), plain(value)];

export const bullets = (items: InlineView[][]): ReportBlockView => ({ type: 'bullets', items });
export const note = (text: string): ReportBlockView => ({ type: 'note', text });
export const paragraph = (...inlines: InlineView[]): ReportBlockView => ({ type: 'paragraph', inlines });

/** A table of plain cells (strings), or of runs where a cell needs a link or code. */
export function table(header: string[], rows: (string | InlineView[])[][]): ReportBlockView {
  return { type: 'table', header, rows: rows.map((r) => r.map((cell) => (typeof cell === 'string' ? [plain(cell)] : cell))) };
}
