/**
 * The one workflow the local site's projects share: which transitions lead from each status
 * (directory.ts STATUSES) and the permission each needs besides Transition issues. Modelled on a
 * Jira Service Management workflow with permission conditions on resolving and closing
 * (https://support.atlassian.com/jira-cloud-administration/docs/configure-advanced-issue-workflows/):
 * a transition is offered only from its listed statuses, and only to someone who holds both
 * Transition issues and its condition's permission.
 */
import { STATUSES } from './directory';
import { hasIssuePermission, type PermissionKey } from './permissions';
import type { StoredIssue } from './site-state';

export interface WorkflowTransition {
  id: string;
  name: string;
  from: readonly string[];
  to: (typeof STATUSES)[number]['name'];
  /** A permission condition on the transition (Jira's "User has permission" condition); null: none. */
  condition: PermissionKey | null;
  /** The fields of the transition's screen; absent: no screen. */
  screen?: { resolution: { required: boolean } };
}

/**
 * The site's resolutions (GET /rest/api/3/resolution), in the order an admin left them: not
 * "Done" first, so a caller must choose by meaning, not take the first.
 */
export const RESOLUTIONS = [
  { id: '10001', name: "Won't Do", description: 'This issue won’t be actioned.' },
  { id: '10002', name: 'Duplicate', description: 'The problem is a duplicate of an existing issue.' },
  { id: '10000', name: 'Done', description: 'Work has been completed on this issue.' },
  { id: '10003', name: 'Declined', description: 'This request will not be acted on.' },
  { id: '10004', name: 'Cannot Reproduce', description: 'All attempts at reproducing this issue failed.' },
] as const;

const WORKING = ['Open', 'In Progress', 'Waiting for reporter', 'Contained'] as const;

export const WORKFLOW: readonly WorkflowTransition[] = [
  { id: '11', name: 'Start work', from: ['Open', 'Waiting for reporter'], to: 'In Progress', condition: null },
  { id: '21', name: 'Wait for reporter', from: ['Open', 'In Progress'], to: 'Waiting for reporter', condition: null },
  { id: '31', name: 'Contain', from: ['In Progress'], to: 'Contained', condition: null },
  // JSM's service workflows let agents cancel a request as well as resolve it; listed first, as a
  // workflow may, so a caller that takes the first transition to a done status cancels the request.
  { id: '35', name: 'Cancel request', from: WORKING, to: 'Closed', condition: 'RESOLVE_ISSUES' },
  // JSM's resolve screen asks for the resolution.
  { id: '41', name: 'Resolve', from: WORKING, to: 'Resolved', condition: 'RESOLVE_ISSUES', screen: { resolution: { required: true } } },
  { id: '51', name: 'Close', from: ['Resolved'], to: 'Closed', condition: 'CLOSE_ISSUES' },
  { id: '61', name: 'Reopen', from: ['Resolved', 'Closed'], to: 'Open', condition: null },
];

/** The transitions that lead from the issue's status, with whether `accountId` may perform each now. */
export function transitionsFrom(issue: StoredIssue, accountId: string): { transition: WorkflowTransition; available: boolean }[] {
  const mayTransition = hasIssuePermission(accountId, issue, 'TRANSITION_ISSUES');
  return WORKFLOW.filter((t) => t.from.includes(issue.fields.status)).map((transition) => ({
    transition,
    available: mayTransition && (transition.condition === null || hasIssuePermission(accountId, issue, transition.condition)),
  }));
}
