import { sectionOfPath } from '../../shared/settings-sections';
import type { EscalationRecipients } from '../sla/sla-settings';
import type { AppConfig } from './app-config';
import type { ConfigProblem } from './validate-config';

/** What Jira says an account is (GET /rest/api/3/user/bulk: accountType, displayName). */
export interface AccountFacts {
  accountType: string;
  displayName: string;
}

/** Every person the settings name as an escalation recipient, with the field that names them. */
export function escalationUsers(config: AppConfig): { path: string; accountId: string }[] {
  const paths: [string, EscalationRecipients][] = [
    ['sla.escalation.default.warning', config.sla.escalation.default.warning],
    ['sla.escalation.default.breach', config.sla.escalation.default.breach],
    ...Object.entries(config.sla.escalation.byLevel).flatMap(([level, path]): [string, EscalationRecipients][] => [
      [`sla.escalation.byLevel.${level}.warning`, path.warning],
      [`sla.escalation.byLevel.${level}.breach`, path.breach],
    ]),
    ...Object.entries(config.projects).flatMap(([key, o]): [string, EscalationRecipients][] =>
      o.escalation
        ? [
            [`projects.${key}.escalation.warning`, o.escalation.warning],
            [`projects.${key}.escalation.breach`, o.escalation.breach],
          ]
        : [],
    ),
    ['legal.escalation.recipients', config.legal.escalation.recipients],
  ];
  return paths.flatMap(([path, r]) => r.users.map((accountId) => ({ path: `${path}.users`, accountId })));
}

/**
 * Escalations go to people who work in Jira: a portal customer (the picker leaves them out; a saved
 * payload may not) or an app's account would get an internal escalation about an incident, or
 * nothing. Accounts Jira does not know stay as they are (a person who left reads as "Former user").
 * @example escalationUserProblems(config, { 'acc-jordan': { accountType: 'customer', displayName: 'Jordan' } })
 *   // [{ section: 'escalation', path: 'sla.escalation.default.breach.users', message: 'Jordan is a portal customer, ...' }]
 */
export function escalationUserProblems(config: AppConfig, accounts: Readonly<Record<string, AccountFacts>>): ConfigProblem[] {
  return escalationUsers(config).flatMap(({ path, accountId }) => {
    const account = accounts[accountId];
    if (!account || account.accountType === 'atlassian') return [];
    const what = account.accountType === 'customer' ? 'a portal customer' : 'not a person who works in Jira';
    const message = `${account.displayName} is ${what}, so cannot receive escalations. Choose someone with a Jira licence.`;
    return [{ section: sectionOfPath(path), path, message }];
  });
}
