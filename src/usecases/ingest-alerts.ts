import type { AlertBatch, AlertFormat } from '../domain/alerts/alert';
import type { AlertGroupState } from '../domain/alerts/alert-group-state';
import type { IncidentRecord } from '../domain/incident/incident-record';
import { decideAlertGrouping } from '../domain/alerts/alert-grouping';
import type { AlertOutputKey } from '../domain/alerts/alert-outputs';
import { alertRoute } from '../domain/alerts/alert-route';
import { checkBearer, checkGrafanaSignature, isSignedTimestampFresh } from '../domain/alerts/alert-signature';
import type { AlertSource } from '../domain/alerts/alert-source';
import { DEFAULT_ALERT_LIMITS } from '../domain/alerts/alert-limits';
import { parseAlertmanager } from '../domain/alerts/parse-alertmanager';
import { parseGeneric } from '../domain/alerts/parse-generic';
import { parseGrafana } from '../domain/alerts/parse-grafana';
import { readJsonBody } from '../domain/alerts/read-json-body';
import { applyAlertDecision, type ApplyAlertDeps } from './apply-alert-decision';

/** What the app has recorded of one alert group: its incident and what its alerts last said. */
export interface AlertGroupRecord {
  issueId: string;
  issueKey: string;
  state: AlertGroupState;
  /**
   * Set from the moment Jira created the issue until its intake is done: the record to create. A
   * delivery that failed in between leaves it, and the sender's retry finishes the opening instead
   * of opening a second issue or leaving this one without its record, priority and paging.
   */
  opening?: { record: IncidentRecord };
  /** When the group's timeline was last written: a repeat of alerts still firing is noted only 10 minutes or more after it. */
  lastRepeatAt: string | null;
}

/**
 * How many incidents one source opened in one hour, and the last one per security level (a storm
 * folds a new group only into an incident as restricted as its own would be; '' is unrestricted).
 */
export interface AlertOpenings {
  count: number;
  lastByRestriction: Record<string, { issueId: string; issueKey: string }>;
}

export interface AlertGroupStore {
  get(sourceId: string, groupKey: string): Promise<AlertGroupRecord | undefined>;
  put(sourceId: string, groupKey: string, record: AlertGroupRecord): Promise<void>;
  /** One delivery per group at a time; false when the group stayed busy (the sender is told to retry). */
  lock(sourceId: string, groupKey: string): Promise<boolean>;
  unlock(sourceId: string, groupKey: string): Promise<void>;
  openings(sourceId: string, hour: string): Promise<AlertOpenings | undefined>;
  setOpenings(sourceId: string, hour: string, openings: AlertOpenings): Promise<void>;
  lockOpenings(sourceId: string): Promise<boolean>;
  unlockOpenings(sourceId: string): Promise<void>;
}

export interface NewAlertIssue {
  projectKey: string;
  issueTypeId: string;
  summary: string;
  description: object;
  /** The category's security level by name, set at creation; null: open like the project's other issues. */
  securityLevelName: string | null;
}

/** Jira refused to create the issue (not busy): a setting to fix, said to the sender as "jira-refused". */
export class AlertIssueRefused extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AlertIssueRefused';
  }
}

export interface AlertJira {
  /** Throws AlertIssueRefused when Jira refuses, or when a restricted category's level is not on the site (never created open). */
  createIssue(fields: NewAlertIssue): Promise<{ id: string; key: string; restricted: boolean }>;
}

export interface IngestAlertsDeps extends ApplyAlertDeps {
  secrets: { get(sourceId: string): Promise<string | null> };
}

/** The web trigger's request, as Forge hands it over, with header names in lower case. */
export interface AlertRequest {
  method: string;
  userPath: string;
  headers: Record<string, string | undefined>;
  body: string;
}

export interface IngestOutcome {
  output: AlertOutputKey;
  /** For the log: the parser's reason, the incident touched. Never the secret or the body. */
  detail?: string;
  issueKey?: string;
}

const PARSERS: Record<AlertFormat, (body: string, receivedAt: string) => ReturnType<typeof parseGeneric>> = {
  alertmanager: parseAlertmanager,
  grafana: parseGrafana,
  generic: parseGeneric,
};

/** The source's credentials: a Bearer token always; Grafana's HMAC signature too where configured. */
function authenticate(source: AlertSource, secret: string, request: AlertRequest, now: string): AlertOutputKey | null {
  if (checkBearer(request.headers.authorization, secret) !== 'ok') return 'unauthorized';
  if (source.format !== 'grafana' || !source.hmacHeader) return null;
  const timestamp = source.hmacTimestampHeader ? request.headers[source.hmacTimestampHeader.toLowerCase()] : undefined;
  const signed = checkGrafanaSignature(
    {
      body: request.body,
      signature: request.headers[source.hmacHeader.toLowerCase()],
      timestampHeaderConfigured: source.hmacTimestampHeader !== null,
      timestamp,
    },
    secret,
  );
  if (signed !== 'ok') return 'bad-signature';
  return timestamp !== undefined && !isSignedTimestampFresh(timestamp, now) ? 'bad-signature' : null;
}

/** The batch, or why not: the body measured and read before the format's own checks. */
function readBatch(format: AlertFormat, body: string, now: string): { batch: AlertBatch } | IngestOutcome {
  const json = readJsonBody(body, DEFAULT_ALERT_LIMITS);
  if (!json.ok) return { output: json.status === 413 ? 'too-large' : 'not-json', detail: json.reason };
  const parsed = PARSERS[format](body, now);
  if (!parsed.ok) return { output: parsed.status === 413 ? 'too-large' : `invalid-${format}`, detail: parsed.reason };
  return { batch: parsed.batch };
}

/**
 * One request to the alerts web trigger (issue 31, "Alerts in"): the path names the format and the
 * source; the source's secret must come with it (Forge does not authenticate web triggers: the app
 * must, https://developer.atlassian.com/platform/forge/runtime-reference/web-trigger/#authentication);
 * the body must be that format. Until all of that holds, nothing is read from storage but the
 * settings and the secret, and nothing is written. Then one delivery at a time per alert group
 * decides and records what the batch means: a new incident, timeline entries, a resolution.
 * A switched-off source is said to be off only to a sender with its secret.
 */
export async function ingestAlerts(deps: IngestAlertsDeps, request: AlertRequest): Promise<IngestOutcome> {
  if (request.method !== 'POST' && request.method !== 'PUT') return { output: 'method-not-allowed' };
  const route = alertRoute(request.userPath);
  if (!route) return { output: 'unknown-source' };
  const settings = await deps.config.get();
  const source = settings.config.scope.setUp ? settings.config.alerts.sources.find((s) => s.id === route.sourceId && s.format === route.format) : undefined;
  if (!source) return { output: 'unknown-source' };
  const secret = await deps.secrets.get(source.id);
  const now = deps.now();
  const refused = secret === null ? 'unauthorized' : authenticate(source, secret, request, now);
  if (refused) return { output: refused };
  if (!source.enabled) return { output: 'source-off' };
  const read = readBatch(source.format, request.body, now);
  if (!('batch' in read)) return read;
  if (!(await deps.groups.lock(source.id, read.batch.groupKey))) return { output: 'busy', detail: 'the alert group stayed busy' };
  try {
    const existing = await deps.groups.get(source.id, read.batch.groupKey);
    return await applyAlertDecision(deps, { source, settings, batch: read.batch, existing: existing ?? null, now, decide: decideAlertGrouping });
  } finally {
    await deps.groups.unlock(source.id, read.batch.groupKey);
  }
}
