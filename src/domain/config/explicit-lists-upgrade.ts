/**
 * Settings saved while an empty list meant "all" (before `allProjects`, `allIssueTypes` and
 * `allRequestTypes` existed) keep meaning what the admin saw when saving: a set-up site's empty list
 * becomes "all", chosen; a ticked list stays that list. A site never turned on keeps its lists, so
 * turning it on later covers only what is ticked.
 *
 * @example upgradeToExplicitLists({ scope: { projectKeys: ['SEC'], issueTypeIds: [], setUp: true }, intake: { requestTypeIds: [] } })
 * // scope: { projectKeys: ['SEC'], issueTypeIds: [], allProjects: false, allIssueTypes: true, setUp: true },
 * // intake: { requestTypeIds: [], allRequestTypes: true }
 */
export function upgradeToExplicitLists(stored: unknown): unknown {
  if (typeof stored !== 'object' || stored === null) return stored;
  const settings = stored as { scope?: unknown; intake?: unknown };
  const scope = settings.scope as { projectKeys?: unknown; issueTypeIds?: unknown; setUp?: unknown; allProjects?: unknown } | undefined;
  const intake = settings.intake as { requestTypeIds?: unknown; allRequestTypes?: unknown } | undefined;
  // Settings saved before scopes existed: the schema's default scope (every issue, set up) applies,
  // and their request types were asked on as a set-up site's were.
  const hasScope = typeof scope === 'object' && scope !== null;
  const setUp = !hasScope || scope.setUp !== false;
  const meantAll = (list: unknown) => setUp && (!Array.isArray(list) || list.length === 0);
  const upgradedIntake =
    typeof intake !== 'object' || intake === null || 'allRequestTypes' in intake ? intake : { ...intake, allRequestTypes: meantAll(intake.requestTypeIds) };
  if (!hasScope) return { ...settings, intake: upgradedIntake };
  const upgradedScope = 'allProjects' in scope ? scope : { ...scope, allProjects: meantAll(scope.projectKeys), allIssueTypes: meantAll(scope.issueTypeIds) };
  return { ...settings, scope: upgradedScope, intake: upgradedIntake };
}
