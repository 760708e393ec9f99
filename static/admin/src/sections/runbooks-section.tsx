import { JsonEditor } from '../json-editor';
import type { SectionProps } from '../section-props';

/** Runbooks per category: a checklist of steps by phase; the panel ticks them per incident. */
export function RunbooksSection({ draft, view, update, problem }: SectionProps) {
  return (
    <div>
      <p className="muted">
        {draft.response.runbooks.length} runbook{draft.response.runbooks.length === 1 ? '' : 's'}:{' '}
        {draft.response.runbooks.map((r) => r.title).join(', ') || 'none'}. A runbook with no categories is the general one. Step ids keep ticks attached:
        change a step's text, not its id. Phases: detection-analysis, containment, eradication-recovery, post-incident.
      </p>
      <JsonEditor
        label="Runbooks"
        value={draft.response.runbooks}
        testId="runbooks-json"
        problem={problem('response.runbooks')}
        onChange={(v) => update((d) => void (d.response.runbooks = v))}
      />
      <button type="button" onClick={() => update((d) => void (d.response.runbooks = structuredClone(view.defaults.response.runbooks)))}>
        Restore the default runbooks
      </button>
    </div>
  );
}
