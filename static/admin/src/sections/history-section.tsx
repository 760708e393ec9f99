import { useState } from 'react';
import type { ErrorBody } from '../../../../src/shared/envelope';
import { RESOLVER_KEYS, type SettingsImportView, type SettingsVersionView, type SettingsView } from '../../../../src/shared/resolver-contract';
import { download } from '../../../common/download';
import { ErrorMessage } from '../../../common/error-message';
import { useT } from '../../../common/i18n/i18n-provider';
import type { MessageKey } from '../../../common/i18n/message-key';
import { invokeResolver } from '../../../common/invoke-resolver';
import { ChangeList } from './change-list';

/** What made each version, with by whom and when (`{by}`, `{at}`); a restore names the version it restored (`{version}`). */
const ACTIONS: Record<SettingsVersionView['action'], MessageKey> = {
  save: 'admin.history.action.save',
  revert: 'admin.history.action.revert',
  import: 'admin.history.action.import',
  project: 'admin.history.action.project',
};

/** Every saved version with who, when and what changed; restore any of them; export and import as JSON. */
export function HistorySection({
  view,
  revert,
  saving,
  reload,
}: {
  view: SettingsView;
  revert: (version: number) => Promise<void>;
  saving: boolean;
  reload: () => Promise<void>;
}) {
  const { t, locale } = useT();
  const [older, setOlder] = useState<SettingsVersionView[]>([]);
  const [error, setError] = useState<ErrorBody | null>(null);
  const [file, setFile] = useState<{ name: string; json: string } | null>(null);
  const [preview, setPreview] = useState<SettingsImportView | null>(null);
  const versions = [...view.history, ...older];
  const last = versions[versions.length - 1];

  const exportNow = async () => {
    const res = await invokeResolver(RESOLVER_KEYS.settingsExport, {});
    if (!res.ok) return setError(res.error);
    download(res.data.fileName, 'application/json', res.data.json);
  };
  const importFile = async (dryRun: boolean) => {
    if (!file) return;
    const res = await invokeResolver(RESOLVER_KEYS.settingsImport, { json: file.json, baseVersion: view.version, dryRun });
    if (!res.ok) {
      setPreview(null);
      return setError(res.error);
    }
    setError(null);
    setPreview(res.data);
    if (!dryRun) {
      setFile(null);
      await reload();
    }
  };
  const showOlder = async () => {
    if (!last) return;
    const res = await invokeResolver(RESOLVER_KEYS.settingsHistory, { before: last.version });
    if (!res.ok) return setError(res.error);
    setOlder([...older, ...res.data]);
  };

  return (
    <div>
      {error && (
        <ErrorMessage
          error={{
            ...error,
            message: [
              error.message,
              ...Object.entries(error.fields ?? {})
                .slice(0, 10)
                .map(([p, m]) => `${p}: ${m}`),
            ].join(' '),
          }}
        />
      )}
      <h3>{t('admin.history.exportImport')}</h3>
      <div className="row">
        <button type="button" data-testid="settings-export" onClick={() => void exportNow()}>
          {t('admin.history.export')}
        </button>
        <label className="row">
          {t('admin.history.importFile')}{' '}
          <input
            type="file"
            accept="application/json,.json"
            data-testid="settings-import-file"
            onChange={async (e) => {
              const f = e.target.files?.[0];
              setPreview(null);
              setFile(f ? { name: f.name, json: await f.text() } : null);
            }}
          />
        </label>
        <button type="button" disabled={!file} data-testid="settings-import-preview" onClick={() => void importFile(true)}>
          {t('admin.history.preview')}
        </button>
      </div>
      {preview && (
        <div data-testid="import-preview">
          <p>
            {preview.dryRun
              ? t('admin.history.wouldChange', { file: file?.name ?? t('admin.history.theFile'), count: preview.total })
              : t('admin.history.imported', { version: preview.version, count: preview.total })}
          </p>
          <ChangeList changes={preview.changes} total={preview.total} />
          {preview.dryRun && preview.total > 0 && (
            <button type="button" data-testid="settings-import-apply" disabled={saving} onClick={() => void importFile(false)}>
              {t('admin.history.apply')}
            </button>
          )}
        </div>
      )}
      <h3>{t('admin.history.versions')}</h3>
      <p className="muted">{t('admin.history.nowAt', { version: view.version })}</p>
      <ol reversed style={{ paddingInlineStart: 0, listStyle: 'none' }} data-testid="versions">
        {versions.map((v) => (
          <li key={v.version} data-testid={`version-${v.version}`} style={{ marginBlockEnd: 12 }}>
            <div className="row">
              <strong>{t('admin.history.version', { version: v.version })}</strong>
              <span className="muted">
                {t(ACTIONS[v.action], {
                  version: v.revertedTo ?? '',
                  by: v.by,
                  at: new Date(v.at).toLocaleString(locale, { timeZoneName: 'short' }),
                })}
              </span>
              {v.version !== view.version && (
                <button type="button" disabled={saving} data-testid={`restore-${v.version}`} onClick={() => void revert(v.version)}>
                  {t('admin.history.restore')}
                </button>
              )}
            </div>
            <ChangeList changes={v.changes} total={v.total} />
          </li>
        ))}
        {view.version > 0 && (
          <li data-testid="version-0">
            <div className="row">
              <strong>{t('admin.history.version', { version: 0 })}</strong> <span className="muted">{t('admin.history.beforeFirstSave')}</span>
              <button type="button" disabled={saving} data-testid="restore-0" onClick={() => void revert(0)}>
                {t('admin.history.restore')}
              </button>
            </div>
          </li>
        )}
      </ol>
      {last && last.version > 1 && (
        <button type="button" onClick={() => void showOlder()}>
          {t('admin.history.older')}
        </button>
      )}
    </div>
  );
}
