/** The only place the app reads the wall clock; the domain takes time as an argument. */
export const nowIso = (): string => new Date().toISOString();
