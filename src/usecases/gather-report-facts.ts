import type { AppConfig } from '../domain/config/app-config';
import type { IncidentRecord } from '../domain/incident/incident-record';
import { priorityHistory } from '../domain/incident/priority-history';
import type { PriorityStep, ReportFacts } from '../domain/postmortem/report-facts';
import { issueUrl } from '../domain/postmortem/report-text';
import { reportTimeZone } from '../domain/postmortem/report-time-zone';
import type { FollowUpView, LinkedIssueView } from '../shared/report-contract';
import { toIncidentView } from './incident-view';
import type { IncidentStore, IssueSnapshot, JiraAsUser, TimelineLog } from './ports';
import { readersMayOpen, type IssuePlace } from '../domain/postmortem/readers-may-open';
import type { IssueLinkFact, OpenableIssue, ReportJira, ReportStore, StoredFollowUp } from './report-ports';
import { verifyTimeline } from './verify-timeline';

export interface ReportFactsDeps {
  jira: JiraAsUser;
  reportJira: ReportJira;
  store: IncidentStore;
  reports: ReportStore;
  timeline: TimelineLog;
}

/**
 * Who a report is for: the person reading it now ('viewer': the panel, the Markdown download), or
 * everyone who reads what is published ('readers': the comment on the incident, the Confluence page).
 */
export type ReportAudience = { kind: 'viewer' } | { kind: 'readers'; incident: IssuePlace };

/** What the audience may see of another issue: all of it, its key alone, or nothing. */
const shownTo = (audience: ReportAudience, issue: OpenableIssue | undefined) =>
  !issue ? 'closed' : audience.kind === 'viewer' ? 'open' : readersMayOpen(audience.incident, issue);

const KEY_ONLY = 'not shown: it is in another project';

/**
 * The follow-ups the incident created that the audience may open, each as Jira shows it now (never
 * the summary stored when it was created: someone may have restricted it since), and how many were left out.
 */
export function followUpViews(
  stored: readonly StoredFollowUp[],
  openable: ReadonlyMap<string, OpenableIssue>,
  siteUrl: string | null,
  audience: ReportAudience = { kind: 'viewer' },
): { shown: FollowUpView[]; withheld: number } {
  const shown: FollowUpView[] = [];
  for (const f of stored) {
    const issue = openable.get(f.issueId);
    const access = shownTo(audience, issue);
    if (!issue || access === 'closed') continue;
    const summary = access === 'open' ? issue.summary : KEY_ONLY;
    shown.push({ key: issue.key, summary, status: access === 'open' ? issue.status : '', done: issue.done, url: issueUrl(siteUrl, issue.key) });
  }
  return { shown, withheld: stored.length - shown.length };
}

/** The other linked issues (not follow-ups) the audience may open, and how many were left out. */
function linkedIssueViews(
  links: readonly IssueLinkFact[],
  stored: readonly StoredFollowUp[],
  openable: ReadonlyMap<string, OpenableIssue>,
  siteUrl: string | null,
  audience: ReportAudience,
): { shown: LinkedIssueView[]; withheld: number } {
  const others = links.filter((l) => !stored.some((f) => f.key === l.key || f.issueId === l.id));
  const shown: LinkedIssueView[] = [];
  for (const l of others) {
    const access = audience.kind === 'viewer' ? 'open' : shownTo(audience, openable.get(l.id));
    if (access === 'closed') continue;
    shown.push(
      access === 'open'
        ? { ...l, url: issueUrl(siteUrl, l.key) }
        : { key: l.key, relation: l.relation, summary: KEY_ONLY, status: '', done: l.done, url: issueUrl(siteUrl, l.key) },
    );
  }
  return { shown, withheld: others.length - shown.length };
}

const NO_TIMELINE_PAGE = { block: 0, entries: [], earlier: null };

/** A follow-up's creation entry names its summary: shown only where the follow-up is. */
const isWithheldFollowUp = (e: { kind: string; data: unknown }, shown: readonly FollowUpView[]) => {
  const key = (e.data as { key?: unknown } | null)?.key;
  return e.kind === 'follow-up' && typeof key === 'string' && !shown.some((f) => f.key === key && f.summary !== KEY_ONLY);
};
const WITHHELD_FOLLOW_UP = {
  viewer: 'A follow-up was created; it is not shown: you cannot open it.',
  readers: 'A follow-up was created; it is not shown: not everyone who reads this report may open it.',
};

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
  audience: ReportAudience = { kind: 'viewer' },
): Promise<ReportFacts> {
  const [{ view: verification, entries }, jiraPriority, stored, links] = await Promise.all([
    verifyTimeline(deps.timeline, issue.id, now, true),
    deps.store.priorityChanges(issue.id),
    deps.reports.followUps(issue.id),
    deps.reportJira.links(issue.key),
  ]);
  // As the user: the follow-ups and linked issues they may open now, with where each lives.
  const openable = await deps.reportJira.openable([...stored.map((f) => f.issueId), ...links.map((l) => l.id)]);
  const view = toIncidentView(issue, record, config, responder, [], now, NO_TIMELINE_PAGE, null);
  const category = config.taxonomy.categories.find((c) => c.id === record.category);
  const axis = (levels: { id: string; label: string }[], id: string | null) => (id === null ? null : (levels.find((l) => l.id === id)?.label ?? id));
  const matrix = config.priority.matrix;
  const steps: PriorityStep[] = [
    ...record.history
      .filter((h) => h.field === 'priority')
      .map((h) => ({ at: h.at, from: h.from, to: h.to, by: h.by, reason: h.reason, source: 'app' as const })),
    ...priorityHistory(jiraPriority).map((c) => ({ at: c.at, from: c.from, to: c.to, by: null, reason: 'changed in Jira', source: 'jira' as const })),
  ].sort((a, b) => a.at.localeCompare(b.at));
  const followUps = followUpViews(stored, openable, siteUrl, audience);
  const linkedIssues = linkedIssueViews(links, stored, openable, siteUrl, audience);
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
    timeZone: reportTimeZone(record.priority, config.sla),
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
    timeline: entries.map(({ v: _v, issueId: _i, ...e }) => (isWithheldFollowUp(e, followUps.shown) ? { ...e, text: WITHHELD_FOLLOW_UP[audience.kind] } : e)),
    verification,
    followUps: followUps.shown,
    linkedIssues: linkedIssues.shown,
    withheld: { followUps: followUps.withheld, linkedIssues: linkedIssues.withheld, audience: audience.kind },
  };
}
