import type { AlertGroupingDecision } from './alert-grouping';
import { isGroupResolved, type AlertGroupState } from './alert-group-state';

/**
 * The group's state once a decision is carried out, for the next batch to be decided against.
 * @example recordAlertGrouping(null, { kind: 'create', alerts: [a1Firing] }, now) // { recorded: { a1: 'firing' }, resolvedAt: null, confirmed: false, open: true }
 */
export function recordAlertGrouping(state: AlertGroupState | null, decision: AlertGroupingDecision, now: string): AlertGroupState | null {
  if (decision.kind === 'duplicate' || decision.kind === 'ignored') return state;
  // A new incident starts a new record: the closed one's alerts belong to its own history.
  const before: AlertGroupState = decision.kind === 'create' || !state ? { recorded: {}, resolvedAt: null, confirmed: false, open: true } : state;
  const recorded = { ...before.recorded, ...Object.fromEntries(decision.alerts.map((alert) => [alert.fingerprint, alert.status])) };
  const resolved = isGroupResolved(recorded, []);
  return {
    recorded,
    resolvedAt: resolved ? (before.resolvedAt ?? now) : null,
    confirmed: before.confirmed,
    open: decision.kind === 'reopen' || (before.open && !(decision.kind === 'resolved' && decision.resolveIncident)),
  };
}
