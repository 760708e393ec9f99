/**
 * Display names for account ids, read as the viewer through requestJira (GET /rest/api/3/user/bulk):
 * a read the user may do anyway, so it stays out of the resolver and its request budget. Jira pages
 * the answer (10 by default), so the hook asks for pages of 100 and follows startAt until isLast.
 */
import { requestJira } from '@forge/bridge';
import { useEffect, useState } from 'react';

const PAGE = 100;
type UserPage = { values?: { accountId: string; displayName: string }[]; isLast?: boolean };

async function namesOf(ids: string[]): Promise<Record<string, string>> {
  const names: Record<string, string> = {};
  for (let i = 0; i < ids.length; i += PAGE) {
    const batch = ids
      .slice(i, i + PAGE)
      .map((id) => `accountId=${encodeURIComponent(id)}`)
      .join('&');
    for (let startAt = 0; startAt < PAGE;) {
      const res = await requestJira(`/rest/api/3/user/bulk?${batch}&maxResults=${PAGE}&startAt=${startAt}`);
      if (!res.ok) break;
      const page = (await res.json()) as UserPage;
      const values = page.values ?? [];
      for (const u of values) names[u.accountId] = u.displayName;
      if (page.isLast !== false || values.length === 0) break;
      startAt += values.length;
    }
  }
  return names;
}

export function useDisplayNames(accountIds: string[]): Record<string, string> {
  const [names, setNames] = useState<Record<string, string>>({});
  const key = [...new Set(accountIds)].sort().join(',');
  useEffect(() => {
    if (!key) return;
    let cancelled = false;
    namesOf(key.split(','))
      .then((found) => {
        if (!cancelled) setNames(found);
      })
      .catch(() => undefined); // Names are a nicety: without them the history still reads well.
    return () => {
      cancelled = true;
    };
  }, [key]);
  return names;
}
