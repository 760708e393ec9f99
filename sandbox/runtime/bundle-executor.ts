/**
 * Runs the app's functions as Forge runs a deployed app: from the bundle @forge/bundler made
 * (backend-bundle.ts), each invocation in a Node process of its own with an emptied environment
 * (forge-function-process.cjs), with the invocation's context, and with the function's time limit as a
 * hard deadline: past it the process is killed and the caller gets an error, as Forge stops a function
 * (25 s for UI resolvers, whatever timeoutSeconds says; https://developer.atlassian.com/platform/forge/limits-invocation/).
 * Warm processes are reused for later invocations, one invocation at a time each, as Forge reuses warm
 * containers. Platform requests come back to the site over IPC and go through the same hooks as
 * in-process calls (scopes, spec, KVS, faults), inside the invocation's scope.
 *
 * At most MAX_CONCURRENT_INVOCATIONS run at once; later ones wait their turn, oldest first, and their
 * deadline starts when they start. Forge documents invocation rates per minute (1,200 per user,
 * 5,000 per installation: https://developer.atlassian.com/platform/forge/limits-invocation/) but no
 * number that run at once; the site invents a conservative bound, and queues past it rather than
 * refusing, since Forge documents no refusal for it (a rate past those limits is a different answer).
 */
import { type ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import { type Invocation, invocationScope } from './invocation';

type ForgeGlobal = typeof globalThis & {
  __forge_fetch__?: (target: unknown, path: string, init: RequestInit) => Promise<Response>;
  __forge_runtime__?: { appContext: unknown; contextAri: unknown };
};

interface Running {
  id: string;
  invocation: Invocation;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

interface Worker {
  process: ChildProcess;
  ready: Promise<void>;
  running: Running | null;
}

/** What the caller of a function gets when Forge stops it at its deadline. */
export class FunctionTimedOut extends Error {
  constructor(handler: string, timeoutMs: number) {
    super(`The function ${handler} did not finish within ${timeoutMs / 1000} s and was stopped.`);
    this.name = 'FunctionTimedOut';
  }
}

const PROCESS_SCRIPT = join(__dirname, 'forge-function-process.cjs');
const MAX_IDLE = 4;
/** How many function processes run invocations at once, per site (one installation). */
export const MAX_CONCURRENT_INVOCATIONS = 8;

export class BundleExecutor {
  private readonly idle: Worker[] = [];
  private readonly busy = new Set<Worker>();
  private nextId = 1;
  private disposed = false;
  private running = 0;
  /** Invocations waiting for a free slot, oldest first. */
  private readonly waiting: { start: () => void; refuse: (e: Error) => void }[] = [];

  constructor(
    private readonly bundlePath: string,
    /** The site's time (its clock can be moved forward), which the function process takes as its own. */
    private readonly siteNow: () => number = Date.now,
    /** Show what the functions log (npm start, like Forge's log viewer); tests keep it quiet. */
    private readonly showLogs = false,
  ) {}

  /** Calls `handler` (an export of the bundle) with `args`, as `invocation`, within `timeoutMs`. */
  async call(invocation: Invocation, handler: string, args: unknown[], timeoutMs: number): Promise<unknown> {
    if (this.disposed) throw new Error('The local site is closed.');
    await this.takeSlot();
    try {
      return await this.callInProcess(invocation, handler, args, timeoutMs);
    } finally {
      this.releaseSlot();
    }
  }

  private async takeSlot(): Promise<void> {
    if (this.running < MAX_CONCURRENT_INVOCATIONS) {
      this.running++;
      return;
    }
    // The slot is handed over by releaseSlot, so the count stays the same.
    await new Promise<void>((start, refuse) => this.waiting.push({ start, refuse }));
  }

  private releaseSlot(): void {
    const next = this.waiting.shift();
    if (next) next.start();
    else this.running--;
  }

  private async callInProcess(invocation: Invocation, handler: string, args: unknown[], timeoutMs: number): Promise<unknown> {
    if (this.disposed) throw new Error('The local site is closed.');
    const worker = this.idle.pop() ?? this.spawn();
    this.busy.add(worker);
    await worker.ready;
    const invocationId = `inv-${this.nextId++}`;
    const g = globalThis as ForgeGlobal;
    const appContext = invocationScope.run(invocation, () => g.__forge_runtime__?.appContext);
    const contextAri = g.__forge_runtime__?.contextAri;
    const started = Date.now();
    try {
      return await new Promise((resolve, reject) => {
        const timer = setTimeout(() => {
          worker.running = null;
          this.busy.delete(worker);
          worker.process.kill('SIGKILL');
          const error = new FunctionTimedOut(handler, timeoutMs);
          // Forge's log would show it; so does the local site's.
          process.stderr.write(
            `[forge] ${invocation.functionKey} (${invocation.moduleKey}): ${error.message} Its platform requests: ${invocation.requests.map((r) => `${r.method} ${r.path.split('?')[0]}`).join(', ') || 'none'}\n`,
          );
          reject(error);
        }, timeoutMs);
        worker.running = { id: invocationId, invocation, resolve, reject, timer };
        worker.process.send({ type: 'invoke', invocationId, handler, args, appContext, contextAri, timeoutMs, siteNow: this.siteNow() });
      });
    } finally {
      if (process.env.SITE_DEBUG_SLOW && Date.now() - started > 3_000)
        process.stderr.write(`[slow invocation] ${handler} ${invocation.moduleKey} ${Date.now() - started} ms\n`);
      if (this.busy.delete(worker)) {
        worker.running = null;
        if (this.idle.length < MAX_IDLE && !this.disposed) this.idle.push(worker);
        else worker.process.kill();
      }
    }
  }

  dispose(): void {
    this.disposed = true;
    for (const w of this.waiting.splice(0)) w.refuse(new Error('The local site closed before the invocation started.'));
    for (const w of [...this.idle, ...this.busy]) {
      w.running?.reject(new Error('The local site closed during the invocation.'));
      w.process.kill('SIGKILL');
    }
    this.idle.length = 0;
    this.busy.clear();
  }

  private spawn(): Worker {
    // An emptied environment, as a Forge function starts with none of the machine's variables.
    const child = fork(PROCESS_SCRIPT, [this.bundlePath], { env: {}, stdio: ['ignore', this.showLogs ? 'inherit' : 'ignore', 'inherit', 'ipc'], execArgv: [] });
    const worker: Worker = { process: child, running: null, ready: Promise.resolve() };
    worker.ready = new Promise((resolve, reject) => {
      child.once('message', () => resolve());
      child.once('exit', (code) => reject(new Error(`The function process exited (${code}) before it was ready.`)));
    });
    worker.ready.catch(() => undefined);
    child.on('message', (message: { type: string; [k: string]: unknown }) => void this.onMessage(worker, message));
    child.on('exit', () => {
      const idleAt = this.idle.indexOf(worker);
      if (idleAt >= 0) this.idle.splice(idleAt, 1);
      if (worker.running) {
        process.stderr.write(`[forge] the function process of ${worker.running.invocation.functionKey} stopped during the invocation\n`);
        clearTimeout(worker.running.timer);
        worker.running.reject(new Error('The function process stopped during the invocation.'));
        worker.running = null;
      }
    });
    return worker;
  }

  private async onMessage(worker: Worker, message: { type: string; [k: string]: unknown }): Promise<void> {
    // Only the invocation running now: a late request or result of an earlier one on this warm process
    // (work it left behind after returning) must not act as, or answer for, the current caller.
    const current = worker.running && message.invocationId === worker.running.id ? worker.running : null;
    if (message.type === 'result' && current) {
      clearTimeout(current.timer);
      if (message.ok) current.resolve(message.result);
      else current.reject(new Error(String(message.error)));
      return;
    }
    if (message.type !== 'fetch') return;
    const reply = (body: object) => {
      if (worker.process.connected) worker.process.send({ type: 'fetch-result', id: message.id, ...body });
    };
    if (!current) return reply({ error: 'The invocation has ended.' });
    const init = message.init as { method: string; headers: [string, string][]; body: string | null };
    try {
      const fetcher = (globalThis as ForgeGlobal).__forge_fetch__!;
      const res = await invocationScope.run(current.invocation, () =>
        fetcher(message.target, String(message.path), { method: init.method, headers: init.headers, ...(init.body !== null ? { body: init.body } : {}) }),
      );
      reply({ response: { status: res.status, statusText: res.statusText, headers: [...res.headers.entries()], body: await res.text() } });
    } catch (e) {
      reply({ error: e instanceof Error ? e.message : String(e) });
    }
  }
}
