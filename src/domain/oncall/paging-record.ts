import type { PagingRole } from './paging-steps';
import type { OnCallSettings } from './oncall-settings';

/** One page sent or one place passed over, as the panel and the timeline tell it. */
export interface PagingEvent {
  /** The step's key (paging-steps.ts): one event per key. */
  key: string;
  kind: 'paged' | 'skipped';
  role: PagingRole;
  accountId: string | null;
  at: string;
}

/**
 * The paging of one incident, kept in storage (`paging:<issueId>`). Made once, create-only, when
 * the incident is confirmed at a level; the sweep pages on from it until someone acknowledges or
 * the incident ends.
 */
export interface PagingRecord {
  issueId: string;
  issueKey: string;
  /** The level paging is for; a later change of level re-evaluates the policy. */
  level: string;
  /** When the incident was confirmed (paging was asked for). */
  since: string;
  rotaId: string;
  /** When the first page went out; null while the level waits for business hours. */
  startedAt: string | null;
  events: PagingEvent[];
  acknowledgedBy: string | null;
  acknowledgedAt: string | null;
  /** When paging stopped without an acknowledgement (closed, dismissed, made an exercise). */
  endedAt: string | null;
  /**
   * When nobody was left to page: everyone in the chain paged or passed over, or the level is never
   * paged. The sweep stops looking at it (so pagings nobody acknowledged never crowd out new ones);
   * "I'm on it" still works, and a change of level starts the chain's look again.
   */
  chainDoneAt?: string | null;
  /**
   * Opened by a monitor's alert: such an event pages before anyone confirms it (a database offline
   * at 3 a.m. is exactly what on call is for); a person's report pages once it is confirmed.
   */
  fromAlert?: boolean;
}

/** The facts about an incident that decide whether it pages. */
export interface PageableIncident {
  triage: 'event' | 'incident' | 'not-incident';
  /** The incident was opened by an alert: an unconfirmed event pages too. */
  fromAlert?: boolean;
  exercise: boolean;
  priority: string | null;
  closed: boolean;
}

/**
 * Whether an incident asks for paging: confirmed (or, when an alert opened it, still an event),
 * at a level, not an exercise and not closed.
 * @example asksForPaging({ triage: 'incident', exercise: false, priority: 'Critical', closed: false }) // true
 * @example asksForPaging({ triage: 'event', fromAlert: true, exercise: false, priority: 'Critical', closed: false }) // true
 */
export const asksForPaging = (i: PageableIncident): boolean =>
  (i.triage === 'incident' || (i.triage === 'event' && i.fromAlert === true)) && !i.exercise && i.priority !== null && !i.closed;

/**
 * The rota an incident of the project pages: the project's own, else the default; null when none
 * is set up (nobody is paged, and the panel says so). A rota id that no longer exists counts as none.
 * @example rotaIdFor({ ...DEFAULT_ONCALL_SETTINGS, rotas: [infra], defaultRotaId: 'infra' }, 'SEC') // 'infra'
 */
export function rotaIdFor(settings: OnCallSettings, projectKey: string): string | null {
  const id = settings.rotaByProject[projectKey] ?? settings.defaultRotaId;
  return id !== null && settings.rotas.some((r) => r.id === id) ? id : null;
}

/** Whether the sweep still has work on this paging. */
export const isPagingOpen = (p: PagingRecord): boolean => p.acknowledgedAt === null && p.endedAt === null;

/**
 * A new paging record for an incident confirmed at `level` now.
 * @example newPagingRecord('10001', 'SEC-1', 'Critical', 'infra', '2026-12-06T02:00:00.000Z').startedAt // null (the sweep starts it)
 */
export function newPagingRecord(issueId: string, issueKey: string, level: string, rotaId: string, now: string, fromAlert = false): PagingRecord {
  return {
    issueId,
    issueKey,
    level,
    since: now,
    rotaId,
    startedAt: null,
    events: [],
    acknowledgedBy: null,
    acknowledgedAt: null,
    endedAt: null,
    ...(fromAlert ? { fromAlert: true } : {}),
  };
}
