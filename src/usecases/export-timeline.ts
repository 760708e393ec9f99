import { timelineJson, timelineMarkdown, type TimelineExport } from '../domain/timeline/timeline-export';
import type { TimelineExportInput, TimelineExportView, TimelineVerificationView } from '../shared/resolver-contract';
import { AppError } from './app-error';
import { requireIssue } from './require-issue';
import type { TimelineDeps } from './add-timeline-entry';
import { verifyTimeline } from './verify-timeline';

/** "Verify integrity": recomputes the whole chain as stored. Anyone who can see the issue may. */
export async function verifyIncidentTimeline(deps: TimelineDeps, issueKey: string): Promise<TimelineVerificationView> {
  const { issue } = await requireIssue(deps.jira, issueKey);
  return (await verifyTimeline(deps.timeline, issue.id, deps.now())).view;
}

/**
 * Characters per export part: at most 3 bytes each in UTF-8 (a surrogate pair is two characters
 * for four bytes), so a part stays far below the 5 MB an invoke may answer.
 */
export const EXPORT_PART_CHARS = 1_000_000;

/**
 * The timeline with its verification, as JSON (entries exactly as stored) or Markdown (for people),
 * in parts of EXPORT_PART_CHARS. Every part rebuilds the same file (the entries up to `asOf.seq`,
 * dated `asOf.at`) and answers its slice; the panel joins them, so a timeline of any length
 * exports and a part never exceeds Forge's response limit.
 */
export async function exportTimeline(deps: TimelineDeps, issueKey: string, input: TimelineExportInput): Promise<TimelineExportView> {
  const { issue } = await requireIssue(deps.jira, issueKey);
  const now = deps.now();
  const { view, entries: all } = await verifyTimeline(deps.timeline, issue.id, now, true);
  const asOf = input.asOf ?? { at: now, seq: all.at(-1)?.seq ?? 0 };
  const entries = all.filter((e) => e.seq <= asOf.seq);
  const doc: TimelineExport = {
    format: 'incident-timeline',
    version: 1,
    issueKey: issue.key,
    issueId: issue.id,
    exportedAt: asOf.at,
    verification: { ...view, head: { seq: entries.at(-1)?.seq ?? 0, hash: entries.at(-1)?.hash ?? '' } },
    entries,
  };
  const stamp = asOf.at.slice(0, 19).replace(/[:T]/g, '-');
  const whole = input.format === 'json' ? timelineJson(doc) : timelineMarkdown(doc, await deps.jira.displayNames(entries.flatMap((e) => (e.by ? [e.by] : []))));
  const parts = Math.max(1, Math.ceil(whole.length / EXPORT_PART_CHARS));
  const part = input.part ?? 0;
  if (part >= parts) throw new AppError('VALIDATION_FAILED', `This export has ${parts} part${parts === 1 ? '' : 's'}.`, { part: 'Ask for an existing part.' });
  return {
    filename: `${issue.key}-timeline-${stamp}.${input.format === 'json' ? 'json' : 'md'}`,
    mediaType: input.format === 'json' ? 'application/json' : 'text/markdown',
    content: whole.slice(part * EXPORT_PART_CHARS, (part + 1) * EXPORT_PART_CHARS),
    verification: view,
    part,
    parts,
    asOf,
  };
}
