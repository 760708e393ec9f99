import type { AppConfig } from './app-config';

/** The project of an issue key ("SEC-42" -> "SEC"). */
export const projectKeyOf = (issueKey: string): string => issueKey.slice(0, issueKey.lastIndexOf('-'));

/**
 * The settings as they apply to one project's incidents: its own calendar for every SLA policy,
 * its own escalation path, its contacts added to the site's. A project without overrides gets
 * the site's settings unchanged (the same object).
 */
export function configForProject(config: AppConfig, projectKey: string): AppConfig {
  const override = config.projects[projectKey];
  if (!override) return config;
  const { calendarId, escalation, contacts } = override;
  const policies =
    calendarId === null ? config.sla.policies : Object.fromEntries(Object.entries(config.sla.policies).map(([level, p]) => [level, { ...p, calendarId }]));
  return {
    ...config,
    sla: { ...config.sla, policies, escalation: escalation === null ? config.sla.escalation : { default: escalation, byLevel: {} } },
    response: { ...config.response, contacts: [...config.response.contacts, ...contacts] },
  };
}
