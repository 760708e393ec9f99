import { saveRecord } from './save-record';
import { type AuthorLedger, claimTimelineRoom, requireRoomFor, standingOf, withTimelineRoom } from './author-budget';
import type { IncidentChange, IncidentRecord } from '../domain/incident/incident-record';
import { MAX_HISTORY_ENTRIES } from '../domain/incident/incident-record';
import { incidentObligations, legalFactsOf } from '../domain/legal/incident-legal';
import { legalEntryText } from '../domain/legal/legal-entry-text';
import { type LegalFactOutcome, type LegalFacts, recordDecision, recordSent, recordStart } from '../domain/legal/legal-facts';
import type { IncidentView, LegalAnswersView, LegalRecordAction } from '../shared/resolver-contract';
import type { AppConfig } from '../domain/config/app-config';
import { AppError, staleRevision } from './app-error';
import { tooEarlyForIssue } from '../domain/incident/earliest-event';
import { currentRecord } from './current-record';
import { requireIssue } from './require-issue';
import { type IncidentChangeDeps, publishIncidentChange } from './publish-incident-change';

export type RecordLegalDeps = IncidentChangeDeps & { authors: AuthorLedger };

/**
 * A responder records a legal fact: the applicability answers, when a clock-start trigger
 * happened, a notification decision, or that a notice went out. Facts are only added: a start is
 * never overwritten (a correction is a new entry with a reason). Anything invalid is refused with
 * the field to fix, and nothing is stored.
 */
export async function recordLegal(deps: RecordLegalDeps, issueKey: string, accountId: string, action: LegalRecordAction): Promise<IncidentView> {
  const { issue } = await requireIssue(deps.jira, issueKey, 'You need permission to edit this issue to record legal facts.');
  const { record, config, intake, timelineHead } = await deps.store.getWithSettings(issue);
  const settings = config.config;
  const current = currentRecord(issue, record, settings);
  if (action.expectedRevision !== current.revision) {
    throw staleRevision(current.revision);
  }
  const now = deps.now();
  // Every start is awareness or a determination: it may come a little before the report, never decades.
  const tooEarly = action.action === 'start' ? tooEarlyForIssue(action.at, issue.created) : null;
  if (tooEarly) throw new AppError('VALIDATION_FAILED', `${tooEarly} Nothing was saved.`, { at: tooEarly });
  const { facts, change, entryText } = apply(current, settings, action, accountId, now);
  const saved: IncidentRecord = {
    ...current,
    legal: facts,
    revision: current.revision + 1,
    updatedAt: now,
    history: [...current.history, change].slice(-MAX_HISTORY_ENTRIES),
  };
  const standing = standingOf(accountId, record, settings);
  requireRoomFor(saved, standing, true);
  const release = await claimTimelineRoom(deps.authors, issue.id, accountId, standing, timelineHead?.seq ?? 0);
  await withTimelineRoom(release, () => saveRecord(deps.store, saved, current.revision));
  // Every legal fact is also a timeline entry: the chained account of who decided what, when.
  const happenedAt = action.action === 'start' ? action.at : action.action === 'sent' ? action.sentAt : now;
  const entries = [
    {
      kind: 'legal' as const,
      text: entryText,
      by: accountId,
      happenedAt,
      recordedAt: now,
      corrects: null,
      data: { action: action.action, ...('ruleId' in action ? { ruleId: action.ruleId } : {}) },
    },
  ];
  return publishIncidentChange(deps, { issue, saved, settings, mirrorKey: config.mirrorKey, notes: intake?.notes ?? [], now, timelineHead, entries });
}

function apply(
  record: IncidentRecord,
  config: AppConfig,
  action: LegalRecordAction,
  by: string,
  now: string,
): { facts: LegalFacts; change: IncidentChange; entryText: string } {
  const facts = legalFactsOf(record);
  const change = (field: string, to: string, reason: string | null = null): IncidentChange => ({ at: now, by, field, from: null, to, reason });
  switch (action.action) {
    case 'answer':
      return {
        facts: { ...facts, answers: action.answers, answeredBy: by, answeredAt: now },
        change: change('legal answers', summariseAnswers(action.answers)),
        entryText: legalEntryText({ action: 'answer', answers: action.answers }),
      };
    case 'start': {
      const input = {
        trigger: action.trigger,
        at: action.at,
        timeZone: action.timeZone,
        ...optional({ reason: action.reason, evidence: action.evidence, corrects: action.corrects }),
      };
      return {
        facts: unwrap(recordStart(facts, input, by, now)),
        change: change(`legal start ${action.trigger}`, action.at, action.reason ?? null),
        entryText: legalEntryText({ action: 'start', trigger: action.trigger, reason: action.reason }),
      };
    }
    case 'decide': {
      const { rule } = ruleInForce(record, config, action.ruleId, now);
      const input = {
        ruleId: action.ruleId,
        decision: action.decision,
        ...optional({ rationale: action.rationale, evidence: action.evidence, delay: action.delay }),
      };
      // One decision, one reason, for every stage of the regime not yet sent (NIS2: not a significant incident).
      const ruleIds = action.allStages ? stagesOfRegime(record, config, rule, now) : [action.ruleId];
      const decided = ruleIds.reduce((f, ruleId) => unwrap(recordDecision(f, { ...input, ruleId }, by, now)), facts);
      const named = action.allStages ? { regime: rule.regime, stage: 'every stage' } : rule;
      return {
        facts: decided,
        change: change(`legal decision ${action.allStages ? `${rule.regime}, every stage` : action.ruleId}`, action.decision, action.rationale ?? null),
        entryText: legalEntryText({ action: 'decide', rule: named, decision: action.decision, rationale: action.rationale }),
      };
    }
    case 'sent': {
      const obligation = ruleInForce(record, config, action.ruleId, now);
      const input = {
        ruleId: action.ruleId,
        sentAt: action.sentAt,
        recipient: action.recipient,
        ...optional({ reference: action.reference, lateReason: action.lateReason, corrects: action.corrects, reason: action.reason }),
      };
      const due = obligation.delayedUntil ?? obligation.dueAt;
      return {
        facts: unwrap(recordSent(facts, input, obligation.rule, due, by, now)),
        change: change(`legal notice sent ${action.ruleId}`, action.sentAt, action.lateReason ?? action.reason ?? null),
        entryText: legalEntryText({ action: 'sent', rule: obligation.rule, recipient: action.recipient, lateReason: action.lateReason ?? action.reason }),
      };
    }
  }
}

/** Decisions and sendings are for rules that apply, or may apply, to this incident. */
function ruleInForce(record: IncidentRecord, config: AppConfig, ruleId: string, now: string) {
  const obligation = incidentObligations(record, config.legal, Date.parse(now)).find((o) => o.rule.id === ruleId);
  if (!obligation)
    throw new AppError('VALIDATION_FAILED', 'This rule does not apply to this incident, or an admin has switched it off. Nothing was saved.', {
      ruleId: 'Choose a rule listed for this incident.',
    });
  return obligation;
}

/** The stages of a rule's regime (same regime and jurisdiction) listed for this incident and not sent, with the reports that may replace them. */
function stagesOfRegime(record: IncidentRecord, config: AppConfig, rule: { regime: string; jurisdiction: string }, now: string): string[] {
  const stages = incidentObligations(record, config.legal, Date.parse(now)).filter(
    (o) => o.rule.regime === rule.regime && o.rule.jurisdiction === rule.jurisdiction && o.sendings.length === 0,
  );
  const replacements = stages.map((o) => o.rule.replacedIfOngoingBy).filter((id): id is string => id !== null && id !== undefined);
  return [...new Set([...stages.map((o) => o.rule.id), ...replacements])];
}

function unwrap(outcome: LegalFactOutcome): LegalFacts {
  if (outcome.ok) return outcome.facts;
  const { field, message, conflict } = outcome.problem;
  throw new AppError(conflict ? 'CONFLICT' : 'VALIDATION_FAILED', `${message} Nothing was saved.`, { [field]: message });
}

/** Drops undefined values, so optional inputs stay absent (exactOptionalPropertyTypes). */
function optional<T extends Record<string, unknown>>(values: T): { [K in keyof T]?: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as { [K in keyof T]?: Exclude<T[K], undefined> };
}

function summariseAnswers(a: LegalAnswersView): string {
  return [
    `personal data: ${a.personalData ?? 'not answered'}`,
    `risk: ${a.risk ?? 'not answered'}`,
    `where: ${a.residences.join(', ') || 'not answered'}${a.residencesComplete ? '' : ' (maybe more)'}`,
  ].join('; ');
}
