import type { RelativeLevel, ReportCategory } from '../config/app-config';
import type { ReporterSuggestion } from '../incident/incident-record';
import type { AxisLevel, PriorityMatrix } from '../priority/priority-matrix';
import { HOW_BAD_ANSWERS, HOW_URGENT_ANSWERS } from '../../shared/portal-report';
import { levelAt } from './category-defaults';

/** "Who is affected" and "how urgent" on the relative scale the category defaults use. */
const IMPACT_OF: Record<string, RelativeLevel> = { me: 'low', some: 'medium', many: 'high' };
const URGENCY_OF: Record<string, RelativeLevel> = { 'can-wait': 'low', today: 'medium', now: 'high' };

export interface ReporterProposal {
  impact: string | null;
  urgency: string | null;
  /** Where the reporter's answers changed the category's defaults, in words for the responders. */
  notes: string[];
}

/**
 * Seed 004: "incident evaluation must be performed by both the user and the management team". The
 * reporter's answers propose the impact ("who is affected") and the urgency ("how urgent"), beside
 * the category's defaults; on each axis the higher one wins, because a reporter who sees people
 * affected or damage growing knows something the category cannot, while a calm answer never
 * lowers what the category is known to need. Responders review it (the event is still to triage).
 * @example reporterProposal(iso, phishing, { howUrgent: 'now', ... }).urgency // 'high' (phishing's default is medium)
 */
export function reporterProposal(matrix: PriorityMatrix, category: ReportCategory | undefined, report: ReporterSuggestion | null): ReporterProposal {
  const notes: string[] = [];
  const axis = (
    levels: AxisLevel[],
    fromCategory: RelativeLevel | null,
    answer: string | null,
    scale: Record<string, RelativeLevel>,
    name: string,
    words: readonly { id: string; label: string }[],
  ) => {
    const byCategory = fromCategory ? levelAt(levels, fromCategory) : null;
    const relative = answer ? scale[answer] : undefined;
    const byReporter = relative ? levelAt(levels, relative) : null;
    if (!byReporter) return byCategory?.id ?? null;
    const said = words.find((w) => w.id === answer)?.label ?? answer;
    if (!byCategory) {
      notes.push(`${name} ${byReporter.label}: suggested by the reporter ("${said}").`);
      return byReporter.id;
    }
    if (levels.indexOf(byReporter) > levels.indexOf(byCategory)) {
      notes.push(`${name} ${byReporter.label}, raised from the category's ${byCategory.label}: suggested by the reporter ("${said}").`);
      return byReporter.id;
    }
    return byCategory.id;
  };
  const impact = axis(matrix.impact, category?.defaultImpact ?? null, report?.howBad ?? null, IMPACT_OF, 'Impact', HOW_BAD_ANSWERS);
  const urgency = axis(matrix.urgency, category?.defaultUrgency ?? null, report?.howUrgent ?? null, URGENCY_OF, 'Urgency', HOW_URGENT_ANSWERS);
  // Without a category the matrix needs both axes: a reporter who answered only one gets no priority yet.
  return impact && urgency
    ? { impact, urgency, notes }
    : { impact: category ? impact : null, urgency: category ? urgency : null, notes: category ? notes : [] };
}
