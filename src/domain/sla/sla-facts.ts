/**
 * What the SLA clocks are computed from: facts recorded on the incident record as they happen.
 * Facts are only ever added (a status change is keyed by Jira's changelog id), so events that
 * arrive late, twice or out of order end in the same facts; the clocks are derived from them.
 */
export interface StatusChangeFact {
  /** Jira's changelog id: the same change delivered twice is recorded once. */
  id: string;
  at: string;
  from: string | null;
  to: string;
}

/** One escalation step done (a warning or a breach notice for one clock and one due time). */
export interface EscalationDone {
  step: string;
  at: string;
}

export interface SlaFacts {
  /** The first time a responder acted in the app (triage decision or classification). */
  respondedAt: string | null;
  respondedBy: string | null;
  statusChanges: StatusChangeFact[];
  escalations: EscalationDone[];
}

export const EMPTY_SLA_FACTS: SlaFacts = { respondedAt: null, respondedBy: null, statusChanges: [], escalations: [] };

/** Bounds that keep the record far below the 240 KiB KVS value limit. */
export const MAX_STATUS_CHANGES = 300;
export const MAX_ESCALATIONS = 100;

/**
 * Adds status changes not yet recorded (by changelog id), in time order. Returns the same object
 * when nothing is new, so callers can skip the write.
 * @example withStatusChanges(EMPTY_SLA_FACTS, [{ id: '7', at: '2026-01-01T10:00:00.000Z', from: 'Open', to: 'In Progress' }]).statusChanges.length // 1
 */
export function withStatusChanges(facts: SlaFacts, changes: readonly StatusChangeFact[]): SlaFacts {
  const known = new Set(facts.statusChanges.map((c) => c.id));
  const fresh = changes.filter((c) => !known.has(c.id));
  if (fresh.length === 0) return facts;
  const all = [...facts.statusChanges, ...fresh].sort(byTimeThenId).slice(-MAX_STATUS_CHANGES);
  return { ...facts, statusChanges: all };
}

/** Records the first responder action; later actions change nothing. */
export function withResponse(facts: SlaFacts, by: string, at: string): SlaFacts {
  if (facts.respondedAt !== null && Date.parse(facts.respondedAt) <= Date.parse(at)) return facts;
  return { ...facts, respondedAt: at, respondedBy: by };
}

/** Records escalation steps as done (a step already recorded is kept once). */
export function withEscalations(facts: SlaFacts, steps: readonly string[], at: string): SlaFacts {
  const escalations = withSteps(facts.escalations, steps, at);
  return escalations === facts.escalations ? facts : { ...facts, escalations };
}

/** The escalations with new steps added, oldest dropped beyond the bound; the same array when nothing is new. */
export function withSteps(done: readonly EscalationDone[], steps: readonly string[], at: string): EscalationDone[] {
  const known = new Set(done.map((e) => e.step));
  const fresh = steps.filter((s) => !known.has(s));
  if (fresh.length === 0) return done as EscalationDone[];
  return [...done, ...fresh.map((step) => ({ step, at }))].slice(-MAX_ESCALATIONS);
}

function byTimeThenId(a: StatusChangeFact, b: StatusChangeFact): number {
  return Date.parse(a.at) - Date.parse(b.at) || Number(a.id) - Number(b.id) || a.id.localeCompare(b.id);
}
