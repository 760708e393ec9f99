import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import Spinner from '@atlaskit/spinner';
import { useCallback, useEffect, useState } from 'react';
import { ErrorMessage } from '../../../common/error-message';
import { useViewerTimeZone } from '../../../common/use-viewer-time-zone';
import { zonedTimeInWords } from '../../../../src/shared/time-in-words';
import { invokeResolver } from '../../../common/invoke-resolver';
import type { ErrorBody } from '../../../../src/shared/envelope';
import { RESOLVER_KEYS, type ReportStatusView } from '../../../../src/shared/resolver-contract';

type State = { status: 'loading' } | { status: 'error'; error: ErrorBody } | { status: 'ready'; report: ReportStatusView };

/** Portal pages get no issue-changed events, so the state is re-read now and then while the page is visible. */
const REFRESH_MS = 60_000;

const STAGES: Record<
  ReportStatusView['stage'],
  { label: string; appearance: 'new' | 'inprogress' | 'success' | 'default'; next: (r: ReportStatusView) => string }
> = {
  received: {
    label: 'Received',
    appearance: 'new',
    next: (r) => `A responder will look at it and get back to you ${r.expectedResponse}. You do not need to do anything else for now.`,
  },
  // The promised first response has come: the promise is no longer made.
  'looked-at': {
    label: 'Being looked at',
    appearance: 'inprogress',
    next: () => 'A responder is looking at your report. They will update you here. You do not need to do anything else for now.',
  },
  confirmed: {
    label: 'Being handled',
    appearance: 'inprogress',
    next: () => 'The incident team confirmed this needs action and is working on it. They will update you here.',
  },
  'not-incident': {
    label: 'Checked',
    appearance: 'success',
    next: (r) =>
      `The team checked your report and found no incident${r.outcome ? `: ${r.outcome}` : '.'} Thank you all the same: reports like yours keep everyone safe.`,
  },
  closed: {
    label: 'Closed',
    appearance: 'default',
    next: () => 'This report is closed. If it happens again, or you notice anything else, report it the same way.',
  },
};

/** The request page's "what happens next": the state as it changes, and thanks. */
export function ReportStatus() {
  const [state, setState] = useState<State>({ status: 'loading' });
  const timeZone = useViewerTimeZone();
  const load = useCallback(async () => {
    const result = await invokeResolver(RESOLVER_KEYS.reportStatus, {});
    setState(result.ok ? { status: 'ready', report: result.data } : { status: 'error', error: result.error });
  }, []);
  useEffect(() => {
    void load();
    const timer = setInterval(() => document.visibilityState === 'visible' && void load(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [load]);

  if (state.status === 'loading') return <Spinner label="Loading your request" />;
  if (state.status === 'error') return <ErrorMessage error={state.error} action={{ text: 'Try again', onClick: () => void load() }} />;
  const { report } = state;
  const stage = STAGES[report.stage];
  return (
    <Stack space="space.100" testId="report-status">
      <Heading size="small" as="h2">
        Thank you for reporting
      </Heading>
      <Inline space="space.100" alignBlock="center">
        <Text weight="semibold">State:</Text>
        <Lozenge appearance={stage.appearance} testId="report-stage">
          {stage.label}
        </Lozenge>
        <Text color="color.text.subtle">({report.status})</Text>
      </Inline>
      <Text as="p">{stage.next(report)}</Text>
      {report.acknowledgedAt && (
        <Text as="p" testId="report-acknowledged">
          We received your report on {zonedTimeInWords(report.acknowledgedAt, timeZone)}.
        </Text>
      )}
      {report.category && <Text as="p">You reported: {report.category}.</Text>}
      {report.personalData && <Text as="p">Personal or customer data involved: {report.personalData}.</Text>}
      {report.advice && (
        <Text as="p" testId="report-advice">
          <Text weight="semibold">What to do now: </Text>
          {report.advice}
        </Text>
      )}
    </Stack>
  );
}
