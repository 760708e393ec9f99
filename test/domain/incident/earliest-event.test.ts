import { EARLIEST_EVENT_DAYS, tooEarlyForIssue } from '../../../src/domain/incident/earliest-event';

const CREATED = '2026-11-03T10:00:00.000Z';
const REFUSED = 'This is more than 30 days before the issue was created (3 November 2026). Give a time on or after 4 October 2026.';

describe('tooEarlyForIssue: an event may come up to 30 days (from the start of that day, UTC) before its issue', () => {
  it.each([
    ['the moment the issue was created', CREATED, null],
    ['after it', '2026-11-05T08:00:00.000Z', null],
    ['20 days before (reported late)', '2026-10-14T10:00:00.000Z', null],
    ['the first moment of the earliest day', '2026-10-04T00:00:00.000Z', null],
    ['the last moment before it', '2026-10-03T23:59:59.999Z', REFUSED],
    ['year 0', '0000-01-01T00:00:00.000Z', REFUSED],
    ['1970', '1970-01-01T00:00:00.000Z', REFUSED],
    ['a year before', '2025-11-03T10:00:00.000Z', REFUSED],
  ])('%s', (_, at, expected) => {
    expect(tooEarlyForIssue(at, CREATED)).toBe(expected);
  });

  it('names the days in words, never as timestamps', () => {
    expect(tooEarlyForIssue('1970-01-01T00:00:00.000Z', '2026-03-01T00:30:00.000Z')).toBe(
      'This is more than 30 days before the issue was created (1 March 2026). Give a time on or after 30 January 2026.',
    );
    expect(EARLIEST_EVENT_DAYS).toBe(30);
  });

  it('an issue without a readable creation time bounds nothing (Jira always sends one)', () => {
    expect(tooEarlyForIssue('1970-01-01T00:00:00.000Z', '')).toBeNull();
  });
});
