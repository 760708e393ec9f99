import { configForProject, projectKeyOf } from '../domain/config/project-overrides';
import type { AppConfig } from '../domain/config/app-config';
import { pagingComment, PAGING_PROPERTY_KEY } from '../domain/oncall/paging-comment';
import { ackWindowMinutes, levelLabel, pagingCalendar, pagingEscalationPath } from '../domain/oncall/paging-plan-inputs';
import { shouldPageNow } from '../domain/oncall/paging-policy';
import { asksForPaging, isPagingOpen, type PagingEvent, type PagingRecord } from '../domain/oncall/paging-record';
import { pagingSteps, type PagingStep, type SkippedPage } from '../domain/oncall/paging-steps';
import { pagedText, pageRequestText, skippedPageText } from '../domain/oncall/paging-words';
import { onCallAt } from '../domain/oncall/rota';
import { appendToTimeline } from './append-to-timeline';
import { type ReaderWords, wordsForReader } from './reader-words';
import type { PagingJiraAsApp, PagingStore } from './paging-ports';
import type { ConfigStore, EscalationLedger, IncidentStore, IssueSnapshot, JiraAsApp, TimelineLog } from './ports';

export interface PageOnCallDeps {
  paging: PagingStore;
  pagingJira: PagingJiraAsApp;
  jira: JiraAsApp;
  store: IncidentStore;
  config: ConfigStore;
  /** Each page and each skip is claimed here, create-only, before anything is sent. */
  ledger: EscalationLedger;
  timeline: TimelineLog;
  now: () => string;
  log: (event: string, data: Record<string, string | number | boolean | null>) => void;
  /** The paged person's language for the page. */
  words: ReaderWords;
}

export interface PagingSummary {
  open: number;
  paged: number;
  skipped: number;
  /** Incidents whose level waits for business hours. */
  waiting: number;
  ended: number;
  failed: number;
}

/** Open pagings looked at per sweep (one storage query page); the rest wait five minutes. */
const PER_SWEEP = 100;

/**
 * The sweep's paging: for each incident being paged and not acknowledged, the pages due now (the
 * primary at once, the secondary a window later, then the escalation path), at the hours the
 * level's policy allows. A page assigns the incident to the person, mentions them in an internal
 * comment that says what is asked, notifies them, and says so in the timeline. Every page and
 * every skip is claimed create-only first, so a repeated or overlapping sweep sends nothing twice.
 */
export async function pageOnCall(deps: PageOnCallDeps): Promise<PagingSummary> {
  const open = await deps.paging.open(PER_SWEEP);
  const summary: PagingSummary = { open: open.length, paged: 0, skipped: 0, waiting: 0, ended: 0, failed: 0 };
  if (open.length === 0) return summary;
  const { config } = await deps.config.get();
  for (const paging of open) {
    try {
      const outcome = await pageOne(deps, paging, configForProject(config, projectKeyOf(paging.issueKey)));
      if (outcome === 'waiting') summary.waiting++;
      else if (outcome === 'ended') summary.ended++;
      else {
        summary.paged += outcome.paged;
        summary.skipped += outcome.skipped;
        summary.failed += outcome.failed ? 1 : 0;
      }
    } catch (e) {
      summary.failed++;
      deps.log('paging.failed', { issueKey: paging.issueKey, error: String(e) });
    }
  }
  return summary;
}

type Outcome = 'waiting' | 'ended' | { paged: number; skipped: number; failed: boolean };

async function pageOne(deps: PageOnCallDeps, paging: PagingRecord, config: AppConfig): Promise<Outcome> {
  const now = deps.now();
  const [issue, record] = await Promise.all([deps.jira.issueById(paging.issueId), deps.store.get(paging.issueId)]);
  const rota = config.oncall.rotas.find((r) => r.id === paging.rotaId);
  const stillAsks =
    issue &&
    record &&
    asksForPaging({
      triage: record.triage.state,
      fromAlert: paging.fromAlert === true,
      exercise: record.exercise,
      priority: record.priority,
      closed: issue.statusCategory === 'done',
    });
  if (!stillAsks || !rota) {
    await deps.paging.update(paging.issueId, (c) => (isPagingOpen(c) ? { ...c, endedAt: now } : null));
    return 'ended';
  }
  const level = record!.priority!;
  const decision = shouldPageNow(level, config.oncall.policy, pagingCalendar(config, level), Date.parse(now));
  if (!decision.page) {
    // Lowered to a level that never pages: nothing to wait for until the level changes again.
    if (decision.from === null) await deps.paging.update(paging.issueId, (c) => (isPagingOpen(c) && !c.chainDoneAt ? { ...c, chainDoneAt: now } : null));
    return 'waiting';
  }
  // The start is fixed once, under the record's lease: every later sweep keys its steps on it.
  const started = await deps.paging.update(paging.issueId, (c) =>
    c.startedAt !== null && c.level === level ? null : { ...c, level, startedAt: c.startedAt ?? now },
  );
  if (!started || !isPagingOpen(started)) return 'ended';
  const startedMs = Date.parse(started.startedAt!);
  const onCall = onCallAt(rota, startedMs);
  const escalationPath = pagingEscalationPath(config, level);
  const people = [onCall.primary, onCall.secondary, ...escalationPath].filter((p): p is string => p !== null);
  const canSee = await deps.pagingJira.whoCanSee(issue!.key, people);
  const done = new Set(started.events.map((e) => e.key));
  const plan = pagingSteps(level, startedMs, null, config.oncall.ackWindows, Date.parse(now), {
    primary: onCall.primary,
    secondary: onCall.secondary,
    escalationPath,
    canSee: (id) => canSee.has(id),
    done,
  });
  if (plan.send.length === 0 && plan.skipped.length === 0) return { paged: 0, skipped: 0, failed: false };
  return sendPlan(deps, issue!, config, level, plan, now, 2 + escalationPath.length);
}

const claimKey = (stepKey: string) => `paging:${stepKey}`;

async function sendPlan(
  deps: PageOnCallDeps,
  issue: IssueSnapshot,
  config: AppConfig,
  level: string,
  plan: { send: PagingStep[]; skipped: SkippedPage[] },
  now: string,
  chainLength: number,
): Promise<Outcome> {
  const claimed = await deps.ledger.claim(
    issue.id,
    [...plan.skipped, ...plan.send].map((s) => claimKey(s.key)),
    now,
  );
  const skips = plan.skipped.filter((s) => claimed.has(claimKey(s.key)));
  const pages = plan.send.filter((s) => claimed.has(claimKey(s.key)));
  if (skips.length + pages.length === 0) return { paged: 0, skipped: 0, failed: false };
  const names = await deps.pagingJira.displayNames([...skips, ...pages].flatMap((s) => (s.accountId ? [s.accountId] : [])));
  const nameOf = (id: string | null) => (id ? (names[id] ?? 'Someone on the rota') : 'Nobody');
  const events: PagingEvent[] = [];
  for (const skip of skips) {
    await record(deps, issue.id, skippedPageText(skip, nameOf(skip.accountId)), now, { paging: 'skipped', role: skip.role });
    events.push({ key: skip.key, kind: 'skipped', role: skip.role, accountId: skip.accountId, at: now });
  }
  let failed = false;
  for (const step of pages) {
    try {
      // In the paged person's language: their Jira locale, else the app's default language.
      const { t } = await wordsForReader(deps.words, step.accountId, config);
      const request = pageRequestText(t, step.role, levelLabel(config, level), ackWindowMinutes(config, level));
      await page(deps, issue, step, nameOf(step.accountId), request);
    } catch (e) {
      failed = true;
      await deps.ledger.release(issue.id, [claimKey(step.key)]);
      deps.log('paging.page.failed', { issueKey: issue.key, role: step.role, error: String(e) });
      continue;
    }
    await record(deps, issue.id, pagedText(nameOf(step.accountId), step.role), now, { paging: 'paged', role: step.role });
    events.push({ key: step.key, kind: 'paged', role: step.role, accountId: step.accountId, at: now });
  }
  await deps.paging.update(issue.id, (c) => {
    const all = [...c.events, ...events.filter((e) => !c.events.some((x) => x.key === e.key))];
    // Each place in the chain ends as one page or one pass: once all have, nobody is left to page.
    return { ...c, events: all, ...(all.length >= chainLength && !failed ? { chainDoneAt: now } : {}) };
  });
  return { paged: events.filter((e) => e.kind === 'paged').length, skipped: skips.length, failed };
}

/**
 * One page: the comment is what must land (it is the page's durable trace, with the mention); the
 * assignment follows it and is logged when Jira refuses it. Jira emails both: the assignment under
 * its default notification scheme, the mention to people who can read the internal comment (whether
 * it does so for a comment an app wrote is not documented; the admin guide asks to confirm it).
 */
async function page(deps: PageOnCallDeps, issue: IssueSnapshot, step: PagingStep, name: string, request: string): Promise<void> {
  // Internal: a page is for the team, never for the reporter on the portal.
  await deps.jira.addComment(issue.key, pagingComment(step.accountId, name, request), PAGING_PROPERTY_KEY, 'internal');
  await deps.pagingJira.assign(issue.key, step.accountId).catch((e: unknown) => deps.log('paging.assign.failed', { issueKey: issue.key, error: String(e) }));
}

/** The timeline's account; the claims guarantee it is written once per step. */
async function record(deps: PageOnCallDeps, issueId: string, text: string, now: string, data: Record<string, string>): Promise<void> {
  await appendToTimeline(deps.timeline, issueId, { kind: 'paging', text, happenedAt: now, recordedAt: now, by: null, corrects: null, data }).catch(
    (e: unknown) => deps.log('paging.timeline.failed', { issueId, error: String(e) }),
  );
}
