import type { AccountFacts } from '../config/escalation-users';
import type { StakeholderUpdateSettings } from './stakeholder-settings';

/** Every person the stakeholder settings name, with the field that names them. */
export function stakeholderPeople(settings: StakeholderUpdateSettings): { path: string; accountId: string }[] {
  return settings.audiences.flatMap((a, i) => a.users.map((accountId) => ({ path: `stakeholders.audiences.${i}.users`, accountId })));
}

/**
 * Updates are internal: a portal customer (the picker leaves them out; a saved payload may not) or
 * an app's account must not be a stakeholder. Accounts Jira does not know stay as they are (a
 * person who left reads as "Former user"), as for escalations.
 * @example stakeholderPeopleProblems(settings naming 'acc-casey', { 'acc-casey': { accountType: 'customer', displayName: 'Casey' } })
 *   // [{ path: 'stakeholders.audiences.0.users', message: 'Casey is a portal customer, so cannot receive stakeholder updates. ...' }]
 */
export function stakeholderPeopleProblems(
  settings: StakeholderUpdateSettings,
  accounts: Readonly<Record<string, AccountFacts>>,
): { path: string; message: string }[] {
  return stakeholderPeople(settings).flatMap(({ path, accountId }) => {
    const account = accounts[accountId];
    if (!account || account.accountType === 'atlassian') return [];
    const what = account.accountType === 'customer' ? 'a portal customer' : 'not a person who works in Jira';
    return [
      { path, message: `${account.displayName} is ${what}, so cannot receive stakeholder updates (they are internal). Choose someone with a Jira licence.` },
    ];
  });
}
