import diff from 'microdiff';
import type { SettingChangeView } from '../../shared/settings-contract';
import { sectionOfPath } from '../../shared/settings-sections';

/** One changed setting, as people read it: where, in which section, before and after (short JSON). */
export type SettingChange = SettingChangeView;

/** A change log entry shows this many changes; the rest are counted (the full versions are kept). */
export const MAX_LISTED_CHANGES = 200;
const MAX_VALUE_CHARS = 160;

const show = (value: unknown): string => {
  const json = JSON.stringify(value) ?? 'null';
  return json.length > MAX_VALUE_CHARS ? `${json.slice(0, MAX_VALUE_CHARS - 1)}…` : json;
};

/**
 * What changed from one version of the settings to another, path by path (microdiff walks both
 * trees). Shown before an import is applied (the dry run) and kept with every saved version.
 * @example diffSettings({ costs: { hourlyRate: 80 } }, { costs: { hourlyRate: 95 } }) // [{ path: 'costs.hourlyRate', kind: 'changed', before: '80', after: '95', section: 'costs' }]
 */
export function diffSettings(before: object, after: object): { changes: SettingChange[]; total: number } {
  const all = diff(before as Record<string, unknown>, after as Record<string, unknown>);
  const changes = all.slice(0, MAX_LISTED_CHANGES).map((d): SettingChange => {
    const path = d.path.map(String).join('.');
    const section = sectionOfPath(path);
    if (d.type === 'CREATE') return { section, path, kind: 'added', before: null, after: show(d.value) };
    if (d.type === 'REMOVE') return { section, path, kind: 'removed', before: show(d.oldValue), after: null };
    return { section, path, kind: 'changed', before: show(d.oldValue), after: show(d.value) };
  });
  return { changes, total: all.length };
}
