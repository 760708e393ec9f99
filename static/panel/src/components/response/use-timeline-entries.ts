/**
 * The timeline's entries as the section shows them: those the view carries, or, where the panel
 * loaded the incident without them (its first paint), the blocks the view's page names, read in
 * parallel when the section opens. Then earlier blocks on demand, and the names of the people in
 * entries the view did not carry (the workspace names those it did).
 */
import { useCallback, useEffect, useState } from 'react';
import type { ErrorBody } from '../../../../../src/shared/envelope';
import type { IncidentView, TimelineEntryView, TimelinePageView } from '../../../../../src/shared/resolver-contract';
import { useDisplayNames } from '../../../../common/use-display-names';
import { timelinePage } from '../../api/incident-api';

/** A page with the place of the first screen's blocks but not their entries (incident/get with the timeline deferred). */
const isDeferred = (page: TimelinePageView, length: number) => page.entries.length === 0 && length > 0;

/** The first screen's blocks: those after `earlier`, up to and with `block`. */
const firstScreenBlocks = (page: TimelinePageView) => Array.from({ length: page.block - (page.earlier ?? -1) }, (_, i) => (page.earlier ?? -1) + 1 + i);

/** Who an entry names: its author and, for a role handed over, the people it went to and from. */
const peopleIn = (entries: readonly TimelineEntryView[]) =>
  entries.flatMap((e) => [e.by, ...(e.kind === 'role' ? [e.data?.to, e.data?.from] : [])].filter((x): x is string => typeof x === 'string'));

/** Entries from two reads, once each, in order (an entry added while the first screen was still being read is kept). */
export const mergeEntries = (a: readonly TimelineEntryView[], b: readonly TimelineEntryView[]): TimelineEntryView[] =>
  [...new Map([...a, ...b].map((e) => [e.seq, e])).values()].sort((x, y) => x.seq - y.seq);

export function useTimelineEntries(view: IncidentView, names: Record<string, string>) {
  const page = view.response.timeline;
  const deferred = isDeferred(page, view.response.timelineLength);
  const [entries, setEntries] = useState<TimelineEntryView[] | null>(deferred ? null : page.entries);
  const [earlier, setEarlier] = useState<number | null>(page.earlier);
  const [read, setRead] = useState<TimelineEntryView[]>([]);
  const [error, setError] = useState<ErrorBody | null>(null);

  useEffect(() => {
    if (!deferred) return;
    let cancelled = false;
    void Promise.all(firstScreenBlocks(page).map(timelinePage)).then((results) => {
      if (cancelled) return;
      const failed = results.find((r) => !r.ok);
      if (failed && !failed.ok) return setError(failed.error);
      const loaded = results.flatMap((r) => (r.ok ? r.data.entries : []));
      setEntries((now) => mergeEntries(loaded, now ?? []));
      setRead(loaded);
    });
    return () => {
      cancelled = true;
    };
    // One read per mount: the section is keyed by the timeline's length and the record's revision.
  }, []);

  const loadEarlier = useCallback(async (): Promise<ErrorBody | null> => {
    if (earlier === null) return null;
    const result = await timelinePage(earlier);
    if (!result.ok) return result.error;
    setEntries((now) => mergeEntries(result.data.entries, now ?? []));
    setRead((now) => [...result.data.entries, ...now]);
    setEarlier(result.data.earlier);
    return null;
  }, [earlier]);

  const readNames = useDisplayNames(peopleIn(read));
  return { entries, setEntries, earlier, loadEarlier, error, names: { ...readNames, ...names } };
}
