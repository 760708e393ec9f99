/**
 * The timeline's Markdown export is for people: times in words in one zone named at the top, kinds
 * in words. The JSON export stays machine-readable (ISO instants) and says so in its own words.
 */
import { JSON_EXPORT_DESCRIPTION, timelineJson, timelineMarkdown, type TimelineExport } from '../../../src/domain/timeline/timeline-export';
import type { TimelineEntry } from '../../../src/domain/timeline/timeline-entry';

const entry = (seq: number, kind: TimelineEntry['kind'], by: string | null, text: string, happenedAt: string, recordedAt = happenedAt): TimelineEntry => ({
  v: 1,
  issueId: '10001',
  seq,
  kind,
  text,
  happenedAt,
  recordedAt,
  by,
  corrects: null,
  data: null,
  prevHash: '0'.repeat(64),
  hash: String(seq).repeat(64),
});

const doc: TimelineExport = {
  format: 'incident-timeline',
  version: 1,
  description: JSON_EXPORT_DESCRIPTION,
  issueKey: 'SEC-7',
  issueId: '10001',
  exportedAt: '2026-12-07T08:55:12.345Z',
  verification: {
    checked: 2,
    firstBreak: null,
    head: { seq: 2, hash: '2'.repeat(64) },
    summary: 'Intact: all 2 entries match their hashes and each links to the one before.',
    verifiedAt: '2026-12-07T08:55:12.345Z',
  },
  entries: [
    entry(1, 'action', 'acc-riley', 'Reset the password', '2026-12-06T22:10:00.000Z', '2026-12-07T08:40:30.123Z'),
    entry(2, 'sla-escalation', null, 'Contain is due in 30 min', '2026-12-07T08:50:00.000Z'),
  ],
};
const NAMES = { 'acc-riley': 'Riley Responder' };

describe('the timeline as Markdown', () => {
  it('writes every time in words in the working-hours zone, named at the top', () => {
    const md = timelineMarkdown(doc, NAMES, 'Europe/Berlin');
    expect(md.split('\n').slice(0, 9)).toEqual([
      '# Timeline of SEC\\-7',
      '',
      'Exported Mon 7 Dec 2026, 09:55. All times are in Europe/Berlin, the working-hours time zone.',
      '',
      'Integrity: Intact: all 2 entries match their hashes and each links to the one before. (verified Mon 7 Dec 2026, 09:55)',
      '',
      '| # | Happened | Recorded | Kind | By | What | Corrects |',
      '|---|---|---|---|---|---|---|',
      '| 1 | Sun 6 Dec 2026, 23:10 | Mon 7 Dec 2026, 09:40 | Action | Riley Responder | Reset the password |  |',
    ]);
    expect(md).toContain('| 2 | Mon 7 Dec 2026, 09:50 | Mon 7 Dec 2026, 09:50 | Service level | the app | Contain is due in 30 min |  |');
  });

  it('says it uses UTC when no zone is known', () => {
    const md = timelineMarkdown(doc, NAMES);
    expect(md).toContain('Exported Mon 7 Dec 2026, 08:55. All times are in UTC: no working-hours time zone is set.');
    expect(md).toContain('| 1 | Sun 6 Dec 2026, 22:10 | Mon 7 Dec 2026, 08:40 | Action |');
  });

  it('has no ISO date, timestamp or entry-kind code anywhere', () => {
    const md = timelineMarkdown(doc, NAMES, 'America/Los_Angeles');
    expect(md).toContain('All times are in America/Los Angeles');
    expect(md).not.toMatch(/\d{4}-\d{2}-\d{2}|\d{2}:\d{2}:\d{2}|sla-escalation|\| action \|/);
  });
});

describe('the timeline as JSON', () => {
  it('keeps ISO instants for machines and says so in its own description', () => {
    const json = JSON.parse(timelineJson(doc)) as TimelineExport;
    expect(json.description).toBe(
      'Machine-readable timeline: every time is an ISO 8601 instant in UTC, exactly as stored and hashed. For people, export the timeline as Markdown: it gives times in words with the zone named.',
    );
    expect(json.entries[0]!.happenedAt).toBe('2026-12-06T22:10:00.000Z');
  });
});
