/**
 * Stakeholder contacts (seed 002's minimal program: stakeholder and law-enforcement contacts):
 * whom to involve for which incidents, and by when they must be told.
 */
export interface StakeholderContact {
  id: string;
  name: string;
  role: string;
  /** Where the team reaches them: a chat channel, a mailbox, a phone tree. */
  channel: string;
  /** Out of hours: a phone number, a pager. */
  emergency: string;
  /** Category ids this contact is for; empty for every category. */
  categories: string[];
  /** Priority level ids; empty for every level. */
  levels: string[];
  /** Police or a national CSIRT's law-enforcement desk (seed 002 asks for these contacts apart). */
  lawEnforcement: boolean;
  /** Tell them within this many minutes of the incident being confirmed (or reported, before); null for no deadline. */
  tellWithinMinutes: number | null;
}

export interface ContactToInvolve {
  contact: StakeholderContact;
  /** When they must be told by, if the contact has a deadline. */
  tellBy: string | null;
}

/**
 * The contacts to involve for an incident's category and priority, those with the earliest
 * deadline first. The deadline runs from the triage confirmation, else from the report.
 * @example contactsToInvolve([legal], 'data-exposure', 'P1', '2026-01-01T09:00:00.000Z')[0].tellBy // '2026-01-01T10:00:00.000Z' for 60 minutes
 */
export function contactsToInvolve(contacts: readonly StakeholderContact[], category: string | null, level: string | null, since: string): ContactToInvolve[] {
  const matches = (list: string[], value: string | null) => list.length === 0 || (value !== null && list.includes(value));
  return contacts
    .filter((c) => matches(c.categories, category) && matches(c.levels, level))
    .map((contact) => ({
      contact,
      tellBy: contact.tellWithinMinutes === null ? null : new Date(Date.parse(since) + contact.tellWithinMinutes * 60_000).toISOString(),
    }))
    .sort((a, b) => (a.tellBy === null ? 1 : 0) - (b.tellBy === null ? 1 : 0) || (a.tellBy ?? '').localeCompare(b.tellBy ?? ''));
}
