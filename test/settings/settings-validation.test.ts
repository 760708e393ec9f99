/**
 * Admin settings: every invalid configuration is refused with a message that says what to fix,
 * and nothing is stored (the version and the stored settings are unchanged).
 */
import { kvs } from '@forge/kvs';
import type { Site } from '../../sandbox/site';
import { defaultAppConfig } from '../../src/domain/config/default-config';
import { ALEX, createTestSite } from '../support/test-site';
import { invokeSettings } from './settings-support';

type Config = ReturnType<typeof defaultAppConfig>;

let site: Site;
beforeEach(() => {
  site = createTestSite();
});
afterEach(async () => {
  await site.close();
});

const stored = () => kvs.get('config:app');

const CASES: [string, (c: Config) => void, string, string][] = [
  [
    'an incomplete matrix',
    (c) => void (c.priority.matrix.cells = c.priority.matrix.cells.filter((x) => !(x.impact === 'high' && x.urgency === 'low'))),
    'priority.matrix.cells.high.low',
    'Impact "High" with urgency "Low" has no priority level; every combination needs exactly one.',
  ],
  [
    'a matrix where more impact lowers the priority',
    (c) => void (c.priority.matrix.cells.find((x) => x.impact === 'high' && x.urgency === 'high')!.level = 'Mild'),
    'priority.matrix.cells.medium.high',
    'Raising impact from "Medium" to "High" lowers the priority; higher impact must never mean lower priority.',
  ],
  [
    'a calendar without working hours',
    (c) => void (c.sla.calendars[1]!.week = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] }),
    'sla.calendars.1.week',
    'Calendar "Office hours (Mon-Fri 09:00-17:00)" has no working hours: give at least one day a working period such as 09:00-17:00.',
  ],
  [
    'a zero target',
    (c) => void (c.sla.policies.Critical!.targetMinutes.acknowledge = 0),
    'sla.policies.Critical.targetMinutes.acknowledge',
    'A target must be a positive number of minutes.',
  ],
  [
    'a negative target',
    (c) => void (c.sla.policies.Serious!.targetMinutes.resolve = -60),
    'sla.policies.Serious.targetMinutes.resolve',
    'A target must be a positive number of minutes.',
  ],
  [
    'an unknown Jira priority in the mapping',
    (c) => void (c.priority.jiraPriorityByLevel.Critical = 'Urgent'),
    'priority.jiraPriorityByLevel.Critical',
    '"Critical" maps to Jira priority "Urgent", which this Jira does not have: use one of "Highest", "High", "Medium", "Low", "Lowest".',
  ],
  [
    'a mapping for a level the matrix lacks',
    (c) => void (c.priority.jiraPriorityByLevel.P9 = 'High'),
    'priority.jiraPriorityByLevel.P9',
    'The Jira priority mapping names priority level "P9", which the matrix does not have: use one of "Critical", "Serious", "Mild".',
  ],
  [
    'an SLA policy on an unknown calendar',
    (c) => void (c.sla.policies.Mild!.calendarId = 'berlin'),
    'sla.policies.Mild.calendarId',
    'The policy for "Mild" uses calendar "berlin", which does not exist: use one of "24x7", "office".',
  ],
  [
    'a project override on an unknown calendar',
    (c) => void (c.projects.SEC = { calendarId: 'berlin', escalation: null, contacts: [] }),
    'projects.SEC.calendarId',
    'Project SEC uses calendar "berlin", which does not exist: use one of "24x7", "office".',
  ],
  [
    'an escalation path for an unknown level',
    (c) => void (c.sla.escalation.byLevel.P1 = structuredClone(c.sla.escalation.default)),
    'sla.escalation.byLevel.P1',
    'An escalation path names priority level "P1", which the matrix does not have: use one of "Critical", "Serious", "Mild".',
  ],
  [
    'a restriction to an unknown security level',
    (c) => void (c.taxonomy.categories[0]!.restrictTo = 'Top secret'),
    'taxonomy.categories.0.restrictTo',
    'Category "Technical problem (infrastructure or code)" is restricted to security level "Top secret", which Jira does not have: use one of "Restricted", or none.',
  ],
  [
    'a runbook for an unknown category',
    (c) => void (c.response.runbooks[0]!.categories = ['ransomware']),
    'response.runbooks.0.categories',
    `Runbook "${defaultAppConfig().response.runbooks[0]!.title}" names category "ransomware", which the taxonomy does not have: use one of "technical", "phishing", "malware", "physical-safety", "security-breach", "lost-device", "data-exposure", "denial-of-service", "other".`,
  ],
  [
    'a contact for an unknown level',
    (c) =>
      void c.response.contacts.push({
        id: 'dpo',
        name: 'Dana',
        role: 'DPO',
        channel: '#privacy',
        emergency: '',
        categories: [],
        levels: ['P1'],
        tellWithinMinutes: 60,
        lawEnforcement: false,
      }),
    'response.contacts.0.levels',
    'Contact "Dana" names priority level "P1", which the matrix does not have: use one of "Critical", "Serious", "Mild".',
  ],
  [
    'a contact with a zero deadline',
    (c) =>
      void c.response.contacts.push({
        id: 'dpo',
        name: 'Dana',
        role: 'DPO',
        channel: '#privacy',
        emergency: '',
        categories: [],
        levels: [],
        tellWithinMinutes: 0,
        lawEnforcement: false,
      }),
    'response.contacts.0.tellWithinMinutes',
    '"Tell within" must be a positive number of minutes, or empty for no deadline.',
  ],
  [
    'two categories with one id',
    (c) => void (c.taxonomy.categories[1]!.id = 'technical'),
    'taxonomy.categories.1.id',
    'Category id "technical" is used twice; give each category its own id.',
  ],
  [
    'a taxonomy review every 3 months',
    (c) => void (c.taxonomy.reviewEveryMonths = 3),
    'taxonomy.reviewEveryMonths',
    'Review the taxonomy at least every 12 months and at most every 6: give 6 to 12.',
  ],
  [
    'a postmortem policy for an unknown level',
    (c) => void (c.postmortem.requiredLevels = ['Critical', 'P1']),
    'postmortem.requiredLevels.1',
    'The postmortem policy names priority level "P1", which the matrix does not have: use one of "Critical", "Serious", "Mild".',
  ],
  ['a postmortem due after zero days', (c) => void (c.postmortem.dueDays = 0), 'postmortem.dueDays', 'give at least one day'],
  ['a legal rule that does not exist', (c) => void (c.legal.enabled['made-up-rule'] = true), 'legal.enabled.made-up-rule', 'No rule "made-up-rule" exists.'],
  ['a currency that is not a code', (c) => void (c.costs.currency = 'euro'), 'costs.currency', 'Use a three-letter ISO currency code, e.g. "EUR".'],
  ['a negative hourly rate', (c) => void (c.costs.hourlyRate = -1), 'costs.hourlyRate', 'The hourly rate cannot be negative.'],
  [
    'a scope naming an unknown project',
    (c) => void (c.scope.projectKeys = ['SEC', 'HR']),
    'scope.projectKeys',
    'Project HR does not exist or you cannot browse it: remove it from the scope.',
  ],
  [
    'a malformed project key in the scope',
    (c) => void (c.scope.projectKeys = ['sec']),
    'scope.projectKeys.0',
    'A project key is upper-case letters, digits and underscores, starting with a letter (e.g. "SEC").',
  ],
];

describe('settings/save refuses invalid settings and stores nothing', () => {
  it.each(CASES)('%s', async (_name, spoil, path, message) => {
    const before = await stored();
    const config = defaultAppConfig();
    spoil(config);
    const res = await invokeSettings(site, 'settings/save', { config, baseVersion: 0 }, ALEX);
    expect(res.ok).toBe(false);
    if (res.ok) return;
    expect(res.error.code).toBe('VALIDATION_FAILED');
    expect(res.error.fields?.[path]).toBe(message);
    expect(res.error.message).toMatch(/nothing was saved/);
    expect(await stored()).toEqual(before);
    const after = await invokeSettings(site, 'settings/get', {}, ALEX);
    expect(after.ok && after.data.version).toBe(0);
  });

  it('names every problem at once, each under its section', async () => {
    const config = defaultAppConfig();
    config.sla.policies.Critical!.targetMinutes.acknowledge = 0;
    config.costs.currency = 'euro';
    const res = await invokeSettings(site, 'settings/save', { config, baseVersion: 0 }, ALEX);
    expect(res.ok === false && Object.keys(res.error.fields ?? {}).sort()).toEqual(['costs.currency', 'sla.policies.Critical.targetMinutes.acknowledge']);
  });

  it('saves valid settings as version 1, with who, when and what changed', async () => {
    const config = defaultAppConfig();
    config.sla.policies.Critical!.targetMinutes.acknowledge = 30;
    config.costs.hourlyRate = 95;
    const res = await invokeSettings(site, 'settings/save', { config, baseVersion: 0 }, ALEX);
    expect(res).toEqual({
      ok: true,
      data: {
        version: 1,
        total: 2,
        changes: [
          { section: 'sla', path: 'sla.policies.Critical.targetMinutes.acknowledge', kind: 'changed', before: '60', after: '30' },
          { section: 'costs', path: 'costs.hourlyRate', kind: 'changed', before: '80', after: '95' },
        ],
      },
    });
    expect(await stored()).toEqual(config);
    const history = await invokeSettings(site, 'settings/history', { before: 99 }, ALEX);
    expect(history.ok && history.data).toEqual([
      {
        version: 1,
        by: ALEX,
        at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
        action: 'save',
        revertedTo: null,
        total: 2,
        changes: (res as { data: { changes: unknown } }).data.changes,
      },
    ]);
  });
});
