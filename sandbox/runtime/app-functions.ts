/**
 * Calls the app's real function handlers (src/index.ts, as named in manifest.yml) the way Forge
 * does: resolvers get `({ call, context }, { principal, installContext })`, triggers get
 * `(event, context)`, each inside an invocation scope that the Forge hooks read.
 */
import * as appExports from '../../src/index';
import type { AppManifest } from '../manifest';
import type { PlatformLatency } from './platform-latency';
import type { BundleExecutor } from './bundle-executor';
import { accountTypeFor, type ForgeAccountType, mayUseModule } from '../state/user-kinds';
import { type Invocation, invocationScope } from './invocation';

type Handler = (...args: unknown[]) => Promise<unknown>;

export interface ResolverCall {
  functionKey: string;
  moduleKey: string;
  resolverKey: string;
  payload: unknown;
  /** The caller: ANONYMOUS_ACCOUNT_ID for a user not logged in; null for a call with no principal at all (tests of the app's own guards). */
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
    const accountType = this.refuseUnlicensed(call);
    // Depth first: serialising a payload nested thousands deep overflows the stack (a 500 before this check).
    if (nestedDeeperThan(call.payload, MAX_INVOKE_PAYLOAD_DEPTH)) throw new InvokePayloadTooDeep();
    const bytes = Buffer.byteLength(JSON.stringify(call.payload ?? null));
    if (bytes > MAX_INVOKE_REQUEST_BYTES) throw new InvokePayloadTooLarge(bytes);
    await this.latency?.invoke();
    const invocation: Invocation = { functionKey: call.functionKey, moduleKey: call.moduleKey, accountId: call.accountId, accountType, requests: [] };
    // The platform fills accountType beside accountId (user-kinds.ts); the host's context cannot set it.
    const context = { ...call.context, moduleKey: call.moduleKey, ...(accountType ? { accountType } : {}) };
    const args = [
      { call: { functionKey: call.resolverKey, payload: call.payload }, context },
      { principal: call.accountId ? { accountId: call.accountId } : undefined, installContext: this.installContext },
    ];
    const result = await this.run(invocation, () => this.call(invocation, call.functionKey, args, RESOLVER_TIMEOUT_MS));
    const answered = Buffer.byteLength(JSON.stringify(result ?? null));
    if (answered > MAX_INVOKE_RESPONSE_BYTES) throw new InvokeResponseTooLarge(answered);
    return { result, invocation };
  }

  /**
   * Only licensed users run a module unless it lists their type under `unlicensedAccess`
   * (https://developer.atlassian.com/platform/forge/access-to-forge-apps-for-unlicensed-users/):
   * anyone else's invoke fails before the app runs, whichever page sent it. Returns the caller's
   * type for the context (none for a call without a principal).
   */
  private refuseUnlicensed(call: ResolverCall): ForgeAccountType | null {
    if (call.accountId === null) return null;
    // A key the manifest lacks (a test's own) counts as a Jira module that admits licensed users only.
    const module = this.manifest.modules.find((m) => m.key === call.moduleKey) ?? { type: 'jira:unknown', raw: {} };
    const accountType = accountTypeFor(call.accountId, module);
    if (!mayUseModule(call.accountId, module)) throw new UnlicensedAccessRefused(call.moduleKey, accountType);
    return accountType;
  }

  async invokeTrigger(functionKey: string, moduleKey: string, event: unknown): Promise<void> {
    const invocation: Invocation = { functionKey, moduleKey, accountId: null, accountType: null, requests: [] };
    const seconds = this.manifest.functions.find((f) => f.key === functionKey)?.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS;
    await this.run(invocation, () => this.call(invocation, functionKey, [event, { installContext: this.installContext, moduleKey }], seconds * 1000));
  }

  /**
   * A web trigger's function, as Forge calls it for a request: `(request, context)` with no user
   * (https://developer.atlassian.com/platform/forge/events-reference/web-trigger/); its result is the
   * answer (static: `{ outputKey }`), which runtime/web-triggers.ts turns into the response.
   */
  async invokeWebTrigger(functionKey: string, moduleKey: string, request: unknown): Promise<unknown> {
    const invocation: Invocation = { functionKey, moduleKey, accountId: null, accountType: null, requests: [] };
    const seconds = this.manifest.functions.find((f) => f.key === functionKey)?.timeoutSeconds ?? DEFAULT_TIMEOUT_SECONDS;
    return this.run(invocation, () => this.call(invocation, functionKey, [request, { installContext: this.installContext }], seconds * 1000));
  }

  /**
   * A module's dynamicProperties function, as the issue view calls it for the viewing user: the
   * payload is `{ cloudId, extension }` (https://developer.atlassian.com/platform/forge/manifest-reference/modules/jira-issue-context/#dynamic-properties).
   */
  async invokeDynamicProperties(functionKey: string, moduleKey: string, accountId: string, payload: unknown): Promise<unknown> {
    const module = this.manifest.modules.find((m) => m.key === moduleKey);
    if (!module) throw new Error(`manifest.yml has no UI module '${moduleKey}'`);
    await this.latency?.invoke();
    const invocation: Invocation = { functionKey, moduleKey, accountId, accountType: accountTypeFor(accountId, module), requests: [] };
    const args = [payload, { principal: { accountId }, installContext: this.installContext, moduleKey }];
    return this.run(invocation, () => this.call(invocation, functionKey, args, RESOLVER_TIMEOUT_MS));
  }

  /**
   * A Jira Automation action, run as a rule runs it: the action module's function gets the rule's
   * configured inputs as its payload and the connection's user as the principal, so its asUser()
   * requests are that user's (https://developer.atlassian.com/platform/forge/manifest-reference/modules/automation-action/).
   * Automation shows only actions an `automation:actionProvider` lists, and refuses to save a
   * configuration with fields the action does not declare, so a rule cannot send them: both are
   * refused here before the app runs. Whether Automation also checks the inputs' declared types or
   * `required` before invoking is not documented, so the site passes the values as given and the
   * app validates them. What the function returns must be `{ errors: [{ message }] }` or an object
   * of the declared outputs (their types, null only where nullable): anything else is an error of
   * the app, thrown for the test to see.
   */
  async invokeAutomationAction(actionKey: string, inputs: Record<string, unknown>, accountId: string): Promise<{ result: unknown; invocation: Invocation }> {
    const action = this.manifest.actions.find((a) => a.key === actionKey && a.inAutomation);
    if (!action) throw new Error(`manifest.yml has no action '${actionKey}' that an automation:actionProvider lists`);
    const undeclared = Object.keys(inputs).filter((name) => !Object.hasOwn(action.inputs, name));
    if (undeclared.length > 0) throw new Error(`Automation refuses inputs that action '${actionKey}' does not declare: ${undeclared.join(', ')}`);
    await this.latency?.invoke();
    const invocation: Invocation = {
      functionKey: action.function,
      moduleKey: actionKey,
      accountId,
      accountType: accountTypeFor(accountId, { type: 'action' }),
      requests: [],
    };
    const args = [inputs, { principal: { accountId }, installContext: this.installContext }];
    const result = await this.run(invocation, () => this.call(invocation, action.function, args, ACTION_TIMEOUT_MS));
    const problems = actionResultProblems(result, action.outputs);
    if (problems.length > 0) throw new Error(`Action '${actionKey}' answered what Automation cannot use: ${problems.join('; ')}`);
    return { result, invocation };
  }

  private async run<T>(invocation: Invocation, body: () => Promise<T>): Promise<T> {
    this.invocations.push(invocation);
    if (this.invocations.length > 500) this.invocations.shift();
    return invocationScope.run(invocation, body);
  }
}

/** An action runs up to 55 s (forge-platform.md 4, limits table), whatever its function says. */
const ACTION_TIMEOUT_MS = 55_000;

/** What is wrong with an action's answer: errors must be messages; outputs must be declared, of their type, null only where nullable. */
export function actionResultProblems(result: unknown, outputs: AppManifest['actions'][number]['outputs']): string[] {
  if (typeof result !== 'object' || result === null || Array.isArray(result)) return ['not an object'];
  const answer = result as Record<string, unknown>;
  if ('errors' in answer) {
    const errors = answer.errors;
    const wellFormed = Array.isArray(errors) && errors.length > 0 && errors.every((e) => typeof e?.message === 'string' && e.message.length > 0);
    return wellFormed ? [] : ['errors must be a list of { message }'];
  }
  return Object.entries(answer).flatMap(([name, value]) => {
    const declared = outputs[name];
    if (!declared) return [`'${name}' is not a declared output`];
    if (value === null) return declared.nullable ? [] : [`'${name}' is null but not nullable`];
    const fits = declared.type === 'integer' ? Number.isInteger(value) : typeof value === declared.type;
    return fits ? [] : [`'${name}' is not of type ${declared.type}`];
  });
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

/**
 * How deeply an invoke payload may nest. Forge documents the size of an invoke payload (500 KB) but
 * no depth; its storage takes values "nested at most 31 levels deep" (forge-platform.md 2.1). The site
 * invents this bound, twice that, and refuses a deeper payload as invalid (400) before the app runs,
 * the stricter reading of a limit Forge does not state; the app's payloads nest a few levels.
 */
export const MAX_INVOKE_PAYLOAD_DEPTH = 64;

/** Whether a JSON value nests objects or arrays more than `max` deep; iterative, so any depth is measured safely. */
export function nestedDeeperThan(value: unknown, max: number): boolean {
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (depth + 1 > max) return true;
    for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
  return false;
}

/** What the frame gets for a payload nested past MAX_INVOKE_PAYLOAD_DEPTH: the app never runs. */
export class InvokePayloadTooDeep extends Error {
  readonly status = 400;
  constructor() {
    super(`The invoke payload nests more than ${MAX_INVOKE_PAYLOAD_DEPTH} levels deep; send a flatter payload.`);
    this.name = 'InvokePayloadTooDeep';
  }
}

/** What Forge answers when an unlicensed user invokes a module that does not allow them. */
export class UnlicensedAccessRefused extends Error {
  readonly status = 403;
  constructor(moduleKey: string, accountType: ForgeAccountType) {
    super(`Module ${moduleKey} does not allow unlicensed access for ${accountType === 'customer' ? 'customers' : `${accountType} users`}.`);
    this.name = 'UnlicensedAccessRefused';
  }
}
