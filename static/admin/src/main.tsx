import { view } from '@forge/bridge';
import Spinner from '@atlaskit/spinner';
import { lazy, Suspense, useEffect, useState } from 'react';
import { I18nProvider, useT } from '../../common/i18n/i18n-provider';
import { mount } from '../../common/mount';
import { SettingsPage } from './settings-page';

const ProjectSettingsPage = lazy(async () => ({ default: (await import('./project-settings-page')).ProjectSettingsPage }));

/** One resource for both settings modules: the admin page, and a project's settings page (by its context). */
function SettingsResource() {
  const { t } = useT();
  const [type, setType] = useState<string | null>(null);
  const [section, setSection] = useState<string | null>(null);
  useEffect(() => {
    void view.getContext().then((ctx) => {
      const extension = ctx.extension as { type?: string; location?: string } | undefined;
      // A link such as the panel's "answer the legal profile" names the section to open (?section=legal).
      setSection(extension?.location ? new URL(extension.location, 'https://x.invalid').searchParams.get('section') : null);
      setType(extension?.type ?? 'jira:adminPage');
    });
  }, []);
  if (type === null) return <Spinner label={t('admin.page.loading')} />;
  if (type === 'jira:projectSettingsPage') {
    return (
      <Suspense fallback={<Spinner label={t('admin.projectPage.loading')} />}>
        <ProjectSettingsPage />
      </Suspense>
    );
  }
  return <SettingsPage initialSection={section} />;
}

mount(
  <I18nProvider>
    <SettingsResource />
  </I18nProvider>,
);
