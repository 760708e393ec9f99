import { readAppConfig } from '../../../src/domain/config/app-config-schema';
import { defaultAppConfig } from '../../../src/domain/config/default-config';
import { ITIL_3X3_MATRIX } from '../../../src/domain/priority/matrix-presets';
import { validateMatrix } from '../../../src/domain/priority/validate-matrix';

describe('readAppConfig', () => {
  it('no stored settings (a fresh install) read as the defaults, not set up: the app does nothing until an admin sets it up', () => {
    const defaults = defaultAppConfig();
    expect(readAppConfig(undefined)).toEqual({
      config: {
        ...defaults,
        // Nothing ticked: turning it on covers only what the admin then ticks.
        scope: { projectKeys: [], issueTypeIds: [], allProjects: false, allIssueTypes: false, setUp: false },
        intake: { ...defaults.intake, allRequestTypes: false },
      },
      problems: [],
    });
  });

  it('settings an admin saved before "set up" existed count as set up', () => {
    const { setUp: _setUp, ...older } = defaultAppConfig().scope;
    expect(readAppConfig({ ...defaultAppConfig(), scope: older }).config.scope.setUp).toBe(true);
  });

  it('the defaults are valid: matrix complete, every level mapped to a Jira priority and given an SLA policy on a known calendar', () => {
    const config = defaultAppConfig();
    expect(readAppConfig(config).problems).toEqual([]);
    expect(validateMatrix(config.priority.matrix)).toEqual([]);
    for (const level of config.priority.matrix.levels) {
      expect(config.priority.jiraPriorityByLevel[level.id]).toBeDefined();
      expect(config.sla.calendars.map((c) => c.id)).toContain(config.sla.policies[level.id]!.calendarId);
    }
  });

  it('valid stored settings are used as they are', () => {
    const stored = { ...defaultAppConfig(), priority: { matrix: ITIL_3X3_MATRIX, jiraPriorityByLevel: { P1: 'Highest' } } };
    expect(readAppConfig(stored)).toEqual({ config: stored, problems: [] });
  });

  it('settings of the wrong shape fall back to the defaults and say why', () => {
    const config = defaultAppConfig();
    config.sla.policies.Critical!.targetMinutes.contain = -5;
    const reading = readAppConfig(config);
    expect(reading.config).toEqual(defaultAppConfig());
    expect(reading.problems).toEqual(['sla.policies.Critical.targetMinutes.contain: A target must be a positive number of minutes.']);
  });

  it('a broken setting keeps the stored scope (a typo never makes every project of a busy site an incident project); a broken scope means not set up', () => {
    const config = defaultAppConfig();
    config.scope = { projectKeys: ['SEC'], issueTypeIds: ['10003'], allProjects: false, allIssueTypes: false, setUp: true };
    config.sla.warnAtPercent = 150;
    expect(readAppConfig(config).config.scope).toEqual({
      projectKeys: ['SEC'],
      issueTypeIds: ['10003'],
      allProjects: false,
      allIssueTypes: false,
      setUp: true,
    });
    const scopeBroken = { ...config, scope: { projectKeys: 'SEC' } };
    expect(readAppConfig(scopeBroken).config.scope.setUp).toBe(false);
  });

  it.each([
    [
      'a calendar without working hours',
      (c: ReturnType<typeof defaultAppConfig>) => {
        c.sla.calendars[1]!.week = { mon: [], tue: [], wed: [], thu: [], fri: [], sat: [], sun: [] };
      },
      'sla.calendars.1.week: Calendar "Office hours (Mon-Fri 09:00-17:00)" has no working hours: give at least one day a working period such as 09:00-17:00.',
    ],
    [
      'a policy naming an unknown calendar',
      (c: ReturnType<typeof defaultAppConfig>) => {
        c.sla.policies.Mild!.calendarId = 'berlin';
      },
      'sla.policies.Mild.calendarId: The policy for "Mild" uses calendar "berlin", which does not exist: use one of "24x7", "office".',
    ],
    [
      'an unknown time zone',
      (c: ReturnType<typeof defaultAppConfig>) => {
        c.sla.calendars[1]!.timeZone = 'Europe/Atlantis';
      },
      'sla.calendars.1.timeZone: Not an IANA time zone (for example Europe/Berlin).',
    ],
    [
      'an unknown holiday region',
      (c: ReturnType<typeof defaultAppConfig>) => {
        c.sla.calendars[1]!.holidays = { country: 'DE', state: 'XX', region: null };
      },
      'sla.calendars.1.holidays: The holiday dataset does not know this country, state or region.',
    ],
    [
      'a working period that ends before it starts',
      (c: ReturnType<typeof defaultAppConfig>) => {
        c.sla.calendars[1]!.week.mon = [{ start: '17:00', end: '09:00' }];
      },
      'sla.calendars.1.week.mon.0: A working period must end after it starts.',
    ],
    [
      'a warning after the breach',
      (c: ReturnType<typeof defaultAppConfig>) => {
        c.sla.warnAtPercent = 120;
      },
      'sla.warnAtPercent: Warn at 1 to 99 % of a target.',
    ],
  ])('SLA settings with %s fall back to the defaults and say what to fix', (_name, breakIt, problem) => {
    const config = defaultAppConfig();
    breakIt(config);
    const reading = readAppConfig(config);
    expect(reading.config).toEqual(defaultAppConfig());
    expect(reading.problems).toEqual([problem]);
  });

  it('version 1 settings keep their first-response targets as acknowledge targets', () => {
    const { sla: _sla, ...rest } = defaultAppConfig();
    const v1 = {
      ...rest,
      schemaVersion: 1,
      responseTargets: { Critical: { acknowledgeMinutes: 30, hours: 'around-the-clock' }, Serious: { acknowledgeMinutes: 120, hours: 'business' } },
    };
    const reading = readAppConfig(v1);
    expect(reading.problems).toEqual([]);
    expect(reading.config.schemaVersion).toBe(2);
    expect(reading.config.sla.policies.Critical).toEqual({ calendarId: '24x7', targetMinutes: { acknowledge: 30, contain: 240, resolve: 1440 } });
    expect(reading.config.sla.policies.Serious).toEqual({ calendarId: 'office', targetMinutes: { acknowledge: 120, contain: 480, resolve: 2400 } });
  });

  it('a matrix with a hole falls back to the defaults and names the hole', () => {
    const config = defaultAppConfig();
    const holed = {
      ...config,
      priority: { ...config.priority, matrix: { ...config.priority.matrix, cells: config.priority.matrix.cells.filter((c) => c.score !== 6) } },
    };
    expect(readAppConfig(holed).problems).toEqual([
      'cells.high.high: Impact "High" with urgency "High" has no priority level; every combination needs exactly one.',
    ]);
  });
});
