import { useT } from '../../../common/i18n/i18n-provider';
import { CheckboxInput } from '../fields';
import { Notice } from '../notice';
import { richText } from '../rich-text';
import type { SectionProps } from '../section-props';
import { coverage } from '../setup-summary';

/** A project as Jira names it, with its key: "Security Incidents (SEC)". */
const nameAndKey = (p: { name: string; key: string }) => `${p.name} (${p.key})`;
const toggle = (list: string[], value: string, on: boolean) => (on ? [...new Set([...list, value])] : list.filter((v) => v !== value));

/**
 * Whether incident response is on, and which projects and issue types are incidents. As installed
 * it is off: the app does nothing on any issue until an admin picks the incident projects and turns
 * it on (on a busy site, "every project" would take over every team's issues). Each list covers
 * exactly what is ticked: nothing ticked covers nothing; "all" is a tick of its own.
 */
export function ScopeSection({ draft, view, update, problem }: SectionProps) {
  const { t } = useT();
  const { projectKeys, issueTypeIds, setUp, allProjects, allIssueTypes } = draft.scope;
  const projectsCovered = coverage(projectKeys.length, view.site.projects.length, allProjects, 'project', t);
  const typesCovered = coverage(issueTypeIds.length, view.site.issueTypes.length, allIssueTypes, 'issueType', t);
  return (
    <div>
      <RequestTypesStep draft={draft} view={view} update={update} />
      <p className="muted">{t('admin.scope.outside')}</p>
      <fieldset>
        <legend className="settings-label" data-testid="scope-projects-covered">
          {t('admin.scope.projects.legend', { covered: projectsCovered })}
        </legend>
        <CheckboxInput
          label={t('admin.scope.projects.all')}
          checked={allProjects}
          testId="scope-all-projects"
          onChange={(on) => update((d) => void (d.scope.allProjects = on))}
        />
        {view.site.projects.map((p) => (
          <CheckboxInput
            key={p.key}
            label={nameAndKey(p)}
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
              label={t('admin.scope.projects.notFound', { key: k })}
              checked
              onChange={() => update((d) => void (d.scope.projectKeys = d.scope.projectKeys.filter((x) => x !== k)))}
            />
          ))}
        {problem('scope.projectKeys') && <div className="problem">{problem('scope.projectKeys')}</div>}
      </fieldset>
      <fieldset>
        <legend className="settings-label" data-testid="scope-types-covered">
          {t('admin.scope.types.legend', { covered: typesCovered })}
        </legend>
        <CheckboxInput
          label={t('admin.scope.types.all')}
          checked={allIssueTypes}
          testId="scope-all-types"
          onChange={(on) => update((d) => void (d.scope.allIssueTypes = on))}
        />
        {view.site.issueTypes.map((type) => (
          <CheckboxInput
            key={type.id}
            label={type.name}
            checked={allIssueTypes || issueTypeIds.includes(type.id)}
            disabled={allIssueTypes}
            testId={`scope-type-${type.id}`}
            onChange={(on) => update((d) => void (d.scope.issueTypeIds = toggle(d.scope.issueTypeIds, type.id, on)))}
          />
        ))}
        <p className="muted">{t('admin.scope.types.tip')}</p>
      </fieldset>
      <RestrictionCheck draft={draft} view={view} />
      <fieldset data-testid="scope-set-up">
        <legend className="settings-label">{t('admin.scope.on.legend')}</legend>
        {!setUp && <Notice appearance="information">{t('admin.scope.on.notSetUp')}</Notice>}
        <CheckboxInput
          label={!ticksSomething(draft.scope) && !setUp ? t('admin.scope.on.tickFirst') : t('admin.scope.on.label')}
          checked={setUp}
          testId="scope-on"
          onChange={(on) => update((d) => void (d.scope.setUp = on && (ticksSomething(d.scope) || d.scope.setUp)))}
        />
        {/* Jira shows an app's issue panel only once someone adds it, or everywhere once a Jira admin chooses
            "Show for all work items" in its menu (the manifest's display condition keeps it to incidents). */}
        <p className="muted" data-testid="scope-show-panel">
          {richText(
            t,
            'admin.scope.on.showPanel',
            {},
            { panel: <strong>{t('admin.scope.on.panelName')}</strong>, showAll: <strong>{t('admin.scope.on.showAll')}</strong> },
          )}
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
  const { t } = useT();
  const types = view.site.requestTypes;
  if (types === null)
    return (
      <fieldset data-testid="scope-request-types">
        <legend className="settings-label">{t('admin.scope.requestTypes.legendNoPortal')}</legend>
        <p className="muted">{t('admin.scope.requestTypes.noPortal')}</p>
      </fieldset>
    );
  const chosen = draft.intake.requestTypeIds;
  const all = draft.intake.allRequestTypes;
  const desks = [...new Set(types.map((type) => type.projectName))];
  const pick = (type: (typeof types)[number], on: boolean) =>
    update((d) => {
      d.intake.requestTypeIds = toggle(d.intake.requestTypeIds, type.id, on);
      if (on) {
        d.scope.projectKeys = toggle(d.scope.projectKeys, type.projectKey, true);
        if (type.issueTypeId) d.scope.issueTypeIds = toggle(d.scope.issueTypeIds, type.issueTypeId, true);
      }
    });
  return (
    <fieldset data-testid="scope-request-types">
      <legend className="settings-label" data-testid="scope-request-types-covered">
        {t('admin.scope.requestTypes.legend', { covered: coverage(chosen.length, types.length, all, 'requestType', t) })}
      </legend>
      <p className="muted">{t('admin.scope.requestTypes.intro')}</p>
      {all && (
        <CheckboxInput
          label={t('admin.scope.requestTypes.all')}
          checked
          testId="scope-all-request-types"
          onChange={(on) => update((d) => void (d.intake.allRequestTypes = on))}
        />
      )}
      {desks.map((desk) => (
        <div key={desk}>
          <strong>{desk}</strong>
          {types
            .filter((type) => type.projectName === desk)
            .map((type) => (
              <div key={type.id}>
                <CheckboxInput
                  label={type.name}
                  checked={all || chosen.includes(type.id)}
                  disabled={all}
                  testId={`scope-request-type-${type.id}`}
                  onChange={(on) => pick(type, on)}
                />
                {chosen.includes(type.id) && type.hiddenFromPortal && (
                  <p className="problem" role="status" data-testid={`request-type-hidden-${type.id}`}>
                    {t('admin.scope.requestTypes.hidden', { requestType: type.name, project: type.projectName })}
                  </p>
                )}
              </div>
            ))}
        </div>
      ))}
      {chosen
        .filter((id) => !types.some((type) => type.id === id))
        .map((id) => (
          <CheckboxInput
            key={id}
            label={t('admin.scope.requestTypes.gone')}
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
  const { t } = useT();
  const levels = view.site.securityLevels;
  const restricted = draft.taxonomy.categories.filter((c) => c.restrictTo);
  const missing = restricted.filter((c) => levels !== null && !levels.includes(c.restrictTo!));
  const projects =
    !draft.scope.allProjects && draft.scope.projectKeys.length > 0 ? draft.scope.projectKeys.join(', ') : t('admin.scope.restriction.yourProjects');
  return (
    <fieldset data-testid="scope-restriction-check">
      <legend className="settings-label">{t('admin.scope.restriction.legend')}</legend>
      {levels === null ? (
        <p className="muted">{t('admin.scope.restriction.adminOnly')}</p>
      ) : levels.length === 0 ? (
        <p className="problem" role="status">
          {t('admin.scope.restriction.noLevel', { projects })}
        </p>
      ) : missing.length > 0 ? (
        <p className="problem" role="status">
          {t('admin.scope.restriction.missing', {
            categories: missing.map((c) => c.label).join(', '),
            level: missing[0]!.restrictTo,
            levels: levels.join(', '),
          })}
        </p>
      ) : restricted.length === 0 ? (
        <p className="muted">{t('admin.scope.restriction.noneRestricted', { levels: levels.join(', ') })}</p>
      ) : (
        <p data-testid="restriction-in-place">
          {t('admin.scope.restriction.inPlace', { restricted: restricted.map((c) => `${c.label} → ${c.restrictTo}`).join('; '), projects })}
        </p>
      )}
      <p className="muted" data-testid="restriction-until-intake">
        {t('admin.scope.restriction.untilIntake')}
      </p>
    </fieldset>
  );
}
