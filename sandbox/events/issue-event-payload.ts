/**
 * The Forge product-event payload for Jira issue events, as documented at
 * https://developer.atlassian.com/platform/forge/events-reference/jira/#issue-events
 * (eventType, selfGenerated, atlassianId, issue with fields, changelog, user). The issue is
 * captured when the change happens, not when the event is delivered.
 */
import { ISSUE_TYPES, PRIORITIES, STATUSES, findProject } from '../state/directory';
import type { IssueChange, WorklogChange } from '../state/issue-store';

export function issueEventPayload(change: IssueChange, cloudId: string, moduleKey: string, timestamp: number) {
  const { issue } = change;
  const project = findProject(issue.projectId)!;
  const priority = PRIORITIES.find((p) => p.name === issue.fields.priority);
  return {
    eventType: `avi:jira:${change.kind}:issue`,
    selfGenerated: change.selfGenerated,
    timestamp,
    atlassianId: change.actor,
    user: { accountId: change.actor },
    issue: {
      id: issue.id,
      key: issue.key,
      fields: {
        summary: issue.fields.summary,
        issuetype: { id: ISSUE_TYPES.find((t) => t.name === issue.fields.issuetype)?.id ?? '0', name: issue.fields.issuetype },
        project: { id: project.id, key: project.key, name: project.name, projectTypeKey: project.projectTypeKey },
        status: { id: STATUSES.find((s) => s.name === issue.fields.status)?.id ?? '0', name: issue.fields.status },
        priority: priority ? { id: priority.id, name: priority.name } : null,
        reporter: issue.fields.reporter ? { accountId: issue.fields.reporter } : null,
        assignee: issue.fields.assignee ? { accountId: issue.fields.assignee } : null,
        labels: [...issue.fields.labels],
        created: issue.fields.created,
        updated: issue.fields.updated,
      },
    },
    ...(change.changelog ? { changelog: { id: change.changelog.id, items: change.changelog.items } } : {}),
    context: { cloudId, moduleKey },
  };
}

/**
 * avi:jira:created|updated|deleted:worklog
 * (https://developer.atlassian.com/platform/forge/events-reference/jira/#issue-worklog-events):
 * the worklog with its issue id, author, start and time spent.
 */
export function worklogEventPayload(change: WorklogChange, cloudId: string, moduleKey: string, timestamp: number) {
  const { worklog, issue } = change;
  return {
    eventType: `avi:jira:${change.kind}:worklog`,
    selfGenerated: change.selfGenerated,
    timestamp,
    atlassianId: change.actor,
    worklog: {
      id: worklog.id,
      issueId: issue.id,
      author: { accountId: worklog.author },
      updateAuthor: { accountId: change.actor },
      started: worklog.started,
      timeSpentSeconds: worklog.timeSpentSeconds,
      created: worklog.created,
      updated: worklog.updated,
    },
    context: { cloudId, moduleKey },
  };
}
