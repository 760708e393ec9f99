/**
 * Every resolver the app defines, with where it is called from (its module and the context
 * Jira builds for it), a valid payload, and whether it reads or writes. The reliability suite
 * walks this table; a resolver missing from it fails the suite (see the completeness test).
 */
import type { Site } from '../../sandbox/site';
import type { StoredIssue } from '../../sandbox/state/site-state';
import type { AppConfig } from '../../src/domain/config/app-config';
import { defaultAppConfig } from '../../src/domain/config/default-config';
import type { IncidentRecord } from '../../src/domain/incident/incident-record';
import { gadgetContext, panelContext } from '../support/test-site';

export type Surface = 'panel' | 'gadget' | 'admin' | 'project-settings' | 'portal-create' | 'portal-detail';

/**
 * What a write needs to really change something now: the incident's stored record, the settings'
 * version and stored value, and a counter that differs on every call. Without it (the fuzz tests)
 * the payloads are the plain valid ones of a fresh site.
 */
export interface CallState {
  record: IncidentRecord | undefined;
  settingsVersion: number;
  settings: AppConfig | undefined;
  n: number;
  /** The stored revision of the postmortem's root-cause section (0: never saved). */
  sectionRevision?: number;
  /** The incident's newest stakeholder update (0: none) and the site's clock, for an update that really goes. */
  stakeholderSeq?: number;
  now?: number;
}

const FRESH: CallState = { record: undefined, settingsVersion: 0, settings: undefined, n: 0 };

export interface ResolverCase {
  key: string;
  surface: Surface;
  writes: boolean;
  /** A read that only people who may edit the issue may make (it prepares a write). */
  needsEdit?: true;
  payload: (state?: CallState) => Record<string, unknown>;
  /** Called on an issue that is not an incident yet (declaring one): see `targetFor`. */
  onNewIssue?: true;
}

/**
 * The issue a case is called on: the incident itself, or for a case that needs an issue without a
 * record, a new Task beside it (same project, same security level) that the app never took in.
 */
export function targetFor(site: Site, c: ResolverCase, incident: StoredIssue): StoredIssue {
  if (!c.onNewIssue) return incident;
  const fresh = site.issues.create(
    {
      projectId: incident.projectId,
      summary: 'Odd logins on the build server',
      reporter: 'acc-riley-responder',
      issuetype: 'Task',
      securityLevelId: incident.fields.securityLevelId,
    },
    'acc-riley-responder',
    false,
    { silent: true },
  );
  site.search.noteCreated(fresh);
  return fresh;
}

/** The first value that is not the current one, so an allowed write always changes the record. */
const other = <T>(values: readonly T[], current: T | null | undefined): T => values.find((v) => v !== current) ?? values[0]!;
const revisionOf = (s: CallState) => s.record?.revision ?? 0;
const lastPhase = (s: CallState) => s.record?.response?.phases.at(-1)?.phase ?? null;
const minutes = (n: number) => new Date(Date.parse('2026-11-20T09:00:00.000Z') + n * 60_000).toISOString();

export const RESOLVER_CASES: ResolverCase[] = [
  { key: 'incident/get', surface: 'panel', writes: false, payload: () => ({}) },
  {
    key: 'incident/declare',
    surface: 'panel',
    writes: true,
    onNewIssue: true,
    payload: () => ({ reason: 'The build server shows logins from an unknown country' }),
  },
  {
    key: 'incident/update',
    surface: 'panel',
    writes: true,
    payload: (s = FRESH) => ({
      expectedRevision: revisionOf(s),
      category: 'phishing',
      impact: other(['medium', 'high', 'low'], s.record?.impact),
      urgency: 'medium',
      reason: 'Two people entered their password',
    }),
  },
  {
    key: 'incident/triage',
    surface: 'panel',
    writes: true,
    payload: (s = FRESH) =>
      s.record?.triage.state === 'incident'
        ? { expectedRevision: revisionOf(s), action: 'reopen', reason: 'More facts came in' }
        : { expectedRevision: revisionOf(s), action: 'confirm', reason: 'Confirmed by the mail logs' },
  },
  {
    key: 'legal/record',
    surface: 'panel',
    writes: true,
    // A recorded start is never overwritten: the next one corrects the newest.
    payload: (s = FRESH) => {
      const newest = s.record?.legal?.starts.at(-1);
      return {
        expectedRevision: revisionOf(s),
        action: 'start',
        trigger: 'aware_at',
        at: minutes(s.n),
        timeZone: 'Europe/Berlin',
        reason: 'Forensics confirmed exfiltration',
        ...(newest ? { corrects: newest.id } : {}),
      };
    },
  },
  {
    key: 'response/record',
    surface: 'panel',
    writes: true,
    payload: (s = FRESH) => ({
      expectedRevision: revisionOf(s),
      action: 'phase',
      phase: other(['containment', 'eradication-recovery'], lastPhase(s)),
      at: minutes(s.n),
    }),
  },
  { key: 'timeline/add', surface: 'panel', writes: true, payload: (s = FRESH) => ({ kind: 'action', text: `Removed the public link (${s.n})` }) },
  { key: 'timeline/page', surface: 'panel', writes: false, payload: () => ({ block: 0 }) },
  { key: 'timeline/verify', surface: 'panel', writes: false, payload: () => ({}) },
  { key: 'timeline/export', surface: 'panel', writes: false, payload: () => ({ format: 'json' }) },
  { key: 'exercise/create', surface: 'panel', writes: true, payload: () => ({ kind: 'tabletop' }) },
  // Drafting a reply reads only, but is for people who may reply: those who may edit the issue.
  { key: 'reporter-reply/draft', surface: 'panel', writes: false, needsEdit: true, payload: () => ({}) },
  // A restricted incident's reply goes only with the responder's tick, which this payload gives.
  {
    key: 'reporter-reply/send',
    surface: 'panel',
    writes: true,
    payload: (s = FRESH) => ({ text: `Thank you for reporting this. We fixed it (${s.n}).`, checkedNothingInternal: true }),
  },
  { key: 'oncall/get', surface: 'panel', writes: false, payload: () => ({}) },
  { key: 'stakeholder-update/get', surface: 'panel', writes: false, payload: () => ({}) },
  {
    key: 'stakeholder-update/send',
    surface: 'panel',
    writes: true,
    payload: (s = FRESH) => ({
      status: 'investigating',
      known: `The printer queue was changed (${s.n}).`,
      doing: 'Restoring the queue.',
      need: '',
      // Ten minutes: within every level's cadence (ten minutes at the least).
      nextUpdateAt: new Date((s.now ?? Date.now()) + 10 * 60_000).toISOString(),
      basedOn: s.stakeholderSeq ?? 0,
    }),
  },
  // Snoozing answers VALIDATION_FAILED where no update is due (a resolved incident): nothing changes.
  { key: 'stakeholder-update/snooze', surface: 'panel', writes: true, payload: () => ({ minutes: 30 }) },
  // "I'm on it" answers CONFLICT where nobody is being paged, or once someone has said so: a repeat, not a write.
  { key: 'oncall/acknowledge', surface: 'panel', writes: true, payload: () => ({}) },
  { key: 'oncall/assign-to-me', surface: 'panel', writes: true, payload: () => ({}) },
  { key: 'postmortem/get', surface: 'panel', writes: false, payload: () => ({ kind: 'postmortem' }) },
  {
    key: 'postmortem/save-section',
    surface: 'panel',
    writes: true,
    payload: (s = FRESH) => ({
      kind: 'postmortem',
      sectionId: 'root-cause',
      text: `Why? The folder was shared by link (${s.n}).`,
      expectedRevision: s.sectionRevision ?? 0,
    }),
  },
  { key: 'postmortem/publish', surface: 'panel', writes: true, payload: () => ({ kind: 'postmortem' }) },
  { key: 'postmortem/markdown', surface: 'panel', writes: false, payload: () => ({ kind: 'postmortem' }) },
  { key: 'postmortem/follow-up', surface: 'panel', writes: true, payload: (s = FRESH) => ({ summary: `Turn off public links for the shared drive (${s.n})` }) },
  { key: 'postmortem/similar', surface: 'panel', writes: false, payload: () => ({}) },
  { key: 'intake/options', surface: 'portal-create', writes: false, payload: () => ({}) },
  { key: 'report/status', surface: 'portal-detail', writes: false, payload: () => ({}) },
  { key: 'stats/get', surface: 'gadget', writes: false, payload: () => ({}) },
  { key: 'stats/incidents', surface: 'gadget', writes: false, payload: () => ({}) },
  { key: 'stats/export', surface: 'gadget', writes: false, payload: () => ({}) },
  { key: 'settings/get', surface: 'admin', writes: false, payload: () => ({}) },
  {
    key: 'settings/save',
    surface: 'admin',
    writes: true,
    // The site's rota and alert source are kept: dropping the source would remove its secret.
    payload: (s = FRESH) => ({
      config: {
        ...defaultAppConfig(),
        ...(s.settings ? { oncall: s.settings.oncall, alerts: s.settings.alerts } : {}),
        costs: { hourlyRate: 99 + s.n, currency: 'EUR' },
      },
      baseVersion: s.settingsVersion,
    }),
  },
  { key: 'settings/history', surface: 'admin', writes: false, payload: () => ({ before: 10 }) },
  // The version before the current one: never what is in force, so reverting always changes the settings.
  {
    key: 'settings/revert',
    surface: 'admin',
    writes: true,
    payload: (s = FRESH) => ({ version: Math.max(0, s.settingsVersion - 1), baseVersion: s.settingsVersion }),
  },
  { key: 'settings/export', surface: 'admin', writes: false, payload: () => ({}) },
  // The secret lives in Forge's secret storage, which the matrix's snapshot does not read: counted as a read.
  { key: 'settings/rotate-alert-secret', surface: 'admin', writes: false, payload: () => ({ sourceId: 'prometheus' }) },
  {
    key: 'settings/import',
    surface: 'admin',
    writes: true,
    payload: (s = FRESH) => ({
      json: JSON.stringify({ format: 'incident-response-settings', settings: { ...defaultAppConfig(), costs: { hourlyRate: 198 + s.n, currency: 'EUR' } } }),
      baseVersion: s.settingsVersion,
      dryRun: false,
    }),
  },
  { key: 'project-settings/get', surface: 'project-settings', writes: false, payload: () => ({}) },
  {
    key: 'project-settings/save',
    surface: 'project-settings',
    writes: true,
    // An override when SEC has none, none when it has one: each save changes the settings.
    payload: (s = FRESH) => ({
      override: s.settings?.projects?.SEC ? null : { calendarId: '24x7', escalation: null, contacts: [] },
      baseVersion: s.settingsVersion,
    }),
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
      return gadgetContext();
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
