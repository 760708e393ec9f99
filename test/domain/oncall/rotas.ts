import type { Rota } from '../../../src/domain/oncall/rota';

export const at = (iso: string): number => Date.parse(iso);
export const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

/** Weekly, Monday 09:00 in Berlin, from Monday 2 March 2026: spring forward on Sunday 29 March, fall back on 25 October. */
export const BERLIN_WEEKLY: Rota = {
  id: 'berlin-weekly',
  name: 'Security (Berlin)',
  zone: 'Europe/Berlin',
  handOff: { every: 'week', weekday: 1, at: '09:00' },
  primary: ['alice', 'bob', 'carol'],
  secondary: ['dave', 'erin'],
  startsOn: '2026-03-02',
  overrides: [],
};

/** Daily at 02:30 in Berlin: on 29 March 02:30 does not exist, on 25 October it happens twice. */
export const BERLIN_NIGHTLY: Rota = {
  id: 'berlin-nightly',
  name: 'Night desk (Berlin)',
  zone: 'Europe/Berlin',
  handOff: { every: 'day', at: '02:30' },
  primary: ['alice', 'bob'],
  secondary: ['carol'],
  startsOn: '2026-03-27',
  overrides: [],
};

/** Weekly, Friday 17:00 in New York, from Friday 2 January 2026: DST on 8 March and 1 November. */
export const NEW_YORK_WEEKLY: Rota = {
  id: 'ny-weekly',
  name: 'Infra (New York)',
  zone: 'America/New_York',
  handOff: { every: 'week', weekday: 5, at: '17:00' },
  primary: ['ana', 'ben'],
  secondary: ['cy'],
  startsOn: '2026-01-02',
  overrides: [],
};

/** Daily at 02:00 in New York: 02:00 on 8 March is skipped; 01:30 on 1 November would happen twice. */
export const NEW_YORK_NIGHTLY: Rota = { ...NEW_YORK_WEEKLY, id: 'ny-nightly', handOff: { every: 'day', at: '02:00' }, startsOn: '2026-03-06' };
export const NEW_YORK_NIGHTLY_0130: Rota = { ...NEW_YORK_NIGHTLY, id: 'ny-nightly-0130', handOff: { every: 'day', at: '01:30' }, startsOn: '2026-10-30' };

/** Weekly, Monday 08:00 in Sydney: DST ends on Sunday 5 April 2026 and starts on Sunday 4 October. */
export const SYDNEY_WEEKLY: Rota = {
  id: 'sydney-weekly',
  name: 'SOC (Sydney)',
  zone: 'Australia/Sydney',
  handOff: { every: 'week', weekday: 1, at: '08:00' },
  primary: ['mia', 'noah', 'olivia'],
  secondary: ['pat'],
  startsOn: '2026-03-30',
  overrides: [],
};

/** Berlin weekly with a one-day swap (carol for bob) and a holiday (erin covers dave's long weekend). */
export const BERLIN_WITH_OVERRIDES: Rota = {
  ...BERLIN_WEEKLY,
  id: 'berlin-overrides',
  overrides: [
    { from: '2026-04-01T09:00:00+02:00', to: '2026-04-02T09:00:00+02:00', role: 'primary', accountId: 'carol', reason: 'Swap: bob has a dentist appointment' },
    { from: '2026-04-03T00:00:00+02:00', to: '2026-04-06T09:00:00+02:00', role: 'secondary', accountId: 'erin', reason: 'Holiday: dave is away for Easter' },
  ],
};

export const ALL_ROTAS = [BERLIN_WEEKLY, BERLIN_NIGHTLY, NEW_YORK_WEEKLY, NEW_YORK_NIGHTLY, NEW_YORK_NIGHTLY_0130, SYDNEY_WEEKLY, BERLIN_WITH_OVERRIDES];
