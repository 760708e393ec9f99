// First: the frame's incident/get starts as this script runs, in parallel with the viewer's messages
// (the I18nProvider's load), not after them (early-incident-load.ts).
import './hooks/early-incident-load';
import { view } from '@forge/bridge';
import Spinner from '@atlaskit/spinner';
import { lazy, Suspense, useEffect, useState } from 'react';
import { I18nProvider, useT } from '../../common/i18n/i18n-provider';
import { mount } from '../../common/mount';
import { IncidentPanel } from './components/incident-panel';

// The glance and the declare action are small and rare: they load only where Jira shows them.
const IncidentGlance = lazy(() => import('./components/incident-glance'));
const DeclareIncident = lazy(() => import('./components/declare-incident'));

/** One resource for the issue view's three modules: the panel, the context glance and the declare action (by the context's module type). */
function IssueViewResource() {
  const { t } = useT();
  const [type, setType] = useState<string | null>(null);
  useEffect(() => {
    void view.getContext().then((ctx) => setType((ctx.extension as { type?: string } | undefined)?.type ?? 'jira:issuePanel'));
  }, []);
  if (type === null) return <Spinner label={t('panel.loading')} />;
  if (type === 'jira:issuePanel') return <IncidentPanel />;
  return <Suspense fallback={<Spinner label={t('panel.loading')} />}>{type === 'jira:issueContext' ? <IncidentGlance /> : <DeclareIncident />}</Suspense>;
}

mount(
  <I18nProvider>
    <IssueViewResource />
  </I18nProvider>,
);
