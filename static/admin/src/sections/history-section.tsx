import { useState } from 'react';
import type { ErrorBody } from '../../../../src/shared/envelope';
import { RESOLVER_KEYS, type SettingsImportView, type SettingsVersionView, type SettingsView } from '../../../../src/shared/resolver-contract';
import { download } from '../../../common/download';
import { ErrorMessage } from '../../../common/error-message';
import { invokeResolver } from '../../../common/invoke-resolver';
import { ChangeList } from './change-list';

const ACTIONS = { save: 'Saved', revert: 'Restored', import: 'Imported', project: 'Project overrides' } as const;

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
      <h3>Export and import</h3>
      <div className="row">
        <button type="button" data-testid="settings-export" onClick={() => void exportNow()}>
          Export settings (JSON)
        </button>
        <label className="row">
          Import a file:{' '}
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
          Show what would change
        </button>
      </div>
      {preview && (
        <div data-testid="import-preview">
          <p>
            {preview.dryRun
              ? `${file?.name ?? 'The file'} would make ${preview.total} change${preview.total === 1 ? '' : 's'}:`
              : `Imported as version ${preview.version} (${preview.total} changes).`}
          </p>
          <ChangeList changes={preview.changes} total={preview.total} />
          {preview.dryRun && preview.total > 0 && (
            <button type="button" data-testid="settings-import-apply" disabled={saving} onClick={() => void importFile(false)}>
              Import these changes
            </button>
          )}
        </div>
      )}
      <h3>Versions</h3>
      <p className="muted">Now at version {view.version}. Restoring an earlier version saves it as a new version; nothing is ever deleted.</p>
      <ol reversed style={{ paddingInlineStart: 0, listStyle: 'none' }} data-testid="versions">
        {versions.map((v) => (
          <li key={v.version} data-testid={`version-${v.version}`} style={{ marginBlockEnd: 12 }}>
            <div className="row">
              <strong>Version {v.version}</strong>
              <span className="muted">
                {ACTIONS[v.action]}
                {v.revertedTo !== null ? ` version ${v.revertedTo}` : ''} by {v.by} on {new Date(v.at).toLocaleString()}
              </span>
              {v.version !== view.version && (
                <button type="button" disabled={saving} data-testid={`restore-${v.version}`} onClick={() => void revert(v.version)}>
                  Restore this version
                </button>
              )}
            </div>
            <ChangeList changes={v.changes} total={v.total} />
          </li>
        ))}
        {view.version > 0 && (
          <li data-testid="version-0">
            <div className="row">
              <strong>Version 0</strong> <span className="muted">The settings before the first save.</span>
              <button type="button" disabled={saving} data-testid="restore-0" onClick={() => void revert(0)}>
                Restore this version
              </button>
            </div>
          </li>
        )}
      </ol>
      {last && last.version > 1 && (
        <button type="button" onClick={() => void showOlder()}>
          Show older versions
        </button>
      )}
    </div>
  );
}
