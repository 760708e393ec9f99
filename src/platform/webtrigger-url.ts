import { webTrigger } from '@forge/api';
import { logEvent } from './log';

/** The `webtrigger` module alerts arrive at (manifest.yml). */
const ALERTS_IN = 'alerts-in';

/**
 * The alerts web trigger's URL on this installation (https://developer.atlassian.com/platform/forge/runtime-reference/web-trigger-api/).
 * Static triggers keep one URL per installation, so asking again returns the same one. Null when
 * Forge cannot say: the settings page shows the sources without their URL rather than failing.
 */
export async function alertsInUrl(): Promise<string | null> {
  try {
    return await webTrigger.getUrl(ALERTS_IN);
  } catch (e) {
    logEvent('webtrigger.url-unavailable', { name: e instanceof Error ? e.name : typeof e });
    return null;
  }
}
