/**
 * Forge display conditions of issue-view modules, as the local issue page evaluates them
 * (https://developer.atlassian.com/platform/forge/manifest-reference/display-conditions/). Conditions at
 * one level are combined with `and`; the operators `and` (all hold), `or` (at least one holds) and
 * `not` (none of its children holds) take one condition object or, in Jira modules, an array of them
 * (each item its own object, so a condition may repeat). The local site knows the conditions the app
 * uses and fails loudly on any other, rather than show a module Jira might hide.
 */
import { hasGlobalPermission, hasIssuePermission } from '../state/permissions';
import { ISSUE_TYPES } from '../state/directory';
import type { StoredIssue } from '../state/site-state';

type Conditions = Record<string, unknown>;
type Holds = (name: string, value: unknown) => boolean;

export function displayConditionsHold(conditions: unknown, viewer: string, issue: StoredIssue): boolean {
  if (conditions === undefined || conditions === null) return true;
  return allHold(conditions, (name, value) => holds(name, value, viewer, issue));
}

/** Every condition of an object (or of every object of an array) holds: the default `and`. */
function allHold(conditions: unknown, leaf: Holds): boolean {
  return children(conditions).every(([name, value]) => evaluate(name, value, leaf));
}

/** An operator's children: each key of one object, or each object of an array (a whole `and` each). */
function children(conditions: unknown): [string, unknown][] {
  if (Array.isArray(conditions)) return conditions.map((item) => ['and', item] as [string, unknown]);
  if (typeof conditions !== 'object' || conditions === null)
    throw new Error(`Display conditions must be an object or an array, not ${JSON.stringify(conditions)}.`);
  return Object.entries(conditions as Conditions);
}

function evaluate(name: string, value: unknown, leaf: Holds): boolean {
  if (name === 'and') return allHold(value, leaf);
  if (name === 'or') return children(value).some(([n, v]) => evaluate(n, v, leaf));
  if (name === 'not') return !children(value).some(([n, v]) => evaluate(n, v, leaf));
  return leaf(name, value);
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
