import { postmortemReminder } from '../../../src/domain/postmortem/postmortem-reminder-words';

const facts = {
  issueKey: 'SEC-7',
  summary: 'Fake login page',
  resolvedAt: '2026-12-06T22:30:00.000Z',
  dueAt: '2026-12-20T22:30:00.000Z',
  late: false,
  timeZone: 'Europe/Berlin',
};

describe('the postmortem reminder', () => {
  it("says when it is due in words, in the incident's zone, named", () => {
    expect(postmortemReminder(facts)).toEqual({
      subject: '[SEC-7] A postmortem is due by Sun 20 Dec 2026, 23:30 (Europe/Berlin)',
      textBody:
        'SEC-7 (Fake login page) was resolved on Sun 6 Dec 2026 and needs a blameless postmortem by Sun 20 Dec 2026, 23:30 (Europe/Berlin). Open the incident, generate the postmortem in the incident panel, write what only people can (root cause, what went well and poorly) and publish it.',
    });
  });

  it('says when it was due once late, and names UTC when no zone is known', () => {
    const late = postmortemReminder({ ...facts, late: true, timeZone: null });
    expect(late.subject).toBe('[SEC-7] The postmortem is overdue: it was due Sun 20 Dec 2026, 22:30 (UTC)');
    expect(late.textBody).toMatch(/^SEC-7 \(Fake login page\) was resolved on Sun 6 Dec 2026 and needs/);
  });

  it('leaves the resolution day out when it is not known', () => {
    expect(postmortemReminder({ ...facts, resolvedAt: null }).textBody).toMatch(/^SEC-7 \(Fake login page\) needs a blameless postmortem by Sun 20 Dec 2026/);
  });
});
