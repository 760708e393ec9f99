/**
 * Turns a plain map of resolver functions into the Forge function handler. Kept here so that
 * src/resolvers stays free of @forge/* and can be called directly in tests. Generic over the
 * request shape, so this adapter depends on nothing above it.
 */
import Resolver from '@forge/resolver';

export function buildResolverHandler<Request extends { payload: unknown; context: object }>(
  definitions: Record<string, (request: Request) => Promise<unknown>>,
): ReturnType<Resolver['getDefinitions']> {
  const resolver = new Resolver();
  for (const [key, fn] of Object.entries(definitions)) {
    resolver.define(key, (req) => fn({ payload: req.payload, context: req.context } as Request));
  }
  return resolver.getDefinitions();
}
