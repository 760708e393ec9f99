/**
 * The status of a collapsed jira:issueContext panel: what its dynamicProperties function returns for
 * the viewing user, called with `{ cloudId, extension }`; when there is no function, it fails or it
 * returns no usable status, Jira uses the module's static configuration
 * (https://developer.atlassian.com/platform/forge/manifest-reference/modules/jira-issue-context/#dynamic-properties).
 * The issue page asks for it after it has loaded (GET /browse/:key/apps/:module/status), so a slow
 * function never holds up the issue view.
 */
import { CLOUD_ID } from '../../site';
import { canSeeIssue } from '../../state/permissions';
import { issueViewExtension } from '../../state/issue-view-extension';
import type { StoredIssue } from '../../state/site-state';
import { ANONYMOUS_ACCOUNT_ID } from '../../state/user-kinds';
import { displayConditionsHold } from '../display-conditions';
import type { Shell, Viewer } from '../shell-context';

export type Lozenge = { label: string; type?: string };

/** The status to show, null for none; undefined when the viewer is not shown this module on this issue. */
export async function contextStatus(shell: Shell, viewer: Viewer, issue: StoredIssue, moduleKey: string): Promise<Lozenge | null | undefined> {
  const module = shell.site.manifest.modules.find((m) => m.type === 'jira:issueContext' && m.key === moduleKey);
  if (!module || !canSeeIssue(viewer.accountId, issue) || !displayConditionsHold(module.raw.displayConditions, viewer.accountId, issue)) return undefined;
  const fn = (module.raw.dynamicProperties as { function?: string } | undefined)?.function;
  if (!fn || viewer.accountId === ANONYMOUS_ACCOUNT_ID) return staticStatus(module.raw.status);
  const { type, issue: i, project } = issueViewExtension(issue, module.type, shell.site.baseUrl);
  try {
    const result = await shell.site.functions.invokeDynamicProperties(fn, module.key, viewer.accountId, {
      cloudId: CLOUD_ID,
      extension: { type, issue: i, project },
    });
    return staticStatus((result as { status?: unknown } | null)?.status) ?? staticStatus(module.raw.status);
  } catch {
    return staticStatus(module.raw.status);
  }
}

/** A status as the module documents it ({ type: 'lozenge' | 'badge', value: { label, type? } }); icons are not drawn here. */
export function staticStatus(status: unknown): Lozenge | null {
  const s = status as { type?: unknown; value?: { label?: unknown; type?: unknown } } | undefined;
  if (!s || (s.type !== 'lozenge' && s.type !== 'badge') || typeof s.value?.label !== 'string' || !s.value.label || s.value.label.length > 255) return null;
  return { label: s.value.label, type: typeof s.value.type === 'string' ? s.value.type : undefined };
}
