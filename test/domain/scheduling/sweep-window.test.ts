import fc from 'fast-check';
import { sweepWindowId } from '../../../src/domain/scheduling/sweep-window';

describe('sweepWindowId', () => {
  it.each([
    ['2026-11-22T10:07:31.000Z', 5, '2026-11-22T10:05Z'],
    ['2026-11-22T10:05:00.000Z', 5, '2026-11-22T10:05Z'],
    ['2026-11-22T10:04:59.999Z', 5, '2026-11-22T10:00Z'],
    ['2026-12-31T23:59:59.000Z', 5, '2026-12-31T23:55Z'],
    ['2026-11-22T10:59:00.000Z', 60, '2026-11-22T10:00Z'],
    ['2026-11-22T12:07:31.000+02:00', 5, '2026-11-22T10:05Z'],
  ])('%s in windows of %i minutes -> %s', (now, minutes, expected) => {
    expect(sweepWindowId(now, minutes)).toBe(expected);
  });

  it('rejects a time that is not ISO and a window that is not a positive whole number', () => {
    expect(() => sweepWindowId('yesterday', 5)).toThrow(RangeError);
    expect(() => sweepWindowId('2026-11-22T10:00:00Z', 0)).toThrow(RangeError);
    expect(() => sweepWindowId('2026-11-22T10:00:00Z', 2.5)).toThrow(RangeError);
  });

  it('law: every moment of a window maps to the same id as its start', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4e9 }), (seconds) => {
        const ms = 1.7e12 + seconds * 1000;
        const start = Math.floor(ms / 300_000) * 300_000;
        expect(sweepWindowId(new Date(ms).toISOString(), 5)).toBe(sweepWindowId(new Date(start).toISOString(), 5));
      }),
    );
  });
});
