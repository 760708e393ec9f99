import { view } from '@forge/bridge';
import Spinner from '@atlaskit/spinner';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useT } from '../../../common/i18n/i18n-provider';
import { invokeResolver } from '../../../common/invoke-resolver';
import { readConfig, type GadgetConfig } from '../gadget-config';
import { GadgetView, type FirstAnswers } from './gadget-view';

// The editor loads only in the edit entry point.
const GadgetEditor = lazy(() => import('./gadget-editor'));

interface Started {
  edit: boolean;
  config: GadgetConfig;
  first?: FirstAnswers;
}

/**
 * Started as the frame's script runs, beside the loading of the viewer's messages rather than after
 * it: the context, and for the view entry point its figures and incidents (each invoke is a round
 * trip on a real site: bench/felt-speed.ts).
 */
const started: Promise<Started> = view.getContext().then((ctx) => {
  const extension = ctx.extension as { entryPoint?: string; gadgetConfiguration?: unknown };
  const edit = extension.entryPoint === 'edit';
  const config = readConfig(extension.gadgetConfiguration);
  return edit ? { edit, config } : { edit, config, first: { figures: invokeResolver('stats/get', {}), incidents: invokeResolver('stats/incidents', {}) } };
});

/** One resource serves both entry points; Jira says which through extension.entryPoint. */
export function Gadget() {
  const { t } = useT();
  const [context, setContext] = useState<Started | null>(null);
  useEffect(() => {
    void started.then(setContext);
  }, []);
  if (!context) return <Spinner label={t('gadget.loading')} />;
  return context.edit ? (
    <Suspense fallback={<Spinner label={t('gadget.editor.loading')} />}>
      <GadgetEditor initial={context.config} />
    </Suspense>
  ) : (
    <GadgetView config={context.config} first={context.first} />
  );
}
