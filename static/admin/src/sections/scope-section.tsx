import { CheckboxInput } from '../fields';
import type { SectionProps } from '../section-props';

const toggle = (list: string[], value: string, on: boolean) => (on ? [...new Set([...list, value])] : list.filter((v) => v !== value));

/** Which projects and issue types are incidents; none ticked means all. */
export function ScopeSection({ draft, view, update, problem }: SectionProps) {
  const { projectKeys, issueTypeIds } = draft.scope;
  return (
    <div>
      <p className="muted">
        New issues outside the scope never become incident records (earlier ones stay). Leave a list empty to include everything, the default.
      </p>
      <fieldset>
        <legend className="settings-label">Projects {projectKeys.length === 0 && '(all)'}</legend>
        {view.site.projects.map((p) => (
          <CheckboxInput
            key={p.key}
            label={`${p.name} (${p.key})`}
            checked={projectKeys.includes(p.key)}
            testId={`scope-project-${p.key}`}
            onChange={(on) => update((d) => void (d.scope.projectKeys = toggle(d.scope.projectKeys, p.key, on)))}
          />
        ))}
        {projectKeys
          .filter((k) => !view.site.projects.some((p) => p.key === k))
          .map((k) => (
            <CheckboxInput
              key={k}
              label={`${k} (not found)`}
              checked
              onChange={() => update((d) => void (d.scope.projectKeys = d.scope.projectKeys.filter((x) => x !== k)))}
            />
          ))}
        {problem('scope.projectKeys') && <div className="problem">{problem('scope.projectKeys')}</div>}
      </fieldset>
      <fieldset>
        <legend className="settings-label">Issue types {issueTypeIds.length === 0 && '(all)'}</legend>
        {view.site.issueTypes.map((t) => (
          <CheckboxInput
            key={t.id}
            label={t.name}
            checked={issueTypeIds.includes(t.id)}
            testId={`scope-type-${t.id}`}
            onChange={(on) => update((d) => void (d.scope.issueTypeIds = toggle(d.scope.issueTypeIds, t.id, on)))}
          />
        ))}
        <p className="muted">Tip: tick only your incident type so follow-up tasks created from postmortems are not counted as incidents.</p>
      </fieldset>
    </div>
  );
}
