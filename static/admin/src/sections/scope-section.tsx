import { CheckboxInput } from '../fields';
import type { SectionProps } from '../section-props';

const toggle = (list: string[], value: string, on: boolean) => (on ? [...new Set([...list, value])] : list.filter((v) => v !== value));

/**
 * Whether incident response is on, and which projects and issue types are incidents. As installed
 * it is off: the app does nothing on any issue until an admin picks the incident projects and turns
 * it on (on a busy site, "every project" would take over every team's issues).
 */
export function ScopeSection({ draft, view, update, problem }: SectionProps) {
  const { projectKeys, issueTypeIds, setUp } = draft.scope;
  return (
    <div>
      <fieldset data-testid="scope-set-up">
        <legend className="settings-label">Incident response on this site</legend>
        {!setUp && (
          <p>
            <strong>Not set up yet: the app does nothing on any issue.</strong> Tick the projects where incidents are reported, then turn it on and save.
          </p>
        )}
        <CheckboxInput
          label={projectKeys.length === 0 && !setUp ? 'On (tick at least one project first)' : 'On: take in new incidents in the projects below'}
          checked={setUp}
          testId="scope-on"
          onChange={(on) => update((d) => void (d.scope.setUp = on && (d.scope.projectKeys.length > 0 || d.scope.setUp)))}
        />
      </fieldset>
      <p className="muted">New issues outside the scope never become incident records (earlier ones stay). Once it is on, an empty list includes everything.</p>
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
