import { DEFAULT_RUNBOOKS } from './default-runbooks';
import type { Runbook } from './runbooks';
import type { StakeholderContact } from './stakeholder-contacts';

/** Runbooks and stakeholder contacts, edited on the admin page (Admin-settings issue). */
export interface ResponseSettings {
  runbooks: Runbook[];
  /** Empty by default: only the organisation knows whom to call. The panel says so. */
  contacts: StakeholderContact[];
}

export const DEFAULT_RESPONSE_SETTINGS: ResponseSettings = { runbooks: DEFAULT_RUNBOOKS, contacts: [] };
