import type { IncidentRecord } from '../incident/incident-record';
import { evaluateObligations, type Obligation } from './evaluate-obligations';
import { EMPTY_LEGAL_FACTS, type LegalFacts } from './legal-facts';
import { pendingLegalSteps } from './legal-escalation-steps';
import { type LegalSettings, resolveRules } from './legal-settings';

export const legalFactsOf = (record: IncidentRecord): LegalFacts => record.legal ?? EMPTY_LEGAL_FACTS;

/**
 * Rules this incident has history under: a notice sent, a decision taken, or a deadline that
 * passed while still owed (its overdue reminder). They stay in its evaluation even when today's
 * settings disable them, so turning a rule off never erases a missed deadline from the panel, the
 * reports or the statistics.
 */
export function rulesWithHistory(facts: LegalFacts): Set<string> {
  const overdue = facts.escalations.map((e) => /^legal:(.+):overdue:/.exec(e.step)?.[1]).filter((id): id is string => id !== undefined);
  return new Set([...facts.sent.map((s) => s.ruleId), ...facts.decisions.map((d) => d.ruleId), ...overdue]);
}

/** The incident's legal obligations under the settings (and the rules it has history under), as of `now`. */
export function incidentObligations(record: IncidentRecord, settings: LegalSettings, now: number): Obligation[] {
  const facts = legalFactsOf(record);
  const kept = rulesWithHistory(facts);
  const rules =
    kept.size === 0
      ? resolveRules(settings)
      : resolveRules({ ...settings, enabled: { ...settings.enabled, ...Object.fromEntries([...kept].map((id) => [id, true])) } });
  return evaluateObligations(rules, facts, settings.profile, now);
}

/** The legal part of the indexed mirror: the next legal deadline and when the sweep must next remind. */
export interface LegalIndexFields {
  legalDue: string | null;
  legalNextCheck: string | null;
}

export const NO_LEGAL_INDEX: LegalIndexFields = { legalDue: null, legalNextCheck: null };

const iso = (ms: number | undefined) => (ms === undefined ? null : new Date(ms).toISOString());

/**
 * The earliest deadline of an obligation still owed (kept out of the issue-property mirror, which the reporter may read)
 * and the next reminder. Exercises run the clocks but send no legal escalations.
 */
export function legalIndexFields(obligations: readonly Obligation[], record: IncidentRecord, settings: LegalSettings): LegalIndexFields {
  const owed = obligations.map((o) => (o.state === 'open' ? o.dueAt : o.state === 'delayed' ? o.delayedUntil : null)).filter((d): d is number => d !== null);
  const done = new Set(legalFactsOf(record).escalations.map((e) => e.step));
  const next = record.exercise ? undefined : pendingLegalSteps(obligations, settings.escalation.atPercent, done)[0];
  return { legalDue: iso(owed.length > 0 ? Math.min(...owed) : undefined), legalNextCheck: iso(next?.at) };
}
