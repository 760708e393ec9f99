import type { StakeholderAudience } from './stakeholder-settings';

/** Who an update goes to: people by account id, groups by name. */
export interface UpdateRecipients {
  users: string[];
  groups: string[];
}

const covers = (list: 'every' | string[], value: string | null) => list === 'every' || (value !== null && list.includes(value));

/**
 * The stakeholders of an incident's category and level: every audience that covers both, merged.
 * The reporter is never among them as a person (on a portal request the reporter is the employee
 * who reported it, who hears from the team by replies, not by internal updates).
 * @example updateRecipients([{ name: 'Board', categories: 'every', levels: ['Critical'], users: ['acc-morgan'], groups: ['execs'] }], 'phishing', 'Critical', null)
 *   // { users: ['acc-morgan'], groups: ['execs'] }
 */
export function updateRecipients(
  audiences: readonly StakeholderAudience[],
  category: string | null,
  level: string | null,
  reporter: string | null,
): UpdateRecipients {
  const matching = audiences.filter((a) => covers(a.categories, category) && covers(a.levels, level));
  const users = [...new Set(matching.flatMap((a) => a.users))].filter((u) => u !== reporter);
  const groups = [...new Set(matching.flatMap((a) => a.groups))];
  return { users, groups };
}
