import Button from '@atlaskit/button/new';
import DynamicTable from '@atlaskit/dynamic-table';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import { useEffect, useState } from 'react';
import { errorText } from '../../../common/client-error';
import { download } from '../../../common/download';
import { ErrorMessage } from '../../../common/error-message';
import { useT } from '../../../common/i18n/i18n-provider';
import type { MessageKey } from '../../../common/i18n/message-key';
import { invokeResolver } from '../../../common/invoke-resolver';
import { useViewerTimeZone } from '../../../common/use-viewer-time-zone';
import type { Envelope, ErrorBody } from '../../../../src/shared/envelope';
import { incidentsCsv } from '../incidents-csv';
import { issueSearchPath, reportedInWords } from '../stats-format';
import type { StatsIncidentsView } from '../../../../src/shared/stats-contract';
import { RouterLink } from '../../../common/router-link';

const COLUMNS: [string, MessageKey][] = [
  ['key', 'gadget.incidents.column.key'],
  ['summary', 'gadget.incidents.column.summary'],
  ['priority', 'gadget.incidents.column.priority'],
  ['category', 'gadget.incidents.column.category'],
  ['status', 'gadget.incidents.column.status'],
  ['reportedAt', 'gadget.incidents.column.reported'],
];

/** The period's incidents the viewer can see (asked for by the gadget beside its figures), newest 100, sortable and paged in the browser. */
export default function IncidentsTable({ incidents }: { incidents: Promise<Envelope<StatsIncidentsView>> }) {
  const { t, locale } = useT();
  const [data, setData] = useState<StatsIncidentsView | null>(null);
  const [failed, setFailed] = useState<ErrorBody | null>(null);
  const timeZone = useViewerTimeZone();
  const [exporting, setExporting] = useState(false);
  const [exportError, setExportError] = useState<ErrorBody | null>(null);
  const exportIncidents = async () => {
    setExporting(true);
    const res = await invokeResolver('stats/export', {});
    setExporting(false);
    setExportError(res.ok ? null : res.error);
    if (res.ok) download(`incidents-${new Date().toISOString().slice(0, 10)}.csv`, 'text/csv', incidentsCsv(res.data, timeZone, t));
  };
  useEffect(() => {
    let current = true;
    void incidents.then((res) => {
      if (!current) return;
      if (res.ok) setData(res.data);
      else setFailed(res.error);
    });
    return () => {
      current = false;
    };
  }, [incidents]);
  if (failed) return <Text color="color.text.danger">{t('gadget.incidents.failed', { reason: errorText(failed, t) })}</Text>;
  const head = { cells: COLUMNS.map(([key, label]) => ({ key, content: t(label), isSortable: true })) };
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
      { key: r.reportedAt, content: reportedInWords(r.reportedAt, timeZone, locale) },
    ],
  }));
  return (
    <Stack space="space.100">
      <DynamicTable
        caption={t('gadget.incidents.caption')}
        head={head}
        rows={rows}
        rowsPerPage={10}
        defaultPage={1}
        isLoading={!data}
        defaultSortKey="reportedAt"
        defaultSortOrder="DESC"
        emptyView={<Text>{t('gadget.incidents.empty')}</Text>}
        testId="stats-incidents-table"
      />
      <Inline space="space.200" alignBlock="center">
        {data?.truncated && searchUrl && (
          <RouterLink to={searchUrl} newTab>
            {t('gadget.incidents.truncated', { count: data.rows.length })}
          </RouterLink>
        )}
        {data && data.rows.length > 0 && (
          <Button appearance="subtle" isLoading={exporting} onClick={() => void exportIncidents()} testId="stats-export-incidents">
            {t('gadget.incidents.export')}
          </Button>
        )}
      </Inline>
      {exportError && <ErrorMessage error={exportError} action={{ text: t('gadget.tryAgain'), onClick: () => void exportIncidents() }} />}
    </Stack>
  );
}
