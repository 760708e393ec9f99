import type { AppConfig } from '../domain/config/app-config';
import type { IncidentRecord } from '../domain/incident/incident-record';
import { isAroundTheClock } from '../domain/sla/business-calendar';
import { type IncidentSla, slaFactsOf } from '../domain/sla/incident-sla';
import type { SlaView } from '../shared/resolver-contract';

const UNAVAILABLE: Record<Extract<IncidentSla, { kind: 'none' }>['reason'], string> = {
  'no-priority': 'SLA clocks start once the incident has a priority.',
  'no-policy': 'No SLA policy is set for this priority level.',
  'no-calendar': "This level's SLA policy names a calendar that does not exist; an admin must fix the settings.",
};

const iso = (ms: number | null) => (ms === null || !Number.isFinite(ms) ? null : new Date(ms).toISOString());

/** The panel's view of the SLA clocks, as of `now`. */
export function toSlaView(sla: IncidentSla, record: IncidentRecord, config: AppConfig, now: string): SlaView {
  const escalations = slaFactsOf(record).escalations.map((e) => ({ ...e }));
  const base = { asOf: now, warnAtPercent: config.sla.warnAtPercent, escalations };
  if (sla.kind === 'none') return { ...base, level: record.priority, calendar: null, clocks: [], unavailable: UNAVAILABLE[sla.reason] };
  const { calendar } = sla;
  return {
    ...base,
    level: sla.level,
    calendar: { id: calendar.id, name: calendar.name, timeZone: calendar.timeZone, aroundTheClock: isAroundTheClock(calendar) },
    unavailable: null,
    clocks: sla.readings.map((r) => ({
      kind: r.kind,
      state: r.state,
      targetMinutes: r.targetMs / 60_000,
      dueAt: iso(r.dueAt),
      warningAt: iso(r.warningAt),
      stoppedAt: iso(r.stoppedAt),
      remainingMs: r.remainingMs,
      counting: r.counting,
      changesAt: iso(r.changesAt),
    })),
  };
}
