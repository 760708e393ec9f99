/**
 * What the demo incidents say, per category, in the words the seed documents use for what gets
 * reported (shared/docs/incident-practice.md).
 */
/** The default taxonomy's category ids (src/domain/config/default-config.ts). */
export type IncidentCategoryId =
  'technical' | 'phishing' | 'malware' | 'physical-safety' | 'security-breach' | 'lost-device' | 'data-exposure' | 'denial-of-service' | 'other';

export const SUMMARIES: Record<IncidentCategoryId, string[]> = {
  technical: [
    'VPN drops every few minutes',
    'Payroll export job failed overnight',
    'Checkout API returns 502 for some customers',
    'Disk full on the build server',
    'Certificate expired on the intranet',
    'Database replica lagging by hours',
  ],
  phishing: [
    'Email asking me to re-enter my Office password',
    'Fake invoice from a known supplier',
    'Text message pretending to be the CEO asking for gift cards',
    'Clicked a link in a "shared document" email',
    'Login page that looks like ours but is not',
  ],
  malware: [
    'Laptop shows a ransom note',
    'Antivirus quarantined a file from a USB stick',
    'Browser keeps opening unknown pages',
    'Unknown program started at login',
  ],
  'physical-safety': ['Server room door left propped open', 'Stranger followed me through the badge gate', 'Smoke smell near the network cabinet'],
  'security-breach': [
    'Admin account logged in from an unknown country',
    'Unexpected new user in the admin group',
    'Firewall rule changed without a ticket',
    'Source code repository made public by mistake',
  ],
  'lost-device': [
    'Left my laptop on the train',
    'Phone with company email stolen',
    'Unlocked workstation in the open office overnight',
    'USB drive with customer list missing',
  ],
  'data-exposure': [
    'Customer list sent to the wrong recipient',
    'Shared drive folder open to "anyone with the link"',
    'Personal data visible in application logs',
    'Spreadsheet with salaries attached to a public ticket',
  ],
  'denial-of-service': [
    'Website unreachable, traffic spike from many IPs',
    'Mail server flooded with connection attempts',
    'API rate limits hit by a single client',
  ],
  other: ['Something seems off with the shared printer', 'Unusual calls asking about our systems', 'Colleague reports strange pop-ups'],
};

/** How often each category occurs in a small organisation's year (weights, not percentages). */
export const CATEGORY_WEIGHTS: Record<IncidentCategoryId, number> = {
  technical: 34,
  phishing: 24,
  malware: 7,
  'physical-safety': 3,
  'security-breach': 5,
  'lost-device': 9,
  'data-exposure': 6,
  'denial-of-service': 4,
  other: 8,
};

export const LABELS: Record<IncidentCategoryId, string[]> = {
  technical: ['network', 'database', 'build', 'api', 'certificates'],
  phishing: ['email', 'credential-harvest', 'smishing'],
  malware: ['endpoint', 'ransomware'],
  'physical-safety': ['facilities'],
  'security-breach': ['identity', 'access-control'],
  'lost-device': ['endpoint', 'mobile'],
  'data-exposure': ['personal-data', 'sharing'],
  'denial-of-service': ['network', 'web'],
  other: ['triage'],
};
