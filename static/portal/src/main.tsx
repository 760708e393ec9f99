import { view } from '@forge/bridge';
import Spinner from '@atlaskit/spinner';
import { useEffect, useState } from 'react';
import { I18nProvider, useT } from '../../common/i18n/i18n-provider';
import { mount } from '../../common/mount';
import { ReportIntake } from './components/report-intake';
import { ReportStatus } from './components/report-status';

/** One resource serves the request-create panel and the request-detail page; the module key says which. */
function Portal() {
  const { t } = useT();
  const [moduleKey, setModuleKey] = useState<string | null>(null);
  useEffect(() => {
    void view.getContext().then((ctx) => setModuleKey(ctx.moduleKey));
  }, []);
  if (!moduleKey) return <Spinner label={t('portal.loading')} />;
  return moduleKey === 'report-status' ? <ReportStatus /> : <ReportIntake />;
}

mount(
  <I18nProvider>
    <Portal />
  </I18nProvider>,
);
