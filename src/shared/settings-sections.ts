/**
 * The sections of the settings page, in the page's order, and which part of the stored settings
 * each one edits, so a problem found anywhere is shown beside the field that causes it.
 */
export const SETTINGS_SECTIONS = [
  { id: 'scope', label: 'Incident scope' },
  { id: 'taxonomy', label: 'What to report' },
  { id: 'priority', label: 'Priority matrix' },
  { id: 'sla', label: 'SLA policies and calendars' },
  { id: 'legal', label: 'Legal notification' },
  { id: 'escalation', label: 'Escalation paths' },
  { id: 'people', label: 'Roles and contacts' },
  { id: 'runbooks', label: 'Runbooks' },
  { id: 'postmortem', label: 'Postmortems' },
  { id: 'oncall', label: 'On call' },
  { id: 'stakeholders', label: 'Stakeholder updates' },
  { id: 'alerts', label: 'Alert sources' },
  { id: 'costs', label: 'Cost rates' },
  { id: 'restrictions', label: 'Restrictions' },
  { id: 'access', label: 'Who can change settings' },
  { id: 'projects', label: 'Project overrides' },
  { id: 'language', label: 'Language' },
  { id: 'general', label: 'General' },
] as const;

export type SettingsSectionId = (typeof SETTINGS_SECTIONS)[number]['id'];

/** Longest prefix first: "sla.escalation" belongs to escalation, the rest of "sla" to SLA. */
const SECTION_BY_PREFIX: [RegExp, SettingsSectionId][] = [
  [/^taxonomy\.categories\.\d+\.restrictTo/, 'restrictions'],
  [/^response\.deletedRetentionDays/, 'restrictions'],
  [/^sla\.escalation/, 'escalation'],
  [/^legal\.escalation/, 'escalation'],
  [/^response\.runbooks/, 'runbooks'],
  [/^(response\.contacts|program)/, 'people'],
  [/^scope/, 'scope'],
  [/^taxonomy/, 'taxonomy'],
  [/^priority/, 'priority'],
  [/^sla/, 'sla'],
  [/^legal/, 'legal'],
  [/^postmortem/, 'postmortem'],
  [/^oncall/, 'oncall'],
  [/^stakeholders/, 'stakeholders'],
  [/^alerts/, 'alerts'],
  [/^costs/, 'costs'],
  [/^access/, 'access'],
  [/^projects/, 'projects'],
  [/^language/, 'language'],
];

export function sectionOfPath(path: string): SettingsSectionId {
  return SECTION_BY_PREFIX.find(([prefix]) => prefix.test(path))?.[1] ?? 'general';
}
