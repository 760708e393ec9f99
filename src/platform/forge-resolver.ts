/**
 * Turns a plain map of resolver functions into the Forge function handler. Kept here so that
 * src/resolvers stays free of @forge/* and can be called directly in tests.
 */
import Resolver from '@forge/resolver';
import type { ResolverRequest } from '../resolvers/resolver-request';

export type ResolverFunction = (request: ResolverRequest) => Promise<unknown>;

export function buildResolverHandler(definitions: Record<string, ResolverFunction>): ReturnType<Resolver['getDefinitions']> {
  const resolver = new Resolver();
  for (const [key, fn] of Object.entries(definitions)) {
    resolver.define(key, (req) => fn({ payload: req.payload, context: req.context as ResolverRequest['context'] }));
  }
  return resolver.getDefinitions();
}
