/**
 * A report states at its top the one zone its times are in, and writes every time and every
 * timeline kind in words: no ISO date or timestamp, no "sla-escalation", in Markdown or in ADF.
 */
import { buildReport } from '../../../src/domain/postmortem/build-report';
import { DEFAULT_TEMPLATES } from '../../../src/domain/postmortem/default-templates';
import { reportToAdf } from '../../../src/domain/postmortem/report-adf';
import { reportToMarkdown } from '../../../src/domain/postmortem/report-markdown';
import { timeOf, zoneStatement } from '../../../src/domain/postmortem/report-text';
import { emptyFacts, fullFacts } from './report-fixtures';

const ISO = /\d{4}\\?-\d{2}\\?-\d{2}/;

describe("a report's times", () => {
  it('are written in the named zone', () => {
    expect(timeOf({ timeZone: 'Europe/Paris' }, '2026-03-02T09:00:00.000Z')).toBe('Mon 2 Mar 2026, 10:00');
    expect(timeOf({ timeZone: null }, '2026-03-02T09:00:00.000Z')).toBe('Mon 2 Mar 2026, 09:00');
    expect(timeOf({ timeZone: 'Asia/Kolkata' }, null)).toBe('-');
  });

  it('name their zone at the top, or say they are UTC', () => {
    const template = DEFAULT_TEMPLATES[0]!;
    expect(reportToMarkdown(buildReport(template, fullFacts(), {})).split('\n')[2]).toBe(
      '**Incident** [SEC\\-42](<https://example.atlassian.net/browse/SEC-42>) · priority Critical · Done · generated Fri 20 Mar 2026, 13:00 · timeline verified · all times in Europe/Paris \\(the working\\-hours time zone\\)',
    );
    expect(zoneStatement({ timeZone: null })).toBe('all times in UTC (no working-hours time zone is set)');
    expect(zoneStatement({ timeZone: 'America/Los_Angeles' })).toBe('all times in America/Los Angeles (the working-hours time zone)');
    expect(reportToMarkdown(buildReport(template, emptyFacts(), {}))).toContain('all times in UTC \\(no working\\-hours time zone is set\\)');
  });

  it.each(DEFAULT_TEMPLATES.map((t) => [t.kind, t] as const))('%s: no ISO date or timestamp, no entry-kind code, in Markdown or ADF', (_kind, template) => {
    const facts = fullFacts();
    facts.timeline = [...facts.timeline, { ...facts.timeline[0]!, seq: 4, kind: 'sla-escalation', by: null, text: 'Contain is due in 30 min' }];
    const report = buildReport(template, facts, { summary: { text: 'Written.', by: 'u-riley', at: '2026-03-10T10:00:00.000Z' } });
    const markdown = reportToMarkdown(report);
    const adfText = JSON.stringify(reportToAdf(report))
      .match(/"text":"[^"]*"/g)!
      .join('\n');
    for (const text of [markdown, adfText]) {
      expect(text).not.toMatch(ISO);
      expect(text).not.toContain('sla-escalation');
      expect(text).not.toMatch(/\| (priority|action|legal) \|/);
    }
  });
});
