/**
 * Installs the runtime hooks the real @forge/api and @forge/kvs call (forge-platform.md 7.6):
 * `global.__forge_fetch__(target, path, init)` is their single exit point, and
 * `global.__forge_runtime__` carries the app context. Requests go to the emulated Jira and KVS
 * in-process; nothing is mocked in the packages themselves.
 */
import { APP_USER } from '../state/directory';
import type { Caller } from '../jira/jira-env';
import { canActAsUser } from '../state/user-kinds';
import { type Invocation, invocationScope } from './invocation';

export interface ForgeTarget {
  type: string;
  provider?: string;
  remote?: string;
  accountId?: string;
}

export interface HookTargets {
  jira: (request: Request, caller: Caller) => Promise<Response>;
  kvs: (request: Request) => Promise<Response>;
  confluence: (request: Request, caller: Caller) => Promise<Response>;
  /** The platform's GraphQL API (stargate), for @forge/api's webTrigger URL operations. */
  graphql: (request: Request) => Promise<Response>;
  appId: string;
  environmentId: string;
  installationId: string;
  cloudId: string;
  scopes: string[];
  /** Where the function's code is, with the translations in `__LOCALES__/` (forge-locales.ts), as @forge/api's i18n reads them. */
  appCodeDir: string;
}

type ForgeGlobal = typeof globalThis & { __forge_fetch__?: unknown; __forge_runtime__?: unknown };

export function installForgeHooks(targets: HookTargets): () => void {
  const g = globalThis as ForgeGlobal;
  const previous = { fetch: g.__forge_fetch__, runtime: g.__forge_runtime__ };
  g.__forge_fetch__ = async (target: ForgeTarget, path: string, init: RequestInit = {}) => {
    const invocation = invocationScope.getStore();
    const request = new Request(`http://${target.type === 'kvs' ? 'kvs' : (target.remote ?? 'jira')}.local${path}`, init);
    if (target.type === 'kvs') {
      invocation?.requests.push({ kind: 'kvs', method: 'POST', path });
      return targets.kvs(request);
    }
    if (target.type === 'fpp' && target.remote === 'jira') {
      const caller = callerFor(target, invocation);
      if (!caller) return needsAuthentication();
      invocation?.requests.push({ kind: 'jira', method: request.method, path });
      return targets.jira(request, caller);
    }
    if (target.type === 'fpp' && target.remote === 'confluence') {
      const caller = callerFor(target, invocation);
      if (!caller) return needsAuthentication();
      invocation?.requests.push({ kind: 'confluence', method: request.method, path });
      return targets.confluence(request, caller);
    }
    if (target.type === 'fpp' && target.remote === 'stargate' && path === '/graphql') {
      if (!callerFor(target, invocation)) return needsAuthentication();
      invocation?.requests.push({ kind: 'graphql', method: request.method, path });
      return targets.graphql(request);
    }
    throw new Error(`The local Jira site does not emulate Forge fetch target ${JSON.stringify(target)} (${path}).`);
  };
  g.__forge_runtime__ = {
    // A getter, so getAppContext() reports the module of the invocation that asks.
    get appContext() {
      return {
        appId: targets.appId,
        appVersion: '1.0.0',
        environmentId: targets.environmentId,
        environmentType: 'DEVELOPMENT',
        invocationId: 'local',
        installationId: targets.installationId,
        moduleKey: invocationScope.getStore()?.moduleKey ?? '',
        license: undefined,
        installation: undefined,
        permissions: { scopes: targets.scopes, external: {} },
      };
    },
    contextAri: `ari:cloud:jira::site/${targets.cloudId}`,
    lambdaContext: { getRemainingTimeInMillis: () => 25_000 },
    metrics: {
      counter: () => ({ incr: () => undefined, decr: () => undefined }),
      timing: () => ({ measure: () => ({ stop: () => undefined }) }),
    },
    externalAuth: [],
    container: { appCodeDir: targets.appCodeDir },
  };
  return () => {
    g.__forge_fetch__ = previous.fetch;
    g.__forge_runtime__ = previous.runtime;
  };
}

/**
 * asApp() acts as the app's bot; asUser() as the invocation's user (or the id it was given). Only
 * licensed users and JSM customers can make asUser() calls: an unlicensed or anonymous user's is
 * refused like a call without a user (the stricter reading; Forge documents no answer for it):
 * https://developer.atlassian.com/platform/forge/access-to-forge-apps-for-unlicensed-users/
 */
function callerFor(target: ForgeTarget, invocation: Invocation | undefined): Caller | null {
  if (target.provider === 'app') return { accountId: APP_USER.accountId, selfGenerated: true };
  if (invocation?.accountType && !canActAsUser(invocation.accountType)) return null;
  const accountId = target.accountId ?? invocation?.accountId ?? null;
  return accountId ? { accountId, selfGenerated: true } : null;
}

/** What Forge's proxy answers when asUser() has no user: @forge/api raises NeedsAuthenticationError. */
function needsAuthentication(): Response {
  return new Response('', { status: 401, headers: { 'forge-proxy-error': 'NEEDS_AUTHENTICATION_ERR' } });
}
