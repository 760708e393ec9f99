import { view } from '@forge/bridge';
import Spinner from '@atlaskit/spinner';
import { useEffect, useState } from 'react';
import { mount } from '../../common/mount';
import { ReportIntake } from './components/report-intake';
import { ReportStatus } from './components/report-status';

/** One resource serves the request-create panel and the request-detail page; the module key says which. */
function Portal() {
  const [context, setContext] = useState<{ moduleKey: string; extension: Record<string, unknown> } | null>(null);
  useEffect(() => {
    void view.getContext().then((ctx) => setContext({ moduleKey: ctx.moduleKey, extension: ctx.extension as Record<string, unknown> }));
  }, []);
  if (!context) return <Spinner label="Loading" />;
  return context.moduleKey === 'report-status' ? <ReportStatus extension={context.extension} /> : <ReportIntake />;
}

mount(<Portal />);
