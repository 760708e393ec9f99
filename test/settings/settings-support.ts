import type { Site } from '../../sandbox/site';

/** Calls a settings resolver as the admin page (or, with `project`, as that project's settings page) would. */
export async function invokeSettings(site: Site, resolverKey: string, payload: unknown, accountId: string, project?: string) {
  const context = project
    ? { extension: { type: 'jira:projectSettingsPage', project: { id: project === 'SEC' ? '10000' : '10001', key: project, type: 'service_desk' } } }
    : { extension: { type: 'jira:adminPage' } };
  const { result } = await site.functions.invokeResolver({
    functionKey: 'resolver',
    moduleKey: project ? 'incident-project-settings' : 'incident-settings',
    resolverKey,
    payload,
    accountId,
    context,
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  return result as { ok: true; data: any } | { ok: false; error: { code: string; message: string; fields?: Record<string, string> } };
}
