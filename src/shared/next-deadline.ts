import type { IncidentView } from './resolver-contract';

/** The deadline a responder must meet next, in words for the glance and the panel's header. */
export interface NextDeadline {
  /** "Time to acknowledge", or a legal stage: "EU GDPR: Notify the supervisory authority". */
  what: string;
  /** The same in a word or three, for the glance's collapsed status: "contain" (the clock's kind), "EU GDPR notice". */
  short: string;
  dueAt: string;
  late: boolean;
}

/** The SLA clocks' names, for the panel's clocks, its header and the glance. */
export const CLOCK_NAMES = { acknowledge: 'Time to acknowledge', contain: 'Time to contain', resolve: 'Time to resolve' } as const;

/**
 * The earliest deadline still to meet: running SLA clocks, and legal obligations that apply and are
 * open (a "possible" obligation waits for an answer, so it has no deadline yet). Null when none.
 */
export function nextDeadline(view: Pick<IncidentView, 'sla' | 'legal'>, now: string): NextDeadline | null {
  const candidates: NextDeadline[] = [
    ...view.sla.clocks.filter((c) => c.state === 'running' && c.dueAt).map((c) => ({ what: CLOCK_NAMES[c.kind], short: c.kind, dueAt: c.dueAt!, late: false })),
    ...view.legal.obligations
      .filter((o) => o.applicability === 'applies' && o.state === 'open' && o.dueAt)
      .map((o) => ({ what: `${o.regime}: ${o.stage}`, short: `${o.regime} notice`, dueAt: o.dueAt!, late: false })),
  ];
  const next = candidates.sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt))[0];
  return next ? { ...next, late: Date.parse(next.dueAt) < Date.parse(now) } : null;
}
