import { timelineJson, timelineMarkdown, type TimelineExport } from '../domain/timeline/timeline-export';
import type { TimelineExportView, TimelineVerificationView } from '../shared/resolver-contract';
import { requireIssue } from './require-issue';
import type { TimelineDeps } from './add-timeline-entry';
import { verifyTimeline } from './verify-timeline';

/** "Verify integrity": recomputes the whole chain as stored. Anyone who can see the issue may. */
export async function verifyIncidentTimeline(deps: TimelineDeps, issueKey: string): Promise<TimelineVerificationView> {
  const { issue } = await requireIssue(deps.jira, issueKey);
  return (await verifyTimeline(deps.timeline, issue.id, deps.now())).view;
}

/** The timeline with its verification, as JSON (entries exactly as stored) or Markdown (for people). */
export async function exportTimeline(deps: TimelineDeps, issueKey: string, format: 'json' | 'markdown'): Promise<TimelineExportView> {
  const { issue } = await requireIssue(deps.jira, issueKey);
  const now = deps.now();
  const { view, entries } = await verifyTimeline(deps.timeline, issue.id, now, true);
  const doc: TimelineExport = {
    format: 'incident-timeline',
    version: 1,
    issueKey: issue.key,
    issueId: issue.id,
    exportedAt: now,
    verification: { ...view, head: { seq: entries.at(-1)?.seq ?? 0, hash: entries.at(-1)?.hash ?? '' } },
    entries,
  };
  const stamp = now.slice(0, 19).replace(/[:T]/g, '-');
  if (format === 'json')
    return { filename: `${issue.key}-timeline-${stamp}.json`, mediaType: 'application/json', content: timelineJson(doc), verification: view };
  const names = await deps.jira.displayNames(entries.flatMap((e) => (e.by ? [e.by] : [])));
  return { filename: `${issue.key}-timeline-${stamp}.md`, mediaType: 'text/markdown', content: timelineMarkdown(doc, names), verification: view };
}
