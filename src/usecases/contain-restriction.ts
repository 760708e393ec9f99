import { doc, paragraph, text } from '@atlaskit/adf-utils/builders';
import type { AppConfig } from '../domain/config/app-config';
import type { IncidentRecord } from '../domain/incident/incident-record';
import { templateOf } from '../domain/postmortem/postmortem-settings';
import { REPORT_KINDS } from '../domain/postmortem/report-templates';
import { holdersOf, ROLE_KEYS } from '../domain/response/incident-roles';
import { appendToTimeline } from './append-to-timeline';
import type { RestrictingJira } from './follow-in-jira';
import type { IncidentStore, JiraAsApp, TimelineLog } from './ports';
import type { ReportStore } from './report-ports';

/** Confluence, for one thing: replacing a published page with a notice that it was withdrawn. */
export interface PageWithdrawal {
  /** Rewrites the page as `title` and `adf` (a new version); 'gone' when the page no longer exists. Writing it again changes nothing. */
  withdraw(pageId: string, title: string, adf: object): Promise<'withdrawn' | 'gone'>;
}

/** As the app: the incident may have been restricted by a person, by a sweep, or by a responder's change. */
export interface ContainRestrictionDeps {
  jira: RestrictingJira & Pick<JiraAsApp, 'issueById' | 'notify'>;
  reports: Pick<ReportStore, 'followUps' | 'publication'>;
  timeline: TimelineLog;
  pages: PageWithdrawal;
  now: () => string;
}

export interface Containment {
  /** Issues the app made from the incident that now carry its level. */
  restricted: string[];
  /** Issues the app made that it could not restrict (their project does not offer the level to the app). */
  open: string[];
  /** Confluence pages replaced by a withdrawal notice. */
  withdrawn: string[];
  /** Pages that could not be withdrawn (Confluence refused the app). */
  notWithdrawn: string[];
}

/**
 * Once an incident is restricted, what the app made from it while it was open is restricted too:
 * its follow-ups and exercises get the incident's level (as the app, whoever restricted the
 * incident), and each report page published to Confluence is replaced by a short notice that names
 * no detail. The people who can act (the assignee, the role holders, whoever made those things) are
 * told by a notification only people who can open the incident receive, and the timeline says
 * what was done. Idempotent: restricted issues and withdrawn pages are left as they are.
 */
export async function containRestriction(
  deps: ContainRestrictionDeps,
  incident: { id: string; key: string; securityLevel: string },
  record: IncidentRecord,
  settings: AppConfig,
): Promise<Containment> {
  const made = await madeFrom(deps, incident.id);
  const result: Containment = { restricted: [], open: [], withdrawn: [], notWithdrawn: [] };
  for (const { idOrKey } of made.issues) {
    const issue = await deps.jira.issueById(idOrKey);
    if (!issue || issue.securityLevel !== null) continue; // gone, hidden from the app, or restricted already
    const level = (await deps.jira.editableChoices(issue.key)).securityLevels?.find((l) => l.name === incident.securityLevel);
    if (!level) {
      result.open.push(issue.key);
      continue;
    }
    await deps.jira.editFields(issue.key, { securityLevelId: level.id });
    result.restricted.push(issue.key);
  }
  for (const kind of REPORT_KINDS) {
    const published = await deps.reports.publication(incident.id, kind);
    if (published?.target !== 'confluence' || !published.ref) continue;
    const title = `Withdrawn: ${templateOf(settings.postmortem, kind).title} of ${incident.key}`.slice(0, 255);
    const outcome = await deps.pages.withdraw(published.ref, title, WITHDRAWN_NOTICE).catch(() => 'refused' as const);
    if (outcome === 'withdrawn') result.withdrawn.push(published.url ?? title);
    if (outcome === 'refused') result.notWithdrawn.push(published.url ?? title);
  }
  if (result.restricted.length + result.open.length + result.withdrawn.length + result.notWithdrawn.length > 0)
    await tell(deps, incident, record, made.people, result);
  return result;
}

/** The page's whole text once withdrawn: nothing about the incident. */
const WITHDRAWN_NOTICE = doc(
  paragraph(text('This report was withdrawn: the incident it describes is now restricted. Ask the incident response team if you need it.')),
);

/** The follow-ups and exercises the app made from the incident, and who made them. */
async function madeFrom(deps: ContainRestrictionDeps, incidentId: string): Promise<{ issues: { idOrKey: string }[]; people: string[] }> {
  const followUps = await deps.reports.followUps(incidentId);
  const issues = followUps.map((f) => ({ idOrKey: f.issueId }));
  const people = followUps.map((f) => f.createdBy);
  for await (const page of deps.timeline.pages(incidentId))
    for (const entry of page)
      if (entry.kind === 'exercise' && typeof entry.data?.exercise === 'string') {
        issues.push({ idOrKey: entry.data.exercise });
        if (entry.by) people.push(entry.by);
      }
  return { issues, people };
}

/** What was done, in words: the notification and the timeline entry say the same. */
export function containmentText(key: string, c: Containment): string {
  const parts: string[] = [];
  if (c.restricted.length > 0) parts.push(`${c.restricted.join(', ')} made from it ${c.restricted.length === 1 ? 'is' : 'are'} restricted too.`);
  if (c.open.length > 0)
    parts.push(
      `${c.open.join(', ')} could not be restricted by the app (its project does not offer the same level): restrict ${c.open.length === 1 ? 'it' : 'them'} by hand.`,
    );
  if (c.withdrawn.length > 0)
    parts.push(
      `Its report in Confluence was replaced by a withdrawal notice (${c.withdrawn.join(', ')}); Confluence keeps earlier versions in the page history, so delete the page or restrict it in Confluence.`,
    );
  if (c.notWithdrawn.length > 0)
    parts.push(`Its report in Confluence could not be withdrawn by the app (${c.notWithdrawn.join(', ')}): delete or restrict it in Confluence now.`);
  return [`${key} is now restricted.`, ...parts].join(' ');
}

async function tell(
  deps: ContainRestrictionDeps,
  incident: { id: string; key: string },
  record: IncidentRecord,
  makers: string[],
  result: Containment,
): Promise<void> {
  const message = containmentText(incident.key, result);
  const users = [...new Set([...holdersOf(record.response?.roles ?? {}, ROLE_KEYS), ...makers])];
  // Only people who can open the (now restricted) incident receive it: Jira's `restrict` checks each recipient.
  await deps.jira.notify(
    incident.key,
    { subject: `${incident.key} is now restricted`, textBody: message },
    { assignee: true, reporter: false, watchers: false, users, groups: [] },
    null,
  );
  const now = deps.now();
  await appendToTimeline(deps.timeline, incident.id, {
    kind: 'report',
    text: message,
    happenedAt: now,
    recordedAt: now,
    by: null,
    corrects: null,
    data: { restricted: result.restricted.length, open: result.open.length, withdrawn: result.withdrawn.length, notWithdrawn: result.notWithdrawn.length },
  });
}

/**
 * A person restricted the incident in Jira (the issue event's changelog names the security field):
 * the app's own edits raise no event (ignoreSelf), so this is the path for restrictions by hand.
 */
export async function containAfterRestricted(deps: ContainRestrictionDeps & { store: IncidentStore }, issueId: string): Promise<Containment | 'open'> {
  const issue = await deps.jira.issueById(issueId);
  if (!issue || issue.securityLevel === null) return 'open';
  const { record, config } = await deps.store.getWithSettings(issue);
  if (!record) return 'open';
  return containRestriction(deps, { id: issue.id, key: issue.key, securityLevel: issue.securityLevel }, record, config.config);
}
