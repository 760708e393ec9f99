/**
 * What the reporter submits from the portal. Jira stores it as the issue property keyed by the
 * app id's UUID; the backend treats it as untrusted input.
 */
export const PERSONAL_DATA_ANSWERS = [
  { id: 'yes', label: 'Yes' },
  { id: 'no', label: 'No' },
  { id: 'unsure', label: 'Not sure' },
] as const;

export interface PortalReport {
  category: string | null;
  personalData: string | null;
}
