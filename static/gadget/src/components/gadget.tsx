import { view } from '@forge/bridge';
import Spinner from '@atlaskit/spinner';
import { lazy, Suspense, useEffect, useState } from 'react';
import { readConfig, type GadgetConfig } from '../gadget-config';
import { GadgetView } from './gadget-view';

// The editor loads only in the edit entry point.
const GadgetEditor = lazy(() => import('./gadget-editor'));

/** One resource serves both entry points; Jira says which through extension.entryPoint. */
export function Gadget() {
  const [context, setContext] = useState<{ edit: boolean; config: GadgetConfig } | null>(null);
  useEffect(() => {
    void view.getContext().then((ctx) => {
      const extension = ctx.extension as { entryPoint?: string; gadgetConfiguration?: unknown };
      setContext({ edit: extension.entryPoint === 'edit', config: readConfig(extension.gadgetConfiguration) });
    });
  }, []);
  if (!context) return <Spinner label="Loading" />;
  return context.edit ? (
    <Suspense fallback={<Spinner label="Loading settings" />}>
      <GadgetEditor initial={context.config} />
    </Suspense>
  ) : (
    <GadgetView config={context.config} />
  );
}
