/**
 * Calls the app's real function handlers (src/index.ts, as named in manifest.yml) the way Forge
 * does: resolvers get `({ call, context }, { principal, installContext })`, triggers get
 * `(event, context)`, each inside an invocation scope that the Forge hooks read.
 */
import * as appExports from '../../src/index';
import type { AppManifest } from '../manifest';
import type { PlatformLatency } from './platform-latency';
import type { BundleExecutor } from './bundle-executor';
import { findUser } from '../state/directory';
import { type Invocation, invocationScope } from './invocation';

type Handler = (...args: unknown[]) => Promise<unknown>;

export interface ResolverCall {
  functionKey: string;
  moduleKey: string;
  resolverKey: string;
  payload: unknown;
  accountId: string | null;
  /** The context the host builds (trusted): cloudId, moduleKey, extension. */
  context: Record<string, unknown>;
}

/** Forge stops a UI resolver at 25 s whatever the function's timeoutSeconds (forge-platform.md 4). */
export const RESOLVER_TIMEOUT_MS = 25_000;
/** Other invocations run up to the function's timeoutSeconds, 55 s when it names none. */
const DEFAULT_TIMEOUT_SECONDS = 55;

export class AppFunctions {
  readonly invocations: Invocation[] = [];
  /** Set when the site runs the deployed bundle in function processes rather than src/ in-process. */
  executor: BundleExecutor | null = null;
  /** The round trip an invoke costs before the resolver runs (the site's setting; none by default). */
  latency: PlatformLatency | null = null;

  constructor(
    private readonly manifest: AppManifest,
    private readonly installContext: string,
  ) {}

  private exportName(functionKey: string): string {
    const fn = this.manifest.functions.find((f) => f.key === functionKey);
    if (!fn) throw new Error(`manifest.yml has no function '${functionKey}'`);
    return fn.handler.split('.')[1] ?? '';
  }

  /** Calls a function's handler: in the bundle's function process when there is one, else src/ in-process. */
  private call(invocation: Invocation, functionKey: string, args: unknown[], timeoutMs: number): Promise<unknown> {
    if (this.executor) return this.executor.call(invocation, this.exportName(functionKey), args, timeoutMs);
    return this.handler(functionKey)(...args);
  }

  handler(functionKey: string): Handler {
    const fn = this.manifest.functions.find((f) => f.key === functionKey);
    if (!fn) throw new Error(`manifest.yml has no function '${functionKey}'`);
    const [file, exportName] = fn.handler.split('.');
    if (file !== 'index' || !exportName) throw new Error(`handler ${fn.handler} must be index.<export>`);
    const handler = (appExports as Record<string, unknown>)[exportName];
    if (typeof handler !== 'function') throw new Error(`src/index.ts does not export '${exportName}' (manifest function '${functionKey}')`);
    return handler as Handler;
  }

  async invokeResolver(call: ResolverCall): Promise<{ result: unknown; invocation: Invocation }> {
    this.refuseUnlicensed(call);
    const bytes = Buffer.byteLength(JSON.stringify(call.payload ?? null));
    if (bytes > MAX_INVOKE_REQUEST_BYTES) throw new InvokePayloadTooLarge(bytes);
    await this.latency?.invoke();
    const invocation: Invocation = { functionKey: call.functionKey, moduleKey: call.moduleKey, accountId: call.accountId, requests: [] };
    const args = [
      { call: { functionKey: call.resolverKey, payload: call.payload }, context: { ...call.context, moduleKey: call.moduleKey } },
      { principal: call.accountId ? { accountId: call.accountId } : undefined, installContext: this.installContext },
    ];
    const result = await this.run(invocation, () => this.call(invocation, call.functionKey, args, RESOLVER_TIMEOUT_MS));
    const answered = Buffer.byteLength(JSON.stringify(result ?? null));
    if (answered > MAX_INVOKE_RESPONSE_BYTES) throw new InvokeResponseTooLarge(answered);
    return { result, invocation };
  }

  /**
   * Only licensed users run a module unless it lists their kind under `unlicensedAccess`
   * (https://developer.atlassian.com/platform/forge/access-to-forge-apps-for-unlicensed-users/):
   * a portal customer's invoke of any other module fails before the app runs.
   */
  private refuseUnlicensed(call: ResolverCall): void {
    if (findUser(call.accountId)?.accountType !== 'customer') return;
    const module = this.manifest.modules.find((m) => m.key === call.moduleKey);
    const allowed = (module?.raw.unlicensedAccess as string[] | undefined) ?? [];
    if (!allowed.includes('customer')) throw new UnlicensedAccessRefused(call.moduleKey);
  }

  async invokeTrigger(functionKey: string, moduleKey: string, event: unknown): Promise<void> {
    const invocation: Invocation = { functionKey, moduleKey, accountId: null, requests: [] };
    const seconds = this.manifest.functions.find((f) => f.key === functionKey)?.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS;
    await this.run(invocation, () => this.call(invocation, functionKey, [event, { installContext: this.installContext, moduleKey }], seconds * 1000));
  }

  private async run<T>(invocation: Invocation, body: () => Promise<T>): Promise<T> {
    this.invocations.push(invocation);
    if (this.invocations.length > 500) this.invocations.shift();
    return invocationScope.run(invocation, body);
  }
}

/** The invoke request limit (forge-platform.md, limits table: 500 KB request, 5 MB response). */
export const MAX_INVOKE_REQUEST_BYTES = 500_000;

/** The invoke response limit: past it the frame's invoke fails, whatever the function computed. */
export const MAX_INVOKE_RESPONSE_BYTES = 5_000_000;

/** What the frame gets when a resolver answered more than the limit. */
export class InvokeResponseTooLarge extends Error {
  readonly status = 413;
  constructor(bytes: number) {
    super(`The resolver answered ${bytes} bytes; an invoke may answer at most ${MAX_INVOKE_RESPONSE_BYTES}.`);
    this.name = 'InvokeResponseTooLarge';
  }
}

/** What Forge answers when an invoke's payload is over the limit: the app never runs. */
export class InvokePayloadTooLarge extends Error {
  readonly status = 413;
  constructor(bytes: number) {
    super(`The invoke payload is ${bytes} bytes; the limit is ${MAX_INVOKE_REQUEST_BYTES}.`);
    this.name = 'InvokePayloadTooLarge';
  }
}

/** What Forge answers when an unlicensed user invokes a module that does not allow them. */
export class UnlicensedAccessRefused extends Error {
  readonly status = 403;
  constructor(moduleKey: string) {
    super(`Module ${moduleKey} does not allow unlicensed access for customers.`);
    this.name = 'UnlicensedAccessRefused';
  }
}
