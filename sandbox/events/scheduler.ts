/**
 * Runs the manifest's scheduled triggers on the site clock. Each interval boundary the clock
 * passes is one run (so moving the clock an hour forward runs a fiveMinute trigger 12 times, as
 * Forge would have); `duplicateRuns` runs each slot twice, as Forge occasionally does.
 * https://developer.atlassian.com/platform/forge/manifest-reference/modules/scheduled-trigger/
 */
import type { AppManifest } from '../manifest';
import type { AppFunctions } from '../runtime/app-functions';

const INTERVAL_MS = { fiveMinute: 5 * 60_000, hour: 3_600_000, day: 86_400_000, week: 7 * 86_400_000 } as const;
/** A bound on runs per trigger per catch-up, so a year-long jump cannot stall the site. */
const MAX_RUNS_PER_TICK = 400;

export interface ScheduledRun {
  trigger: string;
  slot: string;
  outcome: 'ok' | 'failed';
  error?: string;
}

export class Scheduler {
  duplicateRuns = false;
  readonly log: ScheduledRun[] = [];
  private lastSlot = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> = Promise.resolve();

  constructor(
    private readonly manifest: AppManifest,
    private readonly functions: AppFunctions,
    private readonly now: () => number,
  ) {
    this.skipToNow();
  }

  /** Runs every slot that has begun since the last tick; concurrent ticks queue behind each other. */
  tick(): Promise<void> {
    this.running = this.running.then(() => this.runDue());
    return this.running;
  }

  /** Counts slots from now: time that passed before (a story played forward) is not replayed run by run. */
  skipToNow(): void {
    for (const t of this.manifest.scheduledTriggers) this.lastSlot.set(t.key, floor(this.now(), INTERVAL_MS[t.interval]));
  }

  start(everyMs = 1000): void {
    this.timer = setInterval(() => void this.tick(), everyMs);
    this.timer.unref?.();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private async runDue(): Promise<void> {
    for (const trigger of this.manifest.scheduledTriggers) {
      const interval = INTERVAL_MS[trigger.interval];
      const current = floor(this.now(), interval);
      let slot = this.lastSlot.get(trigger.key)!;
      let runs = 0;
      while (slot < current && runs < MAX_RUNS_PER_TICK) {
        slot += interval;
        runs += 1;
        await this.runOnce(trigger, slot);
        if (this.duplicateRuns) await this.runOnce(trigger, slot);
      }
      this.lastSlot.set(trigger.key, current);
    }
  }

  private async runOnce(trigger: AppManifest['scheduledTriggers'][number], slot: number): Promise<void> {
    const entry: ScheduledRun = { trigger: trigger.key, slot: new Date(slot).toISOString(), outcome: 'ok' };
    try {
      await this.functions.invokeTrigger(trigger.function, trigger.key, { context: { moduleKey: trigger.key } });
    } catch (e) {
      entry.outcome = 'failed';
      entry.error = e instanceof Error ? e.message : String(e);
    }
    this.log.push(entry);
    if (this.log.length > 500) this.log.shift();
  }
}

const floor = (ms: number, interval: number) => Math.floor(ms / interval) * interval;
