import { doc, link, paragraph, text } from '@atlaskit/adf-utils/builders';
import { similarIncidentsJql, SIMILAR_LIMIT } from '../domain/postmortem/similar-incidents-query';
import { mirrorTag } from '../domain/incident/mirror-tag';
import { followUpEntryText } from '../domain/timeline/follow-up-entry-text';
import type { FollowUpInput, FollowUpView, SimilarIncidentView } from '../shared/report-contract';
import { AppError } from './app-error';
import { appendToTimeline } from './append-to-timeline';
import { followUpViews } from './gather-report-facts';
import { openReport, type ReportDeps } from './report-view';
import type { StoredFollowUp } from './report-ports';
import { followUpIdentity, MAX_FOLLOW_UPS, normalizedSummary } from '../domain/postmortem/follow-up-identity';
import { issueUrl } from '../domain/postmortem/report-text';

/** Claims taken before a follow-up is created in Jira, in storage only the app writes. */
export interface FollowUpClaims {
  /**
   * Takes the summary (`identity`) for the incident and a free place of its `max`, scanning from
   * `firstFree`: 'duplicate' when the same summary was claimed, 'full' when every place is taken.
   */
  claim(
    issueId: string,
    identity: string,
    firstFree: number,
    max: number,
  ): Promise<{ kind: 'claimed'; release: () => Promise<void> } | { kind: 'duplicate' } | { kind: 'full' }>;
}

export type FollowUpDeps = ReportDeps & { followUpClaims: FollowUpClaims };

const tooMany = () =>
  new AppError('VALIDATION_FAILED', `This incident already has ${MAX_FOLLOW_UPS} follow-ups: track more in a project of their own.`, {
    summary: 'Too many follow-ups.',
  });

/**
 * An action item becomes a Jira issue in the incident's project, created as the user and linked
 * to the incident ("relates to"), so the work is tracked where the team tracks work; the incident
 * keeps the list, and the panel and the report show each one's status as Jira has it. The same
 * summary again (a double click, a retry) makes no second issue; concurrent requests never pass
 * the cap.
 */
export async function createFollowUp(
  deps: FollowUpDeps,
  issueKey: string,
  accountId: string,
  siteUrl: string | null,
  input: FollowUpInput,
): Promise<FollowUpView[]> {
  const { issue } = await openReport(deps, issueKey, 'You need permission to edit this issue to add follow-ups.');
  if (!issue.projectId) throw new AppError('PLATFORM_ERROR', 'Jira did not say which project this issue is in.');
  const existing = await deps.reports.followUps(issue.id);
  const summary = input.summary.trim();
  const same = normalizedSummary(summary);
  // A repeat of a request already made (or being made) shows the list as it is and creates nothing.
  const listed = async (list: StoredFollowUp[]) => followUpViews(list, new Map(await deps.reportJira.openable(list.map((f) => f.issueId))), siteUrl).shown;
  if (existing.some((f) => normalizedSummary(f.summary) === same)) return listed(existing);
  if (existing.length >= MAX_FOLLOW_UPS) throw tooMany();
  const claim = await deps.followUpClaims.claim(issue.id, followUpIdentity(summary), existing.length + 1, MAX_FOLLOW_UPS);
  if (claim.kind === 'duplicate') return listed(await deps.reports.followUps(issue.id));
  if (claim.kind === 'full') throw tooMany();
  const incidentUrl = issueUrl(siteUrl, issue.key);
  const description = doc(
    paragraph(text('Follow-up from the review of incident '), incidentUrl ? link({ href: incidentUrl })(issue.key) : text(issue.key), text('.')),
  );
  const created = await deps.reportJira
    .createFollowUp({ key: issue.key, projectId: issue.projectId, securityLevelId: issue.securityLevelId }, summary, description)
    .catch(async (e: unknown) => {
      await claim.release();
      throw e;
    });
  const now = deps.now();
  const followUp = { issueId: created.id, key: created.key, summary, createdBy: accountId, createdAt: now };
  await deps.reports.addFollowUp(issue.id, followUp);
  await appendToTimeline(deps.timeline, issue.id, {
    kind: 'follow-up',
    // The key only: the timeline outlives who may open the follow-up (someone may restrict it later), Jira shows its summary to them.
    text: followUpEntryText(created.key),
    happenedAt: now,
    recordedAt: now,
    by: accountId,
    corrects: null,
    data: { key: created.key },
  });
  const openable = new Map(await deps.reportJira.openable([...existing, followUp].map((f) => f.issueId)));
  // Just created by this user, so theirs to open even where Jira's search has not caught up yet.
  if (!openable.has(created.id))
    openable.set(created.id, {
      id: created.id,
      key: created.key,
      summary,
      status: 'just created',
      done: false,
      projectId: issue.projectId,
      securityLevelId: issue.securityLevelId,
    });
  return followUpViews([...existing, followUp], openable, siteUrl).shown;
}

/**
 * The knowledge base: past incidents of the same category that the user can see (the search runs
 * as them), newest first, each with its postmortem when one was published.
 */
export async function similarIncidents(deps: ReportDeps, issueKey: string, siteUrl: string | null): Promise<SimilarIncidentView[]> {
  const { issue, record, mirrorKey } = await openReport(deps, issueKey);
  // The mirror holds the category as a keyed tag only the app can compute (mirror-tag.ts).
  const jql = similarIncidentsJql(issue.key, record.category === null ? null : mirrorTag(mirrorKey, record.category));
  if (jql === null) return [];
  const found = await deps.reportJira.searchIncidents(jql, SIMILAR_LIMIT);
  const urls = await deps.reports.postmortemUrls(found.map((f) => f.id));
  return found.map((f) => ({
    key: f.key,
    url: issueUrl(siteUrl, f.key),
    summary: f.summary,
    status: f.status,
    // The search matched this incident's category: theirs is the same.
    category: record.category,
    priority: f.priority,
    reportedAt: f.reportedAt,
    postmortemUrl: urls.get(f.id) ?? null,
  }));
}
