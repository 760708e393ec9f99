/**
 * The typed contract between the Custom UIs and the resolver function: keys shaped `area/verb`,
 * the payload each takes and the data each returns inside the shared envelope.
 * UIs import this file with `import type` (plus the RESOLVER_KEYS constant).
 */
import type { Envelope } from './envelope';
import type { ImpactLevel, IncidentCategoryId, UrgencyLevel } from './vocabulary';

export const RESOLVER_KEYS = {
  incidentGet: 'incident/get',
  incidentUpdate: 'incident/update',
  siteStatus: 'site/status',
} as const;

export interface IncidentChangeView {
  at: string;
  /** Account id of who made the change; the UI looks up display names as the viewer. */
  by: string | null;
  field: string;
  from: string | null;
  to: string | null;
}

export interface IncidentView {
  issue: { id: string; key: string; summary: string; status: string; priority: string | null };
  incident: {
    category: IncidentCategoryId | null;
    impact: ImpactLevel | null;
    urgency: UrgencyLevel | null;
    exercise: boolean;
    reportedAt: string;
    revision: number;
    updatedAt: string | null;
    history: IncidentChangeView[];
  };
  /** Whether the indexed issue property still matches the stored record (it can be edited by anyone). */
  indexInSync: boolean;
  canEdit: boolean;
}

export interface IncidentEdit {
  /** The revision the user saw; a stale revision is a CONFLICT, so nobody silently overwrites a colleague. */
  expectedRevision: number;
  category?: IncidentCategoryId | null;
  impact?: ImpactLevel | null;
  urgency?: UrgencyLevel | null;
  exercise?: boolean;
}

export interface SiteStatusView {
  lastSweep: { window: string; ranAt: string } | null;
  isAdmin: boolean;
}

/** Payload and result per resolver key; used by makeResolver on the backend and the UI wrappers. */
export interface ResolverContract {
  [RESOLVER_KEYS.incidentGet]: { payload: Record<string, never>; result: Envelope<IncidentView> };
  [RESOLVER_KEYS.incidentUpdate]: { payload: IncidentEdit; result: Envelope<IncidentView> };
  [RESOLVER_KEYS.siteStatus]: { payload: Record<string, never>; result: Envelope<SiteStatusView> };
}
export type ResolverKey = keyof ResolverContract;
