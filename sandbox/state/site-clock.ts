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

  now(): number {
    return this.realNow() + this.offsetMs;
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
    this.apply();
  }

  private apply(): void {
    if (this.offsetMs === 0 && !this.installed) return;
    if (!this.installed) {
      this.installed = FakeTimers.install({ now: this.now(), toFake: ['Date'], shouldAdvanceTime: true, advanceTimeDelta: 10 });
      (this.installed as unknown as { attachedInterval?: { unref?: () => void } }).attachedInterval?.unref?.();
    }
    this.installed.setSystemTime(this.now());
  }

  dispose(): void {
    this.installed?.uninstall();
    this.installed = null;
  }
}
