import { readAppConfig } from '../../../src/domain/config/app-config-schema';
import { defaultAppConfig } from '../../../src/domain/config/default-config';
import { ITIL_3X3_MATRIX } from '../../../src/domain/priority/matrix-presets';
import { validateMatrix } from '../../../src/domain/priority/validate-matrix';

describe('readAppConfig', () => {
  it('no stored settings read as the defaults (the app works the minute it is installed)', () => {
    expect(readAppConfig(undefined)).toEqual({ config: defaultAppConfig(), problems: [] });
  });

  it('the defaults are valid: matrix complete, every level mapped to a Jira priority and given a response target', () => {
    const config = defaultAppConfig();
    expect(readAppConfig(config).problems).toEqual([]);
    expect(validateMatrix(config.priority.matrix)).toEqual([]);
    for (const level of config.priority.matrix.levels) {
      expect(config.priority.jiraPriorityByLevel[level.id]).toBeDefined();
      expect(config.responseTargets[level.id]).toBeDefined();
    }
  });

  it('valid stored settings are used as they are', () => {
    const stored = { ...defaultAppConfig(), priority: { matrix: ITIL_3X3_MATRIX, jiraPriorityByLevel: { P1: 'Highest' } } };
    expect(readAppConfig(stored)).toEqual({ config: stored, problems: [] });
  });

  it('settings of the wrong shape fall back to the defaults and say why', () => {
    const reading = readAppConfig({ ...defaultAppConfig(), responseTargets: { Critical: { acknowledgeMinutes: -5, hours: 'business' } } });
    expect(reading.config).toEqual(defaultAppConfig());
    expect(reading.problems).toEqual(['responseTargets.Critical.acknowledgeMinutes: Too small: expected number to be >0']);
  });

  it('a matrix with a hole falls back to the defaults and names the hole', () => {
    const config = defaultAppConfig();
    const holed = { ...config, priority: { ...config.priority, matrix: { ...config.priority.matrix, cells: config.priority.matrix.cells.filter((c) => c.score !== 6) } } };
    expect(readAppConfig(holed).problems).toEqual(['cells.high.high: Impact "High" with urgency "High" has no priority level; every combination needs exactly one.']);
  });
});
