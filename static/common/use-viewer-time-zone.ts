/**
 * The viewer's time zone from their Jira profile (Forge puts it in the view context as
 * `timezone`), so times read as the person expects even on a laptop set to another zone. Until the
 * context arrives, and if it has none, the browser's zone is used.
 */
import { view } from '@forge/bridge';
import { useEffect, useState } from 'react';

const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export function useViewerTimeZone(): string {
  const [zone, setZone] = useState(browserZone);
  useEffect(() => {
    let cancelled = false;
    view
      .getContext()
      .then((context) => {
        const tz = (context as { timezone?: unknown }).timezone;
        if (!cancelled && typeof tz === 'string' && tz) setZone(tz);
      })
      .catch(() => undefined); // The browser's zone is a fine fallback.
    return () => {
      cancelled = true;
    };
  }, []);
  return zone;
}
