/**
 * A node test environment that pins the worker's time zone (process.env.TZ of the real process,
 * which the test sandbox's copy of process.env cannot reach) from `testEnvironmentOptions.timeZone`.
 * The SLA rules take every zone from their calendars, so they must give the same answers whatever
 * zone the machine runs in; jest.config.js runs them under several.
 */
const { TestEnvironment } = require('jest-environment-node');

module.exports = class PinnedTimeZoneEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    const zone = config.projectConfig.testEnvironmentOptions.timeZone;
    if (zone) process.env.TZ = zone;
  }
};
