import fc from 'fast-check';
import { type Rota, onCallAt } from '../../../src/domain/oncall/rota';
import { BERLIN_WITH_OVERRIDES, at } from './rotas';

const HOUR = 3_600_000;
const ZONES = ['Europe/Berlin', 'America/New_York', 'Australia/Sydney', 'Australia/Lord_Howe', 'Asia/Kolkata', 'UTC'];
/** Hand-off times that fall into DST gaps and repeats, and the ends of the day. */
const TIMES = ['00:00', '01:30', '02:00', '02:30', '03:00', '09:00', '17:00', '23:59'];

const rotaArb: fc.Arbitrary<Rota> = fc
  .record({
    zone: fc.constantFrom(...ZONES),
    every: fc.constantFrom('day' as const, 'week' as const),
    time: fc.constantFrom(...TIMES),
    people: fc.integer({ min: 1, max: 5 }),
  })
  .map(({ zone, every, time, people }) => ({
    id: 'generated',
    name: 'Generated',
    zone,
    handOff: every === 'week' ? { every, weekday: 1, at: time } : { every, at: time },
    primary: Array.from({ length: people }, (_, i) => `p${i}`),
    secondary: ['s0', 's1'],
    startsOn: '2026-01-05',
    overrides: [],
  }));
const instantArb = fc.integer({ min: at('2025-12-01T00:00:00Z'), max: at('2028-12-31T00:00:00Z') });

describe('onCallAt: one answer for a whole shift (property)', () => {
  it('every instant of a shift gives the same people, and shifts tile time (23-25 h a day, 167-169 h a week)', () => {
    fc.assert(
      fc.property(rotaArb, instantArb, fc.double({ min: 0, max: 1, noNaN: true }), (rota, t, fraction) => {
        const here = onCallAt(rota, t);
        if (here.shiftStartsAt === null) return here.primary === null && t < here.shiftEndsAt;
        const { shiftStartsAt: start, shiftEndsAt: end } = here;
        expect(start <= t && t < end).toBe(true);
        const inside = start + Math.floor(fraction * (end - start - 1));
        for (const u of [start, inside, end - 1]) {
          const there = onCallAt(rota, u);
          expect([there.primary, there.secondary, there.shiftStartsAt, there.shiftEndsAt]).toEqual([here.primary, here.secondary, start, end]);
        }
        const nominal = rota.handOff.every === 'week' ? 168 : 24;
        expect(Math.abs((end - start) / HOUR - nominal)).toBeLessThanOrEqual(1);
        expect(onCallAt(rota, end).shiftStartsAt).toBe(end);
      }),
      { numRuns: 300 },
    );
  });

  it('with overrides, the answer holds over its whole span (the shift cut at override edges)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: at('2026-03-25T00:00:00Z'), max: at('2026-04-15T00:00:00Z') }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (t, fraction) => {
          const here = onCallAt(BERLIN_WITH_OVERRIDES, t);
          const from = here.holdsFrom!;
          expect(from <= t && t < here.holdsUntil).toBe(true);
          for (const u of [from, from + Math.floor(fraction * (here.holdsUntil - from - 1)), here.holdsUntil - 1]) {
            const there = onCallAt(BERLIN_WITH_OVERRIDES, u);
            expect([there.primary, there.secondary, there.holdsFrom, there.holdsUntil]).toEqual([here.primary, here.secondary, from, here.holdsUntil]);
          }
        },
      ),
    );
  });
});
