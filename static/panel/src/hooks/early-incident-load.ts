/**
 * The frame's first incident/get, started as soon as its script runs rather than once React has
 * asked the context which module this is and mounted it: a bridge round trip and a render earlier
 * (bench/felt-speed.ts). All three modules of the issue view's resource (the panel, the glance and
 * the declare action) open with this same read, without the timeline's entries (the Response
 * section reads them when it opens), so whichever mounts takes it. Taken once: every later load is a
 * fresh invoke.
 */
import { getIncident } from '../api/incident-api';

type Load = ReturnType<typeof getIncident>;

let early: Load | null = getIncident('deferred');

/** The early load, once; null afterwards (the caller invokes). */
export function takeEarlyIncidentLoad(): Load | null {
  const taken = early;
  early = null;
  return taken;
}
