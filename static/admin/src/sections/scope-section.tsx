import { CheckboxInput } from '../fields';
import { Notice } from '../notice';
import type { SectionProps } from '../section-props';
import { coverage } from '../setup-summary';

const toggle = (list: string[], value: string, on: boolean) => (on ? [...new Set([...list, value])] : list.filter((v) => v !== value));

/**
 * Whether incident response is on, and which projects and issue types are incidents. As installed
 * it is off: the app does nothing on any issue until an admin picks the incident projects and turns
 * it on (on a busy site, "every project" would take over every team's issues). Each list covers
 * exactly what is ticked: nothing ticked covers nothing; "all" is a tick of its own.
 */
export function ScopeSection({ draft, view, update, problem }: SectionProps) {
  const { projectKeys, issueTypeIds, setUp, allProjects, allIssueTypes } = draft.scope;
  const projectsCovered = coverage(projectKeys.length, view.site.projects.length, allProjects, 'project', 'projects');
  const typesCovered = coverage(issueTypeIds.length, view.site.issueTypes.length, allIssueTypes, 'issue type', 'issue types');
  return (
    <div>
      <RequestTypesStep draft={draft} view={view} update={update} />
      <p className="muted">
        New issues outside the scope never become incident records (earlier ones stay). Only what is ticked counts: nothing ticked means no issue.
      </p>
      <fieldset>
        <legend className="settings-label" data-testid="scope-projects-covered">
          2. Which issues are incidents: projects ({projectsCovered})
        </legend>
        <CheckboxInput
          label="All projects, also those created later"
          checked={allProjects}
          testId="scope-all-projects"
          onChange={(on) => update((d) => void (d.scope.allProjects = on))}
        />
        {view.site.projects.map((p) => (
          <CheckboxInput
            key={p.key}
            label={`${p.name} (${p.key})`}
            checked={allProjects || projectKeys.includes(p.key)}
            disabled={allProjects}
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
        <legend className="settings-label" data-testid="scope-types-covered">
          Which issues are incidents: issue types ({typesCovered})
        </legend>
        <CheckboxInput
          label="All issue types (for projects that hold only incidents)"
          checked={allIssueTypes}
          testId="scope-all-types"
          onChange={(on) => update((d) => void (d.scope.allIssueTypes = on))}
        />
        {view.site.issueTypes.map((t) => (
          <CheckboxInput
            key={t.id}
            label={t.name}
            checked={allIssueTypes || issueTypeIds.includes(t.id)}
            disabled={allIssueTypes}
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
          <Notice appearance="information">
            Not set up yet: the app does nothing on any issue. Pick where reports come in and which issues are incidents above, then turn it on and save.
          </Notice>
        )}
        <CheckboxInput
          label={!ticksSomething(draft.scope) && !setUp ? 'On (tick at least one project and issue type first)' : 'On: take in new incidents as ticked above'}
          checked={setUp}
          testId="scope-on"
          onChange={(on) => update((d) => void (d.scope.setUp = on && (ticksSomething(d.scope) || d.scope.setUp)))}
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

/** Whether the scope covers any issue at all: a project and an issue type, each ticked or "all". */
const ticksSomething = (scope: SectionProps['draft']['scope']) =>
  (scope.allProjects || scope.projectKeys.length > 0) && (scope.allIssueTypes || scope.issueTypeIds.length > 0);

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
  const all = draft.intake.allRequestTypes;
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
      <legend className="settings-label" data-testid="scope-request-types-covered">
        1. Where reports come in: portal request types ({coverage(chosen.length, types.length, all, 'request type', 'request types')})
      </legend>
      <p className="muted">Employees see the incident questions only on the request types you tick; every other request sends as before.</p>
      {all && (
        <CheckboxInput
          label="Every request type, also those added later (as saved before the lists were explicit)"
          checked
          testId="scope-all-request-types"
          onChange={(on) => update((d) => void (d.intake.allRequestTypes = on))}
        />
      )}
      {desks.map((desk) => (
        <div key={desk}>
          <strong>{desk}</strong>
          {types
            .filter((t) => t.projectName === desk)
            .map((t) => (
              <div key={t.id}>
                <CheckboxInput
                  label={t.name}
                  checked={all || chosen.includes(t.id)}
                  disabled={all}
                  testId={`scope-request-type-${t.id}`}
                  onChange={(on) => pick(t, on)}
                />
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
  const projects = !draft.scope.allProjects && draft.scope.projectKeys.length > 0 ? draft.scope.projectKeys.join(', ') : 'your incident projects';
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
