/**
 * Fills an empty site with a year of realistic incidents across categories, priorities and both
 * projects: issues with changelogs and comments, the app's incident records in KVS and their
 * indexed property mirrors, as the app itself would have left them. Deterministic for a given
 * count and end time, so demos and tests see the same site.
 */
import { defaultAppConfig } from '../../src/domain/config/default-config';
import { newIncidentRecord, type IncidentChange, type IncidentRecord, type TriageState } from '../../src/domain/incident/incident-record';
import { type OrganisationProfile, UNSURE_PROFILE } from '../../src/domain/legal/organisation-profile';
import { computePriority } from '../../src/domain/priority/compute-priority';
import { dueSteps } from '../../src/domain/sla/escalation-steps';
import { incidentSla } from '../../src/domain/sla/incident-sla';
import { EMPTY_SLA_FACTS, type SlaFacts, withEscalations, withResponse, withStatusChanges } from '../../src/domain/sla/sla-facts';
import { storageKeys } from '../../src/platform/storage/storage-keys';
import { incidentMirror } from '../../src/usecases/incident-mirror';
import { postmortemDutyUnder } from '../../src/domain/postmortem/postmortem-policy';
import { HOW_BAD_ANSWERS, HOW_URGENT_ANSWERS, PERSONAL_DATA_ANSWERS } from '../../src/shared/portal-report';
import { INCIDENT_PROPERTY_KEY, PORTAL_REPORT_PROPERTY_KEY } from '../../src/shared/vocabulary';
import { ISSUE_TYPES, PROJECTS, SECURITY_LEVELS } from '../state/directory';
import { showForAllWorkItems } from '../state/issue-panels';
import { REQUEST_TYPES } from '../state/service-desks';
import type { IssueStore } from '../state/issue-store';
import type { SiteState, StoredIssue } from '../state/site-state';
import { CATEGORY_WEIGHTS, type IncidentCategoryId, LABELS, SUMMARIES } from './incident-templates';
import { SeedStats } from './seed-stats';
import { seededMirrorKey } from './seed-mirror-key';
import { seededRandom } from './seeded-random';
import { seedOnCallAndAlerts } from './seed-oncall';

const CONFIG = defaultAppConfig();
const MATRIX = CONFIG.priority.matrix;
const CATEGORY_IDS = Object.keys(CATEGORY_WEIGHTS) as IncidentCategoryId[];
/** Phishing and "other" reports are the ones most often found harmless. */
const DISMISS_RATE: Partial<Record<IncidentCategoryId, number>> = { phishing: 0.35, other: 0.5, technical: 0.1 };

const DAY = 86_400_000;
const REPORTERS = ['acc-casey-customer', 'acc-oscar-outsider', 'acc-morgan-manager', 'acc-riley-responder', 'acc-sam-responder'];
const RESPONDERS = ['acc-riley-responder', 'acc-sam-responder'];
const SENSITIVE: IncidentCategoryId[] = ['security-breach', 'data-exposure'];

/**
 * `appData` false: the same year of issues as they were before the app was installed (a fresh
 * install on a site with history): no records, mirrors, statistics or portal answers of the app.
 */
export function seedSite(issues: IssueStore, state: SiteState, opts: { incidents: number; now: number; appData?: boolean }): void {
  const appData = opts.appData ?? true;
  const rnd = seededRandom(opts.incidents * 7919 + 17);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
  const weighted = (): IncidentCategoryId => {
    const total = CATEGORY_IDS.reduce((s, c) => s + CATEGORY_WEIGHTS[c], 0);
    let r = rnd() * total;
    for (const c of CATEGORY_IDS) if ((r -= CATEGORY_WEIGHTS[c]) < 0) return c;
    return 'other';
  };
  const start = opts.now - 365 * DAY;
  const stats = new SeedStats(issues, state, CONFIG);
  const times = Array.from({ length: opts.incidents }, () => start + Math.floor(rnd() * 365 * DAY)).sort((a, b) => a - b);
  for (const createdMs of times) {
    const category = weighted();
    const impact = pick(MATRIX.impact).id;
    const urgency = pick(MATRIX.urgency).id;
    const level = computePriority(MATRIX, impact, urgency, null).effective!;
    const project = category === 'technical' || category === 'denial-of-service' ? PROJECTS[1]! : PROJECTS[0]!;
    const created = new Date(createdMs).toISOString();
    const reporter = project.portalId ? pick(REPORTERS) : pick(REPORTERS.filter((r) => r !== 'acc-casey-customer'));
    const priority = CONFIG.priority.jiraPriorityByLevel[level]!;
    const reporterSaid = project.portalId
      ? {
          category,
          personalData: pick(PERSONAL_DATA_ANSWERS).id,
          howBad: rnd() < 0.6 ? pick(HOW_BAD_ANSWERS).id : null,
          howUrgent: rnd() < 0.6 ? pick(HOW_URGENT_ANSWERS).id : null,
        }
      : null;
    const issue = issues.create(
      {
        projectId: project.id,
        summary: pick(SUMMARIES[category]),
        description: {
          type: 'doc',
          version: 1,
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: `Reported through the ${project.portalId ? 'service portal' : 'IT operations queue'}.` }] },
          ],
        },
        reporter,
        assignee: rnd() < 0.9 ? pick(RESPONDERS) : null,
        priority,
        labels: rnd() < 0.7 ? [pick(LABELS[category])] : [],
        securityLevelId: SENSITIVE.includes(category) ? SECURITY_LEVELS[0]!.id : null,
        created,
        ...(reporterSaid && appData ? { properties: { [PORTAL_REPORT_PROPERTY_KEY]: reporterSaid } } : {}),
      },
      reporter,
      false,
      { silent: true },
    );
    const ageDays = (opts.now - createdMs) / DAY;
    const responder = issue.fields.assignee ?? RESPONDERS[0]!;
    const firstTouch = new Date(createdMs + (0.2 + rnd() * 6) * 3_600_000).toISOString();
    issues.edit(issue, { status: 'In Progress' }, responder, false, { at: firstTouch, silent: true });

    issues.addComment(
      issue,
      responder,
      { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Thanks for reporting. We are looking into it.' }] }] },
      null,
      firstTouch,
    );
    // Each status change after the one before it: a resolution dated before the first touch would
    // read, in time order, as reopened, and leave a closed incident's clocks running.
    let lastChangeMs = Date.parse(firstTouch);
    if ((category === 'malware' || category === 'security-breach' || category === 'lost-device') && (ageDays > 3 || rnd() < 0.5)) {
      lastChangeMs = Date.parse(firstTouch) + (0.5 + rnd() * 6) * 3_600_000;
      issues.edit(issue, { status: 'Contained' }, responder, false, { at: new Date(lastChangeMs).toISOString(), silent: true });
    }
    if (ageDays > 3 || rnd() < 0.3) {
      const resolvedAtMs = Math.max(createdMs + (1 + rnd() * 72) * 3_600_000, lastChangeMs + 30 * 60_000);
      if (resolvedAtMs < opts.now - 60_000)
        issues.edit(issue, { status: ageDays > 30 ? 'Closed' : 'Resolved' }, responder, false, { at: new Date(resolvedAtMs).toISOString(), silent: true });
    } else if (rnd() < 0.3) {
      const waitingAt = Math.max(createdMs + 3_600_000, lastChangeMs + 10 * 60_000);
      issues.edit(issue, { status: 'Waiting for reporter' }, responder, false, { at: new Date(waitingAt).toISOString(), silent: true });
    }
    const triage: TriageState = rnd() < (DISMISS_RATE[category] ?? 0.05) ? 'not-incident' : 'incident';
    const reason = triage === 'not-incident' ? 'Checked: harmless, no action needed.' : null;
    const change = (field: string, to: string): IncidentChange => ({ at: firstTouch, by: responder, field, from: null, to, reason: null });
    const seeded: IncidentRecord = {
      ...newIncidentRecord(issue.id, created, MATRIX.id),
      category,
      impact,
      urgency,
      priority: level,
      cia: {
        confidentiality: ['data-exposure', 'lost-device', 'security-breach', 'phishing'].includes(category),
        integrity: ['security-breach', 'malware'].includes(category),
        availability: ['technical', 'denial-of-service', 'malware'].includes(category),
        authenticity: category === 'phishing',
      },
      exercise: rnd() < 0.05,
      triage: { state: triage, by: responder, at: firstTouch, reason },
      reporter: reporterSaid,
      revision: 2,
      updatedAt: firstTouch,
      history: [
        change('category', category),
        change('impact', impact),
        change('urgency', urgency),
        change('priority', level),
        { ...change('triage', triage), from: 'event', reason },
      ],
    };
    const record = withSeededPostmortem(
      { ...seeded, sla: seededSlaFacts(seeded, issue, responder, firstTouch, opts.now) },
      Number(issue.id),
      responder,
      opts.now,
    );
    if (!appData) continue;
    const intake = { startedAt: created, completedAt: created, notes: [] };
    state.kvs[storageKeys.intake(issue.id)] = { value: intake, createdAt: createdMs, updatedAt: createdMs, expireTime: null };
    state.kvs[storageKeys.incident(issue.id)] = { value: record, createdAt: createdMs, updatedAt: Date.parse(firstTouch), expireTime: null };
    issues.setProperty(issue, INCIDENT_PROPERTY_KEY, incidentMirror(record, CONFIG, new Date(opts.now).toISOString(), seededMirrorKey(state)));
    stats.add(issue, record, category, opts.now);
  }
  if (appData) stats.finish(opts.now);
  state.seededAt = new Date(opts.now).toISOString();
}

/**
 * Most teams publish most postmortems, some late: four in five owed postmortems are published,
 * 3 to 17 days after resolution when that is already past. Decided by the issue id, so the
 * seed's random sequence (and every figure built on it) stays as it was.
 */
function withSeededPostmortem(record: IncidentRecord, id: number, by: string, now: number): IncidentRecord {
  const duty = postmortemDutyUnder(record, CONFIG);
  if (duty.state !== 'due' || id % 5 === 0) return record;
  const publishedAt = Date.parse(duty.resolvedAt!) + (3 + (id % 15)) * DAY;
  return publishedAt < now ? { ...record, postmortem: { publishedAt: new Date(publishedAt).toISOString(), publishedBy: by, url: null } } : record;
}

/**
 * The SLA facts the app would have recorded: the responder's first action, the status changes
 * from the issue's changelog, and every escalation step that fell due before now (as if the sweep
 * had sent them), so a fresh demo site does not escalate a year of history at its first sweep.
 */
function seededSlaFacts(record: IncidentRecord, issue: StoredIssue, responder: string, firstTouch: string, now: number): SlaFacts {
  const changes = issue.changelog.flatMap((entry) =>
    entry.items
      .filter((item) => item.field === 'status' && item.toString)
      .map((item) => ({ id: entry.id, at: entry.created, from: item.fromString, to: item.toString! })),
  );
  const facts = withStatusChanges(withResponse(EMPTY_SLA_FACTS, responder, firstTouch), changes);
  const sla = incidentSla({ ...record, sla: facts }, CONFIG.sla, now);
  if (sla.kind === 'none') return facts;
  const { settles } = dueSteps(sla.readings, new Set(), now);
  return withEscalations(facts, settles, new Date(now).toISOString());
}

/** The demo's organisation: a German company, an important entity under NIS2, nothing else regulated. */
export const DEMO_PROFILE: OrganisationProfile = {
  ...(Object.fromEntries(Object.entries(UNSURE_PROFILE).map(([k, v]) => [k, v === 'unsure' ? 'no' : v])) as unknown as OrganisationProfile),
  euEstablished: 'yes',
  memberStates: ['DE'],
  // Its customers and staff live in the EU: the US states', Japan's, ... breach laws cannot apply.
  operatesIn: ['EU'],
  establishedIn: ['EU'],
  sector: 'software',
  nis2: 'important',
  dora: 'none',
  hipaa: 'none',
};

/**
 * The demo's setup: the settings as an admin who ran the setup assistant would have saved them. On
 * the busy site: the defaults, with reports coming in through the security desk's report request
 * type and the Incident issues of SEC and OPS as the incidents (the help desk, web shop and
 * marketing projects are not incident response). On a site of only the incident projects (most
 * tests): the defaults as they are, every project and type. Without it the app is as just
 * installed and does nothing.
 */
export function seedSettings(state: SiteState, now: number, busy: boolean, story = false): void {
  const config = defaultAppConfig();
  // The story's organisation: a German company, an important entity under NIS2, nothing else regulated.
  if (story) {
    config.legal.profile = DEMO_PROFILE;
    // The demo's manager hears how Critical and Serious incidents are going, on the default cadence.
    config.stakeholders.audiences = [{ name: 'Management', categories: 'every', levels: ['Critical', 'Serious'], users: ['acc-morgan-manager'], groups: [] }];
  }
  if (busy) {
    config.scope = { projectKeys: ['SEC', 'OPS'], issueTypeIds: [ISSUE_TYPES[0].id], allProjects: false, allIssueTypes: false, setUp: true };
    config.intake.requestTypeIds = [REQUEST_TYPES[0]!.id];
    config.intake.allRequestTypes = false;
    // The demo's rota and Alertmanager source; only on a set-up site, where alerts can become incidents.
    seedOnCallAndAlerts(state, config, now);
  }
  state.kvs[storageKeys.config()] = { value: config, createdAt: now, updatedAt: now, expireTime: null };
  // The admin guide's first step after setup: "Show for all work items" in the incident panel's menu,
  // so the panel is on every incident without anyone clicking its button (sandbox/state/issue-panels.ts).
  showForAllWorkItems(state, 'incident-panel');
}
