/**
 * Display names for account ids, read as the viewer through requestJira (GET /rest/api/3/user/bulk):
 * a read the user may do anyway, so it stays out of the resolver and its request budget.
 */
import { requestJira } from '@forge/bridge';
import { useEffect, useState } from 'react';

export function useDisplayNames(accountIds: string[]): Record<string, string> {
  const [names, setNames] = useState<Record<string, string>>({});
  const key = [...new Set(accountIds)].sort().join(',');
  useEffect(() => {
    if (!key) return;
    let cancelled = false;
    const query = key
      .split(',')
      .map((id) => `accountId=${encodeURIComponent(id)}`)
      .join('&');
    requestJira(`/rest/api/3/user/bulk?${query}`)
      .then((res) => (res.ok ? res.json() : { values: [] }))
      .then((page: { values: { accountId: string; displayName: string }[] }) => {
        if (!cancelled) setNames(Object.fromEntries(page.values.map((u) => [u.accountId, u.displayName])));
      })
      .catch(() => undefined); // Names are a nicety: without them the history still reads well.
    return () => {
      cancelled = true;
    };
  }, [key]);
  return names;
}
