/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    // isolatedModules (tsconfig) makes ts-jest transpile only; `npm run typecheck` is the type gate.
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json', diagnostics: false }],
  },
  testTimeout: 30_000,
  // The app's structured logs are for Forge's log viewer; run with --silent=false to see them.
  silent: true,
  maxWorkers: 2,
  // jest's default progress reporter, then its summary followed by our closing line (on stderr, like jest).
  reporters: ['<rootDir>/node_modules/@jest/reporters/build/DefaultReporter.js', '<rootDir>/test/support/closing-summary-reporter.js'],
};
