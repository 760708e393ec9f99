/**
 * The rest of a busy site: a year of the other teams' work, none of it incident response. The IT
 * help desk's portal requests of six request types, the web shop's stories and bugs, marketing's
 * tasks; each with status changes, comments and logged work, and issue properties other apps
 * wrote (a checklist app, a planning app, a test-coverage app). The app must leave all of it alone,
 * and its queries must not be fooled by it. Deterministic for a given end time.
 */
import { findProject } from '../state/directory';
import { REQUEST_TYPES, type RequestTypeDef } from '../state/service-desks';
import type { IssueStore } from '../state/issue-store';
import { seededRandom } from './seeded-random';

const DAY = 86_400_000;
const HOUR = 3_600_000;

interface TeamPlan {
  projectKey: string;
  count: number;
  people: string[];
  reporters: string[];
  /** Issue type names with their weights. */
  types: [string, number][];
  summaries: string[];
}

const HELP_SUMMARIES: Record<string, string[]> = {
  '12': ['New laptop for the design team', 'Laptop battery swells', 'Replacement laptop: keyboard broken'],
  '13': ['Locked out after holiday', 'Password expired while travelling', 'Cannot reset my password'],
  '14': ['Access to the finance share', 'Add me to the sales mailbox', 'Need the CRM for the new role'],
  '15': ['Install a PDF editor', 'Need Python on my laptop', 'Licence for the diagram tool'],
  '16': ['VPN drops every ten minutes', 'VPN client will not start', 'VPN slow from the hotel'],
  '17': ['Printer on floor 2 jams', 'Scanner sends empty files', 'Printer prints blank pages'],
  '18': ['New starter on Monday: Mia', 'Desk and laptop for an intern', 'Accounts for the new accountant'],
};

export const OTHER_TEAM_PLANS: readonly TeamPlan[] = [
  {
    projectKey: 'HELP',
    count: 160,
    people: ['acc-taylor-helpdesk'],
    reporters: ['acc-jordan-employee', 'acc-casey-customer', 'acc-oscar-outsider', 'acc-pat-developer', 'acc-quinn-marketing'],
    types: [['Service request', 1]],
    summaries: [],
  },
  {
    projectKey: 'WEB',
    count: 150,
    people: ['acc-pat-developer', 'acc-oscar-outsider'],
    reporters: ['acc-pat-developer', 'acc-oscar-outsider', 'acc-quinn-marketing'],
    types: [
      ['Story', 5],
      ['Bug', 3],
      ['Task', 2],
    ],
    summaries: [
      'Checkout: remember the delivery address',
      'Search ignores accents',
      'Catalogue images load slowly',
      'Payment page shows the wrong currency',
      'Add gift cards to the basket',
      'Wishlist loses items after login',
      'Upgrade the web framework',
      'Sort products by rating',
    ],
  },
  {
    projectKey: 'MKT',
    count: 80,
    people: ['acc-quinn-marketing', 'acc-morgan-manager'],
    reporters: ['acc-quinn-marketing', 'acc-morgan-manager'],
    types: [['Task', 1]],
    summaries: [
      'Spring campaign brief',
      'Trade fair booth',
      'Newsletter for December',
      'Rewrite the About page',
      'Customer survey results',
      'Webinar with a partner',
    ],
  },
];

/** Properties other apps keep on issues: the app must neither read them as its own nor touch them. */
const OTHER_APP_PROPERTIES: [string, (n: number) => unknown][] = [
  ['com.example.checklist', (n) => ({ items: [{ text: 'Definition of done', done: n % 2 === 0 }], version: 3 })],
  ['planning-poker.estimate', (n) => ({ points: [1, 2, 3, 5, 8][n % 5], votes: 4 })],
  ['test-coverage', (n) => ({ covered: n % 3 !== 0, suites: ['unit', 'e2e'].slice(0, 1 + (n % 2)) })],
  // Another incident-ish app's key, one character off ours: it must stay another app's.
  ['incident-response-other', () => ({ level: 'Sev2', note: 'written by another app' })],
];

/** A year of the other teams' work, ending at `now`. Issues are created silently (no events), as history. */
export function seedOtherTeams(issues: IssueStore, now: number): void {
  const rnd = seededRandom(424_242);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)]!;
  const weighted = (types: [string, number][]): string => {
    let r = rnd() * types.reduce((s, [, w]) => s + w, 0);
    for (const [name, w] of types) if ((r -= w) < 0) return name;
    return types[0]![0];
  };
  const helpTypes = REQUEST_TYPES.filter((t) => t.portalId === '2');
  let n = 0;
  for (const plan of OTHER_TEAM_PLANS) {
    const project = findProject(plan.projectKey)!;
    const times = Array.from({ length: plan.count }, () => now - Math.floor(rnd() * 365 * DAY)).sort((a, b) => a - b);
    for (const createdMs of times) {
      n++;
      const requestType: RequestTypeDef | null = project.portalId ? pick(helpTypes) : null;
      const reporter = pick(plan.reporters);
      const person = pick(plan.people);
      const created = new Date(createdMs).toISOString();
      const issue = issues.create(
        {
          projectId: project.id,
          summary: requestType ? pick(HELP_SUMMARIES[requestType.id]!) : pick(plan.summaries),
          description: { type: 'doc', version: 1, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Details in the attached notes.' }] }] },
          issuetype: weighted(plan.types),
          reporter,
          assignee: rnd() < 0.8 ? person : null,
          priority: pick(['High', 'Medium', 'Medium', 'Low']),
          labels: rnd() < 0.4 ? [pick(['q3', 'customer', 'tech-debt', 'onboarding'])] : [],
          components: [pick(project.components)],
          created,
          ...(requestType ? { requestTypeId: requestType.id } : {}),
          properties: rnd() < 0.5 ? Object.fromEntries([OTHER_APP_PROPERTIES[n % OTHER_APP_PROPERTIES.length]!].map(([k, v]) => [k, v(n)])) : {},
        },
        reporter,
        false,
        { silent: true },
      );
      const ageDays = (now - createdMs) / DAY;
      const startedAt = createdMs + (1 + rnd() * 30) * HOUR;
      if (startedAt >= now) continue;
      issues.edit(issue, { status: 'In Progress' }, person, false, { at: new Date(startedAt).toISOString(), silent: true });
      issues.addComment(
        issue,
        person,
        {
          type: 'doc',
          version: 1,
          content: [{ type: 'paragraph', content: [{ type: 'text', text: pick(['On it.', 'Looking into it today.', 'Waiting for the part.']) }] }],
        },
        null,
        new Date(startedAt).toISOString(),
      );
      if (rnd() < 0.6)
        issues.addWorklog(
          issue,
          { author: person, started: new Date(startedAt).toISOString(), timeSpentSeconds: 900 * (1 + Math.floor(rnd() * 8)) },
          person,
          false,
          { silent: true },
        );
      if (ageDays > 5 || rnd() < 0.3) {
        const doneAt = Math.min(now - 60_000, startedAt + (2 + rnd() * 96) * HOUR);
        issues.edit(issue, { status: ageDays > 30 ? 'Closed' : 'Resolved' }, person, false, { at: new Date(doneAt).toISOString(), silent: true });
      }
    }
  }
}
