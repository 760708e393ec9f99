/** The demo's first worked incident (worked-incidents.ts): a phishing report from the portal. */
import { PORTAL_REPORT_PROPERTY_KEY } from '../../src/shared/vocabulary';
import { REQUEST_TYPES } from '../state/service-desks';
import { findProject } from '../state/directory';
import type { StoredIssue } from '../state/site-state';
import { CAST, incidentDescription, type StoryPlayer } from './story-player';

export const PHISHING_SUMMARY = 'I typed my password into a Microsoft login page from a mail, then it looked wrong';

/** Casey types a password into a fake login page and reports it on the portal; it is contained in 11 minutes. */
export async function phishingReport(p: StoryPlayer): Promise<StoredIssue> {
  const issue = await p.create({
    projectId: findProject('SEC')!.id,
    issuetype: 'Incident',
    requestTypeId: REQUEST_TYPES[0]!.id,
    summary: PHISHING_SUMMARY,
    description: incidentDescription(
      'A mail about a shared invoice asked me to sign in. I did, and the page went blank. The address was micros0ft-secure.com.',
    ),
    reporter: CAST.casey,
    properties: { [PORTAL_REPORT_PROPERTY_KEY]: { category: 'phishing', personalData: 'unsure', howBad: 'me', howUrgent: 'now' } },
  });
  p.wait(4);
  await p.triage(issue, CAST.riley, { action: 'confirm', reason: 'The login page is a fake on a look-alike domain, and the password is real' });
  await p.role(issue, CAST.riley, 'commander', CAST.riley);
  await p.role(issue, CAST.riley, 'techLead', CAST.sam);
  await p.assign(issue, CAST.riley, CAST.riley);
  await p.status(issue, CAST.riley, 'In Progress');
  p.wait(2);
  await p.note(issue, CAST.riley, 'communication', 'Called Casey: password changed from a clean device; Casey forwarded the mail as an attachment');
  await p.tick(issue, CAST.riley, 'phishing', 'ph-1');
  await p.respond(issue, CAST.riley, {
    action: 'evidence',
    item: 'The phishing mail with full headers (invoice-shared.eml)',
    content:
      'From: "Microsoft 365" <no-reply@micros0ft-secure.com>\nSubject: Invoice INV-4471 shared with you\nReceived: from mail.micros0ft-secure.com (185.220.101.4)',
    source: "Casey's mailbox",
    collectedBy: 'Riley Responder',
    collectedAt: p.iso(-60_000),
  });
  p.wait(5);
  await p.tick(issue, CAST.sam, 'phishing', 'ph-5');
  await p.note(issue, CAST.sam, 'action', "Revoked Casey's sessions and refresh tokens; sign-in log shows no sign-in from outside since the mail arrived");
  await p.respond(issue, CAST.riley, { action: 'phase', phase: 'containment', at: p.iso(), reason: 'Password reset and sessions revoked' });
  await p.status(issue, CAST.riley, 'Contained');
  p.wait(6);
  await p.note(issue, CAST.sam, 'action', 'Blocked micros0ft-secure.com and 185.220.101.4 at the mail gateway and the web proxy');
  await p.tick(issue, CAST.sam, 'phishing', 'ph-3');
  await p.tick(issue, CAST.sam, 'phishing', 'ph-2');
  await p.note(issue, CAST.sam, 'note', 'The same mail reached 14 people in finance; 2 clicked, nobody else entered a password (proxy log)');
  p.wait(9);
  await p.tick(issue, CAST.sam, 'phishing', 'ph-4');
  await p.respond(issue, CAST.sam, {
    action: 'custody',
    evidenceId: 'ev-1',
    from: 'Riley Responder',
    to: 'Sam Second-Responder',
    at: p.iso(),
    why: 'Link and attachment analysis in the sandbox',
  });
  await p.legal(issue, CAST.riley, {
    action: 'answer',
    answers: {
      personalData: 'yes',
      risk: 'none',
      residences: ['EU'],
      residencesComplete: true,
      dataTypes: { credentials: 'yes' },
      affected: { EU: 1, total: 1 },
    },
  });
  await p.legal(issue, CAST.riley, {
    action: 'start',
    trigger: 'aware_at',
    at: p.iso(-10 * 60_000),
    timeZone: 'Europe/Berlin',
    reason: 'A real password reached the attacker',
  });
  // Risk "none" meets GDPR Art 33(1)'s own exception, so the notice is not owed and needs no decision (issue 30, class 1);
  // the reasoning Art 33(5) asks to document goes in the note.
  await p.note(
    issue,
    CAST.riley,
    'decision',
    'No notification to the supervisory authority: password reset and sessions revoked within 20 minutes, the sign-in log shows no access by anyone else, so unlikely to result in a risk (GDPR Art. 33(1))',
  );
  await p.notSignificantUnderNis2(issue, CAST.riley, 'One mailbox, no service disrupted, no loss: not a significant incident (NIS2 Art. 23(3))');
  p.wait(50);
  await p.tick(issue, CAST.sam, 'phishing', 'ph-6');
  await p.note(issue, CAST.sam, 'note', "Checked Casey's mailbox: no forwarding rules, no new MFA devices, no app consents");
  await p.respond(issue, CAST.riley, { action: 'phase', phase: 'eradication-recovery', at: p.iso() });
  p.wait(95);
  await p.note(issue, CAST.riley, 'communication', 'Sent the staff notice: what the mail looked like, and thanks to Casey for reporting it within minutes');
  await p.tick(issue, CAST.riley, 'phishing', 'ph-7');
  await p.respond(issue, CAST.riley, { action: 'phase', phase: 'post-incident', at: p.iso() });
  await p.status(issue, CAST.riley, 'Resolved');
  // The outcome reply Casey reads on the request page: the prefilled "resolved" reply and one line of Riley's own.
  await p.replyToReporter(issue, CAST.riley, ['Because you told us within minutes, your password was changed and the fake page blocked the same morning.']);
  await p.worklog(issue, CAST.riley, 2.5);
  await p.worklog(issue, CAST.sam, 3);
  p.wait(24 * 60);
  await p.postmortem(issue, CAST.riley, {
    summary:
      'An employee typed a real password into a fake Microsoft 365 login page. It was reset and the sessions revoked within 20 minutes; nobody else got in.',
    impact: 'One account exposed for 20 minutes, no access by the attacker. 14 people received the mail, 2 clicked.',
    detection: 'The employee reported it on the portal 3 minutes after typing the password. The mail gateway did not flag the look-alike domain.',
    'root-cause': 'Why did the mail arrive? The domain was 2 days old and not on any block list. Why did the page convince? It copied the real sign-in page.',
    'went-well': 'The report came within minutes, without fear of blame. The reset and revocation took 11 minutes.',
    'went-poorly': 'Finding who else received the mail took 25 minutes: the mail search needs an admin we had to call.',
    lucky: 'The account had no access to payroll; the attacker did not try the password at once.',
  });
  await p.followUp(issue, CAST.riley, 'Turn on phishing-resistant MFA for the finance team');
  await p.followUp(issue, CAST.riley, 'Block newly registered look-alike domains at the mail gateway');
  await p.status(issue, CAST.riley, 'Closed');
  return issue;
}
