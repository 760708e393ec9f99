import fc from 'fast-check';
import { diffSettings, MAX_LISTED_CHANGES } from '../../../src/domain/config/config-diff';
import { defaultAppConfig } from '../../../src/domain/config/default-config';
import { asksOnRequestType, isInScope } from '../../../src/domain/config/incident-scope';
import { upgradeToExplicitLists } from '../../../src/domain/config/explicit-lists-upgrade';
import { readAppConfig } from '../../../src/domain/config/app-config-schema';
import { configForProject, projectKeyOf } from '../../../src/domain/config/project-overrides';
import { validateConfig } from '../../../src/domain/config/validate-config';

describe('incident scope: the lists are explicit', () => {
  const scope = (projectKeys: string[], issueTypeIds: string[], allProjects = false, allIssueTypes = false) => ({
    projectKeys,
    issueTypeIds,
    allProjects,
    allIssueTypes,
    setUp: true,
  });
  it.each([
    // Nothing ticked means nothing, however set up the site is.
    [scope([], []), 'SEC', '10003', false],
    [scope(['SEC'], []), 'SEC', '10003', false],
    [scope([], ['10003']), 'SEC', '10003', false],
    [scope(['SEC'], ['10003']), 'SEC', '10003', true],
    [scope(['SEC'], ['10003']), 'SEC', '10004', false],
    [scope(['SEC'], ['10003']), 'OPS', '10003', false],
    [scope(['SEC'], ['10003']), 'SEC', null, false],
    // "All" is a choice of its own, never an empty list.
    [scope([], ['10003'], true), 'OPS', '10003', true],
    [scope(['SEC'], [], false, true), 'SEC', '10004', true],
    [scope(['SEC'], [], false, true), 'OPS', '10004', false],
    [scope([], [], true, true), 'HR', null, true],
  ])('%j: a %s issue of type %s is in scope: %s', (s, projectKey, issueTypeId, expected) => {
    expect(isInScope(s, { projectKey, issueTypeId })).toBe(expected);
  });

  it('takes nothing in until an admin has set incident response up, whatever the lists say', () => {
    for (const [projectKeys, all] of [
      [[], true],
      [['SEC'], false],
    ] as const)
      expect(
        isInScope(
          { projectKeys: [...projectKeys], issueTypeIds: ['10003'], allProjects: all, allIssueTypes: all, setUp: false },
          { projectKey: 'SEC', issueTypeId: '10003' },
        ),
      ).toBe(false);
  });

  it.each([
    [true, ['11'], false, '11', true],
    [true, ['11'], false, '12', false],
    [true, [], false, '11', false],
    [true, [], true, '12', true],
    [true, ['11'], false, null, false],
    [false, ['11'], false, '11', false],
    [false, [], true, '11', false],
  ])('portal questions: set up %s, request types %j (all: %s), on type %s -> %s', (setUp, requestTypeIds, allRequestTypes, typeId, expected) => {
    expect(asksOnRequestType({ scope: { setUp }, intake: { requestTypeIds, allRequestTypes } }, typeId)).toBe(expected);
  });
});

describe('settings saved while an empty list meant "all"', () => {
  it.each([
    [
      'set up, types left empty',
      { scope: { projectKeys: ['SEC'], issueTypeIds: [], setUp: true }, intake: { requestTypeIds: ['11'] } },
      { projectKeys: ['SEC'], issueTypeIds: [], allProjects: false, allIssueTypes: true, setUp: true },
      { requestTypeIds: ['11'], allRequestTypes: false },
    ],
    [
      'set up, everything empty',
      { scope: { projectKeys: [], issueTypeIds: [], setUp: true }, intake: { requestTypeIds: [] } },
      { projectKeys: [], issueTypeIds: [], allProjects: true, allIssueTypes: true, setUp: true },
      { requestTypeIds: [], allRequestTypes: true },
    ],
    [
      'saved before setUp existed (counts as set up)',
      { scope: { projectKeys: [], issueTypeIds: ['10003'] }, intake: { requestTypeIds: [] } },
      { projectKeys: [], issueTypeIds: ['10003'], allProjects: true, allIssueTypes: false },
      { requestTypeIds: [], allRequestTypes: true },
    ],
    [
      'never turned on: turning it on later covers only what is ticked',
      { scope: { projectKeys: [], issueTypeIds: [], setUp: false }, intake: { requestTypeIds: [] } },
      { projectKeys: [], issueTypeIds: [], allProjects: false, allIssueTypes: false, setUp: false },
      { requestTypeIds: [], allRequestTypes: false },
    ],
    [
      'already explicit: left alone',
      {
        scope: { projectKeys: [], issueTypeIds: [], allProjects: false, allIssueTypes: false, setUp: true },
        intake: { requestTypeIds: [], allRequestTypes: false },
      },
      { projectKeys: [], issueTypeIds: [], allProjects: false, allIssueTypes: false, setUp: true },
      { requestTypeIds: [], allRequestTypes: false },
    ],
  ])('%s', (_name, stored, scope, intake) => {
    expect(upgradeToExplicitLists(stored)).toEqual({ scope, intake });
  });

  it('reads a stored v2 setting through the upgrade: what meant "all" still covers everything', () => {
    const stored = {
      ...defaultAppConfig(),
      scope: { projectKeys: ['SEC'], issueTypeIds: [], setUp: true },
      intake: { acknowledgeOnPortal: true, requestTypeIds: [] },
    };
    const { config, problems } = readAppConfig(stored);
    expect(problems).toEqual([]);
    expect(isInScope(config.scope, { projectKey: 'SEC', issueTypeId: '10099' })).toBe(true);
    expect(isInScope(config.scope, { projectKey: 'OPS', issueTypeId: '10003' })).toBe(false);
    expect(asksOnRequestType(config, '99')).toBe(true);
  });

  it('settings from before scopes existed keep every setting: only the request types gain their "all"', () => {
    const stored = { intake: { acknowledgeOnPortal: true, requestTypeIds: [] }, costs: { hourlyRate: 95, currency: 'EUR' } };
    expect(upgradeToExplicitLists(stored)).toEqual({ ...stored, intake: { acknowledgeOnPortal: true, requestTypeIds: [], allRequestTypes: true } });
    const { scope: _unset, ...withoutScope } = defaultAppConfig();
    const { intake } = withoutScope;
    const { allRequestTypes: _legacy, ...legacyIntake } = intake;
    const { config, problems } = readAppConfig({ ...withoutScope, intake: legacyIntake, costs: { hourlyRate: 95, currency: 'EUR' } });
    expect(problems).toEqual([]);
    // The matrix, SLA and the rest are the stored ones, not the defaults a failed read would give.
    expect(config.costs.hourlyRate).toBe(95);
    expect(asksOnRequestType(config, '99')).toBe(true);
  });

  it('a save or an import from before the lists were explicit is validated with the same meaning', () => {
    const legacy = {
      ...defaultAppConfig(),
      scope: { projectKeys: ['SEC'], issueTypeIds: [], setUp: true },
      intake: { acknowledgeOnPortal: true, requestTypeIds: ['11'] },
    };
    const result = validateConfig(legacy);
    expect(result.ok && result.config.scope).toEqual({ projectKeys: ['SEC'], issueTypeIds: [], allProjects: false, allIssueTypes: true, setUp: true });
    expect(result.ok && result.config.intake.allRequestTypes).toBe(false);
  });

  it('a fresh install has nothing ticked and is off', () => {
    const { config } = readAppConfig(undefined);
    expect(config.scope).toEqual({ projectKeys: [], issueTypeIds: [], allProjects: false, allIssueTypes: false, setUp: false });
    expect(config.intake.allRequestTypes).toBe(false);
  });
});

describe('project overrides', () => {
  it('reads the project from the issue key', () => {
    expect(projectKeyOf('SEC-42')).toBe('SEC');
    expect(projectKeyOf('MY_PROJ2-7')).toBe('MY_PROJ2');
  });

  it('replaces every policy calendar and the escalation path, and adds contacts', () => {
    const c = defaultAppConfig();
    const path = {
      warning: { assignee: false, reporter: false, watchers: false, users: ['acc-1'], groups: [] },
      breach: { assignee: true, reporter: false, watchers: false, users: [], groups: ['oncall'] },
    };
    c.sla.escalation.byLevel.Critical = structuredClone(c.sla.escalation.default);
    c.projects.SEC = {
      calendarId: 'office',
      escalation: path,
      contacts: [{ id: 'x', name: 'X', role: '', channel: '', emergency: '', categories: [], levels: [], tellWithinMinutes: null, lawEnforcement: false }],
    };
    const sec = configForProject(c, 'SEC');
    expect(Object.values(sec.sla.policies).map((p) => p.calendarId)).toEqual(Object.values(c.sla.policies).map(() => 'office'));
    expect(sec.sla.escalation).toEqual({ default: path, byLevel: {} });
    expect(sec.response.contacts.map((x) => x.id)).toEqual(['x']);
    expect(configForProject(c, 'OPS')).toBe(c);
    expect(c.sla.policies.Critical!.calendarId).toBe('24x7');
  });
});

describe('settings diff', () => {
  it('lists each changed path with short before and after values', () => {
    const a = defaultAppConfig();
    const b = defaultAppConfig();
    b.costs.hourlyRate = 95;
    b.access.adminGroups.push('ir-admins');
    delete b.priority.jiraPriorityByLevel.Mild;
    expect(diffSettings(a, b)).toEqual({
      total: 3,
      changes: [
        { section: 'priority', path: 'priority.jiraPriorityByLevel.Mild', kind: 'removed', before: '"Medium"', after: null },
        { section: 'costs', path: 'costs.hourlyRate', kind: 'changed', before: '80', after: '95' },
        { section: 'access', path: 'access.adminGroups.0', kind: 'added', before: null, after: '"ir-admins"' },
      ],
    });
  });

  it('lists at most 200 changes and counts the rest', () => {
    const a = defaultAppConfig();
    const b = defaultAppConfig();
    b.sla.calendars[1]!.closedDates = Array.from({ length: 200 }, (_, i) => `2027-01-${String((i % 28) + 1).padStart(2, '0')}`);
    b.costs.hourlyRate = 1;
    const { changes, total } = diffSettings(a, b);
    expect(total).toBe(201);
    expect(changes).toHaveLength(MAX_LISTED_CHANGES);
  });

  it('is empty exactly when the settings are equal (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.string({ maxLength: 20 }), (rate, channel) => {
        const a = defaultAppConfig();
        const b = defaultAppConfig();
        b.costs.hourlyRate = rate;
        b.program.channel = channel;
        const same = rate === 80 && channel === '';
        expect(diffSettings(a, b).total === 0).toBe(same);
        expect(diffSettings(b, structuredClone(b)).total).toBe(0);
      }),
    );
  });
});

describe('validateConfig', () => {
  it('accepts the defaults, and settings stored before the settings page (filling the new parts in)', () => {
    expect(validateConfig(defaultAppConfig())).toMatchObject({ ok: true });
    const old = defaultAppConfig() as Partial<ReturnType<typeof defaultAppConfig>>;
    delete old.scope;
    delete old.program;
    delete old.costs;
    delete old.access;
    delete old.projects;
    const result = validateConfig(old);
    expect(result.ok && result.config).toEqual(defaultAppConfig());
  });

  it('refuses settings too large for one storage value', () => {
    const c = defaultAppConfig();
    c.response.runbooks = Array.from({ length: 50 }, (_, i) => ({
      id: `r${i}`,
      title: `Runbook ${i}`,
      categories: [],
      steps: Array.from({ length: 60 }, (_, j) => ({ id: `s${j}`, text: 'x'.repeat(500), phase: 'containment' as const })),
    }));
    const result = validateConfig(c);
    expect(result.ok === false && result.problems.map((p) => p.message)).toContainEqual(
      expect.stringMatching(/^The settings take \d+ KiB; keep them under 200 KiB/),
    );
  });
});
