/** @type {import('jest').Config['projects'][number]} */
const project = {
  testEnvironment: '<rootDir>/test/support/pinned-tz-environment.js',
  transform: {
    // isolatedModules (tsconfig) makes ts-jest transpile only; `npm run typecheck` is the type gate.
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json', diagnostics: false }],
    // intl-messageformat (v12) and its @formatjs parts ship as ES modules only, which jest's CommonJS VM
    // cannot load: the same transpiler turns them into CommonJS (webpack bundles them as they are).
    '^.+/node_modules/(intl-messageformat|@formatjs/[^/]+)/.+\\.js$': [
      'ts-jest',
      { tsconfig: { allowJs: true, module: 'commonjs', target: 'ES2022', esModuleInterop: true, sourceMap: false }, diagnostics: false },
    ],
  },
  // Everything else under node_modules is loaded as published.
  transformIgnorePatterns: ['/node_modules/(?!(intl-messageformat|@formatjs)/)'],
  testMatch: ['**/*.test.ts'],
};

/**
 * The machine zones the SLA, legal and on-call clock rules are also run under (beside UTC for the whole suite): one behind
 * UTC with DST, one ahead of it with a half-hour offset and no DST.
 */
const EXTRA_MACHINE_ZONES = ['America/Los_Angeles', 'Asia/Kolkata'];

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    { ...project, displayName: 'app', roots: ['<rootDir>/test'], testEnvironmentOptions: { timeZone: 'UTC' } },
    ...EXTRA_MACHINE_ZONES.map((timeZone) => ({
      ...project,
      displayName: `clocks TZ=${timeZone}`,
      roots: ['<rootDir>/test/domain/sla', '<rootDir>/test/domain/legal', '<rootDir>/test/domain/oncall'],
      testEnvironmentOptions: { timeZone },
    })),
  ],
  // Builds stale Custom UIs and finds a Chromium once, before any worker starts.
  globalSetup: '<rootDir>/test/support/global-setup.mjs',
  testTimeout: 30_000,
  // The app's structured logs are for Forge's log viewer; run with --silent=false to see them.
  silent: true,
  maxWorkers: 2,
  // jest's default progress reporter, then its summary followed by our closing line (on stderr, like jest).
  reporters: ['<rootDir>/node_modules/@jest/reporters/build/DefaultReporter.js', '<rootDir>/test/support/closing-summary-reporter.js'],
};
