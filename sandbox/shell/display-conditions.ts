/**
 * Forge display conditions of issue-view modules, as the local issue page evaluates them
 * (https://developer.atlassian.com/platform/forge/manifest-reference/display-conditions/). @forge/manifest's
 * schema for them (display-conditions-schema.json, IssueView) allows no `and`/`or`/`not`: every
 * condition listed must hold. The local site knows the conditions the app uses and fails loudly on
 * any other, rather than show a module Jira might hide.
 */
import { hasGlobalPermission, hasIssuePermission } from '../state/permissions';
import { ISSUE_TYPES } from '../state/directory';
import type { StoredIssue } from '../state/site-state';

type Conditions = Record<string, unknown>;

export function displayConditionsHold(conditions: unknown, viewer: string, issue: StoredIssue): boolean {
  if (conditions === undefined || conditions === null) return true;
  return Object.entries(conditions as Conditions).every(([name, value]) => holds(name, value, viewer, issue));
}

function holds(name: string, value: unknown, viewer: string, issue: StoredIssue): boolean {
  switch (name) {
    case 'entityPropertyExists': {
      const { entity, propertyKey } = value as { entity: string; propertyKey: string };
      if (entity !== 'issue') throw new Error(`The local site evaluates entityPropertyExists on issues only, not on ${entity}.`);
      return propertyKey in issue.properties;
    }
    case 'canEditIssues':
      return hasIssuePermission(viewer, issue, 'EDIT_ISSUES') === value;
    case 'canAdministerJira':
    case 'isAdmin':
      return hasGlobalPermission(viewer, 'ADMINISTER') === value;
    case 'issueType': {
      const wanted = Array.isArray(value) ? value : [value];
      const id = ISSUE_TYPES.find((t) => t.name === issue.fields.issuetype)?.id;
      return wanted.includes(id) || wanted.includes(issue.fields.issuetype);
    }
    default:
      throw new Error(
        `The local site does not evaluate the display condition "${name}": add it to sandbox/shell/display-conditions.ts, citing Atlassian's page.`,
      );
  }
}
