import type { AppConfig } from '../domain/config/app-config';
import type { IncidentRecord } from '../domain/incident/incident-record';
import { isPostmortemOverdue, postmortemDutyUnder, requiredLevels } from '../domain/postmortem/postmortem-policy';
import type { PostmortemDutyView } from '../shared/report-contract';

/** The postmortem policy for this incident as the panel shows it: due when, overdue, whose job. */
export function dutyView(record: IncidentRecord, config: AppConfig, now: string): PostmortemDutyView {
  const duty = postmortemDutyUnder(record, config);
  return {
    ...duty,
    overdue: isPostmortemOverdue(duty, Date.parse(now)),
    owner: record.response?.roles.commander?.accountId ?? null,
    requiredLevels: requiredLevels(
      config.postmortem,
      config.priority.matrix.levels.map((l) => l.id),
    ),
    dueDays: config.postmortem.dueDays,
  };
}
