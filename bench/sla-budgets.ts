/**
 * The SLA issue's budgets, measured and printed by `npm run bench`:
 *   1. working-time arithmetic costs O(days), not O(minutes): 100,000 deadlines of up to 30 working
 *      days on a business calendar with holidays, against a minute-stepping reference written here;
 *   2. a sweep over 10,000 open incidents of which 50 are due makes at most 5 + 3 x 50 + 2 Jira requests.
 */
import { DateTime } from 'luxon';
import { defaultAppConfig } from '../src/domain/config/default-config';
import { newIncidentRecord, type IncidentRecord } from '../src/domain/incident/incident-record';
import { type BusinessCalendar, officeHours, WEEKDAYS } from '../src/domain/sla/business-calendar';
import { publicHolidayDates } from '../src/domain/sla/holiday-dates';
import { withResponse, EMPTY_SLA_FACTS } from '../src/domain/sla/sla-facts';
import { addWorkingTime } from '../src/domain/sla/working-time';
import { storageKeys } from '../src/platform/storage/storage-keys';
import { INCIDENT_PROPERTY_KEY } from '../src/shared/vocabulary';
import { incidentMirror } from '../src/usecases/incident-mirror';
import { Site } from '../sandbox/site';
import { seededMirrorKey } from '../sandbox/seed/seed-mirror-key';

type Line = (label: string, value: string, ok: boolean) => void;

const MINUTE = 60_000;
const BERLIN = officeHours('berlin', 'Berlin office', 'Europe/Berlin', { country: 'DE', state: 'BE', region: null });

/** The obvious implementation: step minute by minute, asking the calendar about each one. */
function minuteSteppingDeadline(calendar: BusinessCalendar, startMs: number, minutes: number): number {
  let t = startMs;
  let left = minutes;
  while (left > 0) {
    if (isWorkingMinute(calendar, t)) left -= 1;
    t += MINUTE;
  }
  return t;
}

function isWorkingMinute(calendar: BusinessCalendar, ms: number): boolean {
  const local = DateTime.fromMillis(ms, { zone: calendar.timeZone });
  const date = local.toISODate()!;
  if (calendar.closedDates.includes(date) || (calendar.holidays && publicHolidayDates(calendar.holidays, local.year).has(date))) return false;
  const hhmm = local.toFormat('HH:mm');
  return calendar.week[WEEKDAYS[local.weekday - 1]!].some((p) => p.start <= hhmm && hhmm < p.end);
}

/** Deterministic inputs: whole-minute starts over 2026, durations up to 30 working days. */
function inputs(n: number): [number, number][] {
  let seed = 42;
  const next = () => (seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0) / 2 ** 32;
  const start = Date.parse('2026-01-01T00:00:00Z');
  return Array.from({ length: n }, () => [start + Math.floor(next() * 365 * 24 * 60) * MINUTE, 1 + Math.floor(next() * 30 * 8 * 60)]);
}

export function workingTimeBudget(line: Line): boolean {
  const all = inputs(100_000);
  const t0 = performance.now();
  let checksum = 0;
  for (const [s, m] of all) checksum += addWorkingTime(BERLIN, s, m * MINUTE) % 997;
  const fastMs = performance.now() - t0;
  const sample = all.slice(0, 30);
  const t1 = performance.now();
  const reference = sample.map(([s, m]) => minuteSteppingDeadline(BERLIN, s, m));
  const slowMs = performance.now() - t1;
  const agree = sample.every(([s, m], i) => addWorkingTime(BERLIN, s, m * MINUTE) === reference[i]);
  const perFast = fastMs / all.length;
  const perSlow = slowMs / sample.length;
  const ratio = perSlow / perFast;
  const ok = agree && ratio >= 100;
  line(
    'SLA: 100,000 deadlines (<= 30 working days, Berlin, holidays)',
    `${fastMs.toFixed(0)} ms, ${(perFast * 1000).toFixed(1)} us each (checksum ${checksum})`,
    true,
  );
  line(
    'SLA: O(days) vs minute-stepping reference (per deadline)',
    `${ratio.toFixed(0)}x faster (reference ${perSlow.toFixed(1)} ms each on 30), answers ${agree ? 'identical' : 'DIFFER'}`,
    ok,
  );
  return ok;
}

/** Puts incidents straight into the site's state, as the seed does: fast enough for 10,000. */
function addOpenIncidents(site: Site, count: number, due: number): void {
  const config = defaultAppConfig();
  const now = site.clock.now();
  for (let i = 0; i < count; i++) {
    const isDue = i < due;
    // Critical: contain within 4 h around the clock. Due ones were reported 5 h ago; the rest just now.
    const reportedAt = new Date(now - (isDue ? 5 * 60 : 1) * MINUTE).toISOString();
    const issue = site.issues.create(
      { projectId: '10000', summary: `Open incident ${i}`, reporter: 'acc-riley-responder', assignee: 'acc-sam-responder', created: reportedAt },
      'acc-riley-responder',
      false,
      { silent: true },
    );
    const record: IncidentRecord = {
      ...newIncidentRecord(issue.id, reportedAt, config.priority.matrix.id),
      impact: 'high',
      urgency: 'high',
      priority: 'Critical',
      triage: { state: 'incident', by: 'acc-riley-responder', at: reportedAt, reason: null },
      sla: withResponse(EMPTY_SLA_FACTS, 'acc-riley-responder', reportedAt),
    };
    site.state.kvs[storageKeys.incident(issue.id)] = { value: record, createdAt: now, updatedAt: now, expireTime: null };
    site.issues.setProperty(issue, INCIDENT_PROPERTY_KEY, incidentMirror(record, config, new Date(now).toISOString(), seededMirrorKey(site.state)));
  }
}

export async function sweepBudget(line: Line): Promise<boolean> {
  const site = new Site({ stateFile: null, incidents: 0, reset: true });
  addOpenIncidents(site, 10_000, 50);
  const run = async () => {
    site.functions.invocations.length = 0;
    const t = performance.now();
    await site.functions.invokeTrigger('sweep', 'incident-sweep', { context: { moduleKey: 'incident-sweep' } });
    return { ms: performance.now() - t, requests: site.functions.invocations[0]!.requests };
  };
  const busy = await run();
  const jira = busy.requests.filter((r) => r.kind === 'jira');
  const kvs = busy.requests.filter((r) => r.kind === 'kvs');
  const comments = jira.filter((r) => r.path.endsWith('/comment')).length;
  // The next five-minute window: a sweep that finds nothing due.
  site.clock.advance(5 * MINUTE);
  const quiet = await run();
  // One search for what is due, a comment, a watchers read and a notify per due incident (watchers are read
  // so the portal reporter is left out of internal reminders), one bulk mirror write; the mirror patrol adds
  // one search and at most one bulk write per run.
  const budget = 5 + 3 * 50 + 2;
  const quietJira = quiet.requests.filter((r) => r.kind === 'jira').length;
  const ok = jira.length <= budget && comments === 50 && quietJira <= 3;
  line('SLA sweep: 10,000 open incidents, 50 due: Jira requests', `${jira.length} (budget ${budget}); ${comments} comments, ${kvs.length} KVS requests`, ok);
  line('SLA sweep: the next window (all 50 escalated): Jira requests', `${quietJira} (budget 3: the due search and the mirror patrol)`, ok);
  console.log(
    `      sweep with 50 due ${busy.ms.toFixed(0)} ms = ${(busy.ms / quiet.ms).toFixed(1)}x a sweep with nothing due (${quiet.ms.toFixed(0)} ms), 10,000 open incidents on the site`,
  );
  await site.close();
  return ok;
}
