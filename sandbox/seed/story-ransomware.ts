/** The demo's third worked incident (worked-incidents.ts): ransomware on a file server, NIS2 notices sent. */
import { findProject } from '../state/directory';
import type { StoredIssue } from '../state/site-state';
import { CAST, incidentDescription, type StoryPlayer } from './story-player';

export const RANSOMWARE_SUMMARY = 'Ransom note on the design file server, files renamed to .lockbit';

/** Ransomware on a file server, early in the morning: contained by isolation, NIS2's early warning and notification sent. */
export async function fileServerRansomware(p: StoryPlayer): Promise<StoredIssue> {
  const issue = await p.create({
    projectId: findProject('OPS')!.id,
    issuetype: 'Incident',
    summary: RANSOMWARE_SUMMARY,
    description: incidentDescription('Monitoring alert at 06:41: mass file renames on fs-design-02. A README-RESTORE.txt in every folder.'),
    reporter: CAST.sam,
  });
  p.wait(2);
  await p.update(issue, CAST.sam, { category: 'malware', impact: 'high', urgency: 'high', reason: 'Encryption is spreading over the share' });
  await p.triage(issue, CAST.sam, { action: 'confirm', reason: 'Ransom note and mass renames' });
  await p.role(issue, CAST.sam, 'commander', CAST.sam);
  await p.assign(issue, CAST.sam, CAST.sam);
  await p.status(issue, CAST.sam, 'In Progress');
  await p.tick(issue, CAST.sam, 'malware', 'mw-1');
  p.wait(4);
  await p.note(issue, CAST.sam, 'action', 'Isolated fs-design-02 with the EDR; left it running for the memory image');
  await p.tick(issue, CAST.sam, 'malware', 'mw-2');
  await p.respond(issue, CAST.sam, { action: 'phase', phase: 'containment', at: p.iso(), reason: 'Server isolated' });
  await p.status(issue, CAST.sam, 'Contained');
  await p.respond(issue, CAST.sam, {
    action: 'evidence',
    item: 'Ransom note README-RESTORE.txt',
    content: 'Your files are encrypted. To restore them, contact us at the address below within 72 hours. Do not rename the files.',
    source: 'fs-design-02, \\\\share\\projects',
    collectedBy: 'Sam Second-Responder',
    collectedAt: p.iso(-60_000),
  });
  p.wait(25);
  await p.role(issue, CAST.sam, 'techLead', CAST.riley);
  await p.role(issue, CAST.sam, 'comms', CAST.morgan);
  await p.respond(issue, CAST.riley, {
    action: 'evidence',
    item: 'Memory image of fs-design-02 (fs-design-02.mem, 64 GB)',
    sha256: '3b8e1f0c2d4a6b8c0e2f4a6b8d0c2e4f6a8b0d2c4e6f8a0b2d4c6e8f0a2b4d6c',
    source: 'fs-design-02 via the EDR live response',
    collectedBy: 'Riley Responder',
    collectedAt: p.iso(),
  });
  await p.tick(issue, CAST.riley, 'malware', 'mw-3');
  await p.respond(issue, CAST.riley, {
    action: 'custody',
    evidenceId: 'ev-2',
    from: 'Riley Responder',
    to: 'Forensics partner (case 26-1193)',
    at: p.iso(),
    why: 'Analysis of the initial access and the ransomware strain',
  });
  p.wait(40);
  await p.note(issue, CAST.riley, 'note', 'Same indicators on no other device (EDR hunt over 412 devices)');
  await p.tick(issue, CAST.riley, 'malware', 'mw-4');
  await p.note(issue, CAST.sam, 'communication', 'Morgan told the design team: the share is offline today; work from the cloud copies');
  await p.legal(issue, CAST.sam, {
    action: 'answer',
    answers: { personalData: 'no', risk: 'none', residences: [], residencesComplete: true, dataTypes: {}, affected: {} },
  });
  await p.legal(issue, CAST.sam, {
    action: 'start',
    trigger: 'significant_aware_at',
    at: p.iso(),
    timeZone: 'Europe/Berlin',
    reason: 'Service disruption of the design department for more than a day',
  });
  await p.note(issue, CAST.sam, 'decision', 'Significant incident under NIS2: early warning to the CSIRT today');
  p.wait(5 * 60);
  await p.legal(issue, CAST.sam, {
    action: 'sent',
    ruleId: 'eu.nis2.23.early_warning',
    sentAt: p.iso(),
    recipient: 'BSI (national CSIRT)',
    reference: 'BSI-MIP 2026-88213',
  });
  p.wait(14 * 60);
  await p.note(issue, CAST.riley, 'action', 'Reimaged fs-design-02 and restored the share from the offline backup of the night before');
  await p.tick(issue, CAST.riley, 'malware', 'mw-5');
  await p.tick(issue, CAST.riley, 'malware', 'mw-6');
  await p.respond(issue, CAST.sam, { action: 'phase', phase: 'eradication-recovery', at: p.iso() });
  p.wait(30 * 60);
  await p.legal(issue, CAST.sam, {
    action: 'sent',
    ruleId: 'eu.nis2.23.notification',
    sentAt: p.iso(),
    recipient: 'BSI (national CSIRT)',
    reference: 'BSI-MIP 2026-88213',
  });
  await p.note(issue, CAST.riley, 'note', 'Forensics partner: initial access through a contractor VPN account without MFA');
  await p.tick(issue, CAST.riley, 'malware', 'mw-7');
  await p.respond(issue, CAST.sam, { action: 'phase', phase: 'post-incident', at: p.iso() });
  await p.status(issue, CAST.sam, 'Resolved');
  await p.replyToReporter(issue, CAST.riley);
  await p.worklog(issue, CAST.sam, 9);
  await p.worklog(issue, CAST.riley, 11);
  await p.worklog(issue, CAST.morgan, 1.5);
  p.wait(26 * 60);
  await p.postmortem(issue, CAST.sam, {
    summary: 'Ransomware encrypted the design file server through a contractor VPN account without MFA. Restored from the offline backup within 20 hours.',
    impact: 'The design department worked without its share for one day; no data lost, nothing paid.',
    detection: 'The file-rename alert fired 4 minutes after encryption began.',
    'root-cause':
      'Why could the attacker get in? The contractor VPN account had no MFA. Why did it have none? Contractor accounts were outside the MFA policy.',
    'went-well': 'Isolation within 6 minutes; the offline backup was complete and restored cleanly.',
    'went-poorly': 'The early warning draft took 4 hours: nobody knew the CSIRT portal login.',
    lucky: 'The backup job had run 5 hours before the attack.',
  });
  await p.followUp(issue, CAST.sam, 'Require MFA on every VPN account, contractors included');
  await p.followUp(issue, CAST.sam, 'Keep the CSIRT portal login in the incident vault');
  return issue;
}
