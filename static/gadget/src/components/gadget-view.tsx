import { events, requestJira } from '@forge/bridge';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import Spinner from '@atlaskit/spinner';
import { useCallback, useEffect, useState } from 'react';
import { ErrorMessage } from '../../../common/error-message';
import { PERIODS, type GadgetConfig } from '../gadget-config';
import { OVERDUE_POSTMORTEMS_JQL } from '../../../../src/shared/report-contract';

interface Counts {
  reported: number;
  open: number;
  overduePostmortems: number;
}

/** POST /rest/api/3/search/approximate-count as the viewer: cost independent of the number of incidents. */
async function count(jql: string): Promise<number> {
  const res = await requestJira('/rest/api/3/search/approximate-count', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ jql }) });
  if (!res.ok) throw new Error(`Jira answered ${res.status}`);
  return ((await res.json()) as { count: number }).count;
}

export function GadgetView({ config }: { config: GadgetConfig }) {
  const [counts, setCounts] = useState<Counts | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const period = PERIODS.find((p) => p.id === config.period)!;
  const scope = `project in (${config.projects.join(', ')}) AND incidentExercise != "true" AND created >= ${period.jql}`;

  const load = useCallback(async () => {
    try {
      const [reported, open, overduePostmortems] = await Promise.all([count(scope), count(`${scope} AND status not in (Resolved, Closed)`), count(`project in (${config.projects.join(', ')}) AND ${OVERDUE_POSTMORTEMS_JQL}`)]);
      setCounts({ reported, open, overduePostmortems });
      setFailed(null);
    } catch (e) {
      setFailed(e instanceof Error ? e.message : 'unknown error');
    }
  }, [scope, config.projects]);

  useEffect(() => {
    void load();
    const sub = events.on('JIRA_DASHBOARD_GADGET_REFRESH', () => void load());
    return () => void sub.then((s) => s.unsubscribe());
  }, [load]);

  if (failed) return <ErrorMessage error={{ code: 'PLATFORM_ERROR', message: `Could not load the statistics: ${failed}` }} action={{ text: 'Try again', onClick: () => void load() }} />;
  if (!counts) return <Spinner label="Loading statistics" />;
  return (
    <Stack space="space.100">
      <Heading size="small" as="h2">
        Incidents, {period.label.toLowerCase()}
      </Heading>
      <Inline space="space.300">
        <Stack>
          <Text size="large" weight="bold" testId="reported-count">
            {counts.reported}
          </Text>
          <Text color="color.text.subtle">reported</Text>
        </Stack>
        <Stack>
          <Text size="large" weight="bold" testId="open-count">
            {counts.open}
          </Text>
          <Text color="color.text.subtle">still open</Text>
        </Stack>
        <Stack>
          <Text size="large" weight="bold" testId="overdue-postmortems-count">
            {counts.overduePostmortems}
          </Text>
          <Text color="color.text.subtle">postmortems overdue</Text>
        </Stack>
      </Inline>
      <Text color="color.text.subtlest">Projects: {config.projects.join(', ')}. Exercises excluded.</Text>
    </Stack>
  );
}
