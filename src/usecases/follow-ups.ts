import { doc, link, paragraph, text } from '@atlaskit/adf-utils/builders';
import { similarIncidentsJql, SIMILAR_LIMIT } from '../domain/postmortem/similar-incidents-query';
import type { FollowUpInput, FollowUpView, SimilarIncidentView } from '../shared/report-contract';
import { AppError } from './app-error';
import { appendToTimeline } from './append-to-timeline';
import { followUpViews } from './gather-report-facts';
import { openReport, type ReportDeps } from './report-view';
import { issueUrl } from '../domain/postmortem/report-text';

/** A postmortem with more follow-ups than this needs a project of its own. */
const MAX_FOLLOW_UPS = 50;

/**
 * An action item becomes a Jira issue in the incident's project, created as the user and linked
 * to the incident ("relates to"), so the work is tracked where the team tracks work; the incident
 * keeps the list, and the panel and the report show each one's status as Jira has it.
 */
export async function createFollowUp(
  deps: ReportDeps,
  issueKey: string,
  accountId: string,
  siteUrl: string | null,
  input: FollowUpInput,
): Promise<FollowUpView[]> {
  const { issue } = await openReport(deps, issueKey, 'You need permission to edit this issue to add follow-ups.');
  if (!issue.projectId) throw new AppError('PLATFORM_ERROR', 'Jira did not say which project this issue is in.');
  const existing = await deps.reports.followUps(issue.id);
  if (existing.length >= MAX_FOLLOW_UPS)
    throw new AppError('VALIDATION_FAILED', `This incident already has ${MAX_FOLLOW_UPS} follow-ups: track more in a project of their own.`, {
      summary: 'Too many follow-ups.',
    });
  const incidentUrl = issueUrl(siteUrl, issue.key);
  const description = doc(
    paragraph(text('Follow-up from the review of incident '), incidentUrl ? link({ href: incidentUrl })(issue.key) : text(issue.key), text('.')),
  );
  const summary = input.summary.trim();
  const created = await deps.reportJira.createFollowUp(
    { key: issue.key, projectId: issue.projectId, securityLevelId: issue.securityLevelId },
    summary,
    description,
  );
  const now = deps.now();
  const followUp = { issueId: created.id, key: created.key, summary, createdBy: accountId, createdAt: now };
  await deps.reports.addFollowUp(issue.id, followUp);
  await appendToTimeline(deps.timeline, issue.id, {
    kind: 'follow-up',
    text: `Follow-up ${created.key} created: ${summary}`,
    happenedAt: now,
    recordedAt: now,
    by: accountId,
    corrects: null,
    data: { key: created.key },
  });
  return followUpViews([...existing, followUp], await deps.reportJira.links(issue.key), siteUrl);
}

/**
 * The knowledge base: past incidents of the same category that the user can see (the search runs
 * as them), newest first, each with its postmortem when one was published.
 */
export async function similarIncidents(deps: ReportDeps, issueKey: string, siteUrl: string | null): Promise<SimilarIncidentView[]> {
  const { issue, record } = await openReport(deps, issueKey);
  const jql = similarIncidentsJql(issue.key, record.category);
  if (jql === null) return [];
  const found = await deps.reportJira.searchIncidents(jql, SIMILAR_LIMIT);
  const urls = await deps.reports.postmortemUrls(found.map((f) => f.id));
  return found.map((f) => ({
    key: f.key,
    url: issueUrl(siteUrl, f.key),
    summary: f.summary,
    status: f.status,
    category: f.category,
    priority: f.priority,
    reportedAt: f.reportedAt,
    postmortemUrl: urls.get(f.id) ?? null,
  }));
}
