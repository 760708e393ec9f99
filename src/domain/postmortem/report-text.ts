import type { InlineView, ReportBlockView } from '../../shared/report-contract';

/**
 * Small helpers the fact blocks share. Times are written in UTC with the zone named, so a report
 * reads the same wherever it is opened (and golden files stay stable).
 * @example utc('2026-03-01T09:05:00.000Z') // '2026-03-01 09:05 UTC'
 */
export const utc = (iso: string | null | undefined): string => (iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : '-');

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
