import { requiredRestriction } from '../domain/incident/required-restriction';
import { openAmongJql, unrestrictedCategoriesJql } from '../domain/incident/restriction-jql';
import { containRestriction, type ContainRestrictionDeps } from './contain-restriction';
import { followRestriction } from './follow-in-jira';
import type { ConfigStore, IncidentStore, JiraAsApp } from './ports';

export interface RecheckRestrictionsDeps {
  jira: JiraAsApp;
  store: IncidentStore;
  config: ConfigStore;
  contain: ContainRestrictionDeps;
  now: () => string;
}

/** Incidents restricted per sweep: a handful of Jira requests each, inside the sweep's budget. */
export const RESTRICT_PER_SWEEP = 20;
/** Records whose sensitivity is re-checked per sweep: the patrol's page (all incidents in a few hours). */
export const RECHECK_PAGE = 100;

/**
 * The required level is re-checked against the current settings on every sweep, not only when an
 * incident changes: an admin who restricts a category restricts its existing incidents within
 * five minutes (one search by the indexed category), and a level removed by hand comes back while
 * the settings still require it. The next page of stored records is checked too (the category or
 * the sensitivity, from the record, whatever the mirror says). Each incident restricted has what
 * the app made from it restricted or withdrawn (contain-restriction.ts).
 */
export async function recheckRestrictions(deps: RecheckRestrictionsDeps): Promise<{ checked: number; restricted: number }> {
  const [{ config, mirrorKey }, { records }] = await Promise.all([deps.config.get(), deps.store.page(await deps.store.patrolCursor(), RECHECK_PAGE)]);
  const required = records.filter((r) => requiredRestriction(r, config.taxonomy.categories) !== null).map((r) => r.issueId);
  const found = new Map<string, string>();
  for (const jql of [unrestrictedCategoriesJql(config.taxonomy.categories, mirrorKey), openAmongJql(required)]) {
    if (jql === null) continue;
    for (const issue of await deps.jira.search(jql, 1)) found.set(issue.id, issue.key);
  }
  let restricted = 0;
  for (const issueId of [...found.keys()].slice(0, RESTRICT_PER_SWEEP)) {
    if (await restrictOne(deps, issueId)) restricted++;
  }
  return { checked: records.length + found.size, restricted };
}

async function restrictOne(deps: RecheckRestrictionsDeps, issueId: string): Promise<boolean> {
  const issue = await deps.jira.issueById(issueId);
  if (!issue || issue.securityLevel !== null) return false;
  const { record, config } = await deps.store.getWithSettings(issue);
  if (!record) return false;
  const settings = config.config;
  const plan = await followRestriction(deps.jira, issue, record, settings);
  if (plan.kind !== 'set') return false;
  await containRestriction(deps.contain, { id: issue.id, key: issue.key, securityLevel: plan.name }, record, settings);
  return true;
}
