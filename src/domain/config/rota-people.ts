import { sectionOfPath } from '../../shared/settings-sections';
import type { AppConfig } from './app-config';
import type { AccountFacts } from './escalation-users';
import type { ConfigProblem } from './validate-config';

/** Every person the rotas name (in turn or in an override), with the field that names them. */
export function rotaPeople(config: AppConfig): { path: string; rota: string; accountId: string }[] {
  return config.oncall.rotas.flatMap((rota, r) => [
    ...rota.primary.map((accountId) => ({ path: `oncall.rotas.${r}.primary`, rota: rota.name, accountId })),
    ...rota.secondary.map((accountId) => ({ path: `oncall.rotas.${r}.secondary`, rota: rota.name, accountId })),
    ...rota.overrides.map((o, i) => ({ path: `oncall.rotas.${r}.overrides.${i}.accountId`, rota: rota.name, accountId: o.accountId })),
  ]);
}

/**
 * A page is an assignment and a mention, so only a person who works in Jira can hold the pager: an
 * account Jira does not know (a typo, a deleted user) would leave the rota with nobody to page, and a
 * portal customer or an app cannot be assigned an internal incident.
 * @example rotaPeopleProblems(config, { 'acc-jordan': { accountType: 'customer', displayName: 'Jordan' } })
 *   // [{ section: 'oncall', path: 'oncall.rotas.0.primary', message: 'Jordan is a portal customer, so cannot be on call in "Security on call". ...' }]
 */
export function rotaPeopleProblems(config: AppConfig, accounts: Readonly<Record<string, AccountFacts>>): ConfigProblem[] {
  const seen = new Set<string>();
  return rotaPeople(config).flatMap(({ path, rota, accountId }) => {
    const account = accounts[accountId];
    if (account?.accountType === 'atlassian' || seen.has(`${path}:${accountId}`)) return [];
    seen.add(`${path}:${accountId}`);
    const message = !account
      ? `Someone in rota "${rota}" is not a person Jira knows (they may have left): remove them and pick people by name.`
      : `${account.displayName} is ${account.accountType === 'customer' ? 'a portal customer' : 'not a person who works in Jira'}, so cannot be on call in "${rota}". Choose someone with a Jira licence.`;
    return [{ section: sectionOfPath(path), path, message }];
  });
}
