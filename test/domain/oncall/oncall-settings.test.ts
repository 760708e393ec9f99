/**
 * On-call and alert-source settings, checked with the rest of the settings: what the schema cannot
 * see alone (levels, calendars, projects, issue types, categories, people) is refused with a message
 * that says what to fix.
 */
import type { AppConfig } from '../../../src/domain/config/app-config';
import { defaultAppConfig } from '../../../src/domain/config/default-config';
import { rotaPeople, rotaPeopleProblems } from '../../../src/domain/config/rota-people';
import { type SiteVocabulary, UNKNOWN_SITE, validateConfig } from '../../../src/domain/config/validate-config';
import { BERLIN_WEEKLY } from './rotas';

const SITE: SiteVocabulary = {
  jiraPriorities: ['Highest', 'High', 'Medium', 'Low', 'Lowest'],
  securityLevels: ['Restricted'],
  projectKeys: ['SEC', 'OPS', 'HR'],
  issueTypeIds: ['10003', '10004'],
  confluenceSpaceKeys: null,
};

const PROMETHEUS = {
  id: 'prometheus',
  name: 'Prometheus (production)',
  format: 'alertmanager' as const,
  enabled: true,
  projectKey: 'SEC',
  issueTypeId: '10003',
  categoryId: 'technical',
  categoryLabel: 'category',
  severities: { critical: { impact: 'high' as const, urgency: 'high' as const } },
  hmacHeader: null,
  hmacTimestampHeader: null,
};

function config(change: (c: AppConfig) => void = () => undefined): AppConfig {
  const c = defaultAppConfig();
  c.scope = { projectKeys: ['SEC', 'OPS'], issueTypeIds: ['10003'], allProjects: false, allIssueTypes: false, setUp: true };
  c.oncall.rotas = [structuredClone(BERLIN_WEEKLY)];
  c.oncall.defaultRotaId = 'berlin-weekly';
  c.alerts.sources = [structuredClone(PROMETHEUS)];
  change(c);
  return c;
}

const problemsOf = (c: AppConfig, site: SiteVocabulary = SITE) => {
  const result = validateConfig(c, site);
  return result.ok ? [] : result.problems.map((p) => [p.section, p.path, p.message]);
};

describe('on-call and alert-source settings', () => {
  it('accepts a rota, the default policy and a source that feeds an incident project', () => {
    expect(problemsOf(config())).toEqual([]);
  });

  it.each<[string, (c: AppConfig) => void, string, string]>([
    [
      'a paging policy for a level the matrix lacks',
      (c) => void (c.oncall.policy.P1 = 'any-hour'),
      'oncall.policy.P1',
      'The paging policy names priority level "P1", which the matrix does not have: remove it, or set paging for "Critical", "Serious", "Mild".',
    ],
    [
      'an acknowledgement window for a level the matrix lacks',
      (c) => void (c.oncall.ackWindows.byLevel.P2 = 10),
      'oncall.ackWindows.byLevel.P2',
      'An acknowledgement window is set for priority level "P2", which the matrix does not have: remove it, or set one for "Critical", "Serious", "Mild".',
    ],
    [
      'paging on a calendar that does not exist',
      (c) => void (c.oncall.calendarId = 'berlin-office'),
      'oncall.calendarId',
      'Paging uses calendar "berlin-office", which does not exist: choose one of "24x7", "office", or the SLA policy\'s.',
    ],
    [
      'a rota for a project outside the incident scope',
      (c) => void (c.oncall.rotaByProject.HR = 'berlin-weekly'),
      'oncall.rotaByProject.HR',
      'A rota is set for project HR, but the incident scope does not cover it (it covers SEC, OPS): remove that line.',
    ],
    [
      'a source feeding a project outside the incident scope',
      (c) => void (c.alerts.sources[0]!.projectKey = 'HR'),
      'alerts.sources.0.projectKey',
      'Alert source "Prometheus (production)" feeds project HR, but the incident scope does not cover it (it covers SEC, OPS): choose an incident project.',
    ],
    [
      'a source feeding a project the site does not have',
      (c) => void (c.alerts.sources[0]!.projectKey = 'NOPE'),
      'alerts.sources.0.projectKey',
      'Alert source "Prometheus (production)" feeds project NOPE, but that project does not exist or you cannot browse it: choose an incident project.',
    ],
    [
      'a source with an issue type the site does not have',
      (c) => void (c.alerts.sources[0]!.issueTypeId = '99999'),
      'alerts.sources.0.issueTypeId',
      'Alert source "Prometheus (production)" creates issues of a type this Jira does not have: choose one of the site\'s issue types.',
    ],
    [
      'a source with an issue type outside the incident scope',
      (c) => void (c.alerts.sources[0]!.issueTypeId = '10004'),
      'alerts.sources.0.issueTypeId',
      'Alert source "Prometheus (production)" creates issues of a type the incident scope does not cover: choose one the scope names, or add this type to it.',
    ],
    [
      'a source with a category the taxonomy lacks',
      (c) => void (c.alerts.sources[0]!.categoryId = 'outage'),
      'alerts.sources.0.categoryId',
      'Alert source "Prometheus (production)" gives category "outage", which the taxonomy does not have: use one of "technical", "phishing", "malware", "physical-safety", "security-breach", "lost-device", "data-exposure", "denial-of-service", "other".',
    ],
    [
      'signature headers on a source that is not Grafana',
      (c) => void (c.alerts.sources[0]!.hmacHeader = 'X-Grafana-Alerting-Signature'),
      'alerts.sources.0.hmacHeader',
      'Alert source "Prometheus (production)" is not a Grafana source, and only Grafana signs its requests: clear the signature headers.',
    ],
  ])('refuses %s, in the section that edits it', (_what, change, path, message) => {
    const section = path.startsWith('oncall') ? 'oncall' : 'alerts';
    expect(problemsOf(config(change))).toEqual([[section, path, message]]);
  });

  it('accepts any project when the scope covers all projects, none when it ticks none, and checks the site only when it is known', () => {
    const everywhere = config((c) => {
      c.scope = { ...c.scope, projectKeys: [], allProjects: true };
      c.alerts.sources[0]!.projectKey = 'HR';
    });
    expect(problemsOf(everywhere)).toEqual([]);
    const nowhere = config((c) => {
      c.scope = { ...c.scope, projectKeys: [], allProjects: false };
      c.alerts.sources[0]!.projectKey = 'SEC';
    });
    expect(problemsOf(nowhere)).toEqual([
      [
        'alerts',
        'alerts.sources.0.projectKey',
        'Alert source "Prometheus (production)" feeds project SEC, but the incident scope has no project ticked yet: choose an incident project.',
      ],
    ]);
    expect(
      problemsOf(
        config((c) => void (c.alerts.sources[0]!.issueTypeId = '99999')),
        UNKNOWN_SITE,
      ),
    ).toEqual([
      [
        'alerts',
        'alerts.sources.0.issueTypeId',
        'Alert source "Prometheus (production)" creates issues of a type the incident scope does not cover: choose one the scope names, or add this type to it.',
      ],
    ]);
  });

  it('refuses a default rota that is not one of the rotas (schema)', () => {
    expect(problemsOf(config((c) => void (c.oncall.defaultRotaId = 'gone')))).toEqual([
      ['oncall', 'oncall.defaultRotaId', 'The default rota is not one of the rotas: pick one or none.'],
    ]);
  });
});

describe('rota people', () => {
  const withOverride = config((c) =>
    c.oncall.rotas[0]!.overrides.push({
      from: '2026-12-24T09:00:00+01:00',
      to: '2026-12-27T09:00:00+01:00',
      role: 'primary',
      accountId: 'jordan',
      reason: 'Holiday swap',
    }),
  );

  it('lists everyone a rota names, with the field that names them', () => {
    expect(rotaPeople(withOverride).map((p) => `${p.path}:${p.accountId}`)).toEqual([
      'oncall.rotas.0.primary:alice',
      'oncall.rotas.0.primary:bob',
      'oncall.rotas.0.primary:carol',
      'oncall.rotas.0.secondary:dave',
      'oncall.rotas.0.secondary:erin',
      'oncall.rotas.0.overrides.0.accountId:jordan',
    ]);
  });

  it('refuses portal customers, apps and accounts Jira does not know; people who work in Jira pass', () => {
    const person = (displayName: string) => ({ accountType: 'atlassian', displayName });
    const accounts = {
      alice: person('Alice'),
      bob: { accountType: 'customer', displayName: 'Bob Buyer' },
      carol: { accountType: 'app', displayName: 'Some bot' },
      dave: person('Dave'),
      erin: person('Erin'),
    };
    expect(rotaPeopleProblems(withOverride, accounts).map((p) => [p.section, p.path, p.message])).toEqual([
      ['oncall', 'oncall.rotas.0.primary', 'Bob Buyer is a portal customer, so cannot be on call in "Security (Berlin)". Choose someone with a Jira licence.'],
      [
        'oncall',
        'oncall.rotas.0.primary',
        'Some bot is not a person who works in Jira, so cannot be on call in "Security (Berlin)". Choose someone with a Jira licence.',
      ],
      [
        'oncall',
        'oncall.rotas.0.overrides.0.accountId',
        'Someone in rota "Security (Berlin)" is not a person Jira knows (they may have left): remove them and pick people by name.',
      ],
    ]);
  });
});
