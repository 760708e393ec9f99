import { configForProject, projectKeyOf } from '../domain/config/project-overrides';
import type { AppConfig } from '../domain/config/app-config';
import { type IncidentIndex, toIncidentIndex } from '../domain/incident/incident-index';
import type { IncidentRecord } from '../domain/incident/incident-record';
import type { Obligation } from '../domain/legal/evaluate-obligations';
import { incidentObligations, legalFactsOf, legalIndexFields } from '../domain/legal/incident-legal';
import { LEGAL_ESCALATION_PROPERTY_KEY, legalEscalationComment, legalEscalationNotice } from '../domain/legal/legal-escalation-message';
import { dueLegalSteps } from '../domain/legal/legal-escalation-steps';
import { ESCALATION_PROPERTY_KEY, escalationComment, escalationNotice } from '../domain/sla/escalation-message';
import { dueSteps } from '../domain/sla/escalation-steps';
import { type IncidentSla, incidentSla, slaFactsOf, slaIndexFields } from '../domain/sla/incident-sla';
import { withEscalations, withStatusChanges, withSteps } from '../domain/sla/sla-facts';
import { escalationPathFor, type EscalationRecipients, type SlaSettings } from '../domain/sla/sla-settings';
import { holdersOf } from '../domain/response/incident-roles';
import { postmortemDutyUnder, postmortemIndexFields } from '../domain/postmortem/postmortem-policy';
import type { DueQueue, EscalationLedger, FoundIssue, IncidentStore, JiraAsApp, TimelineLog } from './ports';
import { appendToTimeline } from './append-to-timeline';

export interface EscalateClocksDeps {
  jira: JiraAsApp;
  store: IncidentStore;
  ledger: EscalationLedger;
  due: DueQueue;
  timeline: TimelineLog;
  now: () => string;
  log: (event: string, data: Record<string, string | number | boolean | null>) => void;
  /** Runs after an incident's record changed (a breach recorded: the statistics follow); must not throw. */
  afterChange?: (issueId: string) => Promise<void>;
}

export interface EscalationSummary {
  found: number;
  escalated: number;
  /** SLA steps sent. */
  steps: number;
  /** Legal-deadline reminders sent. */
  legalSteps: number;
  failed: number;
  /** Issues the search found due that the app keeps no incident for: their forged mirror was removed. */
  cleared: number;
}

/** Forged mirrors removed per sweep (one Jira request each). */
const CLEAR_PER_SWEEP = 100;

/**
 * The JQL that finds incidents needing the sweep: an SLA warning or breach, or a legal reminder,
 * has come. The earlier of the two is one indexed date in the mirror, so the search costs the same with ten or ten
 * thousand open incidents.
 */
export const CLOCKS_DUE_JQL = 'incidentNextCheck <= now() ORDER BY key ASC';
/** At most 500 incidents per run; the rest wait five minutes (their check time stays in the past). */
const MAX_PAGES = 5;
/** Due entries read from the storage queue per sweep (one KVS query page). */
const QUEUE_PAGE = 100;

/**
 * Escalates SLA clocks that reached their warning or breach time and legal deadlines that reached
 * a reminder step: per incident one ADF comment mentioning the assignee and one Jira notify per
 * kind, then the mirrors of every incident looked at in one bulk write, so their next check moves on.
 *
 * Each step is claimed once in storage before anything is sent, so a sweep that runs twice, or
 * overlaps the next one, sends nothing twice. If the comment fails, the claims are released and
 * the next run tries again.
 */
export async function escalateClocks(deps: EscalateClocksDeps): Promise<EscalationSummary> {
  const now = deps.now();
  const found = await deps.jira.search(CLOCKS_DUE_JQL, MAX_PAGES);
  // The storage queue finds what the JQL cannot: an incident whose issue property was edited to look not due.
  const queued = await deps.due.due(now, QUEUE_PAGE);
  const missing = [...new Set(queued.map((q) => q.issueId))].filter((id) => !found.some((f) => f.id === id));
  if (missing.length > 0) found.push(...(await deps.jira.findByIds(missing)));
  const summary: EscalationSummary = { found: found.length, escalated: 0, steps: 0, legalSteps: 0, failed: 0, cleared: 0 };
  if (found.length === 0) {
    await deps.due.remove(queued.map((q) => q.entryKey));
    return summary;
  }
  const { records, config } = await deps.store.getManyWithSettings(found.map((f) => f.id));
  const mirrors: { issueId: string; index: IncidentIndex }[] = [];
  // Found due but no incident: someone with edit rights wrote the property to crowd the search.
  // Its mirror is removed (the app's own data, on an issue it has no incident for), so the next
  // sweep's search is not crowded by it again; the due queue meanwhile finds the real incidents.
  const forged = found.filter((f) => !records.has(f.id)).slice(0, CLEAR_PER_SWEEP);
  for (const issue of forged) {
    await deps.jira.removeIncidentIndex(issue.key).then(
      () => void summary.cleared++,
      (e: unknown) => deps.log('sweep.forged-mirror.failed', { issueKey: issue.key, error: String(e) }),
    );
  }
  for (const issue of found) {
    const record = records.get(issue.id);
    if (!record) continue;
    const outcome = await escalateOne(deps, issue, record, configForProject(config.config, projectKeyOf(issue.key)), now, config.mirrorKey);
    summary.escalated += outcome.sla + outcome.legal > 0 ? 1 : 0;
    summary.steps += outcome.sla;
    summary.legalSteps += outcome.legal;
    summary.failed += outcome.failed ? 1 : 0;
    mirrors.push({ issueId: issue.id, index: outcome.index });
    await deps.due.schedule(issue.id, outcome.index.nextCheck);
  }
  await deps.jira.setIncidentIndexes(mirrors);
  // Processed entries go; each incident's next look was scheduled above (stale or gone ones simply end here).
  await deps.due.remove(queued.map((q) => q.entryKey));
  return summary;
}

interface StepsOutcome {
  record: IncidentRecord;
  sent: number;
  failed: boolean;
}

/** One incident: merge its status facts, claim and send the due SLA and legal steps, record them. */
async function escalateOne(
  deps: EscalateClocksDeps,
  issue: FoundIssue,
  stored: IncidentRecord,
  config: AppConfig,
  now: string,
  mirrorKey: string,
): Promise<{ index: IncidentIndex; sla: number; legal: number; failed: boolean }> {
  const nowMs = Date.parse(now);
  // Status changes are merged first: a pause the record's copy missed must not escalate.
  const storedFacts = slaFactsOf(stored);
  const facts = withStatusChanges(storedFacts, await deps.store.statusChanges(stored.issueId));
  const record = facts === storedFacts ? stored : { ...stored, sla: facts };
  const sla = incidentSla(record, config.sla, nowMs);
  const obligations = incidentObligations(record, config.legal, nowMs);
  const slaOutcome = await escalateSla(deps, issue, record, sla, config.sla, now);
  // Exercises run the legal clocks in simulation: no legal escalations (§2.8).
  const legalOutcome = record.exercise
    ? { record: slaOutcome.record, sent: 0, failed: false }
    : await escalateLegal(deps, issue, slaOutcome.record, obligations, config, now);
  const updated = legalOutcome.record;
  // Written only over the revision it was read at: a responder's change made meanwhile is never
  // overwritten (the steps sent are claimed in the ledger and on the timeline either way).
  if (updated !== stored && (await deps.store.putIfRevision(updated, stored.revision)).saved) {
    await deps.afterChange?.(stored.issueId);
  }
  // The mirror is derived from this one reading, with whatever escalations ended up recorded.
  const index = toIncidentIndex(
    updated,
    {
      ...slaIndexFields(sla, updated),
      ...legalIndexFields(obligations, updated, config.legal),
      ...postmortemIndexFields(postmortemDutyUnder(updated, config)),
    },
    mirrorKey,
  );
  return { index, sla: slaOutcome.sent, legal: legalOutcome.sent, failed: slaOutcome.failed || legalOutcome.failed };
}

async function escalateSla(
  deps: EscalateClocksDeps,
  issue: FoundIssue,
  record: IncidentRecord,
  sla: IncidentSla,
  settings: SlaSettings,
  now: string,
): Promise<StepsOutcome> {
  if (sla.kind === 'none') return { record, sent: 0, failed: false };
  const facts = slaFactsOf(record);
  const { send, settles } = dueSteps(sla.readings, new Set(facts.escalations.map((e) => e.step)), Date.parse(now));
  if (settles.length === 0) return { record, sent: 0, failed: false };
  const ctx = { issueKey: issue.key, summary: issue.summary, level: sla.level, calendar: sla.calendar, assignee: issue.assignee, readings: sla.readings };
  const outcome = await claimAndSend(deps, issue, now, settles, send, (steps) => ({
    comment: escalationComment({ ...ctx, steps }),
    notice: escalationNotice({ ...ctx, steps }),
    markerKey: ESCALATION_PROPERTY_KEY,
    to: recipientsFor(settings, sla.level, steps),
    kind: 'sla-escalation',
  }));
  if (outcome.failed) return { record, sent: 0, failed: true };
  return { record: { ...record, sla: withEscalations(facts, settles, now) }, sent: outcome.sent, failed: false };
}

async function escalateLegal(
  deps: EscalateClocksDeps,
  issue: FoundIssue,
  record: IncidentRecord,
  obligations: Obligation[],
  config: AppConfig,
  now: string,
): Promise<StepsOutcome> {
  const facts = legalFactsOf(record);
  const nowMs = Date.parse(now);
  const { send, settles } = dueLegalSteps(obligations, config.legal.escalation.atPercent, new Set(facts.escalations.map((e) => e.step)), nowMs);
  if (settles.length === 0) return { record, sent: 0, failed: false };
  const ctx = { issueKey: issue.key, summary: issue.summary, assignee: issue.assignee, obligations, now: nowMs };
  const outcome = await claimAndSend(deps, issue, now, settles, send, (steps) => ({
    comment: legalEscalationComment({ ...ctx, steps }),
    notice: legalEscalationNotice({ ...ctx, steps }),
    markerKey: LEGAL_ESCALATION_PROPERTY_KEY,
    // The incident's legal lead and commander hear of legal deadlines too, whatever the settings say.
    to: withUsers(config.legal.escalation.recipients, holdersOf(record.response?.roles ?? {}, ['legalLead', 'commander'])),
    kind: 'legal',
  }));
  if (outcome.failed) return { record, sent: 0, failed: true };
  return { record: { ...record, legal: { ...facts, escalations: withSteps(facts.escalations, settles, now) } }, sent: outcome.sent, failed: false };
}

interface Message {
  comment: object;
  notice: { subject: string; textBody: string };
  markerKey: string;
  to: EscalationRecipients;
  /** The timeline entry's kind for what was sent. */
  kind: 'sla-escalation' | 'legal';
}

const withUsers = (to: EscalationRecipients, users: string[]): EscalationRecipients => ({ ...to, users: [...new Set([...to.users, ...users])] });

/** Claims the steps, then sends an internal comment and a notify for those this run claimed. */
async function claimAndSend<S extends { key: string }>(
  deps: EscalateClocksDeps,
  issue: FoundIssue,
  now: string,
  settles: string[],
  send: S[],
  message: (steps: S[]) => Message,
): Promise<{ sent: number; failed: boolean }> {
  const claimed = await deps.ledger.claim(issue.id, settles, now);
  const toSend = send.filter((s) => claimed.has(s.key));
  if (toSend.length === 0) return { sent: 0, failed: false };
  const m = message(toSend);
  try {
    // Internal: escalations are for the team, not for the reporter on the portal.
    await deps.jira.addComment(issue.key, m.comment, m.markerKey, 'internal');
  } catch (e) {
    await deps.ledger.release(issue.id, claimed);
    deps.log('escalation.failed', { issueKey: issue.key, steps: toSend.map((s) => s.key).join(' '), error: String(e) });
    return { sent: 0, failed: true };
  }
  // The comment is the durable trace; a failed notify is logged, not retried, so the comment is never doubled.
  await deps.jira.notify(issue.key, m.notice, m.to, issue.reporter).catch((e: unknown) => {
    deps.log('escalation.notify.failed', { issueKey: issue.key, error: String(e) });
  });
  // The timeline's account of it; the claim guarantees this runs once per step set.
  await appendToTimeline(deps.timeline, issue.id, {
    kind: m.kind,
    text: m.notice.subject,
    happenedAt: now,
    recordedAt: now,
    by: null,
    corrects: null,
    data: { steps: toSend.map((s) => s.key).join(' ') },
  }).catch((e: unknown) => {
    deps.log('escalation.timeline.failed', { issueKey: issue.key, error: String(e) });
  });
  return { sent: toSend.length, failed: false };
}

/** A breach goes to the breach path (it includes whoever the warning reached, if configured so). */
function recipientsFor(settings: SlaSettings, level: string, steps: { stage: 'warning' | 'breach' }[]): EscalationRecipients {
  const path = escalationPathFor(settings, level);
  return steps.some((s) => s.stage === 'breach') ? path.breach : path.warning;
}
