import { nextHandOffs, onCallAt } from '../../../src/domain/oncall/rota';
import {
  BERLIN_NIGHTLY,
  BERLIN_WEEKLY,
  BERLIN_WITH_OVERRIDES,
  NEW_YORK_NIGHTLY,
  NEW_YORK_NIGHTLY_0130,
  NEW_YORK_WEEKLY,
  SYDNEY_WEEKLY,
  at,
  iso,
} from './rotas';

const HOUR = 3_600_000;

describe('onCallAt: hand-offs at local wall-clock time', () => {
  it.each([
    // [case, rota, instant, primary, secondary, shift starts, shift ends, shift length in hours]
    ['Berlin weekly, first shift', BERLIN_WEEKLY, '2026-03-02T08:00:00Z', 'alice', 'dave', '2026-03-02T08:00:00.000Z', '2026-03-09T08:00:00.000Z', 168],
    [
      'Berlin weekly, a minute before the first hand-off',
      BERLIN_WEEKLY,
      '2026-03-09T07:59:00Z',
      'alice',
      'dave',
      '2026-03-02T08:00:00.000Z',
      '2026-03-09T08:00:00.000Z',
      168,
    ],
    [
      'Berlin weekly, across spring forward: 167 hours',
      BERLIN_WEEKLY,
      '2026-03-29T12:00:00Z',
      'alice',
      'erin',
      '2026-03-23T08:00:00.000Z',
      '2026-03-30T07:00:00.000Z',
      167,
    ],
    ['Berlin weekly, first shift in CEST', BERLIN_WEEKLY, '2026-03-30T07:00:00Z', 'bob', 'dave', '2026-03-30T07:00:00.000Z', '2026-04-06T07:00:00.000Z', 168],
    [
      'Berlin weekly, across fall back: 169 hours',
      BERLIN_WEEKLY,
      '2026-10-25T01:30:00Z',
      'alice',
      'erin',
      '2026-10-19T07:00:00.000Z',
      '2026-10-26T08:00:00.000Z',
      169,
    ],
    [
      'Berlin daily 02:30, the day before spring forward',
      BERLIN_NIGHTLY,
      '2026-03-28T12:00:00Z',
      'bob',
      'carol',
      '2026-03-28T01:30:00.000Z',
      '2026-03-29T01:00:00.000Z',
      23.5,
    ],
    [
      'Berlin daily 02:30, on spring forward the hand-off is at 03:00 CEST',
      BERLIN_NIGHTLY,
      '2026-03-29T01:00:00Z',
      'alice',
      'carol',
      '2026-03-29T01:00:00.000Z',
      '2026-03-30T00:30:00.000Z',
      23.5,
    ],
    [
      'Berlin daily 02:30, fall back hands off at the first 02:30: 25 hours',
      BERLIN_NIGHTLY,
      '2026-10-25T01:15:00Z',
      'alice',
      'carol',
      '2026-10-25T00:30:00.000Z',
      '2026-10-26T01:30:00.000Z',
      25,
    ],
    [
      'New York weekly Friday 17:00, across spring forward: 167 hours',
      NEW_YORK_WEEKLY,
      '2026-03-08T12:00:00Z',
      'ben',
      'cy',
      '2026-03-06T22:00:00.000Z',
      '2026-03-13T21:00:00.000Z',
      167,
    ],
    [
      'New York weekly Friday 17:00, across fall back: 169 hours',
      NEW_YORK_WEEKLY,
      '2026-11-01T12:00:00Z',
      'ben',
      'cy',
      '2026-10-30T21:00:00.000Z',
      '2026-11-06T22:00:00.000Z',
      169,
    ],
    [
      'New York daily 02:00, the skipped 02:00 hands off at 03:00 EDT: 23 hours',
      NEW_YORK_NIGHTLY,
      '2026-03-08T08:00:00Z',
      'ana',
      'cy',
      '2026-03-08T07:00:00.000Z',
      '2026-03-09T06:00:00.000Z',
      23,
    ],
    [
      'New York daily 01:30, fall back hands off at the first 01:30: 25 hours',
      NEW_YORK_NIGHTLY_0130,
      '2026-11-01T06:15:00Z',
      'ana',
      'cy',
      '2026-11-01T05:30:00.000Z',
      '2026-11-02T06:30:00.000Z',
      25,
    ],
    [
      'Sydney weekly, DST ends inside the first shift: 169 hours',
      SYDNEY_WEEKLY,
      '2026-04-01T00:00:00Z',
      'mia',
      'pat',
      '2026-03-29T21:00:00.000Z',
      '2026-04-05T22:00:00.000Z',
      169,
    ],
    [
      'Sydney weekly, DST starts inside the shift: 167 hours',
      SYDNEY_WEEKLY,
      '2026-10-01T00:00:00Z',
      'olivia',
      'pat',
      '2026-09-27T22:00:00.000Z',
      '2026-10-04T21:00:00.000Z',
      167,
    ],
  ])('%s', (_case, rota, instant, primary, secondary, startsAt, endsAt, hours) => {
    const onCall = onCallAt(rota, at(instant));
    expect([onCall.primary, onCall.secondary, iso(onCall.shiftStartsAt), iso(onCall.shiftEndsAt)]).toEqual([primary, secondary, startsAt, endsAt]);
    expect((onCall.shiftEndsAt - onCall.shiftStartsAt!) / HOUR).toBe(hours);
    expect(onCall.override).toBeUndefined();
  });

  it('before the first shift nobody is on call, until the first hand-off', () => {
    expect(onCallAt(BERLIN_WEEKLY, at('2026-03-01T12:00:00Z'))).toEqual({
      primary: null,
      secondary: null,
      shiftStartsAt: null,
      shiftEndsAt: at('2026-03-02T08:00:00Z'),
      holdsFrom: null,
      holdsUntil: at('2026-03-02T08:00:00Z'),
    });
  });

  it('a rota without secondaries has no secondary on call', () => {
    expect(onCallAt({ ...BERLIN_WEEKLY, secondary: [] }, at('2026-03-03T12:00:00Z')).secondary).toBeNull();
  });
});

describe('onCallAt: overrides win for their interval', () => {
  const [swap, holiday] = BERLIN_WITH_OVERRIDES.overrides;
  it.each([
    // [case, instant, primary, secondary, holds from, holds until]
    ['before the swap: the rotation (bob, dave)', '2026-04-01T06:59:00Z', 'bob', 'dave', '2026-03-30T07:00:00.000Z', '2026-04-01T07:00:00.000Z'],
    ['swap: carol takes bob’s Wednesday', '2026-04-01T07:00:00Z', 'carol', 'dave', '2026-04-01T07:00:00.000Z', '2026-04-02T07:00:00.000Z'],
    ['after the swap: bob again', '2026-04-02T07:00:00Z', 'bob', 'dave', '2026-04-02T07:00:00.000Z', '2026-04-02T22:00:00.000Z'],
    ['holiday: erin covers dave over Easter', '2026-04-04T10:00:00Z', 'bob', 'erin', '2026-04-02T22:00:00.000Z', '2026-04-06T07:00:00.000Z'],
    [
      'the holiday ends with the hand-off: carol and erin by rotation',
      '2026-04-06T07:00:00Z',
      'carol',
      'erin',
      '2026-04-06T07:00:00.000Z',
      '2026-04-13T07:00:00.000Z',
    ],
  ])('%s', (_case, instant, primary, secondary, holdsFrom, holdsUntil) => {
    const onCall = onCallAt(BERLIN_WITH_OVERRIDES, at(instant));
    expect([onCall.primary, onCall.secondary, iso(onCall.holdsFrom), iso(onCall.holdsUntil)]).toEqual([primary, secondary, holdsFrom, holdsUntil]);
  });

  it('names the override in force, with its reason', () => {
    expect(onCallAt(BERLIN_WITH_OVERRIDES, at('2026-04-01T12:00:00Z')).override).toEqual({ primary: swap });
    expect(onCallAt(BERLIN_WITH_OVERRIDES, at('2026-04-04T12:00:00Z')).override).toEqual({ secondary: holiday });
    // The shift itself is the rotation's, whatever the override.
    expect(iso(onCallAt(BERLIN_WITH_OVERRIDES, at('2026-04-01T12:00:00Z')).shiftEndsAt)).toBe('2026-04-06T07:00:00.000Z');
  });
});

describe('nextHandOffs: the coming shifts for the calendar view', () => {
  it('lists hand-offs strictly after the instant, across spring forward', () => {
    expect(nextHandOffs(BERLIN_WEEKLY, at('2026-03-23T08:00:00Z'), 3).map((s) => [iso(s.startsAt), iso(s.endsAt), s.primary, s.secondary])).toEqual([
      ['2026-03-30T07:00:00.000Z', '2026-04-06T07:00:00.000Z', 'bob', 'dave'],
      ['2026-04-06T07:00:00.000Z', '2026-04-13T07:00:00.000Z', 'carol', 'erin'],
      ['2026-04-13T07:00:00.000Z', '2026-04-20T07:00:00.000Z', 'alice', 'dave'],
    ]);
  });

  it('before the rota starts, the first hand-off is the first shift', () => {
    expect(nextHandOffs(BERLIN_WEEKLY, at('2026-01-01T00:00:00Z'), 1).map((s) => [iso(s.startsAt), s.primary])).toEqual([
      ['2026-03-02T08:00:00.000Z', 'alice'],
    ]);
  });

  it.each([-1, 1.5, 401])('refuses a count of %p', (count) => {
    expect(() => nextHandOffs(BERLIN_WEEKLY, 0, count)).toThrow('count must be a whole number from 0 to 400');
  });
});
