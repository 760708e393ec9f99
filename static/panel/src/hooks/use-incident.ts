/**
 * Loads the incident once when the panel opens (one invoke: the panel budget) and again when Jira
 * says the issue changed, without reloading the page. `followPanel`: also when the panel on the same
 * page announces a change it saved to this issue (the glance: a legal or response save may change its
 * deadline without a new record revision, so every save counts). `deferTimeline`: without the
 * timeline's entries, which the Response section reads when it opens (the panel's first paint).
 */
import { events } from '@forge/bridge';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ErrorBody } from '../../../../src/shared/envelope';
import type { IncidentView } from '../../../../src/shared/resolver-contract';
import { getIncident } from '../api/incident-api';
import { followIncidentChanges } from './incident-changed-event';
import { takeEarlyIncidentLoad } from './early-incident-load';

export type IncidentState = { status: 'loading' } | { status: 'error'; error: ErrorBody } | { status: 'ready'; view: IncidentView };

export function useIncident(options: { followPanel?: boolean; deferTimeline?: boolean } = {}) {
  const [state, setState] = useState<IncidentState>({ status: 'loading' });
  const shown = useRef<IncidentView | null>(null);
  shown.current = state.status === 'ready' ? state.view : null;
  const deferTimeline = options.deferTimeline ?? false;

  const reload = useCallback(
    async (first = false) => {
      const result = await ((first && deferTimeline && takeEarlyIncidentLoad()) || getIncident(deferTimeline ? 'deferred' : undefined));
      setState(result.ok ? { status: 'ready', view: result.data } : { status: 'error', error: result.error });
    },
    [deferTimeline],
  );

  useEffect(() => {
    void reload(true);
    const subscription = events.on('JIRA_ISSUE_CHANGED', () => void reload());
    return () => {
      void subscription.then((s) => s.unsubscribe());
    };
  }, [reload]);

  const followPanel = options.followPanel ?? false;
  useEffect(() => {
    if (!followPanel) return;
    return followIncidentChanges((change) => {
      if (shown.current && shown.current.issue.id !== change.issueId) return;
      void reload();
    });
  }, [followPanel, reload]);

  const replace = useCallback((view: IncidentView) => setState({ status: 'ready', view }), []);
  return { state, reload: useCallback(() => reload(), [reload]), replace };
}
