import type { AppConfig } from '../domain/config/app-config';
import type { IncidentRecord } from '../domain/incident/incident-record';
import { buildReport } from '../domain/postmortem/build-report';
import { templateOf } from '../domain/postmortem/postmortem-settings';
import type { ReportKind } from '../domain/postmortem/report-templates';
import type { FollowUpView, PublicationView, ReportDocumentView, ReportView } from '../shared/report-contract';
import { currentRecord } from './current-record';
import { dutyView } from './postmortem-duty-view';
import { gatherReportFacts, type ReportAudience, type ReportFactsDeps } from './gather-report-facts';
import type { IssueSnapshot } from './ports';
import type { StoredPublication } from './report-ports';
import { requireIssue } from './require-issue';

export interface ReportDeps extends ReportFactsDeps {
  now: () => string;
}

/** The incident as a report needs it: the issue as the user sees it, the record, the settings. */
export async function openReport(deps: ReportDeps, issueKey: string, mustEdit?: string) {
  const { issue, canEdit } = await requireIssue(deps.jira, issueKey, mustEdit);
  const { record, config, timelineHead } = await deps.store.getWithSettings(issue);
  return { issue, canEdit, record: currentRecord(issue, record, config.config), config: config.config, mirrorKey: config.mirrorKey, timelineHead };
}

/** The document generated now, from the incident's data and what people wrote so far. */
export async function generateReport(
  deps: ReportDeps,
  issue: IssueSnapshot,
  record: IncidentRecord,
  config: AppConfig,
  kind: ReportKind,
  siteUrl: string | null,
  responder: boolean,
  audience: ReportAudience = { kind: 'viewer' },
): Promise<GeneratedReport> {
  const now = deps.now();
  const [facts, written] = await Promise.all([
    gatherReportFacts(deps, issue, record, config, now, siteUrl, responder, audience),
    deps.reports.written(issue.id, kind),
  ]);
  const template = templateOf(config.postmortem, kind);
  return {
    document: buildReport(template, facts, written),
    followUps: facts.followUps,
    rebuild: (timelineLimit) => buildReport(template, facts, written, { timelineLimit }),
  };
}

export interface GeneratedReport {
  document: ReportDocumentView;
  followUps: FollowUpView[];
  /** The same report with fewer timeline entries, for targets with a size limit. */
  rebuild(timelineLimit: number): ReportDocumentView;
}

/**
 * Characters a report may take in one resolver answer: with the rest of the view, far below the
 * 5 MB an invoke may answer. A longer report shows the newest timeline rows and says how many
 * earlier ones the timeline export holds.
 */
export const REPORT_ANSWER_BUDGET = 1_500_000;

/** The report within `budget` characters of JSON: fewer timeline rows until it fits. */
export function reportWithin({ document, rebuild }: Pick<GeneratedReport, 'document' | 'rebuild'>, budget: number): ReportDocumentView {
  let fitted = document;
  for (let limit = 500; JSON.stringify(fitted).length > budget && limit >= 0; limit = limit === 0 ? -1 : Math.floor(limit / 2)) fitted = rebuild(limit);
  return fitted;
}

export const publicationView = (p: StoredPublication | undefined): PublicationView | null =>
  p && p.ref !== null ? { target: p.target, url: p.url, version: p.version, publishedAt: p.publishedAt, publishedBy: p.publishedBy } : null;

/** "Generate": the preview the panel shows, with the policy, where publishing goes and the follow-ups. */
export async function loadReport(deps: ReportDeps, issueKey: string, siteUrl: string | null, kind: ReportKind): Promise<ReportView> {
  const { issue, canEdit, record, config } = await openReport(deps, issueKey);
  const [report, publication] = await Promise.all([
    generateReport(deps, issue, record, config, kind, siteUrl, canEdit),
    deps.reports.publication(issue.id, kind),
  ]);
  return toReportView(report, record, config, deps.now(), publication, canEdit, issue.securityLevelId !== null);
}

export function toReportView(
  report: GeneratedReport,
  record: IncidentRecord,
  config: AppConfig,
  now: string,
  publication: StoredPublication | undefined,
  canEdit: boolean,
  restricted: boolean,
): ReportView {
  const spaceKey = config.postmortem.confluenceSpaceKey;
  return {
    document: reportWithin(report, REPORT_ANSWER_BUDGET),
    followUps: report.followUps,
    kinds: config.postmortem.templates.map((t) => ({ kind: t.kind, title: t.title })),
    duty: dutyView(record, config, now),
    publication: publicationView(publication),
    publishTarget: restricted
      ? { target: 'jira-comment', why: 'restricted' }
      : spaceKey
        ? { target: 'confluence', spaceKey }
        : { target: 'jira-comment', why: 'no-space' },
    canEdit,
  };
}
