/**
 * The Custom UIs replace Atlaskit's feature-gate client with static/common/feature-gates-off.ts
 * (no Statsig SDK in their initial JS). Judged by the real thing: Atlaskit's own client, never
 * initialised as in every Forge app, gives the same answers for the gates and experiments the
 * bundled Atlaskit components ask about.
 */
import FeatureGates from '@atlaskit/feature-gate-js-client/feature-gates';
import FeatureGatesOff from '../../static/common/feature-gates-off';

// Gate names as Atlaskit's components ask them (found in the panel's bundle), and made-up ones.
const GATES = [
  'platform_dst_lozenge_tag_badge_visual_uplifts',
  'platform-component-visual-refresh',
  'platform_design_system_team_safari_input_fix',
  'no-such-gate',
];

describe('the feature gates of a Forge Custom UI', () => {
  beforeAll(() => {
    // The real client warns once that it is not initialised: expected here, as in every Forge app.
    jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterAll(() => jest.restoreAllMocks());

  it.each(GATES)('%s: off, as the real uninitialised client says', (gate) => {
    expect(FeatureGates.initializeCalled()).toBe(false);
    expect(FeatureGatesOff.checkGate(gate)).toBe(FeatureGates.checkGate(gate));
    expect(FeatureGatesOff.checkGate(gate)).toBe(false);
  });

  it('experiments and layers: the default, as the real uninitialised client gives', () => {
    expect(FeatureGatesOff.getExperimentValue('an_experiment', 'cohort', 'control')).toBe(
      FeatureGates.getExperimentValue('an_experiment', 'cohort', 'control'),
    );
    expect(FeatureGatesOff.getLayerValue('a_layer', 'size', 3)).toBe(FeatureGates.getLayerValue('a_layer', 'size', 3));
    expect([FeatureGatesOff.initializeCalled(), FeatureGatesOff.initializeCompleted()]).toEqual([
      FeatureGates.initializeCalled(),
      FeatureGates.initializeCompleted(),
    ]);
  });

  it('every method any installed Atlaskit package calls on the client exists on the replacement', () => {
    const { readdirSync, readFileSync, existsSync } = jest.requireActual<typeof import('node:fs')>('node:fs');
    const atlaskit = `${__dirname}/../../node_modules/@atlaskit`;
    const called = new Set<string>();
    let importers = 0;
    const walk = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
        e.isDirectory() ? walk(`${dir}/${e.name}`) : e.name.endsWith('.js') ? [`${dir}/${e.name}`] : [],
      );
    for (const pkg of readdirSync(atlaskit).filter((p) => p !== 'feature-gate-js-client')) {
      const esm = `${atlaskit}/${pkg}/dist/esm`;
      if (!existsSync(esm)) continue;
      for (const file of walk(esm)) {
        const source = readFileSync(file, 'utf8');
        const name = /import (\w+) from ['"]@atlaskit\/feature-gate-js-client(?:\/feature-gates)?['"]/.exec(source)?.[1];
        if (!name) continue;
        importers += 1;
        for (const [, method] of source.matchAll(new RegExp(`\\b${name}\\.(\\w+)`, 'g'))) called.add(method!);
      }
    }
    // Not blind: platform-feature-flags (every Atlaskit component's fg()) is among the importers.
    expect(importers).toBeGreaterThanOrEqual(1);
    expect(called).toContain('checkGate');
    for (const method of called) expect(typeof (FeatureGatesOff as Record<string, unknown>)[method]).toBe('function');
    expect(FeatureGatesOff.getExperiment('an_experiment').value).toEqual(FeatureGates.getExperiment('an_experiment').value);
  });
});
