/**
 * The named roles of the incident command structure (seed 002: "one incident commander through
 * whom communication flows"; incident-practice.md B.2), each held by one Jira user at a time.
 */
export const ROLE_KEYS = ['commander', 'techLead', 'coordinator', 'comms', 'legalLead', 'scribe'] as const;
export type RoleKey = (typeof ROLE_KEYS)[number];

export const ROLE_LABELS: Readonly<Record<RoleKey, string>> = {
  commander: 'Incident commander',
  techLead: 'Technical lead',
  coordinator: 'Coordinator',
  comms: 'Communications lead',
  legalLead: 'Legal lead',
  scribe: 'Scribe',
};

export interface RoleAssignment {
  /** Who holds the role; null once it was cleared. */
  accountId: string | null;
  by: string;
  at: string;
}

export type IncidentRoles = Partial<Record<RoleKey, RoleAssignment>>;

/** Account ids holding any of `roles` (the people an escalation about them should reach). */
export function holdersOf(roles: IncidentRoles, keys: readonly RoleKey[]): string[] {
  return [...new Set(keys.map((k) => roles[k]?.accountId).filter((id): id is string => typeof id === 'string'))];
}
