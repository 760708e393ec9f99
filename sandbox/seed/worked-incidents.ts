/**
 * The demo's worked incidents: three incidents of the last fortnight worked from report to published
 * postmortem by the people of the local site, through the app (story-player.ts), so a newcomer sees
 * every feature without typing: roles, runbooks, evidence with its chain of custody, a timeline of
 * 20 to 60 entries that verifies, legal clocks with decisions and sent notices (GDPR Art. 33 and 34,
 * NIS2 Art. 23), published postmortems, follow-ups and a tabletop exercise. The site's clock starts
 * STORY_DAYS back and these play forward to the present (the clock never runs backwards).
 */
import { PORTAL_REPORT_PROPERTY_KEY } from '../../src/shared/vocabulary';
import type { Site } from '../site';
import { REQUEST_TYPES } from '../state/service-desks';
import type { StoredIssue } from '../state/site-state';
import { StoryPlayer } from './story-player';

/** How far back the story starts: the seeded year ends there. */
export const STORY_DAYS = 12;

const RILEY = 'acc-riley-responder';
const SAM = 'acc-sam-responder';
const MORGAN = 'acc-morgan-manager';
const ALEX = 'acc-alex-admin';
const CASEY = 'acc-casey-customer';
const SEC = '10000';
const OPS = '10001';
const INCIDENT_TYPE = 'Incident';
const DAY = 86_400_000;
const HOUR = 3_600_000;

const paragraph = (text: string) => ({ type: 'doc' as const, version: 1 as const, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

export interface WorkedIncidents {
  phishing: StoredIssue;
  exposure: StoredIssue;
  ransomware: StoredIssue;
  exercise: string;
}

/** Plays the story from the site's clock (STORY_DAYS back) to the present (the clock's offset back at zero). */
export async function playWorkedIncidents(site: Site): Promise<WorkedIncidents> {
  const p = new StoryPlayer(site);
  const day0 = Math.floor(p.now / DAY) * DAY;
  const at = (day: number, hourUtc: number) => p.waitUntil(day0 + day * DAY + hourUtc * HOUR);

  at(1, 8.6);
  const phishing = await phishingReport(p);
  at(3, 9.5);
  const { key: exercise } = await p.call<{ key: string }>(phishing, RILEY, 'exercise/create', { kind: 'tabletop' });
  at(4, 13.2);
  const exposure = await customerExport(p);
  at(7, 5.8);
  const ransomware = await fileServerRansomware(p);
  if (site.clock.offset < 0) site.clock.advance(-site.clock.offset);
  return { phishing, exposure, ransomware, exercise };
}

/** Casey types a password into a fake login page and reports it on the portal; it is contained in 20 minutes. */
async function phishingReport(p: StoryPlayer): Promise<StoredIssue> {
  const issue = await p.create({
    projectId: SEC,
    issuetype: INCIDENT_TYPE,
    requestTypeId: REQUEST_TYPES[0]!.id,
    summary: 'I typed my password into a Microsoft login page from a mail, then it looked wrong',
    description: paragraph('A mail about a shared invoice asked me to sign in. I did, and the page went blank. The address was micros0ft-secure.com.'),
    reporter: CASEY,
    properties: { [PORTAL_REPORT_PROPERTY_KEY]: { category: 'phishing', personalData: 'unsure', howBad: 'me', howUrgent: 'now' } },
  });
  p.wait(4);
  await p.change(issue, RILEY, 'incident/triage', { action: 'confirm', reason: 'The login page is a fake on a look-alike domain, and the password is real' });
  await p.change(issue, RILEY, 'response/record', { action: 'role', role: 'commander', accountId: RILEY });
  await p.change(issue, RILEY, 'response/record', { action: 'role', role: 'techLead', accountId: SAM });
  await p.assign(issue, RILEY, RILEY);
  await p.status(issue, RILEY, 'In Progress');
  p.wait(2);
  await p.note(issue, RILEY, 'communication', 'Called Casey: password changed from a clean device; Casey forwarded the mail as an attachment');
  await p.change(issue, RILEY, 'response/record', { action: 'tick', runbookId: 'phishing', stepId: 'ph-1', done: true });
  await p.change(issue, RILEY, 'response/record', {
    action: 'evidence',
    item: 'The phishing mail with full headers (invoice-shared.eml)',
    content:
      'From: "Microsoft 365" <no-reply@micros0ft-secure.com>\nSubject: Invoice INV-4471 shared with you\nReceived: from mail.micros0ft-secure.com (185.220.101.4)',
    source: "Casey's mailbox",
    collectedBy: 'Riley Responder',
    collectedAt: p.iso(-60_000),
  });
  p.wait(5);
  await p.change(issue, SAM, 'response/record', { action: 'tick', runbookId: 'phishing', stepId: 'ph-5', done: true });
  await p.note(issue, SAM, 'action', "Revoked Casey's sessions and refresh tokens; sign-in log shows no sign-in from outside since the mail arrived");
  await p.change(issue, RILEY, 'response/record', { action: 'phase', phase: 'containment', at: p.iso(), reason: 'Password reset and sessions revoked' });
  await p.status(issue, RILEY, 'Contained');
  p.wait(6);
  await p.note(issue, SAM, 'action', 'Blocked micros0ft-secure.com and 185.220.101.4 at the mail gateway and the web proxy');
  await p.change(issue, SAM, 'response/record', { action: 'tick', runbookId: 'phishing', stepId: 'ph-3', done: true });
  await p.change(issue, SAM, 'response/record', { action: 'tick', runbookId: 'phishing', stepId: 'ph-2', done: true });
  await p.note(issue, SAM, 'note', 'The same mail reached 14 people in finance; 2 clicked, nobody else entered a password (proxy log)');
  p.wait(9);
  await p.change(issue, SAM, 'response/record', { action: 'tick', runbookId: 'phishing', stepId: 'ph-4', done: true });
  await p.change(issue, SAM, 'response/record', {
    action: 'custody',
    evidenceId: 'ev-1',
    from: 'Riley Responder',
    to: 'Sam Second-Responder',
    at: p.iso(),
    why: 'Link and attachment analysis in the sandbox',
  });
  await p.change(issue, RILEY, 'legal/record', {
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
  await p.change(issue, RILEY, 'legal/record', {
    action: 'start',
    trigger: 'aware_at',
    at: p.iso(-10 * 60_000),
    timeZone: 'Europe/Berlin',
    reason: 'A real password reached the attacker',
  });
  await p.change(issue, RILEY, 'legal/record', {
    action: 'decide',
    ruleId: 'eu.gdpr.33.sa',
    decision: 'not-required',
    rationale:
      'Password reset and sessions revoked within 20 minutes; the sign-in log shows no access by anyone else: unlikely to result in a risk (Art. 33(1))',
  });
  await p.note(issue, RILEY, 'decision', 'No notification to the supervisory authority: no access happened (see the legal decision)');
  await notSignificantUnderNis2(p, issue, RILEY, 'One mailbox, no service disrupted, no loss: not a significant incident (NIS2 Art. 23(3))');
  p.wait(50);
  await p.change(issue, SAM, 'response/record', { action: 'tick', runbookId: 'phishing', stepId: 'ph-6', done: true });
  await p.note(issue, SAM, 'note', "Checked Casey's mailbox: no forwarding rules, no new MFA devices, no app consents");
  await p.change(issue, RILEY, 'response/record', { action: 'phase', phase: 'eradication-recovery', at: p.iso() });
  p.wait(95);
  await p.note(issue, RILEY, 'communication', 'Sent the staff notice: what the mail looked like, and thanks to Casey for reporting it within minutes');
  await p.change(issue, RILEY, 'response/record', { action: 'tick', runbookId: 'phishing', stepId: 'ph-7', done: true });
  await p.change(issue, RILEY, 'response/record', { action: 'phase', phase: 'post-incident', at: p.iso() });
  await p.status(issue, RILEY, 'Resolved');
  await p.worklog(issue, RILEY, 2.5);
  await p.worklog(issue, SAM, 3);
  p.wait(24 * 60);
  await postmortem(p, issue, RILEY, {
    summary:
      'An employee typed a real password into a fake Microsoft 365 login page. It was reset and the sessions revoked within 20 minutes; nobody else got in.',
    impact: 'One account exposed for 20 minutes, no access by the attacker. 14 people received the mail, 2 clicked.',
    detection: 'The employee reported it on the portal 3 minutes after typing the password. The mail gateway did not flag the look-alike domain.',
    'root-cause': 'Why did the mail arrive? The domain was 2 days old and not on any block list. Why did the page convince? It copied the real sign-in page.',
    'went-well': 'The report came within minutes, without fear of blame. The reset and revocation took 11 minutes.',
    'went-poorly': 'Finding who else received the mail took 25 minutes: the mail search needs an admin we had to call.',
    lucky: 'The account had no access to payroll; the attacker did not try the password at once.',
  });
  await p.call(issue, RILEY, 'postmortem/follow-up', { summary: 'Turn on phishing-resistant MFA for the finance team' });
  await p.call(issue, RILEY, 'postmortem/follow-up', { summary: 'Block newly registered look-alike domains at the mail gateway' });
  await p.status(issue, RILEY, 'Closed');
  return issue;
}

/** A customer export shared by a public link is found by Sam; GDPR Art. 33 and 34 notices go out in time. */
async function customerExport(p: StoryPlayer): Promise<StoredIssue> {
  const issue = await p.create({
    projectId: SEC,
    issuetype: INCIDENT_TYPE,
    summary: 'Customer export shared through a public storage link',
    description: paragraph('While cleaning up the shared drive, found customers-2026-q3.csv shared with "anyone with the link" since 2 October.'),
    reporter: SAM,
  });
  p.wait(3);
  await p.change(issue, SAM, 'incident/update', {
    category: 'data-exposure',
    impact: 'high',
    urgency: 'high',
    reason: 'Names, addresses and IBANs of customers, public',
  });
  await p.change(issue, SAM, 'incident/triage', { action: 'confirm', reason: 'The link was public and the file holds customer data' });
  await p.change(issue, SAM, 'response/record', { action: 'role', role: 'commander', accountId: RILEY });
  await p.change(issue, RILEY, 'response/record', { action: 'role', role: 'techLead', accountId: SAM });
  await p.change(issue, RILEY, 'response/record', { action: 'role', role: 'legalLead', accountId: ALEX });
  await p.change(issue, RILEY, 'response/record', { action: 'role', role: 'comms', accountId: MORGAN });
  await p.assign(issue, RILEY, SAM);
  await p.status(issue, RILEY, 'In Progress');
  p.wait(7);
  await p.note(issue, SAM, 'action', 'Revoked the public link; the file is now shared with the finance team only');
  await p.change(issue, SAM, 'response/record', { action: 'tick', runbookId: 'data-exposure', stepId: 'dx-3', done: true });
  await p.change(issue, SAM, 'response/record', {
    action: 'evidence',
    item: 'Access log of the shared link, 2 October to today (link-access.csv)',
    sha256: '9f2c4a71e0b35d8c6a4f1e2b7d90c3a58e6f4b2d1c0a9e8f7d6c5b4a3f2e1d0c',
    source: 'Storage admin console, audit export',
    collectedBy: 'Sam Second-Responder',
    collectedAt: p.iso(-2 * 60_000),
  });
  await p.change(issue, SAM, 'response/record', { action: 'tick', runbookId: 'data-exposure', stepId: 'dx-4', done: true });
  await p.change(issue, RILEY, 'response/record', { action: 'phase', phase: 'containment', at: p.iso(), reason: 'Link revoked' });
  await p.status(issue, RILEY, 'Contained');
  p.wait(80);
  await p.note(
    issue,
    SAM,
    'note',
    'The access log shows 3 downloads from outside: 2 from a search engine crawler, 1 from an unknown address in another country',
  );
  await p.note(issue, RILEY, 'decision', 'We treat the data as obtained by an unknown party: the legal clocks start now');
  await p.change(issue, RILEY, 'response/record', { action: 'tick', runbookId: 'data-exposure', stepId: 'dx-1', done: true });
  await p.change(issue, RILEY, 'legal/record', {
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
  await p.change(issue, RILEY, 'legal/record', {
    action: 'start',
    trigger: 'aware_at',
    at: p.iso(),
    timeZone: 'Europe/Berlin',
    reason: 'Download by an unknown address confirmed',
  });
  await p.change(issue, ALEX, 'legal/record', {
    action: 'start',
    trigger: 'high_risk_determined_at',
    at: p.iso(),
    timeZone: 'Europe/Berlin',
    reason: 'IBANs with names and addresses: fraud and phishing risk for the customers',
  });
  await p.change(issue, RILEY, 'response/record', { action: 'tick', runbookId: 'data-exposure', stepId: 'dx-2', done: true });
  await p.change(issue, SAM, 'response/record', {
    action: 'custody',
    evidenceId: 'ev-1',
    from: 'Sam Second-Responder',
    to: 'Alex Admin (legal lead)',
    at: p.iso(),
    why: 'Kept for the supervisory authority and counsel',
  });
  p.wait(22 * 60);
  await p.note(issue, ALEX, 'decision', 'Counsel agrees: notify the supervisory authority and the affected customers');
  await p.change(issue, ALEX, 'legal/record', {
    action: 'decide',
    ruleId: 'eu.gdpr.33.sa',
    decision: 'notify',
    rationale: 'Financial data of 1,840 customers obtained by an unknown party',
  });
  await notSignificantUnderNis2(
    p,
    issue,
    ALEX,
    'No service was disrupted and no operational loss: not a significant incident under NIS2 Art. 23(3); GDPR covers the customers',
  );
  p.wait(4 * 60);
  await p.change(issue, ALEX, 'legal/record', {
    action: 'sent',
    ruleId: 'eu.gdpr.33.sa',
    sentAt: p.iso(),
    recipient: 'Berlin Commissioner for Data Protection and Freedom of Information',
    reference: 'BlnBDI 521.4471',
  });
  await p.change(issue, RILEY, 'response/record', { action: 'tick', runbookId: 'data-exposure', stepId: 'dx-6', done: true });
  p.wait(5 * 60);
  await p.change(issue, ALEX, 'legal/record', {
    action: 'sent',
    ruleId: 'eu.gdpr.34.subjects',
    sentAt: p.iso(),
    recipient: 'The 1,840 affected customers, by e-mail and letter',
    reference: 'Customer notice 2026-11',
  });
  await p.note(issue, RILEY, 'communication', 'Morgan briefed customer service with a script for calls about the notice');
  p.wait(20 * 60);
  await p.note(issue, SAM, 'action', 'Changed the drive default: new links are "people in the company" only; public links need an admin');
  await p.change(issue, SAM, 'response/record', { action: 'tick', runbookId: 'data-exposure', stepId: 'dx-5', done: true });
  await p.change(issue, RILEY, 'response/record', { action: 'phase', phase: 'eradication-recovery', at: p.iso() });
  p.wait(3 * 60);
  await p.change(issue, RILEY, 'response/record', { action: 'phase', phase: 'post-incident', at: p.iso() });
  await p.status(issue, RILEY, 'Resolved');
  await p.worklog(issue, RILEY, 6);
  await p.worklog(issue, SAM, 4.5);
  await p.worklog(issue, ALEX, 3);
  p.wait(30 * 60);
  await postmortem(p, issue, RILEY, {
    summary: "A customer export was shared by a public link for 7 weeks; one unknown address downloaded it. Both notices went out within GDPR's deadlines.",
    impact: '1,840 customers: names, postal addresses and IBANs. Notified within 28 hours of becoming aware.',
    detection: 'Found by chance during a clean-up. Nothing alerted on a file with customer data shared publicly.',
    'root-cause': 'Why public? The drive offered "anyone with the link" as the default. Why customer data in a drive? The quarterly export has no other home.',
    'contributing-factors': 'No data classification on exports; no alert on public sharing.',
    'went-well': 'The link was revoked within 10 minutes of discovery; counsel was reached the same day.',
    'went-poorly': 'The access log export took an hour: only one person knew where it is.',
    lucky: 'The file did not hold card numbers or passwords.',
  });
  await p.call(issue, RILEY, 'postmortem/follow-up', { summary: 'Alert on public links to files in the finance folders' });
  await p.call(issue, RILEY, 'postmortem/follow-up', { summary: 'Give the quarterly customer export a restricted home and delete old copies' });
  return issue;
}

/** Ransomware on a file server, early in the morning: contained by isolation, NIS2's early warning and notification sent. */
async function fileServerRansomware(p: StoryPlayer): Promise<StoredIssue> {
  const issue = await p.create({
    projectId: OPS,
    issuetype: INCIDENT_TYPE,
    summary: 'Ransom note on the design file server, files renamed to .lockbit',
    description: paragraph('Monitoring alert at 06:41: mass file renames on fs-design-02. A README-RESTORE.txt in every folder.'),
    reporter: SAM,
  });
  p.wait(2);
  await p.change(issue, SAM, 'incident/update', { category: 'malware', impact: 'high', urgency: 'high', reason: 'Encryption is spreading over the share' });
  await p.change(issue, SAM, 'incident/triage', { action: 'confirm', reason: 'Ransom note and mass renames' });
  await p.change(issue, SAM, 'response/record', { action: 'role', role: 'commander', accountId: SAM });
  await p.assign(issue, SAM, SAM);
  await p.status(issue, SAM, 'In Progress');
  await p.change(issue, SAM, 'response/record', { action: 'tick', runbookId: 'malware', stepId: 'mw-1', done: true });
  p.wait(4);
  await p.note(issue, SAM, 'action', 'Isolated fs-design-02 with the EDR; left it running for the memory image');
  await p.change(issue, SAM, 'response/record', { action: 'tick', runbookId: 'malware', stepId: 'mw-2', done: true });
  await p.change(issue, SAM, 'response/record', { action: 'phase', phase: 'containment', at: p.iso(), reason: 'Server isolated' });
  await p.status(issue, SAM, 'Contained');
  await p.change(issue, SAM, 'response/record', {
    action: 'evidence',
    item: 'Ransom note README-RESTORE.txt',
    content: 'Your files are encrypted. To restore them, contact us at the address below within 72 hours. Do not rename the files.',
    source: 'fs-design-02, \\\\share\\projects',
    collectedBy: 'Sam Second-Responder',
    collectedAt: p.iso(-60_000),
  });
  p.wait(25);
  await p.change(issue, SAM, 'response/record', { action: 'role', role: 'techLead', accountId: RILEY });
  await p.change(issue, SAM, 'response/record', { action: 'role', role: 'comms', accountId: MORGAN });
  await p.change(issue, RILEY, 'response/record', {
    action: 'evidence',
    item: 'Memory image of fs-design-02 (fs-design-02.mem, 64 GB)',
    sha256: '3b8e1f0c2d4a6b8c0e2f4a6b8d0c2e4f6a8b0d2c4e6f8a0b2d4c6e8f0a2b4d6c',
    source: 'fs-design-02 via the EDR live response',
    collectedBy: 'Riley Responder',
    collectedAt: p.iso(),
  });
  await p.change(issue, RILEY, 'response/record', { action: 'tick', runbookId: 'malware', stepId: 'mw-3', done: true });
  await p.change(issue, RILEY, 'response/record', {
    action: 'custody',
    evidenceId: 'ev-2',
    from: 'Riley Responder',
    to: 'Forensics partner (case 26-1193)',
    at: p.iso(),
    why: 'Analysis of the initial access and the ransomware strain',
  });
  p.wait(40);
  await p.note(issue, RILEY, 'note', 'Same indicators on no other device (EDR hunt over 412 devices)');
  await p.change(issue, RILEY, 'response/record', { action: 'tick', runbookId: 'malware', stepId: 'mw-4', done: true });
  await p.note(issue, SAM, 'communication', 'Morgan told the design team: the share is offline today; work from the cloud copies');
  await p.change(issue, SAM, 'legal/record', {
    action: 'answer',
    answers: { personalData: 'no', risk: 'none', residences: [], residencesComplete: true, dataTypes: {}, affected: {} },
  });
  await p.change(issue, SAM, 'legal/record', {
    action: 'start',
    trigger: 'significant_aware_at',
    at: p.iso(),
    timeZone: 'Europe/Berlin',
    reason: 'Service disruption of the design department for more than a day',
  });
  await p.note(issue, SAM, 'decision', 'Significant incident under NIS2: early warning to the CSIRT today');
  p.wait(5 * 60);
  await p.change(issue, SAM, 'legal/record', {
    action: 'sent',
    ruleId: 'eu.nis2.23.early_warning',
    sentAt: p.iso(),
    recipient: 'BSI (national CSIRT)',
    reference: 'BSI-MIP 2026-88213',
  });
  p.wait(14 * 60);
  await p.note(issue, RILEY, 'action', 'Reimaged fs-design-02 and restored the share from the offline backup of the night before');
  await p.change(issue, RILEY, 'response/record', { action: 'tick', runbookId: 'malware', stepId: 'mw-5', done: true });
  await p.change(issue, RILEY, 'response/record', { action: 'tick', runbookId: 'malware', stepId: 'mw-6', done: true });
  await p.change(issue, SAM, 'response/record', { action: 'phase', phase: 'eradication-recovery', at: p.iso() });
  p.wait(30 * 60);
  await p.change(issue, SAM, 'legal/record', {
    action: 'sent',
    ruleId: 'eu.nis2.23.notification',
    sentAt: p.iso(),
    recipient: 'BSI (national CSIRT)',
    reference: 'BSI-MIP 2026-88213',
  });
  await p.note(issue, RILEY, 'note', 'Forensics partner: initial access through a contractor VPN account without MFA');
  await p.change(issue, RILEY, 'response/record', { action: 'tick', runbookId: 'malware', stepId: 'mw-7', done: true });
  await p.change(issue, SAM, 'response/record', { action: 'phase', phase: 'post-incident', at: p.iso() });
  await p.status(issue, SAM, 'Resolved');
  await p.worklog(issue, SAM, 9);
  await p.worklog(issue, RILEY, 11);
  await p.worklog(issue, MORGAN, 1.5);
  p.wait(26 * 60);
  await postmortem(p, issue, SAM, {
    summary: 'Ransomware encrypted the design file server through a contractor VPN account without MFA. Restored from the offline backup within 20 hours.',
    impact: 'The design department worked without its share for one day; no data lost, nothing paid.',
    detection: 'The file-rename alert fired 4 minutes after encryption began.',
    'root-cause':
      'Why could the attacker get in? The contractor VPN account had no MFA. Why did it have none? Contractor accounts were outside the MFA policy.',
    'went-well': 'Isolation within 6 minutes; the offline backup was complete and restored cleanly.',
    'went-poorly': 'The early warning draft took 4 hours: nobody knew the CSIRT portal login.',
    lucky: 'The backup job had run 5 hours before the attack.',
  });
  await p.call(issue, SAM, 'postmortem/follow-up', { summary: 'Require MFA on every VPN account, contractors included' });
  await p.call(issue, SAM, 'postmortem/follow-up', { summary: 'Keep the CSIRT portal login in the incident vault' });
  return issue;
}

/** NIS2's three reports decided not required, with the reason (the demo's organisation is an important entity). */
async function notSignificantUnderNis2(p: StoryPlayer, issue: StoredIssue, who: string, rationale: string): Promise<void> {
  for (const ruleId of ['eu.nis2.23.early_warning', 'eu.nis2.23.notification', 'eu.nis2.23.final'])
    await p.change(issue, who, 'legal/record', { action: 'decide', ruleId, decision: 'not-required', rationale });
}

/** Writes the postmortem's sections as `who`, then publishes it. */
async function postmortem(p: StoryPlayer, issue: StoredIssue, who: string, sections: Record<string, string>): Promise<void> {
  for (const [sectionId, text] of Object.entries(sections)) await p.call(issue, who, 'postmortem/save-section', { kind: 'postmortem', sectionId, text });
  await p.call(issue, who, 'postmortem/publish', { kind: 'postmortem' });
}
