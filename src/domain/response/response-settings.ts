import { DEFAULT_RUNBOOKS } from './default-runbooks';
import type { Runbook } from './runbooks';
import type { StakeholderContact } from './stakeholder-contacts';
import { TOMBSTONE_RETENTION_DAYS } from '../incident/tombstone';

/** Runbooks and stakeholder contacts, edited on the admin page (Admin-settings issue). */
export interface ResponseSettings {
  runbooks: Runbook[];
  /** Empty by default: only the organisation knows whom to call. The panel says so. */
  contacts: StakeholderContact[];
  /** How long a deleted incident's tombstone is kept (days, at most 365: Forge storage's longest TTL). */
  deletedRetentionDays: number;
}

export const DEFAULT_RESPONSE_SETTINGS: ResponseSettings = { runbooks: DEFAULT_RUNBOOKS, contacts: [], deletedRetentionDays: TOMBSTONE_RETENTION_DAYS.default };
