/**
 * The people, projects, security levels and permission scheme of the local site. Fixed rather than
 * stored: they are the cast of every demo and test.
 */
export type Persona = 'customer' | 'employee' | 'responder' | 'manager' | 'admin' | 'outsider' | 'app';

/**
 * The kinds of user Atlassian tells apart for Jira Service Management (user-kinds.ts): an agent
 * holds a JSM agent licence; a licensed non-agent holds a Jira (or Confluence) licence but no JSM
 * agent licence, so JSM counts them as unlicensed; a portal customer has a portal-only account.
 * https://developer.atlassian.com/platform/forge/access-to-forge-apps-for-unlicensed-jsm-users/
 */
export type PersonKind = 'agent' | 'licensed-non-agent' | 'portal-customer' | 'app';

export interface SiteUser {
  accountId: string;
  displayName: string;
  emailAddress: string;
  persona: Persona;
  /** 'atlassian' for licensed users, 'customer' for JSM portal-only accounts, 'app' for the app's bot. */
  accountType: 'atlassian' | 'customer' | 'app';
  kind: PersonKind;
  timeZone: string;
  /**
   * The language set in their Jira profile, as Jira's REST API writes it (`de_DE`); absent means the
   * site's default, English (United States). Forge's view context carries it as `de-DE`.
   */
  locale?: string;
}

export const USERS: readonly SiteUser[] = [
  {
    accountId: 'acc-casey-customer',
    displayName: 'Casey Customer',
    emailAddress: 'casey@example.com',
    persona: 'customer',
    accountType: 'customer',
    kind: 'portal-customer',
    timeZone: 'Europe/Berlin',
  },
  {
    // An employee with a Jira licence (they track their team's work there) but no JSM agent licence:
    // JSM's portal counts them as unlicensed, the kind most employees who report something are.
    accountId: 'acc-kim-employee',
    displayName: 'Kim Employee',
    emailAddress: 'kim@example.com',
    persona: 'employee',
    accountType: 'atlassian',
    kind: 'licensed-non-agent',
    timeZone: 'Europe/Vienna',
  },
  {
    accountId: 'acc-riley-responder',
    displayName: 'Riley Responder',
    emailAddress: 'riley@example.com',
    persona: 'responder',
    accountType: 'atlassian',
    kind: 'agent',
    timeZone: 'Europe/Berlin',
  },
  {
    accountId: 'acc-sam-responder',
    displayName: 'Sam Second-Responder',
    emailAddress: 'sam@example.com',
    persona: 'responder',
    accountType: 'atlassian',
    kind: 'agent',
    timeZone: 'America/New_York',
  },
  {
    accountId: 'acc-morgan-manager',
    displayName: 'Morgan Manager',
    emailAddress: 'morgan@example.com',
    persona: 'manager',
    accountType: 'atlassian',
    kind: 'agent',
    timeZone: 'Europe/London',
  },
  {
    accountId: 'acc-alex-admin',
    displayName: 'Alex Admin',
    emailAddress: 'alex@example.com',
    persona: 'admin',
    accountType: 'atlassian',
    kind: 'agent',
    timeZone: 'UTC',
  },
  {
    accountId: 'acc-oscar-outsider',
    displayName: 'Oscar Outsider',
    emailAddress: 'oscar@example.com',
    persona: 'outsider',
    accountType: 'atlassian',
    kind: 'agent',
    timeZone: 'Asia/Singapore',
  },
  {
    // An employee of the German demo company who reads Jira in German: she reports on the portal.
    accountId: 'acc-greta-customer',
    displayName: 'Greta Weber',
    emailAddress: 'greta@example.com',
    persona: 'customer',
    accountType: 'customer',
    kind: 'portal-customer',
    timeZone: 'Europe/Berlin',
    locale: 'de_DE',
  },
  {
    // A responder who reads Jira in Spanish; on the incident desk, but not cleared for restricted incidents.
    accountId: 'acc-lucia-responder',
    displayName: 'Lucía Fernández',
    emailAddress: 'lucia@example.com',
    persona: 'responder',
    accountType: 'atlassian',
    kind: 'agent',
    timeZone: 'Europe/Madrid',
    locale: 'es_ES',
  },
  {
    // A responder who reads Jira in German, cleared for restricted incidents: the panel's screenshot in German is his view.
    accountId: 'acc-jonas-responder',
    displayName: 'Jonas Becker',
    emailAddress: 'jonas@example.com',
    persona: 'responder',
    accountType: 'atlassian',
    kind: 'agent',
    timeZone: 'Europe/Berlin',
    locale: 'de_DE',
  },
  {
    // Not a person: a tester with every right (an admin, a responder cleared for restricted incidents)
    // who reads the test pseudo-locale (accented, 40 % longer; sandbox/shell/pseudo-locale.ts), which
    // no real Jira offers. test/e2e/pseudo-locale.test.ts opens every screen as them.
    accountId: 'acc-pseudo-tester',
    displayName: 'Pseudo-Locale Tester',
    emailAddress: 'pseudo@example.com',
    persona: 'admin',
    accountType: 'atlassian',
    kind: 'agent',
    timeZone: 'Europe/Berlin',
    locale: 'en_XA', // PSEUDO_JIRA_LOCALE
  },
];

/**
 * The rest of the on-call rota: with Riley, Sam and Alex, 15 people who write timelines and log work.
 * Real sites have far more people than any single page of a Jira answer (user/bulk serves 10 by
 * default), so the app must page. They are not in the persona switcher and hold no project role.
 */
export const ON_CALL_ROTA: readonly SiteUser[] = [
  'Ana Novak',
  'Bilal Haddad',
  'Chen Wei',
  'Dara Okafor',
  'Elif Yilmaz',
  'Farah Khan',
  'Goran Petrovic',
  'Hana Sato',
  'Ivo Kranjc',
  'Jana Horvat',
  'Kofi Mensah',
  'Lea Dubois',
].map((displayName) => {
  const first = displayName.split(' ')[0]!.toLowerCase();
  return {
    accountId: `acc-${first}-oncall`,
    displayName,
    emailAddress: `${first}@example.com`,
    persona: 'responder' as const,
    accountType: 'atlassian' as const,
    kind: 'agent' as const,
    timeZone: 'Europe/Ljubljana',
  };
});

/**
 * People of the site's other teams, with no part in incident response: a help-desk agent, a web
 * developer, a marketer and an employee who only uses the help center. A real site has many such;
 * they prove the app leaves them alone (and that its pickers find people it must not assume are responders).
 */
export const OTHER_TEAMS: readonly SiteUser[] = [
  // The help desk's agent holds a JSM agent licence; the developer (Jira) and the marketer (Jira
  // Work Management) hold Jira licences only, so JSM counts them as unlicensed.
  ['acc-taylor-helpdesk', 'Taylor Help-Desk', 'atlassian', 'Europe/Dublin', 'agent'],
  ['acc-pat-developer', 'Pat Developer', 'atlassian', 'Europe/Ljubljana', 'licensed-non-agent'],
  ['acc-quinn-marketing', 'Quinn Marketer', 'atlassian', 'America/Chicago', 'licensed-non-agent'],
  ['acc-jordan-employee', 'Jordan Employee', 'customer', 'Europe/Berlin', 'portal-customer'],
].map(([accountId, displayName, accountType, timeZone, kind]) => ({
  accountId: accountId!,
  displayName: displayName!,
  emailAddress: `${displayName!.split(' ')[0]!.toLowerCase()}@example.com`,
  persona: accountType === 'customer' ? ('customer' as const) : ('outsider' as const),
  accountType: accountType as 'atlassian' | 'customer',
  kind: kind as PersonKind,
  timeZone: timeZone!,
}));

/** The app's bot user: what asApp() requests and app-created comments are attributed to. */
export const APP_USER: SiteUser = {
  accountId: 'app-incident-response',
  displayName: 'Incident response (app)',
  emailAddress: 'noreply@example.com',
  persona: 'app',
  accountType: 'app',
  kind: 'app',
  timeZone: 'UTC',
};

export const DEFAULT_USER_ID = 'acc-riley-responder';

export interface SiteProject {
  id: string;
  key: string;
  name: string;
  projectTypeKey: 'service_desk' | 'software' | 'business';
  /** Project role members by permission group. */
  roles: { full: string[]; comment: string[]; browse: string[] };
  /** JSM only: customers may see and comment on the requests they reported. */
  portalId: string | null;
  /** Project components: here, the systems incidents affect. */
  components: readonly string[];
}

export const PROJECTS: readonly SiteProject[] = [
  {
    id: '10000',
    key: 'SEC',
    name: 'Security Incidents',
    projectTypeKey: 'service_desk',
    roles: {
      full: ['acc-riley-responder', 'acc-sam-responder', 'acc-alex-admin', 'acc-lucia-responder', 'acc-jonas-responder', 'acc-pseudo-tester'],
      comment: ['acc-morgan-manager'],
      browse: ['acc-oscar-outsider'],
    },
    portalId: '1',
    components: ['Email', 'VPN', 'Customer portal', 'Laptops', 'Identity provider', 'Payroll', 'Office Wi-Fi'],
  },
  {
    id: '10001',
    key: 'OPS',
    name: 'IT Operations',
    projectTypeKey: 'software',
    roles: {
      full: ['acc-riley-responder', 'acc-sam-responder', 'acc-alex-admin', 'acc-oscar-outsider', 'acc-pseudo-tester'],
      comment: ['acc-morgan-manager'],
      browse: [],
    },
    portalId: null,
    components: ['Email', 'VPN', 'Build servers', 'Customer portal', 'Backups', 'Office Wi-Fi'],
  },
  // The site's other teams: nothing here is incident response, and the app must leave all of it alone.
  {
    id: '10002',
    key: 'HELP',
    name: 'IT Help Desk',
    projectTypeKey: 'service_desk',
    roles: { full: ['acc-taylor-helpdesk', 'acc-alex-admin'], comment: [], browse: [] },
    portalId: '2',
    components: ['Laptops', 'Accounts', 'Printers', 'Software'],
  },
  {
    id: '10003',
    key: 'WEB',
    name: 'Web Shop',
    projectTypeKey: 'software',
    roles: { full: ['acc-pat-developer', 'acc-alex-admin', 'acc-oscar-outsider'], comment: [], browse: ['acc-morgan-manager'] },
    portalId: null,
    components: ['Checkout', 'Search', 'Catalogue', 'Payments'],
  },
  {
    id: '10004',
    key: 'MKT',
    name: 'Marketing',
    projectTypeKey: 'business',
    roles: { full: ['acc-quinn-marketing', 'acc-morgan-manager', 'acc-alex-admin'], comment: [], browse: [] },
    portalId: null,
    components: ['Campaigns', 'Website copy', 'Events'],
  },
];

export interface SecurityLevel {
  id: string;
  name: string;
  members: string[];
}

/** Issue security: the "Restricted" level hides an incident from everyone not listed. */
export const SECURITY_LEVELS: readonly SecurityLevel[] = [
  {
    id: '10100',
    name: 'Restricted',
    members: ['acc-riley-responder', 'acc-sam-responder', 'acc-alex-admin', 'acc-morgan-manager', 'acc-jonas-responder', 'acc-pseudo-tester'],
  },
];

export const PRIORITIES = [
  { id: '1', name: 'Highest' },
  { id: '2', name: 'High' },
  { id: '3', name: 'Medium' },
  { id: '4', name: 'Low' },
  { id: '5', name: 'Lowest' },
] as const;

export const STATUSES = [
  { id: '1', name: 'Open', category: 'new' },
  { id: '3', name: 'In Progress', category: 'indeterminate' },
  { id: '10002', name: 'Waiting for reporter', category: 'indeterminate' },
  // A security workflow's step between working on it and resolving it: the threat is contained.
  { id: '10003', name: 'Contained', category: 'indeterminate' },
  { id: '5', name: 'Resolved', category: 'done' },
  { id: '6', name: 'Closed', category: 'done' },
] as const;

/** Jira groups (for notify recipients); the site's only other use of groups is none. */
export const GROUPS = [
  { groupId: 'grp-incident-managers', name: 'incident-managers', members: ['acc-morgan-manager', 'acc-alex-admin'] },
  { groupId: 'grp-responders', name: 'incident-responders', members: ['acc-riley-responder', 'acc-sam-responder'] },
] as const;

export const ISSUE_TYPES = [
  { id: '10003', name: 'Incident' },
  { id: '10004', name: 'Task' },
  { id: '10005', name: 'Service request' },
  { id: '10006', name: 'Story' },
  { id: '10007', name: 'Bug' },
] as const;

export const findUser = (accountId: string | null | undefined): SiteUser | undefined =>
  accountId === APP_USER.accountId ? APP_USER : [...USERS, ...ON_CALL_ROTA, ...OTHER_TEAMS].find((u) => u.accountId === accountId);
/** A project's components with stable ids (project id and position). */
export const componentsOf = (project: SiteProject): { id: string; name: string }[] =>
  project.components.map((name, i) => ({ id: `${project.id}${String(i + 1).padStart(2, '0')}`, name }));

export const findProject = (idOrKey: string): SiteProject | undefined =>
  PROJECTS.find((p) => p.id === idOrKey || p.key.toUpperCase() === idOrKey.toUpperCase());
