/**
 * Who may run which of the app's modules, by the kinds of user Atlassian documents. By default
 * only users licensed for the product a module runs in can use it; a module admits others only by
 * listing their type under `unlicensedAccess`, and only the types its module page supports:
 * https://developer.atlassian.com/platform/forge/access-to-forge-apps-for-unlicensed-users/
 * https://developer.atlassian.com/platform/forge/access-to-forge-apps-for-unlicensed-jsm-users/
 */
import type { ModuleEntry } from '../manifest';
import { APP_USER, findUser } from './directory';

/** The account id Forge gives a user who is not logged in (forge-platform.md 1.10). */
export const ANONYMOUS_ACCOUNT_ID = 'unidentified';

/**
 * What Forge puts in a resolver's context as `accountType` (UI Kit 1's product context had it,
 * @forge/resolver 1.5.0 added it to the resolver context; the bridge's getContext does not carry
 * it: https://jira.atlassian.com/browse/ECO-778).
 */
export type ForgeAccountType = 'licensed' | 'unlicensed' | 'customer' | 'anonymous';

/** The product a module runs in: Jira Service Management's portal modules, or Jira's. */
const productOf = (module: Pick<ModuleEntry, 'type'>): 'jsm' | 'jira' => (module.type.startsWith('jiraServiceManagement:') ? 'jsm' : 'jira');

/**
 * The user's type for a module. A licensed non-agent (a Jira licence, no JSM agent licence) is
 * licensed for Jira's modules and `unlicensed` for JSM's. The page counts JSM "collaborators" as
 * licensed too; the site takes the stricter reading and treats every non-agent as unlicensed to
 * JSM, so the app never relies on a collaborator's licence to show its portal modules.
 */
export function accountTypeFor(accountId: string, module: Pick<ModuleEntry, 'type'>): ForgeAccountType {
  if (accountId === APP_USER.accountId) return 'licensed';
  const user = findUser(accountId);
  if (!user) return 'anonymous';
  if (user.kind === 'portal-customer') return 'customer';
  if (user.kind === 'agent') return 'licensed';
  return productOf(module) === 'jsm' ? 'unlicensed' : 'licensed';
}

/** Whether a user may see and invoke a module: licensed for its product, or their type is listed in its `unlicensedAccess`. */
export function mayUseModule(accountId: string, module: Pick<ModuleEntry, 'type' | 'raw'>): boolean {
  const type = accountTypeFor(accountId, module);
  return type === 'licensed' || ((module.raw.unlicensedAccess as string[] | undefined) ?? []).includes(type);
}

/**
 * Whether the app's asUser() calls work for this user type. The page says that of the unlicensed
 * types only JSM customers can make asUser() calls; what Forge answers the others is not
 * documented, so the site refuses them as it refuses a call without a user (forge-hooks.ts).
 */
export const canActAsUser = (type: ForgeAccountType | undefined): boolean => type === 'licensed' || type === 'customer';
