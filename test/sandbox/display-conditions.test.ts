/**
 * The local issue page's display conditions, as Atlassian documents them
 * (https://developer.atlassian.com/platform/forge/manifest-reference/display-conditions/): keys at one
 * level are an `and`; `and`, `or` and `not` (none of its children holds) take an object or an array of
 * objects; a condition the site does not know fails loudly instead of guessing.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { displayConditionsHold } from '../../sandbox/shell/display-conditions';
import type { StoredIssue } from '../../sandbox/state/site-state';
import { REPO } from '../support/repo-files';
import { ALEX, MORGAN, RILEY } from '../support/test-site';

const issue = (properties: Record<string, unknown>, issuetype = 'Incident'): StoredIssue =>
  ({ id: '10001', key: 'SEC-1', projectId: '10000', fields: { issuetype, reporter: null, securityLevelId: null }, properties }) as unknown as StoredIssue;
const INCIDENT = issue({ 'incident-response': { priority: 'Critical' } });
const BUG = issue({}, 'Bug');
const isIncident = { entityPropertyExists: { entity: 'issue', propertyKey: 'incident-response' } };

describe('display conditions with and, or and not', () => {
  it.each([
    ['no conditions', undefined, RILEY, BUG, true],
    ['two keys at one level are an and', { canEditIssues: true, ...isIncident }, RILEY, BUG, false],
    ['and as an array, each item its own object', { and: [{ canEditIssues: true }, isIncident] }, RILEY, INCIDENT, true],
    ['not: holds when its child does not', { not: isIncident }, RILEY, BUG, true],
    ['not: fails when its child holds', { not: isIncident }, RILEY, INCIDENT, false],
    ['not over several children: none may hold', { not: { issueType: 'Bug', ...isIncident } }, RILEY, BUG, false],
    ['or as an object: one key is enough', { or: { canAdministerJira: true, issueType: 'Bug' } }, RILEY, BUG, true],
    ['or as an array: none holds', { or: [{ canAdministerJira: true }, { issueType: 'Bug' }] }, RILEY, INCIDENT, false],
    [
      'nested, as in the example of the page',
      { or: { canAdministerJira: true, and: { issueType: 'Incident', not: { canEditIssues: false } } } },
      RILEY,
      INCIDENT,
      true,
    ],
    [
      'the same, for a manager who may only comment',
      { or: { canAdministerJira: true, and: { issueType: 'Incident', not: { canEditIssues: false } } } },
      MORGAN,
      INCIDENT,
      false,
    ],
    ['an admin, by the or', { or: { canAdministerJira: true, and: { issueType: 'Bug' } } }, ALEX, INCIDENT, true],
  ])('%s', (_name, conditions, viewer, on, expected) => {
    expect(displayConditionsHold(conditions, viewer, on)).toBe(expected);
  });

  it('refuses a condition it does not know, even under not', () => {
    expect(() => displayConditionsHold({ not: { jiraExpression: 'issue.isEpic' } }, RILEY, BUG)).toThrow(
      'does not evaluate the display condition "jiraExpression"',
    );
  });

  it('keeps Declare an incident, as the manifest says, to editable issues that are not incidents', () => {
    const manifest = parse(readFileSync(join(REPO, 'manifest.yml'), 'utf8')) as { modules: Record<string, { key: string; displayConditions?: unknown }[]> };
    const declare = manifest.modules['jira:issueAction']!.find((m) => m.key === 'declare-incident')!.displayConditions;
    expect([RILEY, MORGAN].map((who) => [INCIDENT, BUG].map((on) => displayConditionsHold(declare, who, on)))).toEqual([
      [false, true],
      [false, false],
    ]);
  });
});
