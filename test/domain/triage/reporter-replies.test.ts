import { reporterReply, replySituation } from '../../../src/domain/triage/reporter-replies';
import { replyParagraphs } from '../../../src/shared/portal-report';
import { en } from '../../i18n/backend-words';

describe('where the report stands, as the reply speaks of it', () => {
  it.each([
    ['not-incident', 'indeterminate', 'not-an-incident'],
    ['not-incident', 'done', 'not-an-incident'],
    ['incident', 'done', 'resolved'],
    ['event', 'done', 'resolved'],
    ['incident', 'indeterminate', 'in-progress'],
    ['event', 'new', 'in-progress'],
  ] as const)('triage %s with a %s status: %s', (triage, status, expected) => {
    expect(replySituation(triage, status)).toBe(expected);
  });
});

describe('the prefilled reply to the reporter', () => {
  it('thanks them for what they picked and says a dismissed event needs nothing more, blame-free', () => {
    expect(reporterReply(en, 'not-an-incident', 'phishing')).toBe(
      'Thank you for telling us about the suspicious message you received.\n\n' +
        'We looked into it carefully and it turned out not to be a security incident, so there is nothing more you need to do and this request is now closed.\n\n' +
        'Reporting something that turns out to be harmless is never a mistake: please keep telling us whenever something seems off.',
    );
  });

  it('says a resolved incident is resolved and that the report helped', () => {
    expect(reporterReply(en, 'resolved', 'lost-device')).toBe(
      'Thank you for telling us about the lost or stolen device.\n\n' +
        'The team has dealt with it and this request is now resolved. Your report helped us act quickly.\n\n' +
        'If it happens again, or anything else seems off, report it the same way.',
    );
  });

  it('says the team is on it while it is in progress', () => {
    expect(reporterReply(en, 'in-progress', null)).toBe(
      'Thank you for telling us about what you noticed.\n\n' +
        'The team is working on it. We will tell you here when it is resolved. If you notice anything new, add it to this request.\n\n' +
        'You did the right thing by speaking up.',
    );
  });

  it('never names a category code, even one the admin made up', () => {
    expect(reporterReply(en, 'resolved', 'payroll-fraud-x7')).not.toContain('payroll-fraud-x7');
    expect(reporterReply(en, 'resolved', 'payroll-fraud-x7').split('\n\n')[0]).toBe('Thank you for telling us about what you noticed.');
  });
});

describe('how a reply is laid out for the portal', () => {
  it('splits paragraphs on blank lines and keeps single line breaks', () => {
    expect(replyParagraphs('Thanks.\r\n\r\n  It is fixed.\nNothing to do.  \n\n\n\n')).toEqual([['Thanks.'], ['It is fixed.', 'Nothing to do.']]);
  });

  it('has nothing to show for blank text', () => {
    expect(replyParagraphs(' \n \n')).toEqual([]);
  });
});
