import { nowIso } from '../platform/clock';
import { alertJira } from '../platform/jira/jira-alert-service';
import { jiraAsApp } from '../platform/jira/jira-issue-service';
import { readerWords } from '../platform/i18n/reader-words';
import { logEvent } from '../platform/log';
import { refreshStatsQuietly } from '../platform/stats-wiring';
import { alertGroupStore } from '../platform/storage/alert-group-store';
import { alertSecrets } from '../platform/storage/alert-secrets';
import { configStore } from '../platform/storage/config-store';
import { dueQueue } from '../platform/storage/due-queue';
import { incidentStore } from '../platform/storage/incident-store';
import { reportLedger } from '../platform/storage/report-ledger';
import { timelineStore } from '../platform/storage/timeline-store';
import type { AlertOutputKey } from '../domain/alerts/alert-outputs';
import { AlertIssueRefused, ingestAlerts, type AlertRequest } from '../usecases/ingest-alerts';
import { beginPaging, restartEndedPaging } from '../usecases/paging-begin';
import { pagingStore } from '../platform/storage/paging-store';

/**
 * The web trigger's request (https://developer.atlassian.com/platform/forge/events-reference/web-trigger/):
 * header values are arrays and their names keep the sender's case, so they are read in lower case.
 * Anything unexpected is an empty request, which the use case refuses.
 */
function readRequest(raw: unknown): AlertRequest {
  const r = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const headers: Record<string, string | undefined> = {};
  if (typeof r.headers === 'object' && r.headers !== null)
    for (const [name, values] of Object.entries(r.headers as Record<string, unknown>))
      headers[name.toLowerCase()] = Array.isArray(values) ? String(values[0] ?? '') : typeof values === 'string' ? values : undefined;
  return {
    method: typeof r.method === 'string' ? r.method.toUpperCase() : '',
    userPath: typeof r.userPath === 'string' ? r.userPath : '',
    headers,
    body: typeof r.body === 'string' ? r.body : '',
  };
}

/**
 * `alerts-in` (a static web trigger: the answer is one of the outputs manifest.yml declares). Storage
 * or Jira being busy answers 503, which senders retry; nothing half-done is answered as accepted.
 */
export async function alertsIn(request: unknown): Promise<{ outputKey: AlertOutputKey }> {
  const req = readRequest(request);
  try {
    const outcome = await ingestAlerts(
      {
        config: configStore,
        secrets: alertSecrets,
        groups: alertGroupStore,
        alertJira,
        jira: jiraAsApp,
        store: incidentStore,
        timeline: timelineStore,
        ledger: reportLedger,
        due: dueQueue,
        now: nowIso,
        words: readerWords,
        afterChange: (issueId) => refreshStatsQuietly(issueId, 'record'),
        // An alert's event pages before anyone confirms it (paging-record.ts, fromAlert).
        beginPaging: (issue, record, config, now) => beginPaging(pagingStore, { ...issue, statusCategory: 'new' }, record, config, now, logEvent, true),
        restartPaging: (issue, record, config, now) => restartEndedPaging(pagingStore, { ...issue, statusCategory: 'new' }, record, config, now, logEvent),
      },
      req,
    );
    logEvent('webtrigger.alerts', {
      path: req.userPath,
      output: outcome.output,
      ...(outcome.detail ? { detail: outcome.detail } : {}),
      ...(outcome.issueKey ? { issue: outcome.issueKey } : {}),
    });
    return { outputKey: outcome.output };
  } catch (e) {
    logEvent('webtrigger.alerts.failed', { path: req.userPath, error: e instanceof Error ? e.message : String(e) });
    // Jira refusing to create the issue is a setting to fix; anything else is worth the sender's retry.
    return { outputKey: e instanceof AlertIssueRefused ? 'jira-refused' : 'busy' };
  }
}
