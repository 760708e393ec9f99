/**
 * Loads the incident once when the panel opens (one invoke: the panel budget) and again when Jira
 * says the issue changed, without reloading the page.
 */
import { events } from '@forge/bridge';
import { useCallback, useEffect, useState } from 'react';
import type { ErrorBody } from '../../../../src/shared/envelope';
import type { IncidentView } from '../../../../src/shared/resolver-contract';
import { getIncident } from '../api/incident-api';

export type IncidentState = { status: 'loading' } | { status: 'error'; error: ErrorBody } | { status: 'ready'; view: IncidentView };

export function useIncident() {
  const [state, setState] = useState<IncidentState>({ status: 'loading' });

  const reload = useCallback(async () => {
    const result = await getIncident();
    setState(result.ok ? { status: 'ready', view: result.data } : { status: 'error', error: result.error });
  }, []);

  useEffect(() => {
    void reload();
    const subscription = events.on('JIRA_ISSUE_CHANGED', () => void reload());
    return () => {
      void subscription.then((s) => s.unsubscribe());
    };
  }, [reload]);

  return { state, reload, replace: (view: IncidentView) => setState({ status: 'ready', view }) };
}
