import fc from 'fast-check';
import { newIncidentRecord, type IncidentRecord } from '../../../src/domain/incident/incident-record';
import { clockEvents } from '../../../src/domain/sla/clock-events';
import { defaultSlaSettings } from '../../../src/domain/sla/default-sla';
import { dueSteps, escalationStepKey } from '../../../src/domain/sla/escalation-steps';
import { evaluateClocks } from '../../../src/domain/sla/evaluate-clocks';
import { incidentSla, slaIndexFields } from '../../../src/domain/sla/incident-sla';
import { EMPTY_SLA_FACTS, type SlaFacts, type StatusChangeFact, withEscalations, withResponse, withStatusChanges } from '../../../src/domain/sla/sla-facts';
import type { SlaPolicy, SlaSettings } from '../../../src/domain/sla/sla-settings';
import { BERLIN_OFFICE, HOUR, MINUTE, at, iso } from './calendars';

const STATUSES = defaultSlaSettings().statuses;
/** Monday 23 Nov 2026, 10:00 in Berlin. */
const REPORTED = '2026-11-23T09:00:00.000Z';
const SERIOUS: SlaPolicy = { calendarId: 'berlin', targetMinutes: { acknowledge: 240, contain: 480, resolve: 2400 } };

const change = (id: string, atIso: string, to: string, from: string | null = null): StatusChangeFact => ({ id, at: atIso, from, to });
const facts = (changes: StatusChangeFact[], respondedAt: string | null = null): SlaFacts => ({
  ...EMPTY_SLA_FACTS,
  statusChanges: changes,
  respondedAt,
  respondedBy: respondedAt ? 'acc-1' : null,
});
const read = (f: SlaFacts, now: string, dismissed = false, policy = SERIOUS) =>
  evaluateClocks(clockEvents(REPORTED, f, STATUSES, dismissed), policy, BERLIN_OFFICE, 75, at(now));
const byKind = (readings: ReturnType<typeof read>) => Object.fromEntries(readings.map((r) => [r.kind, r]));

describe('clocks on incident facts', () => {
  it('all three run from the report; due times are on the calendar; warnings at 75 %', () => {
    const { acknowledge, contain, resolve } = byKind(read(EMPTY_SLA_FACTS, '2026-11-23T10:00:00Z'));
    expect(acknowledge).toMatchObject({
      state: 'running',
      dueAt: at('2026-11-23T13:00:00Z'),
      warningAt: at('2026-11-23T12:00:00Z'),
      remainingMs: 3 * HOUR,
      counting: true,
      changesAt: at('2026-11-23T16:00:00Z'),
    });
    expect(iso(contain!.dueAt!)).toBe('2026-11-24T09:00:00.000Z');
    expect(iso(resolve!.dueAt!)).toBe('2026-11-30T09:00:00.000Z');
  });

  it('the first responder action stops acknowledge (met); a later one changes nothing', () => {
    const f = withResponse(withResponse(EMPTY_SLA_FACTS, 'acc-1', '2026-11-23T11:00:00.000Z'), 'acc-2', '2026-11-23T12:00:00.000Z');
    expect(f.respondedBy).toBe('acc-1');
    expect(byKind(read(f, '2026-11-23T14:00:00Z')).acknowledge).toMatchObject({ state: 'met', stoppedAt: at('2026-11-23T11:00:00Z'), remainingMs: 2 * HOUR });
  });

  it('a status change acknowledges too; acknowledging after the due time is missed, late by working time', () => {
    const f = facts([change('1', '2026-11-24T10:00:00.000Z', 'In Progress')]);
    expect(byKind(read(f, '2026-11-24T12:00:00Z')).acknowledge).toMatchObject({ state: 'missed', remainingMs: -5 * HOUR }); // 7 h Monday + 2 h Tuesday, against 4 h
  });

  it('a running clock past due has negative remaining time (the panel shows "late by")', () => {
    expect(byKind(read(EMPTY_SLA_FACTS, '2026-11-23T15:30:00Z')).acknowledge).toMatchObject({ state: 'running', remainingMs: -2.5 * HOUR }); // 10:00-16:30 Berlin
  });

  it('"Waiting for reporter" pauses every running clock; the due time moves by the paused working time', () => {
    const f = facts([change('1', '2026-11-23T10:00:00.000Z', 'Waiting for reporter'), change('2', '2026-11-24T10:00:00.000Z', 'In Progress')]);
    // Paused from 11:00 Mon to 11:00 Tue Berlin: 8 working hours. Contain was due Tue 10:00 Berlin; now Wed 10:00.
    expect(iso(byKind(read(f, '2026-11-24T12:00:00Z')).contain!.dueAt!)).toBe('2026-11-25T09:00:00.000Z');
  });

  it('while paused, a clock has no due time and its remaining time stands still', () => {
    const f = facts([change('1', '2026-11-23T10:00:00.000Z', 'Waiting for reporter')]);
    const later = byKind(read(f, '2026-11-25T12:00:00Z')).contain!;
    expect(later).toMatchObject({ state: 'paused', dueAt: null, remainingMs: 7 * HOUR, counting: false });
    expect(byKind(read(f, '2026-12-01T12:00:00Z')).contain!.remainingMs).toBe(7 * HOUR);
  });

  it('"Contained" stops contain; "Resolved" stops resolve; a reopen resumes resolve with the resolved time paused', () => {
    const resolved = facts([
      change('1', '2026-11-23T10:00:00.000Z', 'In Progress'),
      change('2', '2026-11-23T12:00:00.000Z', 'Contained'),
      change('3', '2026-11-24T09:00:00.000Z', 'Resolved'),
    ]);
    const r1 = byKind(read(resolved, '2026-11-25T09:00:00Z'));
    expect(r1.contain).toMatchObject({ state: 'met', stoppedAt: at('2026-11-23T12:00:00Z') });
    expect(r1.resolve).toMatchObject({ state: 'met', stoppedAt: at('2026-11-24T09:00:00Z') });
    const reopened = withStatusChanges(resolved, [change('4', '2026-11-25T09:00:00.000Z', 'In Progress', 'Resolved')]);
    const r2 = byKind(read(reopened, '2026-11-25T10:00:00Z'));
    // Resolved from Tue 10:00 to Wed 10:00 Berlin: 8 working hours paused.
    expect(r2.resolve).toMatchObject({ state: 'running', dueAt: at('2026-12-01T09:00:00Z') });
    expect(r2.contain!.state).toBe('met');
  });

  it('resolving without a "Contained" step stops contain as well', () => {
    expect(byKind(read(facts([change('1', '2026-11-23T12:00:00.000Z', 'Resolved')]), '2026-11-24T12:00:00Z')).contain).toMatchObject({
      state: 'met',
      stoppedAt: at('2026-11-23T12:00:00Z'),
    });
  });

  it('a dismissed event ("not an incident") has no contain or resolve clock', () => {
    const r = byKind(read(EMPTY_SLA_FACTS, '2026-11-23T12:00:00Z', true));
    expect([r.acknowledge!.state, r.contain!.state, r.resolve!.state]).toEqual(['running', 'not-applicable', 'not-applicable']);
  });

  it('re-prioritisation measures from the original start with the new targets and calendar', () => {
    const critical: SlaPolicy = { calendarId: '24x7', targetMinutes: { acknowledge: 60, contain: 240, resolve: 1440 } };
    const settings = {
      ...defaultSlaSettings(),
      calendars: [...defaultSlaSettings().calendars, BERLIN_OFFICE],
      policies: { Serious: SERIOUS, Critical: critical },
    };
    const record = (priority: string): IncidentRecord => ({ ...newIncidentRecord('1', REPORTED, 'iso-27001'), priority });
    const serious = incidentSla(record('Serious'), settings, at('2026-11-23T11:00:00Z'));
    const raised = incidentSla(record('Critical'), settings, at('2026-11-23T11:00:00Z'));
    if (serious.kind !== 'clocks' || raised.kind !== 'clocks') throw new Error('expected clocks');
    expect(iso(serious.readings[0]!.dueAt!)).toBe('2026-11-23T13:00:00.000Z');
    // Raised to Critical two hours in: acknowledge (1 h around the clock) is already an hour late.
    expect(raised.readings[0]).toMatchObject({ dueAt: at('2026-11-23T10:00:00Z'), remainingMs: -1 * HOUR });
  });

  it('a calendar change applies to running clocks from their start', () => {
    const weekend = { ...BERLIN_OFFICE, week: { ...BERLIN_OFFICE.week, sat: [{ start: '10:00', end: '14:00' }] } };
    const fri = '2026-11-27T15:00:00.000Z';
    const events = clockEvents(fri, EMPTY_SLA_FACTS, STATUSES, false);
    const policy = { ...SERIOUS, targetMinutes: { ...SERIOUS.targetMinutes, acknowledge: 120 } };
    expect(iso(evaluateClocks(events, policy, BERLIN_OFFICE, 75, at(fri))[0]!.dueAt!)).toBe('2026-11-30T09:00:00.000Z');
    expect(iso(evaluateClocks(events, policy, weekend, 75, at(fri))[0]!.dueAt!)).toBe('2026-11-28T10:00:00.000Z');
  });
});

describe('facts are order- and duplicate-proof', () => {
  const changes = [
    change('31', '2026-11-23T10:00:00.000Z', 'In Progress'),
    change('32', '2026-11-23T11:00:00.000Z', 'Waiting for reporter'),
    change('33', '2026-11-23T15:00:00.000Z', 'In Progress'),
    change('34', '2026-11-24T09:00:00.000Z', 'Resolved'),
  ];

  it('any order of delivery, with repeats, ends in the same facts', () => {
    const once = withStatusChanges(EMPTY_SLA_FACTS, changes);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...changes), { minLength: 4, maxLength: 12 }).filter((xs) => new Set(xs.map((x) => x.id)).size === 4),
        (deliveries) => {
          const result = deliveries.reduce((f, c) => withStatusChanges(f, [c]), EMPTY_SLA_FACTS);
          expect(result).toEqual(once);
        },
      ),
    );
  });

  it('a repeat returns the same object, so nothing is written', () => {
    const once = withStatusChanges(EMPTY_SLA_FACTS, changes);
    expect(withStatusChanges(once, [changes[2]!])).toBe(once);
  });
});

describe('escalation steps', () => {
  const settings: SlaSettings = { ...defaultSlaSettings(), calendars: [BERLIN_OFFICE], policies: { Serious: SERIOUS } };
  const record: IncidentRecord = { ...newIncidentRecord('1', REPORTED, 'iso-27001'), priority: 'Serious' };
  const readingsAt = (r: IncidentRecord, now: string) => {
    const sla = incidentSla(r, settings, at(now));
    if (sla.kind !== 'clocks') throw new Error('expected clocks');
    return sla;
  };

  it('the warning falls due at 75 % of the target, the breach at 100 %', () => {
    const sla = readingsAt(record, '2026-11-23T12:00:00Z');
    expect(dueSteps(sla.readings, new Set(), at('2026-11-23T12:00:00Z')).send.map((s) => s.key)).toEqual([
      escalationStepKey('acknowledge', 'warning', at('2026-11-23T13:00:00Z')),
    ]);
    expect(slaIndexFields(sla, record)).toEqual({ slaDue: '2026-11-23T13:00:00.000Z', slaNextCheck: '2026-11-23T12:00:00.000Z', slaBreached: 'false' });
  });

  it('once the warning is done, the next check is the breach; once the breach is done, the index says breached', () => {
    const warned = { ...record, sla: withEscalations(EMPTY_SLA_FACTS, ['acknowledge:warning:2026-11-23T13:00:00.000Z'], '2026-11-23T12:00:00.000Z') };
    expect(slaIndexFields(readingsAt(warned, '2026-11-23T12:05:00Z'), warned).slaNextCheck).toBe('2026-11-23T13:00:00.000Z');
    const breached = { ...warned, sla: withEscalations(warned.sla, ['acknowledge:breach:2026-11-23T13:00:00.000Z'], '2026-11-23T13:00:00.000Z') };
    // Next: contain's warning (75 % of 8 business hours = Mon 16:00 Berlin).
    expect(slaIndexFields(readingsAt(breached, '2026-11-23T13:05:00Z'), breached)).toEqual({
      slaDue: '2026-11-23T13:00:00.000Z',
      slaNextCheck: '2026-11-23T15:00:00.000Z',
      slaBreached: 'true',
    });
  });

  it('a breach found before its warning was sent sends the breach only, and settles both', () => {
    const sla = readingsAt(record, '2026-11-23T14:00:00Z');
    const { send, settles } = dueSteps(sla.readings, new Set(), at('2026-11-23T14:00:00Z'));
    expect(send.map((s) => `${s.clock}:${s.stage}`)).toEqual(['acknowledge:breach']);
    expect(settles).toEqual(['acknowledge:warning:2026-11-23T13:00:00.000Z', 'acknowledge:breach:2026-11-23T13:00:00.000Z']);
  });

  it('paused and stopped clocks have no steps and no due time', () => {
    const paused = { ...record, sla: facts([change('1', '2026-11-23T09:30:00.000Z', 'Waiting for reporter')]) };
    expect(slaIndexFields(readingsAt(paused, '2026-11-30T09:00:00Z'), paused)).toEqual({ slaDue: null, slaNextCheck: null, slaBreached: 'false' });
  });

  it('a level without a policy has no clocks', () => {
    expect(incidentSla({ ...record, priority: 'Mild' }, settings, at(REPORTED))).toEqual({ kind: 'none', reason: 'no-policy' });
    expect(incidentSla({ ...record, priority: null }, settings, at(REPORTED))).toEqual({ kind: 'none', reason: 'no-priority' });
  });

  it('minutes are minutes: a 90-minute target is 90 working minutes', () => {
    const short = { ...settings, policies: { Serious: { ...SERIOUS, targetMinutes: { ...SERIOUS.targetMinutes, acknowledge: 90 } } } };
    const sla = incidentSla(record, short, at(REPORTED));
    if (sla.kind !== 'clocks') throw new Error('expected clocks');
    expect(sla.readings[0]!.dueAt! - at(REPORTED)).toBe(90 * MINUTE);
  });
});
