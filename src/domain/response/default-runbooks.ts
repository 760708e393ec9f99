import type { Runbook, RunbookStep } from './runbooks';
import type { Phase } from './lifecycle-phases';

/**
 * The runbooks the app ships with, for the cases seed 002 names (phishing, malware, lost or
 * stolen device, data exposure, denial of service, account compromise) and a general one.
 * Steps condense NIST SP 800-61r2 section 3 and the CISA Federal Government Cybersecurity
 * Incident and Vulnerability Response Playbooks (2021); admins adapt them to their tools.
 */
const steps = (prefix: string, list: [Phase, string][]): RunbookStep[] => list.map(([phase, text], i) => ({ id: `${prefix}-${i + 1}`, phase, text }));

export const DEFAULT_RUNBOOKS: Runbook[] = [
  {
    id: 'phishing',
    title: 'Phishing',
    categories: ['phishing'],
    steps: steps('ph', [
      ['detection-analysis', 'Get the original message with full headers (as an attachment, not forwarded inline)'],
      ['detection-analysis', 'Find everyone who received it (mail search) and who clicked or replied'],
      ['containment', 'Block the sender, the links and the domains at the mail gateway and proxy'],
      ['containment', 'Pull the message from every mailbox'],
      ['containment', 'Reset passwords and revoke sessions of anyone who entered credentials'],
      ['eradication-recovery', 'Check those accounts for mail rules, forwarding and new MFA devices'],
      ['post-incident', 'Thank the reporter and tell staff what to look out for (without blame)'],
    ]),
  },
  {
    id: 'malware',
    title: 'Malware on a device',
    categories: ['malware'],
    steps: steps('mw', [
      ['detection-analysis', 'Identify the device, its user and what the malware does (EDR alert, ransom note)'],
      ['containment', 'Isolate the device from the network (EDR isolation or unplug); do not switch it off'],
      ['detection-analysis', 'Preserve evidence: memory image and disk image, hashes recorded in the evidence register'],
      ['containment', 'Search other devices for the same indicators'],
      ['eradication-recovery', 'Reimage the device from a known-good image; restore data from clean backups'],
      ['eradication-recovery', 'Reset credentials used on the device'],
      ['post-incident', 'Record how it got in and what would have stopped it'],
    ]),
  },
  {
    id: 'lost-device',
    title: 'Lost or stolen device',
    categories: ['lost-device'],
    steps: steps('ld', [
      ['detection-analysis', 'Record the device, its owner, when and where it was last seen'],
      ['detection-analysis', 'Check whether its disk was encrypted and what data it held'],
      ['containment', 'Lock or wipe it remotely (MDM) and record the result'],
      ['containment', "Revoke its certificates, sessions and tokens; reset the owner's password"],
      ['eradication-recovery', 'Report theft to the police if stolen; record the reference'],
      ['post-incident', 'Decide on notification (personal data on an unencrypted device)'],
    ]),
  },
  {
    id: 'data-exposure',
    title: 'Data exposure',
    categories: ['data-exposure'],
    steps: steps('dx', [
      ['detection-analysis', 'Establish what data, whose, how many people and records, and since when'],
      ['detection-analysis', 'Record the moment the organisation became aware (legal clocks start there)'],
      ['containment', 'Remove the exposure: revoke the link, recall the mail, ask the recipient to delete'],
      ['containment', 'Preserve evidence of what was exposed and to whom'],
      ['eradication-recovery', 'Fix the cause (sharing defaults, a mail autocomplete, a public bucket)'],
      ['post-incident', 'Answer the legal questions in the panel; involve the legal lead'],
    ]),
  },
  {
    id: 'denial-of-service',
    title: 'Denial of service',
    categories: ['denial-of-service'],
    steps: steps('dos', [
      ['detection-analysis', 'Confirm the outage is an attack (traffic sources, volume) and not a fault'],
      ['containment', "Call the provider's DDoS protection / ISP and turn on mitigation"],
      ['containment', 'Post a status update for customers (communications lead)'],
      ['eradication-recovery', 'Restore the service and watch for a second wave'],
      ['post-incident', 'Record timings and capacity learned; review mitigation settings'],
    ]),
  },
  {
    id: 'account-compromise',
    title: 'Account compromise',
    categories: ['security-breach'],
    steps: steps('ac', [
      ['detection-analysis', 'Identify the account(s), the sign-ins and the source addresses'],
      ['containment', 'Disable the account or reset its password and revoke every session and token'],
      ['containment', 'Remove MFA devices, app passwords, mail rules and OAuth grants the attacker added'],
      ['detection-analysis', 'Review what the account accessed or changed (audit logs as evidence)'],
      ['eradication-recovery', 'Restore changed data and permissions; re-enrol MFA with the owner'],
      ['post-incident', 'Decide on notification if personal data was accessed'],
    ]),
  },
  {
    id: 'general',
    title: 'General incident',
    categories: [],
    steps: steps('gen', [
      ['detection-analysis', 'Confirm what happened and assign an incident commander'],
      ['detection-analysis', 'Set impact and urgency; answer the legal questions'],
      ['containment', 'Stop the damage from spreading; preserve evidence first where you can'],
      ['eradication-recovery', 'Remove the cause and restore normal operation'],
      ['post-incident', 'Hold a blameless review and record the follow-up actions'],
    ]),
  },
];
