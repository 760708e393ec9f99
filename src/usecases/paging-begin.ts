import type { AppConfig } from '../domain/config/app-config';
import type { IncidentRecord } from '../domain/incident/incident-record';
import { projectKeyOf } from '../domain/config/project-overrides';
import { asksForPaging, isPagingOpen, newPagingRecord, type PagingRecord, rotaIdFor } from '../domain/oncall/paging-record';
import type { PagingStore } from './paging-ports';
import type { IssueSnapshot } from './ports';

/**
 * After an incident change is stored: an incident that now asks for paging (confirmed at a level,
 * not an exercise, not closed) gets its paging record, once, whichever path confirmed it (triage,
 * declare, an alert); the five-minute sweep pages from it. A later change of level while nobody has
 * acknowledged re-evaluates: the sweep applies the new level's hours and window. Nobody is paged
 * where no rota applies to the project. Never throws: paging must not undo the change it follows.
 */
export async function beginPaging(
  paging: PagingStore,
  issue: Pick<IssueSnapshot, 'id' | 'key' | 'statusCategory'>,
  record: IncidentRecord,
  settings: AppConfig,
  now: string,
  log?: (event: string, data: Record<string, string>) => void,
  fromAlert = false,
): Promise<void> {
  const facts = { triage: record.triage.state, fromAlert, exercise: record.exercise, priority: record.priority, closed: issue.statusCategory === 'done' };
  if (!asksForPaging(facts) || record.priority === null) return;
  const level = record.priority;
  const reevaluate = (current: PagingRecord) => (isPagingOpen(current) && current.level !== level ? { ...current, level, chainDoneAt: null } : null);
  try {
    // One read on most changes: paging began already, at this level.
    const existing = await paging.get(issue.id);
    if (existing) {
      if (reevaluate(existing)) await paging.update(issue.id, reevaluate);
      return;
    }
    const rotaId = rotaIdFor(settings.oncall, projectKeyOf(issue.key));
    // A level the policy never pages begins nothing; raised to one that pages, it begins then.
    if (rotaId === null || (settings.oncall.policy[level] ?? 'never') === 'never') return;
    if (!(await paging.begin(newPagingRecord(issue.id, issue.key, level, rotaId, now, fromAlert)))) await paging.update(issue.id, reevaluate);
  } catch (e) {
    log?.('paging.begin.failed', { issueKey: issue.key, error: String(e) });
  }
}

/**
 * An incident paging had ended for (the app closed an alert's event) that fires again: paging starts
 * over, as a new paging with new step keys, so the people on call hear of it again.
 */
export async function restartEndedPaging(
  paging: PagingStore,
  issue: Pick<IssueSnapshot, 'id' | 'key' | 'statusCategory'>,
  record: IncidentRecord,
  settings: AppConfig,
  now: string,
  log?: (event: string, data: Record<string, string>) => void,
): Promise<void> {
  try {
    await paging.update(issue.id, (c) =>
      c.endedAt !== null && c.acknowledgedAt === null ? { ...c, since: now, startedAt: null, events: [], endedAt: null, chainDoneAt: null } : null,
    );
  } catch (e) {
    log?.('paging.restart.failed', { issueKey: issue.key, error: String(e) });
  }
  await beginPaging(paging, issue, record, settings, now, log, true);
}
