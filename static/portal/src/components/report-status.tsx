import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import Spinner from '@atlaskit/spinner';
import { useCallback, useEffect, useState } from 'react';
import { formatWhen } from '../../../common/i18n/format-when';
import { type I18n, useT } from '../../../common/i18n/i18n-provider';
import type { MessageKey } from '../../../common/i18n/message-key';
import { useViewerTimeZone } from '../../../common/use-viewer-time-zone';
import { invokeResolver } from '../../../common/invoke-resolver';
import { PortalError } from './portal-error';
import type { ErrorBody } from '../../../../src/shared/envelope';
import { RESOLVER_KEYS, type ReportStatusView } from '../../../../src/shared/resolver-contract';
import { categoryIdOfLabel, DEFAULT_CATEGORY_KEYS, localizedCategory, personalDataKeyOfLabel, promiseValues } from '../portal-words';

type State = { status: 'loading' } | { status: 'error'; error: ErrorBody } | { status: 'ready'; report: ReportStatusView };

/** Portal pages get no issue-changed events, so the state is re-read now and then while the page is visible. */
const REFRESH_MS = 60_000;

const STAGES: Record<
  ReportStatusView['stage'],
  { label: MessageKey; appearance: 'new' | 'inprogress' | 'success' | 'default'; next: (r: ReportStatusView, t: I18n['t']) => string }
> = {
  received: {
    label: 'portal.status.stage.received.label',
    appearance: 'new',
    next: (r, t) => t('portal.status.stage.received.next', promiseValues(r.expectedResponse)),
  },
  // The promised first response has come: the promise is no longer made.
  'looked-at': {
    label: 'portal.status.stage.lookedAt.label',
    appearance: 'inprogress',
    next: (_r, t) => t('portal.status.stage.lookedAt.next'),
  },
  confirmed: {
    label: 'portal.status.stage.confirmed.label',
    appearance: 'inprogress',
    next: (_r, t) => t('portal.status.stage.confirmed.next'),
  },
  'not-incident': {
    label: 'portal.status.stage.notIncident.label',
    appearance: 'success',
    // The responder's reason is shown as they wrote it.
    next: (r, t) => t('portal.status.stage.notIncident.next', { hasOutcome: r.outcome ? 'yes' : 'no', outcome: r.outcome ?? '' }),
  },
  closed: {
    label: 'portal.status.stage.closed.label',
    appearance: 'default',
    next: (_r, t) => t('portal.status.stage.closed.next'),
  },
};

/**
 * What the reporter picked, in their language: a default category's label and advice translated
 * (the view names them in the source words), an admin's own category as the admin wrote it.
 */
function reportedInWords(report: ReportStatusView, i18n: I18n) {
  const id = report.category ? categoryIdOfLabel(report.category, i18n.source) : null;
  const keys = id ? DEFAULT_CATEGORY_KEYS[id] : undefined;
  const category =
    id && keys && report.category ? localizedCategory({ id, label: report.category, description: '', examples: [], advice: report.advice ?? '' }, i18n) : null;
  const personalDataKey = report.personalData ? personalDataKeyOfLabel(report.personalData, i18n.source) : null;
  return {
    category: category?.label ?? report.category,
    advice: report.advice ? (category?.advice ?? report.advice) : null,
    personalData: personalDataKey ? i18n.t(personalDataKey) : report.personalData,
  };
}

/** The request page's "what happens next": the state as it changes, and thanks. */
export function ReportStatus() {
  const i18n = useT();
  const { t, locale } = i18n;
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

  if (state.status === 'loading') return <Spinner label={t('portal.status.loading')} />;
  if (state.status === 'error') return <PortalError error={state.error} onRetry={() => void load()} />;
  const { report } = state;
  const stage = STAGES[report.stage];
  const reported = reportedInWords(report, i18n);
  return (
    <Stack space="space.100" testId="report-status">
      <Heading size="small" as="h2">
        {t('portal.status.heading')}
      </Heading>
      <Inline space="space.100" alignBlock="center">
        <Text weight="semibold">{t('portal.status.stateLabel')}</Text>
        <Lozenge appearance={stage.appearance} testId="report-stage">
          {t(stage.label)}
        </Lozenge>
        {/* Jira's own name for the request's status, as Jira gives it. */}
        <Text color="color.text.subtle">{t('portal.status.jiraStatus', { status: report.status })}</Text>
      </Inline>
      <Text as="p">{stage.next(report, t)}</Text>
      {report.acknowledgedAt && (
        <Text as="p" testId="report-acknowledged">
          {t('portal.status.acknowledgedAt', { when: formatWhen(report.acknowledgedAt, locale, timeZone) })}
        </Text>
      )}
      {reported.category && <Text as="p">{t('portal.status.youReported', { category: reported.category })}</Text>}
      {reported.personalData && <Text as="p">{t('portal.status.personalData', { answer: reported.personalData })}</Text>}
      {reported.advice && (
        <Text as="p" testId="report-advice">
          <Text weight="semibold">{t('portal.report.adviceHeading')} </Text>
          {reported.advice}
        </Text>
      )}
    </Stack>
  );
}
