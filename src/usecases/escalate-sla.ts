import type { AppConfig } from '../domain/config/app-config';
import { type IncidentIndex, toIncidentIndex } from '../domain/incident/incident-index';
import type { IncidentRecord } from '../domain/incident/incident-record';
import { ESCALATION_PROPERTY_KEY, escalationComment, escalationNotice } from '../domain/sla/escalation-message';
import { dueSteps } from '../domain/sla/escalation-steps';
import { incidentSla, slaFactsOf, slaIndexFields } from '../domain/sla/incident-sla';
import { withEscalations, withStatusChanges } from '../domain/sla/sla-facts';
import { escalationPathFor, type EscalationRecipients, type SlaSettings } from '../domain/sla/sla-settings';
import type { EscalationLedger, FoundIssue, IncidentStore, JiraAsApp } from './ports';

export interface EscalateSlaDeps {
  jira: JiraAsApp;
  store: IncidentStore;
  ledger: EscalationLedger;
  now: () => string;
  log: (event: string, data: Record<string, string | number | boolean | null>) => void;
}

export interface EscalationSummary {
  found: number;
  escalated: number;
  steps: number;
  failed: number;
}

/**
 * The JQL that finds incidents needing the sweep: their next warning or breach time has come.
 * `incidentSlaNextCheck` is an indexed date in the mirror, so the search costs the same with ten
 * or ten thousand open incidents.
 */
export const SLA_DUE_JQL = 'incidentSlaNextCheck <= now() ORDER BY key ASC';
/** At most 500 incidents per run; the rest wait five minutes (their check time stays in the past). */
const MAX_PAGES = 5;

/**
 * Escalates SLA clocks that reached their warning or breach time: one ADF comment mentioning the
 * assignee and one Jira notify to the level's escalation path per incident, then the mirrors of
 * every incident looked at in one bulk write, so their next check moves on.
 *
 * Each step (clock, stage, due time) is claimed once in storage before anything is sent, so a
 * sweep that runs twice, or overlaps the next one, sends nothing twice. If the comment fails, the
 * claims are released and the next run tries again.
 */
export async function escalateSla(deps: EscalateSlaDeps): Promise<EscalationSummary> {
  const now = deps.now();
  const found = await deps.jira.search(SLA_DUE_JQL, MAX_PAGES);
  const summary: EscalationSummary = { found: found.length, escalated: 0, steps: 0, failed: 0 };
  if (found.length === 0) return summary;
  const { records, config } = await deps.store.getManyWithSettings(found.map((f) => f.id));
  const mirrors: { issueId: string; index: IncidentIndex }[] = [];
  for (const issue of found) {
    const record = records.get(issue.id);
    if (!record) continue;
    const outcome = await escalateOne(deps, issue, record, config.config, now);
    summary.escalated += outcome.sent > 0 ? 1 : 0;
    summary.steps += outcome.sent;
    summary.failed += outcome.failed ? 1 : 0;
    mirrors.push({ issueId: issue.id, index: outcome.index });
  }
  await deps.jira.setIncidentIndexes(mirrors);
  return summary;
}

/** One incident: merge its status facts, claim and send the due steps, record them. */
async function escalateOne(deps: EscalateSlaDeps, issue: FoundIssue, stored: IncidentRecord, config: AppConfig, now: string): Promise<{ index: IncidentIndex; sent: number; failed: boolean }> {
  const nowMs = Date.parse(now);
  // Status changes are merged first: a pause the record's copy missed must not escalate.
  const storedFacts = slaFactsOf(stored);
  const facts = withStatusChanges(storedFacts, await deps.store.statusChanges(stored.issueId));
  const record = facts === storedFacts ? stored : { ...stored, sla: facts };
  const sla = incidentSla(record, config.sla, nowMs);
  // The mirror is derived from this one reading, with whatever escalations end up recorded.
  const mirrorOf = (r: IncidentRecord) => toIncidentIndex(r, slaIndexFields(sla, r));
  const { send, settles } = sla.kind === 'clocks' ? dueSteps(sla.readings, new Set(facts.escalations.map((e) => e.step)), nowMs) : { send: [], settles: [] };
  if (settles.length === 0 || sla.kind === 'none') {
    if (record !== stored) await deps.store.put(record);
    return { index: mirrorOf(record), sent: 0, failed: false };
  }
  const claimed = await deps.ledger.claim(issue.id, settles, now);
  const toSend = send.filter((s) => claimed.has(s.key));
  if (toSend.length > 0) {
    const ctx = { issueKey: issue.key, summary: issue.summary, level: sla.level, calendar: sla.calendar, assignee: issue.assignee, steps: toSend, readings: sla.readings };
    try {
      // Internal: SLA escalations are for the team, not for the reporter on the portal.
      await deps.jira.addComment(issue.key, escalationComment(ctx), ESCALATION_PROPERTY_KEY, 'internal');
    } catch (e) {
      await deps.ledger.release(issue.id, claimed);
      deps.log('sla.escalation.failed', { issueKey: issue.key, steps: toSend.map((s) => s.key).join(' '), error: String(e) });
      return { index: mirrorOf(record), sent: 0, failed: true };
    }
    // The comment is the durable trace; a failed notify is logged, not retried, so the comment is never doubled.
    await deps.jira.notify(issue.key, escalationNotice(ctx), recipientsFor(config.sla, sla.level, toSend)).catch((e: unknown) => {
      deps.log('sla.notify.failed', { issueKey: issue.key, error: String(e) });
    });
  }
  const updated = { ...record, sla: withEscalations(facts, settles, now) };
  await deps.store.put(updated);
  return { index: mirrorOf(updated), sent: toSend.length, failed: false };
}

/** A breach goes to the breach path (it includes whoever the warning reached, if configured so). */
function recipientsFor(settings: SlaSettings, level: string, steps: { stage: 'warning' | 'breach' }[]): EscalationRecipients {
  const path = escalationPathFor(settings, level);
  return steps.some((s) => s.stage === 'breach') ? path.breach : path.warning;
}
