import Heading from '@atlaskit/heading';
import { Box, Stack } from '@atlaskit/primitives';
import Spinner from '@atlaskit/spinner';
import { useCallback, useEffect, useState } from 'react';
import type { ErrorBody } from '../../../src/shared/envelope';
import { RESOLVER_KEYS, type ProjectOverrideDocument, type ProjectSettingsView } from '../../../src/shared/resolver-contract';
import { ActionButton } from '../../common/action-button';
import { ErrorMessage } from '../../common/error-message';
import { useT } from '../../common/i18n/i18n-provider';
import { invokeResolver } from '../../common/invoke-resolver';
import { CheckboxInput, SelectInput } from './fields';
import { ContactsEditor } from './sections/contacts-editor';
import { PathEditor } from './sections/recipients-editor';
import './settings.css';

const EMPTY: ProjectOverrideDocument = { calendarId: null, escalation: null, contacts: [] };
const DEFAULT_PATH = {
  warning: { assignee: true, reporter: false, watchers: false, users: [], groups: [] },
  breach: { assignee: true, reporter: false, watchers: true, users: [], groups: [] },
};

/** Project settings > Apps: this project's own calendar, escalation path and extra contacts. */
export function ProjectSettingsPage() {
  const { t } = useT();
  const [view, setView] = useState<ProjectSettingsView | null>(null);
  const [draft, setDraft] = useState<ProjectOverrideDocument>(EMPTY);
  const [error, setError] = useState<ErrorBody | null>(null);
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);

  const load = useCallback(async () => {
    const res = await invokeProject();
    if (!res.ok) return setError(res.error);
    setError(null);
    setView(res.data);
    setDraft(structuredClone(res.data.override ?? EMPTY));
  }, []);
  useEffect(() => void load(), [load]);

  if (!view) return <Box padding="space.300">{error ? <ErrorMessage error={error} /> : <Spinner label={t('admin.projectPage.loading')} />}</Box>;
  const problem = (path: string) => error?.fields?.[`projects.${view.projectKey}.${path}`];
  const save = async () => {
    setSaving(true);
    const isEmpty = draft.calendarId === null && draft.escalation === null && draft.contacts.length === 0;
    const res = await invokeResolver(RESOLVER_KEYS.projectSettingsSave, { override: isEmpty ? null : draft, baseVersion: view.version });
    setSaving(false);
    if (!res.ok) return setError(res.error);
    setError(null);
    setSaved(true);
    setView(res.data);
    setDraft(structuredClone(res.data.override ?? EMPTY));
  };
  return (
    <Box padding="space.300">
      <div className="settings">
        <Stack space="space.200">
          <Heading size="large" as="h1">
            {t('admin.projectPage.title', { project: view.projectKey })}
          </Heading>
          <p className="muted">{t('admin.projectPage.intro')}</p>
          {error && <ErrorMessage error={{ ...error, message: [error.message, ...Object.values(error.fields ?? {}).slice(0, 5)].join(' ') }} />}
          <SelectInput
            label={t('admin.projectPage.calendar')}
            value={draft.calendarId ?? ''}
            testId="project-calendar"
            problem={problem('calendarId')}
            options={[{ value: '', label: t('admin.projectPage.calendarSiteDefault') }, ...view.calendars.map((c) => ({ value: c.id, label: c.name }))]}
            onChange={(v) => setDraft({ ...draft, calendarId: v || null })}
          />
          <CheckboxInput
            label={t('admin.projectPage.ownPath')}
            checked={draft.escalation !== null}
            testId="project-own-path"
            onChange={(on) => setDraft({ ...draft, escalation: on ? structuredClone(DEFAULT_PATH) : null })}
          />
          {draft.escalation && <PathEditor value={draft.escalation} testId="project-path" onChange={(escalation) => setDraft({ ...draft, escalation })} />}
          <Heading size="small" as="h2">
            {t('admin.projectPage.contactsHeading')}
          </Heading>
          <p className="muted">{t('admin.projectPage.contactsAdded', { count: view.siteContacts })}</p>
          <ContactsEditor
            contacts={draft.contacts}
            pathPrefix={`projects.${view.projectKey}.contacts`}
            problem={(p) => error?.fields?.[p]}
            onChange={(contacts) => setDraft({ ...draft, contacts })}
          />
          <div className="save-bar">
            <ActionButton testId="project-settings-save" onClick={() => void save()} isDisabled={saving}>
              {saving ? t('admin.page.saving') : t('admin.page.save')}
            </ActionButton>
            <span className="muted" data-testid="project-settings-status">
              {saved ? t('admin.projectPage.savedAs', { version: view.version }) : t('admin.projectPage.version', { version: view.version })}
            </span>
          </div>
        </Stack>
      </div>
    </Box>
  );
}

const invokeProject = () => invokeResolver(RESOLVER_KEYS.projectSettingsGet, {});
