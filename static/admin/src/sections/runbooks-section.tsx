import { useT } from '../../../common/i18n/i18n-provider';
import { JsonEditor } from '../json-editor';
import type { SectionProps } from '../section-props';

/** Runbooks per category: a checklist of steps by phase; the panel ticks them per incident. */
export function RunbooksSection({ draft, view, update, problem }: SectionProps) {
  const { t } = useT();
  const runbooks = draft.response.runbooks;
  return (
    <div>
      <p className="muted">
        {t('admin.runbooks.intro', { count: runbooks.length, titles: runbooks.map((r) => r.title).join(', ') || t('admin.runbooks.none') })}
      </p>
      <JsonEditor
        label={t('admin.runbooks.label')}
        value={draft.response.runbooks}
        testId="runbooks-json"
        problem={problem('response.runbooks')}
        onChange={(v) => update((d) => void (d.response.runbooks = v))}
      />
      <button type="button" onClick={() => update((d) => void (d.response.runbooks = structuredClone(view.defaults.response.runbooks)))}>
        {t('admin.runbooks.restore')}
      </button>
    </div>
  );
}
