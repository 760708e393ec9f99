import { PERSONAL_DATA_ANSWERS } from '../shared/portal-report';
import type { ReportStatusView } from '../shared/resolver-contract';
import { AppError } from './app-error';
import { firstResponsePromise } from './incident-mirror';
import { intakeRecord } from '../domain/triage/intake-record';
import type { IncidentStore, IssueSnapshot } from './ports';

/** Reads the request for the viewer: null when it does not exist or the viewer may not see it. */
export interface RequestReader {
  issue(requestKey: string): Promise<IssueSnapshot | null>;
}

export interface LoadReportStatusDeps {
  jira: RequestReader;
  store: IncidentStore;
}

/**
 * The request read as the app, shown only to its reporter: the app's own check for people Forge
 * gives no asUser() (unlicensed and anonymous users), where Jira cannot decide for them.
 * https://developer.atlassian.com/platform/forge/access-to-forge-apps-for-unlicensed-users/
 * @example reporterOnly(jiraAsApp, 'acc-kim').issue('SEC-7') // null unless acc-kim reported SEC-7
 */
export function reporterOnly(app: { issueById(issueIdOrKey: string): Promise<IssueSnapshot | null> }, accountId: string): RequestReader {
  return {
    issue: async (requestKey) => {
      const issue = await app.issueById(requestKey);
      return issue && issue.reporter === accountId ? issue : null;
    },
  };
}

/**
 * What the reporter sees on their portal request page. `deps.jira` decides whether they may see it:
 * Jira itself when read as the user (customers see their own requests), else the app's reporter
 * check; the view carries nothing internal: no priority, no impact, no responder notes.
 */
export async function loadReportStatus(deps: LoadReportStatusDeps, requestKey: string): Promise<ReportStatusView> {
  const issue = await deps.jira.issue(requestKey);
  if (!issue) throw new AppError('NOT_FOUND', 'This request does not exist or you cannot see it.');
  const { record, config, intake } = await deps.store.getWithSettings(issue);
  const settings = config.config;
  const reportersOwn = record ? intakeRecord(record.issueId, record.reportedAt, record.reporter, settings) : null;
  const triage = record?.triage.state ?? 'event';
  const ownCategory = settings.taxonomy.categories.find((c) => c.id === record?.reporter?.category);
  const responded = Boolean(record?.sla?.respondedAt);
  // A dismissed report says "checked, no incident" even once its request is resolved (a dismissal
  // resolves it): that tells the reporter more than "closed".
  const stage: ReportStatusView['stage'] =
    triage === 'not-incident'
      ? 'not-incident'
      : issue.statusCategory === 'done'
        ? 'closed'
        : triage === 'incident'
          ? 'confirmed'
          : responded
            ? 'looked-at'
            : 'received';
  return {
    key: issue.key,
    status: issue.status,
    stage,
    outcome: triage === 'not-incident' ? (record?.triage.reason ?? null) : null,
    // From the reporter's own answers, never the responders' classification: a promise of "within
    // 1 hour", or a category the team changed, would tell the reporter how the team rated it.
    expectedResponse: firstResponsePromise(reportersOwn?.priority ?? null, settings),
    acknowledgedAt: intake?.completedAt ?? null,
    reportedAt: issue.created,
    category: ownCategory?.label ?? null,
    // The advice for the reporter's own category, while it is open (what to do now is over once it is closed).
    advice: issue.statusCategory === 'done' ? null : ownCategory?.advice || null,
    personalData: PERSONAL_DATA_ANSWERS.find((a) => a.id === record?.reporter?.personalData)?.label ?? null,
  };
}
