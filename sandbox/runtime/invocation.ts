/**
 * The Forge invocation that is running now. Forge knows which user an `asUser()` request is for
 * from the invocation itself (the request carries no account id), so the site keeps the same
 * knowledge per async call chain.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

export interface PlatformRequest {
  kind: 'jira' | 'kvs' | 'confluence' | 'graphql';
  method: string;
  path: string;
}

export interface Invocation {
  functionKey: string;
  moduleKey: string;
  /** null for triggers and scheduled runs: they have no user. */
  accountId: string | null;
  /** The user's type for the invoked module (user-kinds.ts): whether asUser() may act for them; null without a user. */
  accountType?: 'licensed' | 'unlicensed' | 'customer' | 'anonymous' | null;
  requests: PlatformRequest[];
}

export const invocationScope = new AsyncLocalStorage<Invocation>();
