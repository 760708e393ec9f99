/**
 * Authorization matrix: every resolver x every local-site user x a restricted and an open
 * incident, then forged payload fields. A user who may not see an incident learns nothing about
 * it (not even that it exists), a user who may not change something changes nothing anywhere on
 * the site, and identities and issues come only from Jira's context.
 */
import type { Site } from '../../sandbox/site';
import { findProject } from '../../sandbox/state/directory';
import { canSeeIssue, hasGlobalPermission, hasIssuePermission, hasProjectPermission } from '../../sandbox/state/permissions';
import type { StoredIssue } from '../../sandbox/state/site-state';
import { resolverDefinitions } from '../../src/resolvers';
import { ALEX, CASEY, createTestSite, MORGAN, OSCAR, panelCalls, RILEY, SAM } from '../support/test-site';
import { recordRow } from './ledger';
import { type CallState, callResolver, RESOLVER_CASES, type ResolverCase, targetFor } from './resolver-calls';
import type { AppConfig } from '../../src/domain/config/app-config';
import type { IncidentRecord } from '../../src/domain/incident/incident-record';
import { storageKeys } from '../../src/platform/storage/storage-keys';

/** Besides the incident team and the portal customer: nobody logged in (Forge's 'unidentified'). */
const USERS = { CASEY, RILEY, SAM, MORGAN, ALEX, OSCAR, ANONYMOUS: 'unidentified' } as const;
const CANARY = 'CANARY-7f3c restricted summary';

let site: Site;
const { ok } = panelCalls(() => site);
let restricted: StoredIssue;
let open: StoredIssue;

/**
 * The canary is a worked incident, so every channel has something to leak: a record, statistics
 * (logged hours), a published report and an exercise. Both incidents are resolved (an exercise is
 * made from a resolved incident), so every allowed write can really run.
 */
beforeAll(async () => {
  site = createTestSite(0, { busy: true });
  restricted = site.issues.create({ projectId: '10000', summary: CANARY, reporter: CASEY, securityLevelId: '10100' }, CASEY, false);
  open = site.issues.create({ projectId: '10000', summary: 'Printer on floor 3 prints garbage', reporter: RILEY }, RILEY, false);
  await site.events.drain();
  for (const issue of [restricted, open]) {
    await ok(issue, 'incident/update', { expectedRevision: 0, category: 'malware', impact: 'high', urgency: 'high', reason: 'Ransom note' });
    await ok(issue, 'timeline/add', { kind: 'note', text: issue === restricted ? `${CANARY} note` : 'Toner replaced' });
    site.issues.addWorklog(issue, { author: RILEY, started: new Date(site.clock.now() - 3_600_000).toISOString(), timeSpentSeconds: 3600 }, RILEY, false);
    site.issues.edit(issue, { status: 'Resolved' }, RILEY, false);
    await site.events.drain();
    await ok(issue, 'postmortem/publish', { kind: 'postmortem' });
    await ok(issue, 'exercise/create', { kind: 'tabletop' });
  }
  await site.events.drain();
});

/** The state a write's payload is built from, read from storage as it is now. */
function stateFor(issue: StoredIssue, n: number): CallState {
  const stored = <T>(key: string) => site.state.kvs[key]?.value as T | undefined;
  return {
    record: stored<IncidentRecord>(storageKeys.incident(issue.id)),
    settingsVersion: stored<{ version: number }>(storageKeys.configHead())?.version ?? 0,
    settings: stored<AppConfig>(storageKeys.config()),
    n,
    sectionRevision: stored<{ revision?: number }>(storageKeys.reportSection(issue.id, 'postmortem', 'root-cause'))?.revision ?? 0,
    stakeholderSeq: Object.keys(site.state.kvs).filter((k) => k.startsWith(storageKeys.stakeholderUpdatesOf(issue.id))).length,
    now: site.clock.now(),
  };
}
afterAll(async () => {
  await site.close();
});

/** Whether Jira lets the user do what the resolver does, from the local site's own permission model. */
function allowed(c: ResolverCase, accountId: string, issue: StoredIssue): boolean {
  const isCustomer = accountId === CASEY;
  switch (c.surface) {
    case 'panel':
      if (isCustomer) return false;
      return canSeeIssue(accountId, issue) && (!(c.writes || c.needsEdit) || hasIssuePermission(accountId, issue, 'EDIT_ISSUES'));
    case 'gadget':
      // The sums include restricted incidents: only people who can open all of them get figures (the table needs browse only).
      return (
        !isCustomer &&
        hasProjectPermission(accountId, findProject('SEC')!.id, 'BROWSE_PROJECTS') &&
        (c.key !== 'stats/get' || site.issues.all().every((i) => i.projectId !== findProject('SEC')!.id || canSeeIssue(accountId, i)))
      );
    case 'admin':
    case 'project-settings':
      return !isCustomer && hasGlobalPermission(accountId, 'ADMINISTER');
    case 'portal-create':
      return true;
    case 'portal-detail':
      return canSeeIssue(accountId, issue);
  }
}

const AUTHZ_CODES = new Set(['FORBIDDEN', 'NOT_FOUND']);
const snapshot = () =>
  JSON.stringify({ kvs: site.state.kvs, issues: site.state.issues, outbox: (site.state as unknown as { outbox?: unknown }).outbox ?? null });

describe('authorization matrix', () => {
  it('covers every resolver the app defines', () => {
    expect(RESOLVER_CASES.map((c) => c.key).sort()).toEqual(Object.keys(resolverDefinitions).sort());
  });

  it('lets each user do exactly what Jira lets them, and nothing leaks or changes otherwise', async () => {
    let tried = 0;
    let held = 0;
    let executed = 0;
    let allowedWrites = 0;
    const problems: string[] = [];
    for (const c of RESOLVER_CASES) {
      for (const issue of [restricted, open]) {
        for (const [name, accountId] of Object.entries(USERS)) {
          tried++;
          const target = targetFor(site, c, issue);
          const before = snapshot();
          const { result, refused } = await callResolver(site, c, target, accountId, c.payload(stateFor(target, tried)));
          const text = JSON.stringify(result ?? null);
          const may = allowed(c, accountId, target);
          const envelope = result as { ok: boolean; error?: { code: string } } | undefined;
          const authzRefused = refused || (envelope?.ok === false && AUTHZ_CODES.has(envelope.error!.code));
          const where = `${c.key} as ${name} on ${issue === restricted ? 'restricted' : 'open'}`;
          // An allowed call counts only if it ran: a read answered, a write changed the site.
          const ran = may && envelope?.ok === true && (!c.writes || snapshot() !== before);
          // The same exercise request again is idempotent (issue 29): it answers the exercise already made, and is not counted as a write.
          const repeat =
            (!ran && c.key === 'exercise/create' && envelope?.ok === true && site.issues.find((result as { data: { key: string } }).data.key) !== undefined) ||
            // Nobody is being paged for it, or someone already said "I'm on it": the answer is CONFLICT, nothing changes.
            (!ran && c.key === 'oncall/acknowledge' && envelope?.ok === false && envelope.error?.code === 'CONFLICT') ||
            // No stakeholder update is due on a resolved incident: snoozing answers VALIDATION_FAILED, nothing changes.
            (!ran && c.key === 'stakeholder-update/snooze' && envelope?.ok === false && envelope.error?.code === 'VALIDATION_FAILED');
          if (may && c.writes && !repeat) allowedWrites++;
          if (ran) executed++;
          if (may && authzRefused) problems.push(`${where}: refused, but Jira allows it (${text.slice(0, 160)})`);
          else if (may && !ran && !repeat) problems.push(`${where}: allowed, but it did not run (${text.slice(0, 160)})`);
          else if (!may && !authzRefused) problems.push(`${where}: not refused (${text.slice(0, 160)})`);
          else if (!may && snapshot() !== before) problems.push(`${where}: refused, but the site changed`);
          else if (!canSeeIssue(accountId, restricted) && (text.includes(CANARY) || text.includes(`"${restricted.key}"`)))
            problems.push(`${where}: leaked the restricted incident`);
          else held++;
        }
      }
    }
    recordRow(__filename, {
      area: 'authorization',
      check: `${RESOLVER_CASES.length} resolvers x ${Object.keys(USERS).length} users x 2 incidents (${allowedWrites} allowed writes, each changed the site)`,
      tried,
      executed,
      held,
      lost: problems.length,
    });
    expect(problems).toEqual([]);
    expect(allowedWrites).toBeGreaterThan(40);
  });

  it('ignores or refuses forged issue, account and project fields; the other incident never changes', async () => {
    let tried = 0;
    const problems: string[] = [];
    const forged = {
      issueKey: restricted.key,
      issueId: restricted.id,
      key: restricted.key,
      accountId: ALEX,
      projectKey: 'OPS',
      projectId: '10001',
      requestKey: restricted.key,
      moduleKey: 'incident-settings',
    };
    for (const c of RESOLVER_CASES) {
      for (const [field, value] of Object.entries(forged)) {
        tried++;
        const before = JSON.stringify({
          kvs: Object.entries(site.state.kvs).filter(([k]) => k.includes(`:${restricted.id}`)),
          issue: site.issues.find(restricted.key),
        });
        // Sam may edit the open incident; the forged field points at the restricted one (or at Alex, or at OPS).
        const { result } = await callResolver(site, c, open, c.surface === 'admin' || c.surface === 'project-settings' ? ALEX : SAM, {
          ...c.payload(),
          [field]: value,
        });
        const envelope = result as { ok: boolean; error?: { code: string } } | undefined;
        const after = JSON.stringify({
          kvs: Object.entries(site.state.kvs).filter(([k]) => k.includes(`:${restricted.id}`)),
          issue: site.issues.find(restricted.key),
        });
        if (envelope?.ok !== false || envelope.error?.code !== 'VALIDATION_FAILED') problems.push(`${c.key} accepted the forged field ${field}`);
        if (before !== after) problems.push(`${c.key} with ${field} changed the other incident`);
      }
    }
    recordRow(__filename, {
      area: 'authorization',
      check: 'forged issue/account/project fields in every payload',
      tried,
      held: tried - problems.length,
      lost: problems.length,
    });
    expect(problems).toEqual([]);
  });
});
