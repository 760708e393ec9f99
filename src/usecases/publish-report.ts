import { reportToAdf } from '../domain/postmortem/report-adf';
import type { ReportKind } from '../domain/postmortem/report-templates';
import { templateOf } from '../domain/postmortem/postmortem-settings';
import { issueUrl } from '../domain/postmortem/report-text';
import type { ReportDocumentView, ReportView } from '../shared/report-contract';
import { AppError } from './app-error';
import type { ConfluencePages, PageRef, StoredPublication } from './report-ports';
import { publishIncidentChange, type PublishDeps } from './publish-incident-change';
import { saveRecord } from './save-record';
import type { DueQueue, JiraFollowLedger } from './ports';
import { generateReport, openReport, toReportView, type GeneratedReport, type ReportDeps } from './report-view';

export interface PublishReportDeps extends ReportDeps {
  confluence: ConfluencePages;
  jiraFollow: JiraFollowLedger;
  due: DueQueue;
  jiraApp: PublishDeps['jiraApp'];
  contain: PublishDeps['contain'];
}

/** Jira refuses comment bodies past 32,767 characters; the ADF JSON must fit with room to spare. */
const COMMENT_BUDGET = 32_000;
/** A publish that has not finished after this long is taken to have died (the function's limit is 25 s). */
const STALE_CLAIM_MS = 120_000;

/**
 * Publishes the report where the settings say: a Confluence page in the configured space when the
 * site has Confluence, otherwise a Jira comment on the incident. Publishing again updates the same
 * page or comment (a new page version, or the comment rewritten), never a second copy: the first
 * publication is claimed in storage with a create-only write, so two people pressing at once make
 * one page. The first publication of a postmortem marks the policy done.
 */
export async function publishReport(
  deps: PublishReportDeps,
  issueKey: string,
  accountId: string,
  siteUrl: string | null,
  kind: ReportKind,
): Promise<ReportView> {
  const { issue, record, config, mirrorKey, timelineHead } = await openReport(deps, issueKey, 'You need permission to edit this issue to publish its reports.');
  // Written for everyone who reads the comment or the page, not for the publisher: another issue's
  // summary goes in only where all of them may open it (readers-may-open.ts).
  const readers = { kind: 'readers', incident: { projectId: issue.projectId, securityLevelId: issue.securityLevelId } } as const;
  const report = await generateReport(deps, issue, record, config, kind, siteUrl, true, readers);
  const now = deps.now();
  let previous = await deps.reports.publication(issue.id, kind);
  if (previous && previous.ref === null && Date.parse(now) - Date.parse(previous.publishedAt) < STALE_CLAIM_MS)
    throw new AppError('CONFLICT', 'Someone is publishing this report right now. Try again in a minute.');
  // A restricted incident's report never goes to Confluence: a page is read by everyone with access to
  // the space, and Confluence cannot restrict it to "whoever can browse this issue". An internal
  // comment on the incident is read by exactly those people (its security level), minus the portal
  // reporter (internal). A page published before the incident was restricted is left alone and named.
  const restricted = issue.securityLevelId !== null;
  const spaceKey = restricted ? null : config.postmortem.confluenceSpaceKey;
  const spaceId = spaceKey ? await deps.confluence.spaceId(spaceKey) : null;
  const earlierPage = restricted && previous?.target === 'confluence' ? previous.url : null;
  if (earlierPage) previous = undefined;
  if (!previous || previous.ref === null) {
    const claim: StoredPublication = {
      target: spaceId ? 'confluence' : 'jira-comment',
      ref: null,
      url: null,
      version: 0,
      publishedAt: now,
      publishedBy: accountId,
    };
    if (!previous && !earlierPage && !(await deps.reports.claimPublication(issue.id, kind, claim)))
      throw new AppError('CONFLICT', 'Someone is publishing this report right now. Try again in a minute.');
    if (previous || earlierPage) await deps.reports.putPublication(issue.id, kind, claim);
  }
  let published: StoredPublication;
  let sharedComment: string | null = null;
  try {
    if (spaceId) published = await toConfluence(deps.confluence, spaceId, report.document, previous);
    else ({ published, sharedComment } = await toComment(deps, issue.key, siteUrl, report, previous));
  } catch (e) {
    if (!previous || previous.ref === null) await deps.reports.releasePublication(issue.id, kind);
    throw e;
  }
  published = { ...published, publishedAt: now, publishedBy: accountId };
  await deps.reports.putPublication(issue.id, kind, published);

  const firstPostmortem = kind === 'postmortem' && !record.postmortem;
  const saved = firstPostmortem
    ? { ...record, postmortem: { publishedAt: now, publishedBy: accountId, url: published.url }, revision: record.revision + 1, updatedAt: now }
    : record;
  if (firstPostmortem) await saveRecord(deps.store, saved, record.revision);
  const where =
    published.target === 'confluence'
      ? `Confluence (version ${published.version})`
      : restricted
        ? 'an internal comment (the incident is restricted, so not to Confluence)'
        : 'a Jira comment';
  const notes = [
    ...(earlierPage
      ? [`An earlier version was published to Confluence before this incident was restricted (${earlierPage}): restrict or delete that page in Confluence.`]
      : []),
    ...(sharedComment
      ? [
          `The earlier report comment was shared with the customer after it was published${sharedComment === '' ? '' : ` (${sharedComment})`}, so this version went to a new internal comment: make the earlier one internal again or delete it.`,
        ]
      : []),
  ];
  await publishIncidentChange(deps, {
    issue,
    saved,
    settings: config,
    mirrorKey,
    notes,
    now,
    timelineHead,
    entries: [
      {
        kind: 'report',
        text: [`${templateOf(config.postmortem, kind).title} published to ${where}.`, ...notes].join(' '),
        happenedAt: now,
        recordedAt: now,
        by: accountId,
        corrects: null,
        data: { report: kind, target: published.target, version: published.version, url: published.url },
      },
    ],
  });
  return toReportView(report, saved, config, now, published, true, restricted);
}

const asPublication = (target: 'confluence', page: PageRef): StoredPublication => ({
  target,
  ref: page.id,
  url: page.url,
  version: page.version,
  publishedAt: '',
  publishedBy: '',
});

/** Updates the page published before; creates it (or adopts one a crashed publish left) otherwise. */
async function toConfluence(
  confluence: ConfluencePages,
  spaceId: string,
  document: ReportDocumentView,
  previous: StoredPublication | undefined,
): Promise<StoredPublication> {
  const title = document.title.slice(0, 255);
  const adf = reportToAdf(document);
  if (previous?.target === 'confluence' && previous.ref) {
    const updated = await confluence.update(previous.ref, title, adf);
    if (updated) return asPublication('confluence', updated);
  }
  const existing = await confluence.findByTitle(spaceId, title);
  const page = existing ? ((await confluence.update(existing.id, title, adf)) ?? existing) : await confluence.create(spaceId, title, adf);
  return asPublication('confluence', page);
}

/**
 * The report as one Jira comment, with fewer timeline rows if it would not fit. The comment written
 * before is rewritten only while it is internal; one someone has since shared with the customer is
 * left alone (its address comes back as `sharedComment`) and the report goes to a new internal one.
 */
async function toComment(
  deps: PublishReportDeps,
  issueKey: string,
  siteUrl: string | null,
  report: GeneratedReport,
  previous: StoredPublication | undefined,
): Promise<{ published: StoredPublication; sharedComment: string | null }> {
  let adf: object = reportToAdf(report.document);
  for (let limit = 200; JSON.stringify(adf).length > COMMENT_BUDGET && limit >= 0; limit = limit === 0 ? -1 : Math.floor(limit / 2))
    adf = reportToAdf(report.rebuild(limit));
  if (JSON.stringify(adf).length > COMMENT_BUDGET)
    throw new AppError(
      'VALIDATION_FAILED',
      'This report is too long for a Jira comment. Shorten the written sections, or configure a Confluence space for reports.',
    );
  const version = (previous?.target === 'jira-comment' ? previous.version : 0) + 1;
  const rewrite = previous?.target === 'jira-comment' && previous.ref ? await deps.reportJira.updateComment(issueKey, previous.ref, adf) : 'gone';
  if (rewrite === 'updated') return { published: { ...previous!, version }, sharedComment: null };
  const { id } = await deps.reportJira.addComment(issueKey, adf);
  const issue = issueUrl(siteUrl, issueKey);
  const url = issue ? `${issue}?focusedCommentId=${encodeURIComponent(id)}` : null;
  const sharedComment = rewrite === 'public' ? (previous?.url ?? '') : null;
  return { published: { target: 'jira-comment', ref: id, url, version, publishedAt: '', publishedBy: '' }, sharedComment };
}
