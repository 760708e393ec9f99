import type { ReportTemplate } from './report-templates';

/**
 * The default templates. The postmortem follows the blameless format the seeds ask for (seed 000:
 * learn from every high and critical incident; incident-practice.md: summary, impact, timeline,
 * root cause with five whys, what went well and poorly, where we got lucky, action items). The
 * final report has the executive summary, timeline, investigation and recommendations of seed
 * 002. The breach summary carries the content GDPR Art. 33(3) requires of a notification to the
 * supervisory authority (https://gdpr-info.eu/art-33-gdpr/, points a to d).
 */
export const DEFAULT_TEMPLATES: ReportTemplate[] = [
  {
    kind: 'postmortem',
    title: 'Postmortem',
    purpose: 'A blameless review: what happened, why, and what we change so it does not happen again.',
    sections: [
      {
        id: 'summary',
        heading: 'Summary',
        prompt: 'In two or three sentences: what happened, what it affected and how it ended. Describe systems and decisions, not people at fault.',
        facts: ['overview'],
      },
      {
        id: 'impact',
        heading: 'Impact',
        prompt: 'Who and what was affected, for how long, and what it cost (customers, data, money, reputation).',
        facts: ['impact'],
      },
      { id: 'timeline', heading: 'Timeline', prompt: null, facts: ['timeline'] },
      { id: 'detection', heading: 'Detection', prompt: 'How did we find out? Could we have known sooner, and what would have told us?', facts: ['detection'] },
      {
        id: 'response',
        heading: 'Response',
        prompt: 'How did the response go: who was involved, what slowed us down, which runbook steps helped or were missing?',
        facts: ['roles', 'phases', 'runbook', 'sla', 'legal'],
      },
      {
        id: 'root-cause',
        heading: 'Root cause (five whys)',
        prompt:
          'Ask "why?" five times, starting from the problem: 1. Why did it happen? 2. Why was that possible? 3. ... Stop at a cause you can change. Systems and processes, not people.',
        facts: ['priority-history', 'evidence'],
      },
      {
        id: 'contributing-factors',
        heading: 'Contributing factors',
        prompt: 'What else made it possible or worse (missing monitoring, unclear ownership, time pressure)?',
        facts: [],
      },
      { id: 'went-well', heading: 'What went well', prompt: 'What worked and should be kept?', facts: [] },
      { id: 'went-poorly', heading: 'What went poorly', prompt: 'What did not work, or took longer than it should?', facts: [] },
      { id: 'lucky', heading: 'Where we got lucky', prompt: 'What could have made this much worse, and did not only by chance?', facts: [] },
      {
        id: 'action-items',
        heading: 'Action items',
        prompt: 'Anything to add about the follow-ups (create them as linked issues in the panel so they are tracked).',
        facts: ['action-items', 'linked-issues'],
      },
    ],
  },
  {
    kind: 'final-report',
    title: 'Final report',
    purpose: 'The account of the incident for management and auditors: what happened, what we did, what we recommend.',
    sections: [
      {
        id: 'executive-summary',
        heading: 'Executive summary',
        prompt: 'For a reader with two minutes: what happened, the business impact, whether obligations were met, and the main recommendation.',
        facts: ['overview', 'impact', 'sla', 'legal'],
      },
      { id: 'timeline', heading: 'Timeline', prompt: null, facts: ['timeline'] },
      {
        id: 'investigation',
        heading: 'Investigation',
        prompt: 'What the investigation found: the cause, how it was confirmed, what evidence supports it.',
        facts: ['detection', 'roles', 'phases', 'runbook', 'evidence', 'priority-history'],
      },
      {
        id: 'recommendations',
        heading: 'Recommendations',
        prompt: 'What we recommend changing, in order of importance, and who owns each.',
        facts: ['action-items', 'linked-issues'],
      },
    ],
  },
  {
    kind: 'breach-summary',
    title: 'Personal data breach summary (GDPR Art. 33(3))',
    purpose: 'The content a notification to the supervisory authority must have. Confirm with counsel before sending.',
    sections: [
      {
        id: 'nature',
        heading: 'Nature of the breach',
        prompt:
          'What happened to the personal data (disclosed, altered, lost, made unavailable), when, and how. Give the approximate number of records concerned.',
        facts: ['overview', 'breach-nature'],
      },
      {
        id: 'contact',
        heading: 'Contact point',
        prompt: 'Name and contact details of the data protection officer or other contact point where more information can be obtained.',
        facts: ['breach-contact'],
      },
      {
        id: 'consequences',
        heading: 'Likely consequences',
        prompt: 'The likely consequences for the people affected (identity theft, fraud, discrimination, loss of confidentiality, distress).',
        facts: ['impact'],
      },
      {
        id: 'measures',
        heading: 'Measures taken or proposed',
        prompt: 'What was done or is proposed to address the breach and to mitigate its possible adverse effects.',
        facts: ['phases', 'action-items'],
      },
      {
        id: 'notifications',
        heading: 'Notifications and deadlines',
        prompt: 'Where a notification was late, the reasons for the delay (Art. 33(1)).',
        facts: ['legal'],
      },
      { id: 'timeline', heading: 'Timeline', prompt: null, facts: ['timeline'] },
    ],
  },
];
