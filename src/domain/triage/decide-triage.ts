import { type IncidentRecord, MAX_HISTORY_ENTRIES, type TriageState } from '../incident/incident-record';

export type TriageAction = 'confirm' | 'dismiss' | 'reopen';

export type TriageOutcome =
  | { kind: 'applied'; record: IncidentRecord }
  | { kind: 'unchanged'; record: IncidentRecord }
  | { kind: 'stale'; currentRevision: number }
  | { kind: 'reason-required' };

const TARGET: Record<TriageAction, TriageState> = { confirm: 'incident', dismiss: 'not-incident', reopen: 'event' };

/**
 * A responder decides whether an event is an incident (seed 004: people or resources are
 * committed to it) or not, with who, when and why. Dismissing needs a reason, because the
 * decision is reviewed later; dismissed events still count as events.
 * @example decideTriage(record, 'dismiss', 'Marketing newsletter, not phishing', 0, 'acc-1', now).kind // 'applied'
 */
export function decideTriage(
  record: IncidentRecord,
  action: TriageAction,
  reason: string | null,
  expectedRevision: number,
  actor: string | null,
  now: string,
): TriageOutcome {
  if (expectedRevision !== record.revision) return { kind: 'stale', currentRevision: record.revision };
  const why = reason?.trim() || null;
  if ((action === 'dismiss' || action === 'reopen') && !why) return { kind: 'reason-required' };
  const state = TARGET[action];
  if (state === record.triage.state) return { kind: 'unchanged', record };
  const entry = { at: now, by: actor, field: 'triage', from: record.triage.state, to: state, reason: why };
  return {
    kind: 'applied',
    record: {
      ...record,
      triage: { state, by: actor, at: now, reason: why },
      revision: record.revision + 1,
      updatedAt: now,
      history: [...record.history, entry].slice(-MAX_HISTORY_ENTRIES),
    },
  };
}
