import { defaultSlaSettings } from '../../../src/domain/sla/default-sla';
import { reportTimeZone } from '../../../src/domain/postmortem/report-time-zone';
import type { SlaSettings } from '../../../src/domain/sla/sla-settings';

const base = defaultSlaSettings();
const calendar = (id: string, timeZone: string) => ({ ...base.calendars[0]!, id, name: id, timeZone });
const settings: SlaSettings = {
  ...base,
  calendars: [calendar('office', 'Europe/Berlin'), calendar('follow-the-sun', 'Asia/Kolkata')],
  policies: {
    critical: { ...Object.values(base.policies)[0]!, calendarId: 'follow-the-sun' },
    low: { ...Object.values(base.policies)[0]!, calendarId: 'office' },
  },
};

describe('the zone a document about an incident is written in', () => {
  it("is the zone of the calendar the incident's priority runs on", () => {
    expect(reportTimeZone('critical', settings)).toBe('Asia/Kolkata');
    expect(reportTimeZone('low', settings)).toBe('Europe/Berlin');
  });

  it("is the site's first calendar's without a priority or a policy for it", () => {
    expect(reportTimeZone(null, settings)).toBe('Europe/Berlin');
    expect(reportTimeZone('mild', settings)).toBe('Europe/Berlin');
  });

  it('is none (the document says UTC) when no calendar is set', () => {
    expect(reportTimeZone('critical', { ...settings, calendars: [] })).toBeNull();
  });
});
