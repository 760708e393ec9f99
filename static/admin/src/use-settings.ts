import { useCallback, useEffect, useState } from 'react';
import type { ErrorBody } from '../../../src/shared/envelope';
import { RESOLVER_KEYS, type SettingsDocument, type SettingsSavedView, type SettingsView } from '../../../src/shared/resolver-contract';
import { invokeResolver } from '../../common/invoke-resolver';

export type Update = (change: (draft: SettingsDocument) => void) => void;

/**
 * The settings page's state: what is stored (with its version), the draft being edited, and the
 * problems the last save found. Nothing is stored until Save; a failed save keeps the draft.
 */
export function useSettings() {
  const [view, setView] = useState<SettingsView | null>(null);
  const [draft, setDraft] = useState<SettingsDocument | null>(null);
  const [loadError, setLoadError] = useState<ErrorBody | null>(null);
  const [saveError, setSaveError] = useState<ErrorBody | null>(null);
  const [saving, setSaving] = useState(false);
  const [lastSaved, setLastSaved] = useState<SettingsSavedView | null>(null);

  const load = useCallback(async () => {
    const res = await invokeResolver(RESOLVER_KEYS.settingsGet, {});
    if (!res.ok) return setLoadError(res.error);
    setLoadError(null);
    setView(res.data);
    setDraft(structuredClone(res.data.config));
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  const update: Update = useCallback((change) => {
    setDraft((d) => {
      if (!d) return d;
      const next = structuredClone(d);
      change(next);
      return next;
    });
  }, []);

  /** Saves the draft (or, given one, that document: quick actions such as "mark reviewed"). */
  const save = useCallback(
    async (doc?: SettingsDocument) => {
      if (!view || !draft) return;
      setSaving(true);
      const res = await invokeResolver(RESOLVER_KEYS.settingsSave, { config: doc ?? draft, baseVersion: view.version });
      setSaving(false);
      if (!res.ok) return setSaveError(res.error);
      setSaveError(null);
      setLastSaved(res.data);
      await load();
    },
    [view, draft, load],
  );

  const revert = useCallback(
    async (version: number) => {
      if (!view) return;
      setSaving(true);
      const res = await invokeResolver(RESOLVER_KEYS.settingsRevert, { version, baseVersion: view.version });
      setSaving(false);
      if (!res.ok) return setSaveError(res.error);
      setSaveError(null);
      setLastSaved(res.data);
      await load();
    },
    [view, load],
  );

  const discard = useCallback(() => {
    if (view) setDraft(structuredClone(view.config));
    setSaveError(null);
  }, [view]);

  const dirty = view !== null && draft !== null && JSON.stringify(view.config) !== JSON.stringify(draft);
  return { view, draft, loadError, saveError, saving, lastSaved, dirty, update, save, revert, discard, reload: load };
}
