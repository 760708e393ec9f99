import fc from 'fast-check';
import { diffSettings, MAX_LISTED_CHANGES } from '../../../src/domain/config/config-diff';
import { defaultAppConfig } from '../../../src/domain/config/default-config';
import { isInScope } from '../../../src/domain/config/incident-scope';
import { configForProject, projectKeyOf } from '../../../src/domain/config/project-overrides';
import { validateConfig } from '../../../src/domain/config/validate-config';

describe('incident scope', () => {
  it.each([
    [[], [], 'SEC', '10004', true],
    [['SEC'], [], 'SEC', '10004', true],
    [['SEC'], [], 'OPS', '10003', false],
    [[], ['10003'], 'OPS', '10003', true],
    [[], ['10003'], 'OPS', '10004', false],
    [[], ['10003'], 'OPS', null, false],
    [['SEC'], ['10003'], 'SEC', '10003', true],
  ])('projects %j, types %j: %s issue of type %s -> %s', (projectKeys, issueTypeIds, projectKey, issueTypeId, expected) => {
    expect(isInScope({ projectKeys, issueTypeIds, setUp: true }, { projectKey, issueTypeId })).toBe(expected);
  });

  it('takes nothing in until an admin has set incident response up, whatever the lists say', () => {
    for (const projectKeys of [[], ['SEC']])
      expect(isInScope({ projectKeys, issueTypeIds: [], setUp: false }, { projectKey: 'SEC', issueTypeId: '10003' })).toBe(false);
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
