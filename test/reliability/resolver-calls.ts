/**
 * Every resolver the app defines, with where it is called from (its module and the context
 * Jira builds for it), a valid payload, and whether it reads or writes. The reliability suite
 * walks this table; a resolver missing from it fails the suite (see the completeness test).
 */
import type { Site } from '../../sandbox/site';
import type { StoredIssue } from '../../sandbox/state/site-state';
import { defaultAppConfig } from '../../src/domain/config/default-config';
import { GADGET_QUERY, panelContext } from '../support/test-site';

export type Surface = 'panel' | 'gadget' | 'admin' | 'project-settings' | 'portal-create' | 'portal-detail';

export interface ResolverCase {
  key: string;
  surface: Surface;
  writes: boolean;
  payload: () => Record<string, unknown>;
}

const statsQuery = () => ({ ...GADGET_QUERY });

export const RESOLVER_CASES: ResolverCase[] = [
  { key: 'incident/get', surface: 'panel', writes: false, payload: () => ({}) },
  {
    key: 'incident/update',
    surface: 'panel',
    writes: true,
    payload: () => ({ expectedRevision: 0, category: 'phishing', impact: 'medium', urgency: 'medium', reason: 'Two people entered their password' }),
  },
  { key: 'incident/triage', surface: 'panel', writes: true, payload: () => ({ expectedRevision: 0, action: 'confirm', reason: 'Confirmed by the mail logs' }) },
  {
    key: 'legal/record',
    surface: 'panel',
    writes: true,
    payload: () => ({
      expectedRevision: 0,
      action: 'start',
      trigger: 'aware_at',
      at: '2026-11-20T09:00:00.000Z',
      timeZone: 'Europe/Berlin',
      reason: 'Forensics confirmed exfiltration',
    }),
  },
  {
    key: 'response/record',
    surface: 'panel',
    writes: true,
    payload: () => ({ expectedRevision: 0, action: 'phase', phase: 'containment', at: '2026-11-20T10:00:00.000Z' }),
  },
  { key: 'timeline/add', surface: 'panel', writes: true, payload: () => ({ kind: 'action', text: 'Removed the public link' }) },
  { key: 'timeline/page', surface: 'panel', writes: false, payload: () => ({ block: 0 }) },
  { key: 'timeline/verify', surface: 'panel', writes: false, payload: () => ({}) },
  { key: 'timeline/export', surface: 'panel', writes: false, payload: () => ({ format: 'json' }) },
  { key: 'exercise/create', surface: 'panel', writes: true, payload: () => ({ kind: 'tabletop' }) },
  { key: 'postmortem/get', surface: 'panel', writes: false, payload: () => ({ kind: 'postmortem' }) },
  {
    key: 'postmortem/save-section',
    surface: 'panel',
    writes: true,
    payload: () => ({ kind: 'postmortem', sectionId: 'root-cause', text: 'Why? The folder was shared by link.' }),
  },
  { key: 'postmortem/publish', surface: 'panel', writes: true, payload: () => ({ kind: 'postmortem' }) },
  { key: 'postmortem/markdown', surface: 'panel', writes: false, payload: () => ({ kind: 'postmortem' }) },
  { key: 'postmortem/follow-up', surface: 'panel', writes: true, payload: () => ({ summary: 'Turn off public links for the shared drive' }) },
  { key: 'postmortem/similar', surface: 'panel', writes: false, payload: () => ({}) },
  { key: 'intake/options', surface: 'portal-create', writes: false, payload: () => ({}) },
  { key: 'report/status', surface: 'portal-detail', writes: false, payload: () => ({}) },
  { key: 'stats/get', surface: 'gadget', writes: false, payload: statsQuery },
  { key: 'stats/incidents', surface: 'gadget', writes: false, payload: statsQuery },
  { key: 'settings/get', surface: 'admin', writes: false, payload: () => ({}) },
  {
    key: 'settings/save',
    surface: 'admin',
    writes: true,
    payload: () => ({ config: { ...defaultAppConfig(), costs: { hourlyRate: 99, currency: 'EUR' } }, baseVersion: 0 }),
  },
  { key: 'settings/history', surface: 'admin', writes: false, payload: () => ({ before: 10 }) },
  { key: 'settings/revert', surface: 'admin', writes: true, payload: () => ({ version: 0, baseVersion: 0 }) },
  { key: 'settings/export', surface: 'admin', writes: false, payload: () => ({}) },
  {
    key: 'settings/import',
    surface: 'admin',
    writes: true,
    payload: () => ({
      json: JSON.stringify({ format: 'incident-response-settings', settings: { ...defaultAppConfig(), costs: { hourlyRate: 98, currency: 'EUR' } } }),
      baseVersion: 0,
      dryRun: false,
    }),
  },
  { key: 'project-settings/get', surface: 'project-settings', writes: false, payload: () => ({}) },
  {
    key: 'project-settings/save',
    surface: 'project-settings',
    writes: true,
    payload: () => ({ override: { calendarId: '24x7', escalation: null, contacts: [] }, baseVersion: 0 }),
  },
];

const MODULE: Record<Surface, string> = {
  panel: 'incident-panel',
  gadget: 'incident-statistics',
  admin: 'incident-settings',
  'project-settings': 'incident-project-settings',
  'portal-create': 'report-intake',
  'portal-detail': 'report-status',
};

/** The context Jira builds for the surface, around one issue (its project, or it as the portal request). */
export function contextFor(surface: Surface, issue: StoredIssue): Record<string, unknown> {
  const project = { id: issue.projectId, key: issue.key.split('-')[0], type: 'service_desk' };
  switch (surface) {
    case 'panel':
      return panelContext(issue);
    case 'gadget':
      return { cloudId: 'local-cloud-0001', extension: { type: 'jira:dashboardGadget', gadget: { id: '20001' } } };
    case 'admin':
      return { cloudId: 'local-cloud-0001', extension: { type: 'jira:adminPage' } };
    case 'project-settings':
      return { cloudId: 'local-cloud-0001', extension: { type: 'jira:projectSettingsPage', project } };
    case 'portal-create':
      return {
        cloudId: 'local-cloud-0001',
        extension: { type: 'jiraServiceManagement:portalRequestCreatePropertyPanel', portal: { id: '1' }, request: { typeId: '11' } },
      };
    case 'portal-detail':
      return {
        cloudId: 'local-cloud-0001',
        extension: { type: 'jiraServiceManagement:portalRequestDetail', portal: { id: '1' }, request: { key: issue.key, typeId: '11' } },
      };
  }
}

/** Calls one resolver as the module of its surface would; a platform refusal (unlicensed access) is returned as `refused`. */
export async function callResolver(
  site: Site,
  c: ResolverCase,
  issue: StoredIssue,
  accountId: string | null,
  payload: unknown = c.payload(),
): Promise<{ result: unknown; refused: boolean }> {
  try {
    const { result } = await site.functions.invokeResolver({
      functionKey: 'resolver',
      moduleKey: MODULE[c.surface],
      resolverKey: c.key,
      payload,
      accountId,
      context: contextFor(c.surface, issue),
    });
    return { result, refused: false };
  } catch (e) {
    if (e instanceof Error && e.name === 'UnlicensedAccessRefused') return { result: undefined, refused: true };
    throw e;
  }
}
