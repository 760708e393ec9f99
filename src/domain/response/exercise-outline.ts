import { bulletList, doc, heading, listItem, paragraph, text } from '@atlaskit/adf-utils/builders';
import { formatDuration } from '../../shared/durations';
import type { TimelineEntry } from '../timeline/timeline-entry';

/** Kinds that tell the story of the response; evidence details and custody stay with the real incident. */
const STORY_KINDS = new Set(['note', 'action', 'decision', 'communication', 'phase', 'role', 'priority', 'legal']);
/** An outline long enough to rehearse, short enough to read in a tabletop session. */
export const MAX_OUTLINE_STEPS = 60;

export interface OutlineStep {
  /** Time since the report, e.g. "2 h 15 min". */
  offset: string;
  kind: string;
  text: string;
}

/**
 * What a step says when the real incident is restricted: the kind of step only. The entry's text is
 * free text (notes, decisions, legal reasons) and must not cross into another issue, even one that
 * carries the same security level, because the level can later be removed from the exercise alone.
 */
const WITHHELD_STEP: Record<string, string> = {
  note: 'A note was written',
  action: 'An action was taken',
  decision: 'A decision was made',
  communication: 'People were informed',
  phase: 'The response moved to its next phase',
  role: 'A role was assigned',
  priority: 'The priority was reviewed',
  legal: 'A legal deadline was considered',
};

/**
 * The timeline outline an exercise is built from: what happened, in order, timed from the report,
 * without who did it (the exercise is for learning, not blame) and without evidence details. For a
 * restricted incident (`withText` false) each step says only what kind of step it was.
 * @example exerciseOutline(entries, '2026-01-01T09:00:00.000Z', true)[0] // { offset: '5 min', kind: 'action', text: 'Isolated the laptop' }
 */
export function exerciseOutline(entries: readonly TimelineEntry[], reportedAt: string, withText: boolean): OutlineStep[] {
  const start = Date.parse(reportedAt);
  return entries
    .filter((e) => STORY_KINDS.has(e.kind))
    .sort((a, b) => Date.parse(a.happenedAt) - Date.parse(b.happenedAt) || a.seq - b.seq)
    .slice(0, MAX_OUTLINE_STEPS)
    .map((e) => ({
      offset: formatDuration(Math.max(0, Date.parse(e.happenedAt) - start)),
      kind: e.kind,
      text: withText ? e.text : (WITHHELD_STEP[e.kind] ?? 'A step was taken'),
    }));
}

/** The new exercise issue's description in ADF: user text only ever in text nodes, so it cannot add structure. */
export function exerciseDescription(
  sourceKey: string,
  exerciseKind: 'tabletop' | 'drill',
  runbookTitle: string | null,
  outline: readonly OutlineStep[],
): object {
  return doc(
    paragraph(
      text(
        `${exerciseKind === 'tabletop' ? 'Tabletop exercise' : 'Drill'} based on ${sourceKey}, for training: it is left out of statistics and sends no legal reminders.`,
      ),
    ),
    ...(runbookTitle ? [paragraph(text(`Runbook: ${runbookTitle}.`))] : []),
    heading({ level: 3 })(text('What happened in the real incident (time since the report)')),
    outline.length > 0
      ? bulletList(...outline.map((s) => listItem([paragraph(text(`+${s.offset} · ${s.kind}: ${s.text}`))])))
      : paragraph(text('The real incident has no timeline entries to rehearse from.')),
  );
}
