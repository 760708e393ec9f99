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
      <RequestTypesStep draft={draft} view={view} update={update} />
      <p className="muted">New issues outside the scope never become incident records (earlier ones stay). Once it is on, an empty list includes everything.</p>
      <fieldset>
        <legend className="settings-label">2. Which issues are incidents: projects {projectKeys.length === 0 && '(all)'}</legend>
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
        <legend className="settings-label">Which issues are incidents: issue types {issueTypeIds.length === 0 && '(all)'}</legend>
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
      <RestrictionCheck draft={draft} view={view} />
      <fieldset data-testid="scope-set-up">
        <legend className="settings-label">4. Turn incident response on</legend>
        {!setUp && (
          <p>
            <strong>Not set up yet: the app does nothing on any issue.</strong> Pick where reports come in and which issues are incidents above, then turn it on
            and save.
          </p>
        )}
        <CheckboxInput
          label={projectKeys.length === 0 && !setUp ? 'On (tick at least one project first)' : 'On: take in new incidents in the projects above'}
          checked={setUp}
          testId="scope-on"
          onChange={(on) => update((d) => void (d.scope.setUp = on && (d.scope.projectKeys.length > 0 || d.scope.setUp)))}
        />
        {/* Jira shows an app's issue panel only once someone adds it, or everywhere once a Jira admin chooses
            "Show for all work items" in its menu (the manifest's display condition keeps it to incidents). */}
        <p className="muted" data-testid="scope-show-panel">
          Then show the incident panel to your responders: open any incident, click <strong>Incident response</strong> under its title to add the panel, then in
          the panel&apos;s ••• menu choose <strong>Show for all work items</strong>. It appears on incidents only.
        </p>
      </fieldset>
    </div>
  );
}

/**
 * The assistant's first step: which portal request types are incident reports. Picking one also
 * picks its project and issue type (the issues it creates are the incidents); the portal's questions
 * then appear on those request types only. A request type in no request type group is not on the
 * portal at all (Jira Service Management hides it), so the step says exactly how to show it.
 */
function RequestTypesStep({ draft, view, update }: Pick<SectionProps, 'draft' | 'view' | 'update'>) {
  const types = view.site.requestTypes;
  if (types === null)
    return (
      <fieldset data-testid="scope-request-types">
        <legend className="settings-label">1. Where reports come in</legend>
        <p className="muted">This site has no Jira Service Management portal: incidents are the issues of the projects and types below.</p>
      </fieldset>
    );
  const chosen = draft.intake.requestTypeIds;
  const desks = [...new Set(types.map((t) => t.projectName))];
  const pick = (t: (typeof types)[number], on: boolean) =>
    update((d) => {
      d.intake.requestTypeIds = toggle(d.intake.requestTypeIds, t.id, on);
      if (on) {
        d.scope.projectKeys = toggle(d.scope.projectKeys, t.projectKey, true);
        if (t.issueTypeId) d.scope.issueTypeIds = toggle(d.scope.issueTypeIds, t.issueTypeId, true);
      }
    });
  return (
    <fieldset data-testid="scope-request-types">
      <legend className="settings-label">
        1. Where reports come in: portal request types {chosen.length === 0 && '(none picked: the questions show on every request type)'}
      </legend>
      <p className="muted">Employees see the incident questions only on the request types you pick; every other request sends as before.</p>
      {desks.map((desk) => (
        <div key={desk}>
          <strong>{desk}</strong>
          {types
            .filter((t) => t.projectName === desk)
            .map((t) => (
              <div key={t.id}>
                <CheckboxInput label={t.name} checked={chosen.includes(t.id)} testId={`scope-request-type-${t.id}`} onChange={(on) => pick(t, on)} />
                {chosen.includes(t.id) && t.hiddenFromPortal && (
                  <p className="problem" role="status" data-testid={`request-type-hidden-${t.id}`}>
                    Employees cannot see &ldquo;{t.name}&rdquo; yet: it is in no request type group, so the portal does not show it. In Jira, open the{' '}
                    {t.projectName} project&apos;s settings, then Request types, and drag it into a portal group.
                  </p>
                )}
              </div>
            ))}
        </div>
      ))}
      {chosen
        .filter((id) => !types.some((t) => t.id === id))
        .map((id) => (
          <CheckboxInput
            key={id}
            label="A request type that no longer exists"
            checked
            onChange={() => update((d) => void (d.intake.requestTypeIds = d.intake.requestTypeIds.filter((x) => x !== id)))}
          />
        ))}
    </fieldset>
  );
}

/**
 * The assistant's restriction check: sensitive incidents need an issue security level, which only a
 * Jira administrator can create. Says what is in place, or exactly what to do in Jira.
 */
function RestrictionCheck({ draft, view }: Pick<SectionProps, 'draft' | 'view'>) {
  const levels = view.site.securityLevels;
  const restricted = draft.taxonomy.categories.filter((c) => c.restrictTo);
  const missing = restricted.filter((c) => levels !== null && !levels.includes(c.restrictTo!));
  const projects = draft.scope.projectKeys.length > 0 ? draft.scope.projectKeys.join(', ') : 'your incident projects';
  return (
    <fieldset data-testid="scope-restriction-check">
      <legend className="settings-label">3. Restriction of sensitive incidents</legend>
      {levels === null ? (
        <p className="muted">Only a Jira administrator can check the issue security levels.</p>
      ) : levels.length === 0 ? (
        <p className="problem" role="status">
          This site has no issue security level, so a data exposure or a breach would be open to everyone who can browse {projects}. In Jira, go to Settings,
          Issues, Issue security schemes: add a scheme with a level such as &ldquo;Restricted&rdquo; whose members are your responders&apos; group, and
          associate it with {projects}. Then pick the level under Restrictions.
        </p>
      ) : missing.length > 0 ? (
        <p className="problem" role="status">
          {missing.map((c) => c.label).join(', ')}: the level &ldquo;{missing[0]!.restrictTo}&rdquo; does not exist. Pick one of {levels.join(', ')} under
          Restrictions.
        </p>
      ) : restricted.length === 0 ? (
        <p className="muted">No category is restricted yet: under Restrictions, pick a security level (one of {levels.join(', ')}) for sensitive categories.</p>
      ) : (
        <p data-testid="restriction-in-place">
          In place: {restricted.map((c) => `${c.label} → ${c.restrictTo}`).join('; ')}. Jira&apos;s issue security scheme of {projects} must offer these levels.
        </p>
      )}
      <p className="muted" data-testid="restriction-until-intake">
        A new report is open until the app takes it in, usually within seconds. To restrict reports from their first second, give the security scheme a default
        level (Issue security schemes, the scheme, Default) on a project that holds only incident reports. Each level must also let the app in, or it cannot
        restrict, withdraw or count those incidents (see the admin guide).
      </p>
    </fieldset>
  );
}
