import { durationBin } from './duration-bins';
import type { IncidentStatsFacts } from './incident-stats-facts';
import { monthOf } from './stats-days';
import type { WorkDay } from './work-summary';

/**
 * The statistics are sums. A cell is a flat map of counters for one day ("2026-11-05", or
 * "2026-11-05:x" for exercises), e.g. { rep: 3, "cat.phishing": 2, "res.Critical.8": 1 }; a shard
 * holds the cells of one project and month ("m:SEC:2026-11"), or the project's open incidents
 * and owed postmortems ("open:SEC"). Sums of flat maps add and subtract key by key, so applying
 * (new - old) for one incident is exact, and any set of shards adds up to the same totals as
 * recomputing every incident.
 *
 * Counter names: rep (reports), inc / evt / dis (confirmed, still an event, dismissed);
 * for confirmed incidents cat.<category>, pri.<level>, cia.<c|i|a|au>, cmp.<component>;
 * ack|con|res.<level>.<bin> (response-time histograms); sla.<level>.<clock>.met|miss;
 * leg.met|late|miss; pm.req|pm.pub; pm.due.<due day> (an unpublished postmortem, by the day it is
 * due, so the period's overdue ones are counted among the same incidents as required and published);
 * cad.inc|cad.upd|cad.ok (confirmed incidents with a stakeholder update cadence, their updates,
 * and the updates on time);
 * w.in|w.out.<accountId> (seconds of logged work);
 * in open shards, open (by reported day) and pmdue (by the day the postmortem is due).
 */
export type Cell = Record<string, number>;
export type DayCells = Record<string, Cell>;
export type ShardCells = Record<string, DayCells>;

export const monthShardId = (project: string, month: string) => `m:${project}:${month}`;
export const openShardId = (project: string) => `open:${project}`;
export const dayKey = (day: string, exercise: boolean) => (exercise ? `${day}:x` : day);

const CLOCK_CODE = { acknowledge: 'ack', contain: 'con', resolve: 'res' } as const;

/** The cells one incident adds: its report, its open state, and the work logged on it and its follow-ups. */
export function contributionCells(facts: IncidentStatsFacts | null, work: readonly WorkDay[]): ShardCells {
  if (!facts) return {};
  const out: ShardCells = {};
  const bump = (shard: string, day: string, key: string, by = 1) => {
    if (by === 0) return;
    const cell = ((out[shard] ??= {})[dayKey(day, facts.exercise)] ??= {});
    cell[key] = (cell[key] ?? 0) + by;
  };
  const shard = monthShardId(facts.project, monthOf(facts.day));
  const incident = facts.triage === 'incident';
  const level = facts.priority ?? '-';
  bump(shard, facts.day, 'rep');
  bump(shard, facts.day, incident ? 'inc' : facts.triage === 'event' ? 'evt' : 'dis');
  if (incident) {
    bump(shard, facts.day, `cat.${facts.category ?? '-'}`);
    bump(shard, facts.day, `pri.${level}`);
    for (const flag of facts.cia) bump(shard, facts.day, `cia.${flag}`);
    for (const component of facts.components) bump(shard, facts.day, `cmp.${component}`);
  }
  if (facts.triage !== 'not-incident') {
    for (const clock of ['acknowledge', 'contain', 'resolve'] as const) {
      const ms = facts.times[clock];
      if (ms !== null && (incident || clock === 'acknowledge')) bump(shard, facts.day, `${CLOCK_CODE[clock]}.${level}.${durationBin(ms)}`);
      const outcome = facts.sla[clock];
      if (outcome) bump(shard, facts.day, `sla.${level}.${clock}.${outcome === 'met' ? 'met' : 'miss'}`);
    }
  }
  bump(shard, facts.day, 'leg.met', facts.legal.met);
  bump(shard, facts.day, 'leg.late', facts.legal.late);
  bump(shard, facts.day, 'leg.miss', facts.legal.missed);
  if (facts.postmortem.state !== 'not-required') bump(shard, facts.day, 'pm.req');
  if (facts.postmortem.state === 'published') bump(shard, facts.day, 'pm.pub');
  if (facts.postmortem.dueDay) bump(shard, facts.day, `pm.due.${facts.postmortem.dueDay}`);
  if (facts.cadence) {
    bump(shard, facts.day, 'cad.inc');
    bump(shard, facts.day, 'cad.upd', facts.cadence.updates);
    bump(shard, facts.day, 'cad.ok', facts.cadence.onTime);
  }
  if (facts.open) bump(openShardId(facts.project), facts.day, 'open');
  if (facts.postmortem.dueDay) bump(openShardId(facts.project), facts.postmortem.dueDay, 'pmdue');
  for (const w of work) {
    const workShard = monthShardId(facts.project, monthOf(w.day));
    bump(workShard, w.day, `w.in.${w.account}`, w.inside);
    bump(workShard, w.day, `w.out.${w.account}`, w.outside);
  }
  return out;
}

/** Adds `cells` (sign 1) or takes them away (sign -1) in place; counters that reach zero are dropped. */
export function addCells(target: ShardCells, cells: ShardCells, sign: 1 | -1): ShardCells {
  for (const [shard, days] of Object.entries(cells)) {
    for (const [day, cell] of Object.entries(days)) {
      const into = ((target[shard] ??= {})[day] ??= {});
      for (const [key, n] of Object.entries(cell)) {
        const v = (into[key] ?? 0) + sign * n;
        if (v === 0) delete into[key];
        else into[key] = v;
      }
      if (Object.keys(into).length === 0) delete target[shard]![day];
    }
    if (Object.keys(target[shard]!).length === 0) delete target[shard];
  }
  return target;
}

/** What turns `before` into `after`: empty when they are equal. */
export const cellsDelta = (before: ShardCells, after: ShardCells): ShardCells => addCells(addCells({}, after, 1), before, -1);

export const isEmptyCells = (cells: ShardCells): boolean => Object.keys(cells).length === 0;
