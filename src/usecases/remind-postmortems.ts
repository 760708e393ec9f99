import { isPostmortemOverdue, postmortemDutyUnder } from '../domain/postmortem/postmortem-policy';
import { POSTMORTEMS_OWED_JQL } from '../domain/postmortem/similar-incidents-query';
import { postmortemReminder } from '../domain/postmortem/postmortem-reminder-words';
import { reportTimeZone } from '../domain/postmortem/report-time-zone';
import type { EscalationLedger, IncidentStore, JiraAsApp } from './ports';

export interface RemindPostmortemsDeps {
  jira: JiraAsApp;
  store: IncidentStore;
  ledger: EscalationLedger;
  now: () => string;
}

/** Up to 5 pages of 100 incidents per run; a backlog larger than that is reminded over the next days. */
const MAX_PAGES = 5;

/**
 * The daily postmortem reminder: every incident whose postmortem is owed (found by JQL on the
 * indexed mirror, then confirmed against the stored record, which is the truth) reminds its
 * owner, the incident commander, or else the assignee, once per day. The day's reminder is
 * claimed in storage before it is sent, so a repeated or overlapping run sends nothing twice.
 */
export async function remindPostmortems(deps: RemindPostmortemsDeps): Promise<{ checked: number; reminded: number; overdue: number }> {
  const now = deps.now();
  const found = await deps.jira.search(POSTMORTEMS_OWED_JQL, MAX_PAGES);
  if (found.length === 0) return { checked: 0, reminded: 0, overdue: 0 };
  const { records, config } = await deps.store.getManyWithSettings(found.map((f) => f.id));
  let reminded = 0;
  let overdue = 0;
  for (const issue of found) {
    const record = records.get(issue.id);
    if (!record) continue;
    const duty = postmortemDutyUnder(record, config.config);
    if (duty.state !== 'due' || !duty.dueAt) continue;
    const late = isPostmortemOverdue(duty, Date.parse(now));
    if (late) overdue++;
    const step = `postmortem-reminder:${now.slice(0, 10)}`;
    const claimed = await deps.ledger.claim(issue.id, [step], now);
    if (!claimed.has(step)) continue;
    const owner = record.response?.roles.commander?.accountId ?? null;
    // Times in words, in the zone the incident's documents use, named (postmortem-reminder-words.ts).
    const message = postmortemReminder({
      issueKey: issue.key,
      summary: issue.summary,
      resolvedAt: duty.resolvedAt,
      dueAt: duty.dueAt,
      late,
      timeZone: reportTimeZone(record.priority, config.config.sla),
    });
    try {
      await deps.jira.notify(
        issue.key,
        message,
        { reporter: false, assignee: owner === null, watchers: false, users: owner ? [owner] : [], groups: [] },
        issue.reporter,
      );
      reminded++;
    } catch {
      // Not sent: free the day's claim so the next run tries again.
      await deps.ledger.release(issue.id, [step]);
    }
  }
  return { checked: found.length, reminded, overdue };
}
