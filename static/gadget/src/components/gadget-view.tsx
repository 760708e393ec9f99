import { events } from '@forge/bridge';
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import Spinner from '@atlaskit/spinner';
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { download } from '../../../common/download';
import { ErrorMessage } from '../../../common/error-message';
import { invokeResolver } from '../../../common/invoke-resolver';
import type { ErrorBody } from '../../../../src/shared/envelope';
import type { StatsView } from '../../../../src/shared/stats-contract';
import { PERIOD_LABELS, type GadgetConfig } from '../gadget-config';
import { rangeInWords, statsCsv } from '../stats-format';
import { StatsSections } from './stats-sections';

// The table (Atlaskit dynamic-table) is its own chunk and its own request; both start with the figures'
// request rather than after it (each invoke is a round trip on a real site: bench/felt-speed.ts).
const tableChunk = import('./incidents-table');
const IncidentsTable = lazy(() => tableChunk);

/** The view entry point: the figures from stored sums (one invoke), then the incidents table. */
export function GadgetView({ config }: { config: GadgetConfig }) {
  const [view, setView] = useState<StatsView | null>(null);
  const [error, setError] = useState<ErrorBody | null>(null);
  const [loading, setLoading] = useState(true);
  // The incidents the viewer can see, asked for at once beside the figures; asked again when the configuration changes.
  const incidents = useMemo(() => invokeResolver('stats/incidents', {}), [config]);

  const load = useCallback(async () => {
    setLoading(true);
    // The resolver reads the saved configuration from the context; `config` only drives the layout here.
    const res = await invokeResolver('stats/get', {});
    setLoading(false);
    if (res.ok) {
      setView(res.data);
      setError(null);
    } else setError(res.error);
  }, [config]);

  useEffect(() => {
    void load();
    const sub = events.on('JIRA_DASHBOARD_GADGET_REFRESH', () => void load());
    const timer = config.refreshMinutes > 0 ? setInterval(() => void load(), config.refreshMinutes * 60_000) : undefined;
    return () => {
      void sub.then((s) => s.unsubscribe());
      if (timer) clearInterval(timer);
    };
  }, [load, config.refreshMinutes]);

  if (error && !view)
    return (
      <Stack space="space.200">
        <ErrorMessage error={error} action={{ text: 'Try again', onClick: () => void load() }} />
        {/* Figures withheld (restricted incidents the viewer cannot open): the table, searched as them, still shows what they can see. */}
        {error.code === 'FORBIDDEN' && (
          <Suspense fallback={<Spinner size="small" label="Loading incidents" />}>
            <IncidentsTable incidents={incidents} />
          </Suspense>
        )}
      </Stack>
    );
  if (!view) return <Spinner label="Loading statistics" />;
  const period = config.period === 'custom' ? rangeInWords(view.period) : PERIOD_LABELS[config.period].toLowerCase();
  const empty = view.totals.reports === 0 && view.previousTotals.reports === 0 && view.openByAge.every((a) => a.count === 0);
  return (
    <Stack space="space.200">
      <Inline spread="space-between" alignBlock="center">
        <Heading size="small" as="h2">
          Incidents, {period}
        </Heading>
        <Inline space="space.100" alignBlock="center">
          {loading && <Spinner size="small" label="Refreshing" />}
          <Button
            appearance="subtle"
            onClick={() => download(`incident-statistics-${view.period.from}-${view.period.to}.csv`, 'text/csv', statsCsv(view))}
            testId="stats-export-csv"
          >
            Export summary (CSV)
          </Button>
        </Inline>
      </Inline>
      {error && <ErrorMessage error={error} action={{ text: 'Try again', onClick: () => void load() }} />}
      {empty ? (
        <Text testId="stats-empty">
          No incidents were reported in {view.projects.join(', ')} in this period or the one before. Reports from the portal appear here as they arrive.
        </Text>
      ) : (
        <StatsSections view={view} grouping={config.grouping} />
      )}
      <Suspense fallback={<Spinner size="small" label="Loading incidents" />}>
        <IncidentsTable incidents={incidents} />
      </Suspense>
      <Text size="small" color="color.text.subtlest">
        Projects {view.projects.join(', ')}; {view.includeExercises ? 'exercises included' : 'exercises excluded'}; days in UTC. Compared with{' '}
        {rangeInWords(view.previous)}. Sums include restricted incidents only for people who can open all of them. Select a figure or a bar to open its
        incidents in Jira's issue search.
      </Text>
    </Stack>
  );
}
