import { instantOfWallClock } from '../../../src/domain/oncall/wall-clock-instant';
import { iso } from './rotas';

describe('instantOfWallClock: local hand-off times across DST', () => {
  it.each([
    // [case, local date, local time, zone, expected instant (UTC)]
    ['an ordinary summer morning in Berlin (CEST)', '2026-07-01', '09:00', 'Europe/Berlin', '2026-07-01T07:00:00.000Z'],
    ['an ordinary winter morning in Berlin (CET)', '2026-12-07', '09:00', 'Europe/Berlin', '2026-12-07T08:00:00.000Z'],
    [
      'Berlin spring forward: 02:30 is skipped, so 03:00 CEST, the first instant after the gap',
      '2026-03-29',
      '02:30',
      'Europe/Berlin',
      '2026-03-29T01:00:00.000Z',
    ],
    ['Berlin fall back: 02:30 happens twice, the first (CEST) is taken', '2026-10-25', '02:30', 'Europe/Berlin', '2026-10-25T00:30:00.000Z'],
    ['New York spring forward: 02:30 is skipped, so 03:00 EDT', '2026-03-08', '02:30', 'America/New_York', '2026-03-08T07:00:00.000Z'],
    ['New York spring forward: 02:00 itself is skipped, so 03:00 EDT', '2026-03-08', '02:00', 'America/New_York', '2026-03-08T07:00:00.000Z'],
    ['New York fall back: 01:30 happens twice, the first (EDT) is taken', '2026-11-01', '01:30', 'America/New_York', '2026-11-01T05:30:00.000Z'],
    ['Sydney DST starts: 02:30 is skipped, so 03:00 AEDT', '2026-10-04', '02:30', 'Australia/Sydney', '2026-10-03T16:00:00.000Z'],
    ['Sydney DST ends: 02:30 happens twice, the first (AEDT) is taken', '2026-04-05', '02:30', 'Australia/Sydney', '2026-04-04T15:30:00.000Z'],
    ['Lord Howe moves its clocks by half an hour: 02:15 is skipped, so 02:30', '2026-10-04', '02:15', 'Australia/Lord_Howe', '2026-10-03T15:30:00.000Z'],
    ['a half-hour zone without DST (Kolkata)', '2026-03-29', '09:00', 'Asia/Kolkata', '2026-03-29T03:30:00.000Z'],
  ])('%s', (_case, date, time, zone, expected) => {
    expect(iso(instantOfWallClock(date, time, zone))).toBe(expected);
  });

  it('refuses a zone the IANA database does not know', () => {
    expect(() => instantOfWallClock('2026-03-29', '09:00', 'Mars/Olympus')).toThrow('unknown time zone: Mars/Olympus');
  });
});
