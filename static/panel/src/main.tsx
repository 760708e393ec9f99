import { view } from '@forge/bridge';
import Spinner from '@atlaskit/spinner';
import { lazy, Suspense, useEffect, useState } from 'react';
import { mount } from '../../common/mount';
import { IncidentPanel } from './components/incident-panel';

// The glance and the declare action are small and rare: they load only where Jira shows them.
const IncidentGlance = lazy(() => import('./components/incident-glance'));
const DeclareIncident = lazy(() => import('./components/declare-incident'));

/** One resource for the issue view's three modules: the panel, the context glance and the declare action (by the context's module type). */
function IssueViewResource() {
  const [type, setType] = useState<string | null>(null);
  useEffect(() => {
    void view.getContext().then((ctx) => setType((ctx.extension as { type?: string } | undefined)?.type ?? 'jira:issuePanel'));
  }, []);
  if (type === null) return <Spinner label="Loading" />;
  if (type === 'jira:issuePanel') return <IncidentPanel />;
  return <Suspense fallback={<Spinner label="Loading" />}>{type === 'jira:issueContext' ? <IncidentGlance /> : <DeclareIncident />}</Suspense>;
}

mount(<IssueViewResource />);
