/**
 * Dates in the statistics gadget are read by people (issue 32, item 4): given a period, a chart
 * bucket or a report time, when the gadget writes it, then it is a date in words in the viewer's
 * locale (and, for a report time, in their zone), never an ISO date.
 */
import { bucketInWords, dayInWords, issueSearchPath, rangeInWords, reportedInWords } from '../../static/gadget/src/stats-format';

describe("the gadget's dates in words", () => {
  it('writes a period with its year once when both ends share it', () => {
    expect(rangeInWords({ from: '2026-06-10', to: '2026-09-07' }, 'en-GB')).toBe('10 Jun to 7 Sept 2026'); // ICU's British English writes September "Sept"
    expect(rangeInWords({ from: '2025-12-08', to: '2026-01-07' }, 'en-GB')).toBe('8 Dec 2025 to 7 Jan 2026');
    expect(rangeInWords({ from: '2026-06-10', to: '2026-09-07' }, 'en-US')).toBe('Jun 10 to Sep 7, 2026');
  });

  it('reads statistics days as UTC days whatever the zone of the machine', () => expect(dayInWords('2026-09-07', 'en-GB')).toBe('7 Sept 2026'));

  it('names chart buckets by day or month', () => {
    expect(bucketInWords('2026-11-02', 'en-GB')).toBe('2 Nov');
    expect(bucketInWords('2026-11', 'en-GB')).toBe('Nov 2026');
  });

  it("writes a report time as the date in the viewer's zone", () => {
    expect(reportedInWords('2026-11-24T23:30:00.000Z', 'Europe/Berlin', 'en-GB')).toBe('25 Nov 2026');
    expect(reportedInWords('2026-11-24T23:30:00.000Z', 'America/New_York', 'en-GB')).toBe('24 Nov 2026');
  });

  it("opens Jira's issue search with the JQL", () =>
    expect(issueSearchPath('project in ("SEC") AND incidentTriage = "incident"')).toBe(
      '/issues/?jql=project%20in%20(%22SEC%22)%20AND%20incidentTriage%20%3D%20%22incident%22',
    ));
});
