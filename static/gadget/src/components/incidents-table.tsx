import Button from '@atlaskit/button/new';
import DynamicTable from '@atlaskit/dynamic-table';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import { useEffect, useState } from 'react';
import { download } from '../../../common/download';
import { ErrorMessage } from '../../../common/error-message';
import { invokeResolver } from '../../../common/invoke-resolver';
import { useViewerTimeZone } from '../../../common/use-viewer-time-zone';
import type { Envelope, ErrorBody } from '../../../../src/shared/envelope';
import { incidentsCsv } from '../incidents-csv';
import { issueSearchPath, reportedInWords } from '../stats-format';
import type { StatsIncidentsView } from '../../../../src/shared/stats-contract';
import { RouterLink } from '../../../common/router-link';

const HEAD = {
  cells: [
    { key: 'key', content: 'Key', isSortable: true },
    { key: 'summary', content: 'Summary', isSortable: true },
    { key: 'priority', content: 'Priority', isSortable: true },
    { key: 'category', content: 'Category', isSortable: true },
    { key: 'status', content: 'Status', isSortable: true },
    { key: 'reportedAt', content: 'Reported', isSortable: true },
  ],
};

/** The period's incidents the viewer can see (asked for by the gadget beside its figures), newest 100, sortable and paged in the browser. */
export default function IncidentsTable({ incidents }: { incidents: Promise<Envelope<StatsIncidentsView>> }) {
  const [data, setData] = useState<StatsIncidentsView | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const timeZone = useViewerTimeZone();
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<ErrorBody | null>(null);
  const exportIncidents = async () => {
    setExporting(true);
    const res = await invokeResolver('stats/export', {});
    setExporting(false);
    setExportError(res.ok ? null : res.error);
    if (res.ok) download(`incidents-${new Date().toISOString().slice(0, 10)}.csv`, 'text/csv', incidentsCsv(res.data, timeZone));
  };
  useEffect(() => {
    let current = true;
    void incidents.then((res) => {
      if (!current) return;
      if (res.ok) setData(res.data);
      else setFailed(res.error.message);
    });
    return () => {
      current = false;
    };
  }, [incidents]);
  if (failed) return <Text color="color.text.danger">Could not load the incidents: {failed}</Text>;
  const searchUrl = data ? issueSearchPath(data.jql) : undefined;
  const rows = (data?.rows ?? []).map((r) => ({
    key: r.key,
    cells: [
      {
        key: r.key,
        content: (
          <RouterLink to={{ target: 'issue', issueKey: r.key }} newTab>
            {r.key}
          </RouterLink>
        ),
      },
      { key: r.summary, content: r.summary },
      { key: r.priority ?? '', content: r.priority ?? '-' },
      { key: r.category ?? '', content: r.category ?? '-' },
      { key: r.status, content: r.status },
      // Sorted by the time itself; shown as a date in words in the viewer's zone.
      { key: r.reportedAt, content: reportedInWords(r.reportedAt, timeZone) },
    ],
  }));
  return (
    <Stack space="space.100">
      <DynamicTable
        caption="Incidents in the period"
        head={HEAD}
        rows={rows}
        rowsPerPage={10}
        defaultPage={1}
        isLoading={!data}
        defaultSortKey="reportedAt"
        defaultSortOrder="DESC"
        emptyView={<Text>No incidents you can see in this period.</Text>}
        testId="stats-incidents-table"
      />
      <Inline space="space.200" alignBlock="center">
        {data?.truncated && searchUrl && (
          <RouterLink to={searchUrl} newTab>
            Showing the newest {data.rows.length}: open all in issue search
          </RouterLink>
        )}
        {data && data.rows.length > 0 && (
          <Button appearance="subtle" isLoading={exporting} onClick={() => void exportIncidents()} testId="stats-export-incidents">
            Export incidents (CSV)
          </Button>
        )}
      </Inline>
      {exportError && <ErrorMessage error={exportError} action={{ text: 'Try again', onClick: () => void exportIncidents() }} />}
    </Stack>
  );
}
