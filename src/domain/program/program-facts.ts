/**
 * What the app can see about the incident-response program beyond its settings: counted by JQL
 * over the issue mirrors for the last 12 months (exercises and real incidents apart).
 */
export interface ProgramFacts {
  /** Exercises (tabletop or drill) reported in the last 12 months. */
  exercises12m: number;
  /** Real incidents whose postmortem the policy requires, in the last 12 months, and how many of those are published. */
  postmortemsRequired12m: number;
  postmortemsPublished12m: number;
}

export const TWELVE_MONTHS_MS = 365 * 24 * 3_600_000;

/** Whether a time recorded in the settings lies within the last 12 months. */
export const within12Months = (at: string | null, now: string): boolean => at !== null && Date.parse(now) - Date.parse(at) <= TWELVE_MONTHS_MS;

/**
 * The JQL behind the facts, over the last 12 months of reports (UTC days). Required postmortems
 * are those the mirror marks due or published; pending ones (not yet resolved) are not owed yet.
 * @example programFactsJql('2026-11-22T10:00:00.000Z').exercises // 'incidentExercise = "true" AND created >= "2025-11-22"'
 */
export function programFactsJql(now: string): { exercises: string; postmortemsRequired: string; postmortemsPublished: string } {
  const since = new Date(Date.parse(now) - TWELVE_MONTHS_MS).toISOString().slice(0, 10);
  const real = `(incidentExercise IS EMPTY OR incidentExercise != "true") AND created >= "${since}"`;
  return {
    exercises: `incidentExercise = "true" AND created >= "${since}"`,
    postmortemsRequired: `incidentPostmortem in ("due", "published") AND ${real}`,
    postmortemsPublished: `incidentPostmortem = "published" AND ${real}`,
  };
}
