import type { AlertBatch, AlertFormat } from '../domain/alerts/alert';
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
import type { IngestOutcome } from './alert-ports';
import { applyAlertDecision, type ApplyAlertDeps } from './apply-alert-decision';

export {
  AlertIssueRefused,
  type AlertGroupRecord,
  type AlertGroupStore,
  type AlertJira,
  type AlertOpenings,
  type IngestOutcome,
  type NewAlertIssue,
} from './alert-ports';

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
