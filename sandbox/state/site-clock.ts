/**
 * The site's clock: the machine's time plus an offset that demos and tests move forward. While the
 * offset is not zero, `Date` itself is faked (only Date; timers stay real) with
 * @sinonjs/fake-timers, so the app code under test, which reads `new Date()`, sees the same time as
 * the site.
 */
import * as FakeTimers from '@sinonjs/fake-timers';

type InstalledClock = ReturnType<typeof FakeTimers.install>;

export class SiteClock {
  private installed: InstalledClock | null = null;
  private readonly realNow: () => number;

  constructor(private offsetMs = 0) {
    this.realNow = Date.now.bind(Date);
    this.apply();
  }

  /**
   * While `Date` is faked, the faked clock is the one source of time: under load its interval can
   * lag the machine's, and the site stamping events with one clock while the app reads another
   * would put an event after the app's "now" (a flaky test on a busy CI machine did exactly that).
   */
  now(): number {
    return this.installed ? Date.now() : this.realNow() + this.offsetMs;
  }

  nowIso(): string {
    return new Date(this.now()).toISOString();
  }

  get offset(): number {
    return this.offsetMs;
  }

  /** Moves the clock forward (never back: Forge time does not run backwards). */
  advance(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`can only move the clock forward, got ${ms} ms`);
    this.offsetMs += ms;
    this.apply(ms);
  }

  private apply(movedMs = 0): void {
    if (this.installed) {
      this.installed.setSystemTime(Date.now() + movedMs);
      return;
    }
    if (this.offsetMs === 0) return;
    this.installed = FakeTimers.install({ now: this.realNow() + this.offsetMs, toFake: ['Date'], shouldAdvanceTime: true, advanceTimeDelta: 10 });
    (this.installed as unknown as { attachedInterval?: { unref?: () => void } }).attachedInterval?.unref?.();
  }

  dispose(): void {
    this.installed?.uninstall();
    this.installed = null;
  }
}
