import { reporterProposal } from '../domain/triage/reporter-proposal';
import type { AppConfig } from '../domain/config/app-config';
import { isIndexInSync } from '../domain/incident/incident-index';
import type { IncidentRecord } from '../domain/incident/incident-record';
import { computePriority } from '../domain/priority/compute-priority';
import { incidentObligations, legalIndexFields } from '../domain/legal/incident-legal';
import { incidentSla, slaIndexFields } from '../domain/sla/incident-sla';
import type { IncidentView, TimelinePageView } from '../shared/resolver-contract';
import { toCategoryViews } from './category-views';
import type { IssueSnapshot } from './ports';
import { toLegalView } from './legal-view';
import { isResolved, toResponseView } from './response-view';
import { toSlaView } from './sla-view';
import { dutyView } from './postmortem-duty-view';
import { postmortemDutyUnder, postmortemIndexFields } from '../domain/postmortem/postmortem-policy';

/** Builds what the panel shows from the issue, the stored record, the settings and the newest timeline block (or its place, deferred). */
export function toIncidentView(
  issue: IssueSnapshot,
  record: IncidentRecord,
  config: AppConfig,
  canEdit: boolean,
  notes: string[],
  now: string,
  timeline: TimelinePageView,
  /** The installation's mirror key, to check the mirror; null where the view is not shown (documents). */
  mirrorKey: string | null,
  /** How many entries the timeline has, where `timeline` is a deferred page without them (timeline-pages.ts). */
  timelineLength?: number,
): IncidentView {
  const sla = incidentSla(record, config.sla, Date.parse(now));
  const obligations = incidentObligations(record, config.legal, Date.parse(now));
  const matrix = config.priority.matrix;
  const matrixChanged = record.matrixId !== matrix.id;
  const computed = matrixChanged ? { computed: null, score: null } : computePriority(matrix, record.impact, record.urgency, record.override);
  const expectedJira = record.priority ? config.priority.jiraPriorityByLevel[record.priority] : undefined;
  const driftNote =
    expectedJira && issue.priority !== expectedJira
      ? [
          `Jira's priority is ${issue.priority ?? 'not set'}, but ${record.priority} maps to ${expectedJira}. Someone changed it in Jira, or the app could not set it.`,
        ]
      : [];
  return {
    issue: { id: issue.id, key: issue.key, summary: issue.summary, status: issue.status, priority: issue.priority, securityLevel: issue.securityLevel },
    incident: {
      category: record.category,
      impact: record.impact,
      urgency: record.urgency,
      priority: record.priority,
      computedPriority: computed.computed,
      score: computed.score,
      override: record.override ? { ...record.override } : null,
      cia: { ...record.cia },
      exercise: record.exercise,
      triage: { ...record.triage },
      reporter: record.reporter ? { ...record.reporter } : null,
      reportedAt: record.reportedAt,
      revision: record.revision,
      updatedAt: record.updatedAt,
      history: record.history.map((h) => ({ ...h })),
      matrixChanged,
      suggestedByReporter: reporterNotes(record, config),
    },
    sla: toSlaView(sla, record, config, now),
    legal: toLegalView(obligations, record, now, config.legal.profile),
    response: toResponseView(record, config, timeline, isResolved(issue, record), canEdit, timelineLength),
    postmortem: dutyView(record, config, now),
    settings: {
      matrix,
      categories: toCategoryViews(config.taxonomy.categories),
      jiraPriorityByLevel: { ...config.priority.jiraPriorityByLevel },
    },
    notes: [...notes, ...driftNote],
    indexInSync:
      mirrorKey === null ||
      isIndexInSync(
        record,
        {
          ...slaIndexFields(sla, record),
          ...legalIndexFields(obligations, record, config.legal),
          ...postmortemIndexFields(postmortemDutyUnder(record, config)),
        },
        issue.incidentProperty,
        mirrorKey,
      ),
    canEdit,
  };
}

/** Where the reporter's answers raised the category's defaults, while the impact and urgency are still those. */
function reporterNotes(record: IncidentRecord, config: AppConfig): string[] {
  if (!record.reporter || record.matrixId !== config.priority.matrix.id) return [];
  const category = config.taxonomy.categories.find((c) => c.id === record.reporter!.category);
  const proposal = reporterProposal(config.priority.matrix, category, record.reporter);
  return proposal.impact === record.impact && proposal.urgency === record.urgency ? proposal.notes : [];
}
