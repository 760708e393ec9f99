/** A rota as settings store it, apart from the rules that read it (so the schema and the shift arithmetic need not import those rules). */
export type RotaRole = 'primary' | 'secondary';

/** When the pager passes on: every day or every week, at a local wall-clock time in the rota's zone. */
export interface HandOff {
  every: 'week' | 'day';
  /** ISO weekday 1 (Monday) to 7 (Sunday) of a weekly hand-off; `startsOn` must fall on it. */
  weekday?: number;
  /** Local "HH:mm" in the rota's zone. */
  at: string;
}

/** Someone else holds a role for a while: a swap, a holiday, a sick day. */
export interface RotaOverride {
  /** ISO 8601 instants with an offset; the interval is [from, to). */
  from: string;
  to: string;
  role: RotaRole;
  accountId: string;
  reason: string;
}

/** A team's on-call rota: who holds the pager, primary and secondary, in turn. */
export interface Rota {
  id: string;
  name: string;
  /** IANA zone the hand-off time is read in, e.g. "Europe/Berlin". */
  zone: string;
  handOff: HandOff;
  /** Atlassian account ids in rotation order; shift n goes to entry n modulo the length. */
  primary: string[];
  secondary: string[];
  /** "YYYY-MM-DD": the day the first shift begins, at the hand-off time. */
  startsOn: string;
  overrides: RotaOverride[];
}
