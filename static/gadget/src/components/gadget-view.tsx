import { events } from '@forge/bridge';
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import Spinner from '@atlaskit/spinner';
import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { download } from '../../../common/download';
import { ErrorMessage } from '../../../common/error-message';
import { useT } from '../../../common/i18n/i18n-provider';
import { invokeResolver } from '../../../common/invoke-resolver';
import type { ErrorBody } from '../../../../src/shared/envelope';
import type { StatsView } from '../../../../src/shared/stats-contract';
import { PERIOD_HEADINGS, type GadgetConfig } from '../gadget-config';
import { rangeInWords, statsCsv } from '../stats-format';
import { StatsSections } from './stats-sections';

// The table (Atlaskit dynamic-table) is its own chunk and its own request; both start with the figures'
// request rather than after it (each invoke is a round trip on a real site: bench/felt-speed.ts).
const tableChunk = import('./incidents-table');
const IncidentsTable = lazy(() => tableChunk);

/** The first figures and incidents, asked for as the frame's script ran (gadget.tsx). */
export interface FirstAnswers {
  figures: ReturnType<typeof invokeResolver<'stats/get'>>;
  incidents: ReturnType<typeof invokeResolver<'stats/incidents'>>;
}

/** The view entry point: the figures from stored sums (one invoke), then the incidents table. */
export function GadgetView({ config, first }: { config: GadgetConfig; first?: FirstAnswers }) {
  const { t, locale } = useT();
  const [view, setView] = useState<StatsView | null>(null);
  const [error, setError] = useState<ErrorBody | null>(null);
  const [loading, setLoading] = useState(true);
  // The incidents the viewer can see, asked for at once beside the figures; asked again when the configuration changes.
  const incidents = useMemo(() => first?.incidents ?? invokeResolver('stats/incidents', {}), [config, first]);
  // The figures asked for early serve the first load only; refreshes ask again.
  const early = useRef(first?.figures);

  const load = useCallback(async () => {
    setLoading(true);
    const pending = early.current;
    early.current = undefined;
    // The resolver reads the saved configuration from the context; `config` only drives the layout here.
    const res = await (pending ?? invokeResolver('stats/get', {}));
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
        <ErrorMessage error={error} action={{ text: t('gadget.tryAgain'), onClick: () => void load() }} />
        {/* Figures withheld (restricted incidents the viewer cannot open): the table, searched as them, still shows what they can see. */}
        {error.code === 'FORBIDDEN' && (
          <Suspense fallback={<Spinner size="small" label={t('gadget.incidents.loading')} />}>
            <IncidentsTable incidents={incidents} />
          </Suspense>
        )}
      </Stack>
    );
  if (!view) return <Spinner label={t('gadget.view.loading')} />;
  const heading =
    config.period === 'custom' ? t('gadget.view.heading.custom', { range: rangeInWords(view.period, locale, t) }) : t(PERIOD_HEADINGS[config.period]);
  const empty = view.totals.reports === 0 && view.previousTotals.reports === 0 && view.openByAge.every((a) => a.count === 0);
  const projects = new Intl.ListFormat(locale, { type: 'unit', style: 'short' }).format(view.projects);
  return (
    <Stack space="space.200">
      <Inline spread="space-between" alignBlock="center">
        <Heading size="small" as="h2">
          {heading}
        </Heading>
        <Inline space="space.100" alignBlock="center">
          {loading && <Spinner size="small" label={t('gadget.view.refreshing')} />}
          <Button
            appearance="subtle"
            onClick={() => download(`incident-statistics-${view.period.from}-${view.period.to}.csv`, 'text/csv', statsCsv(view, t))}
            testId="stats-export-csv"
          >
            {t('gadget.view.exportSummary')}
          </Button>
        </Inline>
      </Inline>
      {error && <ErrorMessage error={error} action={{ text: t('gadget.tryAgain'), onClick: () => void load() }} />}
      {empty ? <Text testId="stats-empty">{t('gadget.view.empty', { projects })}</Text> : <StatsSections view={view} grouping={config.grouping} />}
      <Suspense fallback={<Spinner size="small" label={t('gadget.incidents.loading')} />}>
        <IncidentsTable incidents={incidents} />
      </Suspense>
      <Text size="small" color="color.text.subtlest">
        {t('gadget.view.footnote', {
          projects,
          exercises: view.includeExercises ? 'included' : 'excluded',
          previous: rangeInWords(view.previous, locale, t),
        })}
      </Text>
    </Stack>
  );
}
