/**
 * Atlaskit's feature-gate client as it behaves in a Forge Custom UI: never initialised. Atlaskit
 * components ask `@atlaskit/platform-feature-flags`' fg(), which asks this client; no Forge app can
 * initialise it (Statsig's endpoints are outside Forge's Content-Security-Policy, and there is no
 * key), and uninitialised, the real client answers every gate `false` and every experiment with
 * its default. This module gives those same answers without the Statsig SDK it would bundle
 * (about 28 kB gzipped of each module's initial JS). Vite aliases the client's `feature-gates`
 * entry here (static/vite.shared.mjs); test/ui/feature-gates-off.test.ts checks the answers
 * against the real, uninitialised client.
 */
const FeatureGatesOff = {
  checkGate: (_gateName: string, _options?: unknown): boolean => false,
  getExperimentValue: <T>(_experiment: string, _parameter: string, defaultValue: T, _options?: unknown): T => defaultValue,
  /** An experiment with no parameters, as the uninitialised client's error fallback gives (a DynamicConfig of {}). */
  getExperiment: (experimentName: string, _options?: unknown) => ({
    name: experimentName,
    value: {} as Record<string, unknown>,
    get: <T>(_key: string, defaultValue: T): T => defaultValue,
  }),
  getLayerValue: <T>(_layer: string, _parameter: string, defaultValue: T): T => defaultValue,
  isGateExists: (_gateName: string): boolean => false,
  isExperimentExists: (_experiment: string): boolean => false,
  initializeCalled: (): boolean => false,
  initializeCompleted: (): boolean => false,
  getPackageVersion: (): string => 'off',
};

export default FeatureGatesOff;
