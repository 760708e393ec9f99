import { DEFAULT_JIRA_PRIORITY_BY_PRESET, ISO_27001_MATRIX } from '../priority/matrix-presets';
import { defaultSlaSettings } from '../sla/default-sla';
import { DEFAULT_LEGAL_SETTINGS } from '../legal/legal-settings';
import { DEFAULT_RESPONSE_SETTINGS } from '../response/response-settings';
import { DEFAULT_POSTMORTEM_SETTINGS } from '../postmortem/postmortem-settings';
import { DEFAULT_ONCALL_SETTINGS } from '../oncall/oncall-settings';
import { DEFAULT_ALERT_SETTINGS } from '../alerts/alert-source';
import { DEFAULT_STAKEHOLDER_SETTINGS } from '../stakeholders/stakeholder-settings';
import type { AppConfig, ReportCategory } from './app-config';
import { SOURCE_LOCALE } from '../../shared/app-locales';

/**
 * The default "what to report" taxonomy, drawn from the seeds (000: technical problems, phishing,
 * malware, physical safety, breaches, unlocked or lost devices; 004: data exposure, denial of
 * service). Defaults for impact and urgency are where a triager would usually start; the
 * sensitive categories are restricted so the ticket is locked down from the first minute.
 */
export const DEFAULT_CATEGORIES: ReportCategory[] = [
  {
    id: 'technical',
    label: 'Technical problem (infrastructure or code)',
    description: 'Something in our systems or software is broken, slow or behaving strangely.',
    examples: ['A service is down', 'An error keeps appearing'],
    defaultImpact: 'medium',
    defaultUrgency: 'medium',
    restrictTo: null,
    advice: '',
  },
  {
    id: 'phishing',
    label: 'Phishing',
    description: 'An email, message or call trying to trick you into giving away passwords, money or data.',
    examples: ['A login page that looks almost like ours', 'An urgent request for gift cards'],
    defaultImpact: 'low',
    defaultUrgency: 'medium',
    restrictTo: null,
    advice:
      'If you typed a password or a code into the page, change that password now, from a device you trust, and say so in your report. Do not click anything else in the message; do not forward it except to us.',
  },
  {
    id: 'malware',
    label: 'Malware on a device',
    description: 'A computer or phone behaves as if something unwanted is running on it.',
    examples: ['A ransom note', 'Pop-ups or programs you did not install'],
    defaultImpact: 'medium',
    defaultUrgency: 'high',
    restrictTo: null,
    advice: 'Disconnect the device from the network (unplug the cable, turn off Wi-Fi) but leave it switched on. Do not try to clean it yourself.',
  },
  {
    id: 'physical-safety',
    label: 'Physical safety',
    description: 'Something in the building puts people or equipment at risk.',
    examples: ['A door to the server room left open', 'A stranger following you through the gate'],
    defaultImpact: 'high',
    defaultUrgency: 'high',
    restrictTo: null,
    advice: 'If anyone is in danger, call the emergency services first.',
  },
  {
    id: 'security-breach',
    label: 'Security breach',
    description: 'Someone may have got into an account or system they should not be in.',
    examples: ['A login from an unknown country', 'A new admin nobody created'],
    defaultImpact: 'high',
    defaultUrgency: 'high',
    restrictTo: 'Restricted',
    advice: 'Do not change or delete anything you noticed: it is evidence. Write down what you saw and when.',
  },
  {
    id: 'lost-device',
    label: 'Unlocked or lost device',
    description: 'A laptop, phone or USB stick is lost, stolen or was left unlocked.',
    examples: ['Laptop left on the train', 'Workstation unlocked overnight'],
    defaultImpact: 'medium',
    defaultUrgency: 'high',
    restrictTo: null,
    advice: 'If you can, lock or wipe the device remotely, and change the passwords you used on it. Tell us where and when you last had it.',
  },
  {
    id: 'data-exposure',
    label: 'Data exposure',
    description: 'Information went somewhere it should not: the wrong person, a public link, a log.',
    examples: ['Customer list sent to the wrong address', 'A folder shared with "anyone with the link"'],
    defaultImpact: 'high',
    defaultUrgency: 'medium',
    restrictTo: 'Restricted',
    advice:
      'If you sent or shared something by mistake, ask the recipient to delete it and not to pass it on, and remove the link or share if you can. Do not delete your own copy: we may need it.',
  },
  {
    id: 'denial-of-service',
    label: 'Denial of service',
    description: 'A website or service is flooded or unreachable for everyone.',
    examples: ['The website does not load', 'Mail is delayed for hours'],
    defaultImpact: 'high',
    defaultUrgency: 'high',
    restrictTo: null,
    advice: '',
  },
  {
    id: 'other',
    label: 'Other',
    description: 'Anything else that seems off. When in doubt, report it.',
    examples: ['Strange phone calls asking about our systems'],
    defaultImpact: 'low',
    defaultUrgency: 'low',
    restrictTo: null,
    advice: '',
  },
];

/** The parts added with the settings page; settings stored before it read with these. */
export const DEFAULT_PROGRAM_SETTINGS = (): Pick<AppConfig, 'program' | 'costs' | 'access' | 'projects'> => ({
  program: { ownerAccountId: null, responderAccountIds: [], channel: '', metricsReviewedAt: null, confirmedSteps: [] },
  costs: { hourlyRate: 80, currency: 'EUR' },
  access: { adminGroups: [] },
  projects: {},
});

/** The app's default language; settings stored before it existed read with this. */
export const DEFAULT_LANGUAGE_SETTINGS = (): AppConfig['language'] => ({ default: SOURCE_LOCALE });

export function defaultAppConfig(): AppConfig {
  return {
    schemaVersion: 2,
    // A set-up site's defaults cover everything, on purpose; a fresh install reads notSetUpConfig() instead.
    scope: { projectKeys: [], issueTypeIds: [], allProjects: true, allIssueTypes: true, setUp: true },
    taxonomy: { categories: DEFAULT_CATEGORIES.map((c) => ({ ...c, examples: [...c.examples] })), reviewedAt: null, reviewEveryMonths: 12 },
    priority: { matrix: structuredClone(ISO_27001_MATRIX), jiraPriorityByLevel: { ...DEFAULT_JIRA_PRIORITY_BY_PRESET['iso-27001']! } },
    sla: defaultSlaSettings(),
    legal: structuredClone(DEFAULT_LEGAL_SETTINGS),
    response: structuredClone(DEFAULT_RESPONSE_SETTINGS),
    postmortem: structuredClone(DEFAULT_POSTMORTEM_SETTINGS),
    intake: { acknowledgeOnPortal: true, requestTypeIds: [], allRequestTypes: true },
    ...DEFAULT_PROGRAM_SETTINGS(),
    oncall: structuredClone(DEFAULT_ONCALL_SETTINGS),
    alerts: structuredClone(DEFAULT_ALERT_SETTINGS),
    stakeholders: structuredClone(DEFAULT_STAKEHOLDER_SETTINGS),
    language: DEFAULT_LANGUAGE_SETTINGS(),
  };
}
