import { JSON_EXPORT_DESCRIPTION, timelineJson, timelineMarkdown, type TimelineExport } from '../domain/timeline/timeline-export';
import type { TimelineExportInput, TimelineExportView, TimelineVerificationView } from '../shared/resolver-contract';
import { AppError } from './app-error';
import { requireIssue } from './require-issue';
import type { TimelineDeps } from './add-timeline-entry';
import type { IncidentStore, IssueSnapshot } from './ports';
import { reportTimeZone } from '../domain/postmortem/report-time-zone';
import { verifyTimeline } from './verify-timeline';
import { followUpKeyOf, shownFollowUpText } from '../domain/timeline/follow-up-entry-text';
import type { TimelineEntry } from '../domain/timeline/timeline-entry';

/** "Verify integrity": recomputes the whole chain as stored. Anyone who can see the issue may. */
export async function verifyIncidentTimeline(deps: TimelineDeps, issueKey: string): Promise<TimelineVerificationView> {
  const { issue } = await requireIssue(deps.jira, issueKey);
  return (await verifyTimeline(deps.timeline, issue.id, deps.now())).view;
}

/**
 * The export may also read the settings, for the zone the Markdown's times are in; without them
 * (a caller that does not pass the store) the Markdown says its times are UTC.
 */
export interface TimelineExportDeps extends TimelineDeps {
  store?: Pick<IncidentStore, 'getWithSettings'>;
}

/** The zone a postmortem of this incident uses (report-time-zone.ts), so the two documents agree. */
async function workingHoursZone(deps: TimelineExportDeps, issue: IssueSnapshot): Promise<string | null> {
  if (!deps.store) return null;
  const { record, config } = await deps.store.getWithSettings(issue);
  return reportTimeZone(record?.priority ?? null, config.config.sla);
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
export async function exportTimeline(deps: TimelineExportDeps, issueKey: string, input: TimelineExportInput): Promise<TimelineExportView> {
  const { issue } = await requireIssue(deps.jira, issueKey);
  const now = deps.now();
  const { view, entries: all } = await verifyTimeline(deps.timeline, issue.id, now, true);
  const asOf = input.asOf ?? { at: now, seq: all.at(-1)?.seq ?? 0 };
  // People read key-only follow-up entries (follow-up-entry-text.ts); the JSON keeps an old entry's
  // summary only for a viewer who may open that follow-up, and otherwise says the text was withheld.
  const entries = await withheldFollowUps(
    deps,
    all.filter((e) => e.seq <= asOf.seq),
    input.format === 'json',
  );
  const doc: TimelineExport = {
    format: 'incident-timeline',
    version: 1,
    description: JSON_EXPORT_DESCRIPTION,
    issueKey: issue.key,
    issueId: issue.id,
    exportedAt: asOf.at,
    verification: { ...view, head: { seq: entries.at(-1)?.seq ?? 0, hash: entries.at(-1)?.hash ?? '' } },
    entries,
  };
  const stamp = asOf.at.slice(0, 19).replace(/[:T]/g, '-');
  const whole =
    input.format === 'json'
      ? timelineJson(doc)
      : timelineMarkdown(doc, await deps.jira.displayNames(entries.flatMap((e) => (e.by ? [e.by] : []))), await workingHoursZone(deps, issue));
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

/**
 * Entries of the export as this viewer may read them: a follow-up entry written with the summary
 * (before entries named the key only) is shown key-only, in the JSON too unless the viewer may open
 * that follow-up now (asked of Jira as them, once per follow-up). A withheld text is marked, so a
 * verifier knows why that one entry's own hash cannot be recomputed (the next entry still links it).
 */
async function withheldFollowUps<T extends TimelineEntry>(deps: TimelineDeps, entries: T[], asStored: boolean): Promise<(T & { textWithheld?: true })[]> {
  const legacy = [...new Set(entries.filter((e) => shownFollowUpText(e) !== e).map((e) => followUpKeyOf(e)!))];
  if (legacy.length === 0) return entries;
  const openable = asStored
    ? new Set((await Promise.all(legacy.map(async (key) => ((await deps.jira.issue(key)) ? key : null)))).filter((k) => k !== null))
    : new Set<string>();
  return entries.map((e) => {
    const shown = shownFollowUpText(e);
    if (shown === e || openable.has(followUpKeyOf(e)!)) return e;
    return asStored ? { ...shown, textWithheld: true as const } : shown;
  });
}
