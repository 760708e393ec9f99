import type { AppConfig } from '../domain/config/app-config';
import type { IncidentRecord } from '../domain/incident/incident-record';
import { priorityHistory } from '../domain/incident/priority-history';
import type { PriorityStep, ReportFacts } from '../domain/postmortem/report-facts';
import { issueUrl } from '../domain/postmortem/report-text';
import type { FollowUpView, LinkedIssueView } from '../shared/report-contract';
import { toIncidentView } from './incident-view';
import type { IncidentStore, IssueSnapshot, JiraAsUser, TimelineLog } from './ports';
import type { IssueLinkFact, ReportJira, ReportStore, StoredFollowUp } from './report-ports';
import { verifyTimeline } from './verify-timeline';

export interface ReportFactsDeps {
  jira: JiraAsUser;
  reportJira: ReportJira;
  store: IncidentStore;
  reports: ReportStore;
  timeline: TimelineLog;
}

/** The follow-ups the incident created, each with its status as Jira shows it through the links. */
export function followUpViews(stored: readonly StoredFollowUp[], links: readonly IssueLinkFact[], siteUrl: string | null): FollowUpView[] {
  return stored.map((f) => {
    const link = links.find((l) => l.key === f.key);
    return { key: f.key, summary: link?.summary ?? f.summary, status: link?.status ?? 'not visible', done: link?.done ?? false, url: issueUrl(siteUrl, f.key) };
  });
}

const NO_TIMELINE_PAGE = { block: 0, entries: [], earlier: null };

/**
 * Everything a report is made of, read from what the incident already holds: the panel's views
 * of its clocks and workspace, the whole timeline with a fresh verification, priority changes
 * from the app and from Jira, follow-ups and links with their current status in Jira.
 */
export async function gatherReportFacts(
  deps: ReportFactsDeps,
  issue: IssueSnapshot,
  record: IncidentRecord,
  config: AppConfig,
  now: string,
  siteUrl: string | null,
  responder: boolean,
): Promise<ReportFacts> {
  const [{ view: verification, entries }, jiraPriority, stored, links] = await Promise.all([
    verifyTimeline(deps.timeline, issue.id, now, true),
    deps.store.priorityChanges(issue.id),
    deps.reports.followUps(issue.id),
    deps.reportJira.links(issue.key),
  ]);
  const view = toIncidentView(issue, record, config, responder, [], now, NO_TIMELINE_PAGE);
  const category = config.taxonomy.categories.find((c) => c.id === record.category);
  const axis = (levels: { id: string; label: string }[], id: string | null) => (id === null ? null : (levels.find((l) => l.id === id)?.label ?? id));
  const matrix = config.priority.matrix;
  const steps: PriorityStep[] = [
    ...record.history
      .filter((h) => h.field === 'priority')
      .map((h) => ({ at: h.at, from: h.from, to: h.to, by: h.by, reason: h.reason, source: 'app' as const })),
    ...priorityHistory(jiraPriority).map((c) => ({ at: c.at, from: c.from, to: c.to, by: null, reason: 'changed in Jira', source: 'jira' as const })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  const followUps = followUpViews(stored, links, siteUrl);
  const linkedIssues: LinkedIssueView[] = links.map((l) => ({ ...l, url: issueUrl(siteUrl, l.key) }));
  const people = [
    ...entries.map((e) => e.by),
    ...steps.map((s) => s.by),
    ...view.response.roles.map((r) => r.accountId),
    ...view.response.phaseHistory.map((p) => p.by),
    ...(view.response.runbook?.steps.map((s) => s.by) ?? []),
    ...view.legal.obligations.map((o) => o.decision?.by ?? null),
  ];
  const names = await deps.jira.displayNames(people.filter((p): p is string => p !== null));
  return {
    generatedAt: now,
    siteUrl,
    issue: { key: issue.key, summary: issue.summary, status: issue.status },
    incident: {
      category: category?.label ?? record.category,
      priority: record.priority,
      impact: axis(matrix.impact, record.impact),
      urgency: axis(matrix.urgency, record.urgency),
      cia: { ...record.cia },
      exercise: record.exercise,
      reportedAt: record.reportedAt,
      triage: { state: record.triage.state, at: record.triage.at },
    },
    names,
    priorityHistory: steps,
    sla: view.sla,
    legal: view.legal,
    response: {
      roles: view.response.roles,
      phaseHistory: view.response.phaseHistory,
      runbook: view.response.runbook,
      evidence: view.response.evidence,
      contacts: view.response.contacts,
      contactsHidden: view.response.contactsHidden,
    },
    timeline: entries.map(({ v: _v, issueId: _i, ...e }) => e),
    verification,
    followUps,
    linkedIssues,
  };
}
