/**
 * Delivers issue events to the manifest's triggers the way Forge may: asynchronously, and with
 * switches for delay, duplicate delivery and reordering (Forge promises none of order,
 * exactly-once or promptness; forge-platform.md 1.6). `drain()` waits until everything sent so
 * far has been handled, so tests can assert after the dust settles.
 */
import type { AppManifest } from '../manifest';
import type { AppFunctions } from '../runtime/app-functions';
import type { IssueChange, WorklogChange } from '../state/issue-store';
import { issueEventPayload, worklogEventPayload } from './issue-event-payload';

export interface DeliveryOptions {
  delayMs: number;
  duplicate: boolean;
  reorder: boolean;
}

export interface DeliveryRecord {
  trigger: string;
  eventType: string;
  issueKey: string;
  at: string;
  outcome: 'ok' | 'failed';
  error?: string;
}

interface Delivery {
  trigger: { key: string; function: string };
  payload: { eventType: string };
  /** The issue the event is about, for the delivery log. */
  issueKey: string;
}

export class EventBus {
  options: DeliveryOptions = { delayMs: 0, duplicate: false, reorder: false };
  readonly log: DeliveryRecord[] = [];
  private held: Delivery[] = [];
  private inFlight = new Set<Promise<void>>();
  private timers = new Set<NodeJS.Timeout>();

  constructor(
    private readonly manifest: AppManifest,
    private readonly functions: AppFunctions,
    private readonly cloudId: string,
    private readonly now: () => number,
    private readonly onDelivered: (d: DeliveryRecord) => void = () => undefined,
  ) {}

  publish(change: IssueChange): void {
    this.fanOut(`avi:jira:${change.kind}:issue`, change.selfGenerated, change.issue.key, (key) => issueEventPayload(change, this.cloudId, key, this.now()));
  }

  publishWorklog(change: WorklogChange): void {
    this.fanOut(`avi:jira:${change.kind}:worklog`, change.selfGenerated, change.issue.key, (key) => worklogEventPayload(change, this.cloudId, key, this.now()));
  }

  private fanOut(eventType: string, selfGenerated: boolean, issueKey: string, payloadFor: (moduleKey: string) => { eventType: string }): void {
    for (const trigger of this.manifest.triggers) {
      if (!trigger.events.includes(eventType)) continue;
      if (trigger.ignoreSelf && selfGenerated) continue;
      const delivery: Delivery = { trigger, payload: payloadFor(trigger.key), issueKey };
      const copies = this.options.duplicate ? 2 : 1;
      for (let i = 0; i < copies; i++) this.schedule(structuredClone(delivery));
    }
  }

  /** Waits for every event published so far (held ones are released, in reverse when reordering). */
  async drain(): Promise<void> {
    for (const timer of this.timers) timer.refresh();
    while (this.held.length > 0 || this.inFlight.size > 0 || this.timers.size > 0) {
      this.releaseHeld();
      if (this.timers.size > 0 && this.inFlight.size === 0) await new Promise((r) => setTimeout(r, Math.min(this.options.delayMs, 50) || 1));
      await Promise.all([...this.inFlight]);
    }
  }

  dispose(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.held = [];
  }

  private schedule(delivery: Delivery): void {
    if (this.options.reorder) {
      this.held.push(delivery);
      this.startTimer(() => this.releaseHeld());
      return;
    }
    this.startTimer(() => this.deliver(delivery));
  }

  private startTimer(fn: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      fn();
    }, this.options.delayMs);
    timer.unref?.();
    this.timers.add(timer);
  }

  /** Held events go out newest first: the opposite of the order they happened in. */
  private releaseHeld(): void {
    const batch = this.held.reverse();
    this.held = [];
    for (const d of batch) this.deliver(d);
  }

  private deliver(delivery: Delivery): void {
    const run = this.functions
      .invokeTrigger(delivery.trigger.function, delivery.trigger.key, delivery.payload)
      .then(() => this.record(delivery, 'ok'))
      .catch((e: unknown) => this.record(delivery, 'failed', e instanceof Error ? e.message : String(e)))
      .finally(() => this.inFlight.delete(run));
    this.inFlight.add(run);
  }

  private record(delivery: Delivery, outcome: DeliveryRecord['outcome'], error?: string): void {
    const entry: DeliveryRecord = {
      trigger: delivery.trigger.key,
      eventType: delivery.payload.eventType,
      issueKey: delivery.issueKey,
      at: new Date(this.now()).toISOString(),
      outcome,
      ...(error ? { error } : {}),
    };
    this.log.push(entry);
    if (this.log.length > 200) this.log.shift();
    this.onDelivered(entry);
  }
}
