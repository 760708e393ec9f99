import type { AppConfig } from '../../../src/domain/config/app-config';
import { defaultAppConfig } from '../../../src/domain/config/default-config';
import { notSetUpConfig } from '../../../src/domain/config/app-config-schema';
import { gettingStarted } from '../../../src/domain/program/getting-started';
import { programFactsJql } from '../../../src/domain/program/program-facts';
import { sammMaturity } from '../../../src/domain/program/samm-maturity';
import { taxonomyReview } from '../../../src/domain/program/taxonomy-review';

const NOW = '2026-11-22T10:00:00.000Z';
const NO_FACTS = { exercises12m: 0, postmortemsRequired12m: 0, postmortemsPublished12m: 0 };

/** A program set up as seed 002 asks: owner, two responders, channel, contacts incl. police, escalation named, reviewed. */
function wellRun(): AppConfig {
  const c = defaultAppConfig();
  c.program = {
    ownerAccountId: 'acc-owner',
    responderAccountIds: ['acc-a', 'acc-b'],
    channel: '#incident',
    metricsReviewedAt: '2026-10-01T00:00:00.000Z',
    confirmedSteps: [],
  };
  c.taxonomy.reviewedAt = '2026-06-01T00:00:00.000Z';
  c.sla.escalation.default.breach.groups = ['security-oncall'];
  c.response.contacts = [
    { id: 'legal', name: 'Legal', role: 'Counsel', channel: '#legal', emergency: '', categories: [], levels: [], tellWithinMinutes: 60, lawEnforcement: false },
    {
      id: 'police',
      name: 'Cybercrime unit',
      role: 'Police',
      channel: '+49 30 0000',
      emergency: '110',
      categories: [],
      levels: [],
      tellWithinMinutes: null,
      lawEnforcement: true,
    },
  ];
  c.legal.profile = { ...c.legal.profile, euEstablished: 'yes', memberStates: ['DE'] };
  c.scope = { projectKeys: ['SEC'], issueTypeIds: ['10003'], allProjects: false, allIssueTypes: false, setUp: true };
  c.intake.requestTypeIds = ['11'];
  c.intake.allRequestTypes = false;
  // Someone wrote their own step into the phishing runbook and gave the postmortem their own purpose.
  c.response.runbooks[0]!.steps.push({ id: 'ph-own', phase: 'containment', text: 'Tell the service desk to expect calls' });
  c.postmortem.templates.find((t) => t.kind === 'postmortem')!.purpose = 'What we learn from each incident, without blame.';
  return c;
}

describe('getting-started checklist (seed 002)', () => {
  it.each([
    // The shipped runbooks and templates existing is nobody's doing: those two stay to do.
    ['fresh install', notSetUpConfig(), NO_FACTS, [], ['working-document', 'ticketing']],
    [
      'well-run program, no exercise yet',
      wellRun(),
      NO_FACTS,
      [],
      [
        'intake',
        'owner',
        'responders',
        'channel',
        'runbook',
        'working-document',
        'ticketing',
        'postmortem-template',
        'contacts',
        'law-enforcement',
        'legal-requirements',
      ],
    ],
    [
      'with an exercise and two confirmations',
      wellRun(),
      { ...NO_FACTS, exercises12m: 1 },
      ['support-periods', 'retainer'],
      [
        'intake',
        'owner',
        'support-periods',
        'responders',
        'channel',
        'runbook',
        'working-document',
        'ticketing',
        'postmortem-template',
        'tabletop',
        'contacts',
        'law-enforcement',
        'legal-requirements',
        'retainer',
      ],
    ],
  ])('%s', (_name, config, facts, confirmed, done) => {
    const list = gettingStarted(config, facts, confirmed);
    expect(list.map((i) => i.id)).toEqual([
      'intake',
      'owner',
      'support-periods',
      'responders',
      'channel',
      'runbook',
      'working-document',
      'ticketing',
      'postmortem-template',
      'tabletop',
      'contacts',
      'law-enforcement',
      'legal-requirements',
      'retainer',
    ]);
    expect(list.filter((i) => i.done).map((i) => i.id)).toEqual(done);
  });

  const runbook = (id: string, text: string) => ({
    id,
    title: 'Phishing',
    categories: ['phishing'],
    steps: [{ id: `${id}-1`, phase: 'containment' as const, text }],
  });
  const template = (purpose: string) => ({ kind: 'postmortem' as const, title: 'Postmortem', purpose, sections: [] });
  it.each([
    ['the shipped runbooks, as shipped', null, false],
    ['no runbook at all', [], false],
    ['a runbook someone wrote', [runbook('own', 'Call the bank')], true],
  ])('"write a runbook" with %s: done %s', (_name, runbooks, done) => {
    const c = defaultAppConfig();
    if (runbooks) c.response.runbooks = runbooks;
    expect(gettingStarted(c, NO_FACTS, []).find((i) => i.id === 'runbook')).toMatchObject({ done, source: done ? 'app' : null });
  });

  it('"write a runbook" is done once a shipped runbook is edited, and not for the shipped ones reread in another key order', () => {
    const c = defaultAppConfig();
    c.response.runbooks = c.response.runbooks.map(({ steps, categories, title, id }) => ({ steps, categories, title, id }));
    expect(gettingStarted(c, NO_FACTS, []).find((i) => i.id === 'runbook')!.done).toBe(false);
    c.response.runbooks[1]!.steps[0]!.text = 'Isolate the laptop from the network (pull the cable, turn off wifi)';
    expect(gettingStarted(c, NO_FACTS, []).find((i) => i.id === 'runbook')!.done).toBe(true);
  });

  it.each([
    ['the shipped postmortem template', null, [], false, null],
    ['a template of its own', template('Learn, do not blame.'), [], true, 'app'],
    ['the shipped one, confirmed as adopted by an admin', null, ['postmortem-template'], true, 'confirmed'],
  ])('"adopt a postmortem template" with %s', (_name, own, confirmed, done, source) => {
    const c = defaultAppConfig();
    if (own) c.postmortem.templates = [...c.postmortem.templates.filter((t) => t.kind !== 'postmortem'), own];
    expect(gettingStarted(c, NO_FACTS, confirmed).find((i) => i.id === 'postmortem-template')).toMatchObject({ done, source });
  });

  it('prefers what the app sees over a confirmation, and marks only the unseeable items manual', () => {
    const list = gettingStarted(wellRun(), NO_FACTS, ['owner', 'support-periods']);
    expect(list.find((i) => i.id === 'owner')).toMatchObject({ done: true, source: 'app', manual: false });
    expect(list.find((i) => i.id === 'support-periods')).toMatchObject({ done: true, source: 'confirmed', manual: true });
    expect(list.filter((i) => i.manual).map((i) => i.id)).toEqual(['support-periods', 'retainer']);
  });
});

describe('SAMM maturity (seed 001)', () => {
  const levels = (config: AppConfig, facts = NO_FACTS) => sammMaturity(config, facts, NOW).map((s) => [s.stream, s.level]);

  it.each([
    [
      'fresh install',
      defaultAppConfig(),
      NO_FACTS,
      [
        ['detection', 0],
        ['response', 0],
      ],
    ],
    [
      'well-run, no exercises, no postmortems yet',
      wellRun(),
      NO_FACTS,
      [
        ['detection', 2],
        ['response', 2],
      ],
    ],
    [
      'well-run with an exercise and 4 of 5 postmortems',
      wellRun(),
      { exercises12m: 1, postmortemsRequired12m: 5, postmortemsPublished12m: 4 },
      [
        ['detection', 3],
        ['response', 3],
      ],
    ],
    [
      'well-run with an exercise but 3 of 5 postmortems',
      wellRun(),
      { exercises12m: 1, postmortemsRequired12m: 5, postmortemsPublished12m: 3 },
      [
        ['detection', 3],
        ['response', 2],
      ],
    ],
  ])('%s', (_name, config, facts, expected) => {
    expect(levels(config, facts)).toEqual(expected);
  });

  it('stops at the first level with an unmet criterion, and says what to do next', () => {
    const c = wellRun();
    c.program.ownerAccountId = null;
    const [detection, response] = sammMaturity(c, { exercises12m: 1, postmortemsRequired12m: 1, postmortemsPublished12m: 1 }, NOW);
    expect(detection!.level).toBe(1);
    expect(response!.level).toBe(0);
    expect(response!.criteria.find((x) => !x.met)!.next).toBe('Name the incident-response owner.');
  });

  it('lets a taxonomy review and a metrics review lapse after their periods', () => {
    const c = wellRun();
    c.taxonomy.reviewedAt = '2025-10-01T00:00:00.000Z';
    c.program.metricsReviewedAt = '2025-10-01T00:00:00.000Z';
    const facts = { exercises12m: 1, postmortemsRequired12m: 1, postmortemsPublished12m: 1 };
    expect(levels(c, facts)).toEqual([
      ['detection', 1],
      ['response', 2],
    ]);
  });
});

describe('taxonomy review', () => {
  it.each([
    [null, 12, NOW, { dueAt: null, due: true }],
    ['2026-01-31T10:00:00.000Z', 6, '2026-07-30T00:00:00.000Z', { dueAt: '2026-07-31T10:00:00.000Z', due: false }],
    ['2026-01-31T10:00:00.000Z', 6, '2026-07-31T10:00:00.000Z', { dueAt: '2026-07-31T10:00:00.000Z', due: true }],
    ['2025-11-22T10:00:00.000Z', 12, NOW, { dueAt: '2026-11-22T10:00:00.000Z', due: true }],
    ['2025-12-01T00:00:00.000Z', 12, NOW, { dueAt: '2026-12-01T00:00:00.000Z', due: false }],
  ])('reviewed %s, every %i months, at %s', (reviewedAt, reviewEveryMonths, now, expected) => {
    expect(taxonomyReview({ reviewedAt, reviewEveryMonths }, now)).toEqual(expected);
  });
});

it('counts the last 12 months of exercises and postmortems by JQL', () => {
  expect(programFactsJql(NOW)).toEqual({
    exercises: 'incidentExercise = "true" AND created >= "2025-11-22"',
    postmortemsRequired: 'incidentPostmortem in ("due", "published") AND (incidentExercise IS EMPTY OR incidentExercise != "true") AND created >= "2025-11-22"',
    postmortemsPublished: 'incidentPostmortem = "published" AND (incidentExercise IS EMPTY OR incidentExercise != "true") AND created >= "2025-11-22"',
  });
});
