import { rotaSchema } from '../../../src/domain/oncall/rota';
import type { Rota, RotaOverride } from '../../../src/domain/oncall/rota';
import { ALL_ROTAS, BERLIN_WEEKLY } from './rotas';

const problems = (rota: unknown): string[] => {
  const result = rotaSchema.safeParse(rota);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};
const override = (from: string, to: string, role: RotaOverride['role'] = 'primary'): RotaOverride => ({ from, to, role, accountId: 'carol', reason: 'swap' });
const people = (n: number): string[] => Array.from({ length: n }, (_, i) => `person-${i}`);

describe('rotaSchema: settings say what to fix', () => {
  it.each(ALL_ROTAS.map((r) => [r.id, r] as const))('accepts the %s rota', (_id, rota) => {
    expect(problems(rota)).toEqual([]);
  });

  it.each<[string, Rota, string[]]>([
    ['an unknown zone', { ...BERLIN_WEEKLY, zone: 'Europe/Atlantis' }, ['zone: Not an IANA time zone (for example Europe/Berlin).']],
    ['24:00 as a hand-off', { ...BERLIN_WEEKLY, handOff: { every: 'day', at: '24:00' } }, ['handOff.at: Use HH:mm (00:00-23:59) for the hand-off time.']],
    ['a weekday of 8', { ...BERLIN_WEEKLY, handOff: { every: 'week', weekday: 8, at: '09:00' } }, ['handOff.weekday: Weekday is 1 (Monday) to 7 (Sunday).']],
    [
      'a weekly rota starting on the wrong weekday',
      { ...BERLIN_WEEKLY, startsOn: '2026-03-03' },
      ['startsOn: The first shift (2026-03-03) is a Tuesday, but hand-offs are on Monday: start on a Monday.'],
    ],
    ['nobody as primary', { ...BERLIN_WEEKLY, primary: [] }, ['primary: Add at least one person as primary.']],
    ['51 people as secondary', { ...BERLIN_WEEKLY, secondary: people(51) }, ['secondary: At most 50 people can take turns as secondary.']],
    ['a start date that is not a date', { ...BERLIN_WEEKLY, startsOn: '2026-02-30' }, ['startsOn: Give the first shift as YYYY-MM-DD.']],
    [
      'an override without an offset',
      { ...BERLIN_WEEKLY, overrides: [override('2026-04-01T09:00:00', '2026-04-02T09:00:00+02:00')] },
      ['overrides.0.from: Give an ISO date and time with its offset, e.g. 2026-12-24T09:00:00+01:00.'],
    ],
    [
      'an override that ends before it starts',
      { ...BERLIN_WEEKLY, overrides: [override('2026-04-02T09:00:00+02:00', '2026-04-01T09:00:00+02:00')] },
      ['overrides.0.to: An override must end after it starts.'],
    ],
    [
      'two overlapping primary overrides',
      {
        ...BERLIN_WEEKLY,
        overrides: [override('2026-04-01T09:00:00+02:00', '2026-04-03T09:00:00+02:00'), override('2026-04-02T09:00:00+02:00', '2026-04-04T09:00:00+02:00')],
      },
      [
        'overrides.1: Two primary overrides overlap (2026-04-01T09:00:00+02:00 to 2026-04-03T09:00:00+02:00 and 2026-04-02T09:00:00+02:00 to 2026-04-04T09:00:00+02:00): only one person can cover a role at a time.',
      ],
    ],
    [
      '201 overrides',
      { ...BERLIN_WEEKLY, overrides: Array.from({ length: 201 }, () => override('2026-04-01T09:00:00+02:00', '2026-04-02T09:00:00+02:00')) },
      ['overrides: At most 200 overrides; remove ones that have ended.'],
    ],
  ])('refuses %s', (_case, rota, expected) => {
    expect(problems(rota)).toEqual(expected);
  });

  it.each<[string, RotaOverride[]]>([
    [
      'overrides that touch end to start',
      [override('2026-04-01T09:00:00+02:00', '2026-04-02T09:00:00+02:00'), override('2026-04-02T09:00:00+02:00', '2026-04-03T09:00:00+02:00')],
    ],
    [
      'the same interval for primary and secondary',
      [override('2026-04-01T09:00:00+02:00', '2026-04-02T09:00:00+02:00'), override('2026-04-01T09:00:00+02:00', '2026-04-02T09:00:00+02:00', 'secondary')],
    ],
    [
      'offsets written differently for the same instants',
      [override('2026-04-01T07:00:00Z', '2026-04-02T07:00:00Z'), override('2026-04-02T09:00:00+02:00', '2026-04-03T09:00:00+02:00')],
    ],
  ])('accepts %s', (_case, overrides) => {
    expect(problems({ ...BERLIN_WEEKLY, overrides })).toEqual([]);
  });
});
