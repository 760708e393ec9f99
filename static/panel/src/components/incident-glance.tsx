import Lozenge from '@atlaskit/lozenge';
import { Inline, Stack, Text } from '@atlaskit/primitives';
import Spinner from '@atlaskit/spinner';
import { lazy, Suspense } from 'react';
import { useT } from '../../../common/i18n/i18n-provider';
import { ErrorMessage } from '../../../common/error-message';
import { useNow } from '../../../common/use-now';
import { useViewerTimeZone } from '../../../common/use-viewer-time-zone';
import { nextDeadline } from '../../../../src/shared/next-deadline';
import { useIncident } from '../hooks/use-incident';
import { deadlineWhat, formatTime, labelOf, TRIAGE_KEYS } from './labels';
import { pagesOnCall } from './oncall/pages-on-call';

const OnCall = lazy(() => import('./oncall/on-call'));

/**
 * The issue-context glance beside the details, once expanded (collapsed, Jira shows the status
 * from the glance-status function): the level, the triage state, the next deadline (SLA or legal) and
 * who is on call (with "I'm on it" while paging runs), so a responder sees what is due without opening the panel. One invoke, and one more each time the
 * panel on the page saves a change (incident-changed-event.ts).
 */
export default function IncidentGlance() {
  // Without the timeline's entries: an event still in triage gets them anyway, for whether it pages (pages-on-call.ts).
  const i18n = useT();
  const { t, locale } = i18n;
  const { state, reload } = useIncident({ followPanel: true, deferTimeline: true });
  const timeZone = useViewerTimeZone();
  const now = useNow(60_000);
  if (state.status === 'loading') return <Spinner size="small" label={t('panel.loadingIncident')} />;
  if (state.status === 'error') return <ErrorMessage error={state.error} action={{ text: t('panel.tryAgain'), onClick: () => void reload() }} />;
  const { view } = state;
  const next = nextDeadline(view, new Date(now).toISOString());
  return (
    <Stack space="space.050" testId="incident-glance">
      <Inline space="space.100" alignBlock="center">
        <Lozenge appearance={view.incident.priority ? 'moved' : 'default'} isBold testId="glance-level">
          {labelOf(view.settings, 'priority', view.incident.priority, i18n)}
        </Lozenge>
        <Text size="small">{t(TRIAGE_KEYS[view.incident.triage.state])}</Text>
      </Inline>
      <Text size="small" color={next?.late ? 'color.text.danger' : 'color.text'} testId="glance-next">
        {next
          ? t('panel.glance.deadline', { what: deadlineWhat(next, t), late: next.late ? 'yes' : 'no', when: formatTime(next.dueAt, timeZone, locale) })
          : t('panel.glance.noDeadline')}
      </Text>
      {pagesOnCall(view) && (
        <Suspense fallback={null}>
          <OnCall timeZone={timeZone} compact />
        </Suspense>
      )}
    </Stack>
  );
}
