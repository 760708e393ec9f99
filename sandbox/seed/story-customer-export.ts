/** The demo's second worked incident (worked-incidents.ts): customer data exposed, restricted, GDPR notices sent. */
import { findProject } from '../state/directory';
import type { StoredIssue } from '../state/site-state';
import { CAST, incidentDescription, type StoryPlayer } from './story-player';

export const EXPOSURE_SUMMARY = 'Customer export shared through a public storage link';

/** A customer export shared by a public link is found by Sam; GDPR Art. 33 and 34 notices go out in time. */
export async function customerExport(p: StoryPlayer): Promise<StoredIssue> {
  const issue = await p.create({
    projectId: findProject('SEC')!.id,
    issuetype: 'Incident',
    summary: EXPOSURE_SUMMARY,
    description: incidentDescription('While cleaning up the shared drive, found customers-2026-q3.csv shared with "anyone with the link" since 2 October.'),
    reporter: CAST.sam,
  });
  p.wait(3);
  await p.update(issue, CAST.sam, {
    category: 'data-exposure',
    impact: 'high',
    urgency: 'high',
    reason: 'Names, addresses and IBANs of customers, public',
  });
  await p.triage(issue, CAST.sam, { action: 'confirm', reason: 'The link was public and the file holds customer data' });
  await p.role(issue, CAST.sam, 'commander', CAST.riley);
  await p.role(issue, CAST.riley, 'techLead', CAST.sam);
  await p.role(issue, CAST.riley, 'legalLead', CAST.alex);
  await p.role(issue, CAST.riley, 'comms', CAST.morgan);
  await p.assign(issue, CAST.riley, CAST.sam);
  await p.status(issue, CAST.riley, 'In Progress');
  p.wait(7);
  await p.note(issue, CAST.sam, 'action', 'Revoked the public link; the file is now shared with the finance team only');
  await p.tick(issue, CAST.sam, 'data-exposure', 'dx-3');
  await p.respond(issue, CAST.sam, {
    action: 'evidence',
    item: 'Access log of the shared link, 2 October to today (link-access.csv)',
    sha256: '9f2c4a71e0b35d8c6a4f1e2b7d90c3a58e6f4b2d1c0a9e8f7d6c5b4a3f2e1d0c',
    source: 'Storage admin console, audit export',
    collectedBy: 'Sam Second-Responder',
    collectedAt: p.iso(-2 * 60_000),
  });
  await p.tick(issue, CAST.sam, 'data-exposure', 'dx-4');
  await p.respond(issue, CAST.riley, { action: 'phase', phase: 'containment', at: p.iso(), reason: 'Link revoked' });
  await p.status(issue, CAST.riley, 'Contained');
  p.wait(80);
  await p.note(
    issue,
    CAST.sam,
    'note',
    'The access log shows 3 downloads from outside: 2 from a search engine crawler, 1 from an unknown address in another country',
  );
  await p.note(issue, CAST.riley, 'decision', 'We treat the data as obtained by an unknown party: the legal clocks start now');
  await p.tick(issue, CAST.riley, 'data-exposure', 'dx-1');
  await p.legal(issue, CAST.riley, {
    action: 'answer',
    answers: {
      personalData: 'yes',
      risk: 'high',
      residences: ['EU'],
      residencesComplete: true,
      dataTypes: { financial: 'yes' },
      affected: { EU: 1840, total: 1840 },
    },
  });
  await p.legal(issue, CAST.riley, {
    action: 'start',
    trigger: 'aware_at',
    at: p.iso(),
    timeZone: 'Europe/Berlin',
    reason: 'Download by an unknown address confirmed',
  });
  await p.legal(issue, CAST.alex, {
    action: 'start',
    trigger: 'high_risk_determined_at',
    at: p.iso(),
    timeZone: 'Europe/Berlin',
    reason: 'IBANs with names and addresses: fraud and phishing risk for the customers',
  });
  await p.tick(issue, CAST.riley, 'data-exposure', 'dx-2');
  await p.respond(issue, CAST.sam, {
    action: 'custody',
    evidenceId: 'ev-1',
    from: 'Sam Second-Responder',
    to: 'Alex Admin (legal lead)',
    at: p.iso(),
    why: 'Kept for the supervisory authority and counsel',
  });
  p.wait(22 * 60);
  await p.note(issue, CAST.alex, 'decision', 'Counsel agrees: notify the supervisory authority and the affected customers');
  await p.legal(issue, CAST.alex, {
    action: 'decide',
    ruleId: 'eu.gdpr.33.sa',
    decision: 'notify',
    rationale: 'Financial data of 1,840 customers obtained by an unknown party',
  });
  await p.notSignificantUnderNis2(
    issue,
    CAST.alex,
    'No service was disrupted and no operational loss: not a significant incident under NIS2 Art. 23(3); GDPR covers the customers',
  );
  p.wait(4 * 60);
  await p.legal(issue, CAST.alex, {
    action: 'sent',
    ruleId: 'eu.gdpr.33.sa',
    sentAt: p.iso(),
    recipient: 'Berlin Commissioner for Data Protection and Freedom of Information',
    reference: 'BlnBDI 521.4471',
  });
  await p.tick(issue, CAST.riley, 'data-exposure', 'dx-6');
  p.wait(5 * 60);
  await p.legal(issue, CAST.alex, {
    action: 'sent',
    ruleId: 'eu.gdpr.34.subjects',
    sentAt: p.iso(),
    recipient: 'The 1,840 affected customers, by e-mail and letter',
    reference: 'Customer notice 2026-11',
  });
  await p.note(issue, CAST.riley, 'communication', 'Morgan briefed customer service with a script for calls about the notice');
  p.wait(20 * 60);
  await p.note(issue, CAST.sam, 'action', 'Changed the drive default: new links are "people in the company" only; public links need an admin');
  await p.tick(issue, CAST.sam, 'data-exposure', 'dx-5');
  await p.respond(issue, CAST.riley, { action: 'phase', phase: 'eradication-recovery', at: p.iso() });
  p.wait(3 * 60);
  await p.respond(issue, CAST.riley, { action: 'phase', phase: 'post-incident', at: p.iso() });
  await p.status(issue, CAST.riley, 'Resolved');
  // Restricted: the reply goes only with Riley's tick that it says nothing internal (the prefilled reply, unchanged).
  await p.replyToReporter(issue, CAST.riley);
  await p.worklog(issue, CAST.riley, 6);
  await p.worklog(issue, CAST.sam, 4.5);
  await p.worklog(issue, CAST.alex, 3);
  p.wait(30 * 60);
  await p.postmortem(issue, CAST.riley, {
    summary: "A customer export was shared by a public link for 7 weeks; one unknown address downloaded it. Both notices went out within GDPR's deadlines.",
    impact: '1,840 customers: names, postal addresses and IBANs. Notified within 28 hours of becoming aware.',
    detection: 'Found by chance during a clean-up. Nothing alerted on a file with customer data shared publicly.',
    'root-cause': 'Why public? The drive offered "anyone with the link" as the default. Why customer data in a drive? The quarterly export has no other home.',
    'contributing-factors': 'No data classification on exports; no alert on public sharing.',
    'went-well': 'The link was revoked within 10 minutes of discovery; counsel was reached the same day.',
    'went-poorly': 'The access log export took an hour: only one person knew where it is.',
    lucky: 'The file did not hold card numbers or passwords.',
  });
  await p.followUp(issue, CAST.riley, 'Alert on public links to files in the finance folders');
  await p.followUp(issue, CAST.riley, 'Give the quarterly customer export a restricted home and delete old copies');
  return issue;
}
