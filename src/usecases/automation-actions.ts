import type { AxisLevel, PriorityMatrix } from '../domain/priority/priority-matrix';
import type { TimelineAddInput } from '../shared/resolver-contract';
import { addTimelineEntry, type TimelineAddDeps } from './add-timeline-entry';
import { AppError } from './app-error';
import { currentRecord } from './current-record';
import { ALREADY_AN_INCIDENT, declareIncident } from './declare-incident';
import type { IncidentChangeDeps } from './publish-incident-change';
import { requireIssue } from './require-issue';
import { updateIncident, type UpdateIncidentDeps } from './update-incident';

/**
 * What the Jira Automation actions do, on top of the use cases the panel uses: the same rules,
 * permissions and timeline, for the user of the rule's connection. Their answers are the action's
 * outputs (smart values for the rule's next steps); a refusal is an AppError, as in the panel.
 */

/** The level's name as people and Jira's priority field say it, e.g. "Critical"; null when not set. */
const levelName = (matrix: PriorityMatrix, id: string | null): string | null => (id === null ? null : (matrix.levels.find((l) => l.id === id)?.label ?? id));
const axisName = (axis: AxisLevel[], id: string | null): string | null => (id === null ? null : (axis.find((l) => l.id === id)?.label ?? id));

/**
 * Declares the work item an incident. One that is an incident already is left as it is and
 * reported with `declared: false`: a rule that fires twice (or on a request intake made an
 * incident) has nothing to fix, so its owner is not emailed for it.
 */
export async function declareFromRule(
  deps: IncidentChangeDeps,
  accountId: string,
  input: { issueKey: string; reason: string },
): Promise<{ issueKey: string; level: string | null; declared: boolean }> {
  try {
    const view = await declareIncident(deps, input.issueKey, accountId, { reason: input.reason });
    return { issueKey: view.issue.key, level: levelName(view.settings.matrix, view.incident.priority), declared: true };
  } catch (e) {
    if (!(e instanceof AppError && e.message === ALREADY_AN_INCIDENT)) throw e;
  }
  const { issue } = await requireIssue(deps.jira, input.issueKey);
  const { record, config } = await deps.store.getWithSettings(issue);
  const current = currentRecord(issue, record, config.config);
  return { issueKey: issue.key, level: levelName(config.config.priority.matrix, current.priority), declared: false };
}

/**
 * Adds an entry to an incident's timeline. Unlike the panel, which shows only on incidents, a rule
 * can name any work item: one that is not an incident (or a site not set up) is refused first.
 */
export async function addEntryFromRule(
  deps: TimelineAddDeps,
  accountId: string,
  input: { issueKey: string } & TimelineAddInput,
): Promise<{ entryNumber: number }> {
  const { issue } = await requireIssue(deps.jira, input.issueKey, 'You need permission to edit this issue to add to its timeline.');
  const { record, config } = await deps.store.getWithSettings(issue);
  currentRecord(issue, record, config.config);
  const { issueKey, ...entry } = input;
  const page = await addTimelineEntry(deps, issueKey, accountId, entry);
  const added = page.entries.filter((e) => e.by === accountId && e.text === entry.text && e.kind === entry.kind).at(-1);
  if (!added) throw new AppError('INTERNAL', 'The entry was added but could not be read back.');
  return { entryNumber: added.seq };
}

/** How many times a change is tried when someone changed the incident between reading and writing. */
const ATTEMPTS = 3;

/**
 * Sets impact and urgency, given by name ("High") or id ("high"); the matrix gives the level and
 * Jira's priority follows as the user, as when a responder sets them in the panel. The rule saw no
 * revision, so the current one is read and the change retried if someone else's came first.
 */
export async function setImpactUrgencyFromRule(
  deps: UpdateIncidentDeps,
  accountId: string,
  input: { issueKey: string; impact?: string; urgency?: string; reason?: string },
): Promise<{ level: string | null; impact: string | null; urgency: string | null }> {
  for (let attempt = 1; ; attempt++) {
    const { issue } = await requireIssue(deps.jira, input.issueKey, 'You need permission to edit this issue to change the incident.');
    const { record, config } = await deps.store.getWithSettings(issue);
    const current = currentRecord(issue, record, config.config);
    const matrix = config.config.priority.matrix;
    const edit = {
      expectedRevision: current.revision,
      ...(input.impact !== undefined ? { impact: idOn(matrix.impact, input.impact) } : {}),
      ...(input.urgency !== undefined ? { urgency: idOn(matrix.urgency, input.urgency) } : {}),
      ...(input.reason !== undefined ? { reason: input.reason } : {}),
    };
    try {
      const view = await updateIncident(deps, issue.key, accountId, edit);
      const m = view.settings.matrix;
      return {
        level: levelName(m, view.incident.priority),
        impact: axisName(m.impact, view.incident.impact),
        urgency: axisName(m.urgency, view.incident.urgency),
      };
    } catch (e) {
      if (!(e instanceof AppError && e.code === 'CONFLICT') || attempt >= ATTEMPTS) throw e;
    }
  }
}

/**
 * The id of an axis level given by id or by name, in any case; what matches nothing is passed on as
 * given, for updateIncident to refuse with the levels it knows.
 * @example idOn([{ id: 'high', label: 'High', description: '' }], 'HIGH') // 'high'
 */
export function idOn(axis: AxisLevel[], given: string): string {
  const wanted = given.trim().toLowerCase();
  return axis.find((l) => l.id.toLowerCase() === wanted || l.label.toLowerCase() === wanted)?.id ?? given;
}
