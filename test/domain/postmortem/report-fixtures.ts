import type { ReportFacts } from '../../../src/domain/postmortem/report-facts';
import type { ObligationView, TimelineEntryView } from '../../../src/shared/resolver-contract';

const entry = (seq: number, happenedAt: string, kind: TimelineEntryView['kind'], by: string | null, text: string): TimelineEntryView => ({
  seq,
  kind,
  text,
  happenedAt,
  recordedAt: happenedAt,
  by,
  corrects: null,
  data: null,
  prevHash: 'p'.repeat(64),
  hash: 'h'.repeat(64),
});

const gdpr: ObligationView = {
  ruleId: 'gdpr-33',
  regime: 'GDPR',
  jurisdiction: 'EU',
  stage: 'Notify the supervisory authority',
  recipient: 'Lead supervisory authority',
  kind: 'hard',
  applicability: 'applies',
  openQuestions: [],
  decidedBy: null,
  state: 'sent',
  startsWhen: 'Aware that a reportable breach happened',
  startTrigger: 'aware_at',
  startedAt: '2026-03-02T10:00:00.000Z',
  projected: false,
  dueAt: '2026-03-05T10:00:00.000Z',
  delayedUntil: null,
  targetAt: null,
  zone: 'Europe/Brussels',
  softWording: null,
  citation: 'GDPR Art. 33(1)',
  verification: 'P',
  urls: [],
  exceptions: '',
  delayProvisions: [],
  lateRequiresReasons: true,
  repeatable: false,
  overriddenBy: null,
  sendings: [{ id: 's1', sentAt: '2026-03-04T16:30:00.000Z', recipient: 'CNIL', reference: 'CNIL-2026-0042', lateReason: null, recordedBy: 'u-legal' }],
  decision: {
    decision: 'notify',
    rationale: 'Customer e-mail addresses were exposed.',
    evidence: [],
    by: 'u-legal',
    at: '2026-03-03T09:00:00.000Z',
    delay: null,
  },
};

/** A seeded Critical data-exposure incident with every kind of fact filled in (the golden file's source). */
export function fullFacts(): ReportFacts {
  return {
    generatedAt: '2026-03-20T12:00:00.000Z',
    // A French DPO's team: the report's times are Paris times, an hour ahead of the stored UTC.
    timeZone: 'Europe/Paris',
    siteUrl: 'https://example.atlassian.net',
    issue: { key: 'SEC-42', summary: 'Customer list shared by public link', status: 'Done' },
    incident: {
      category: 'Data exposure',
      priority: 'Critical',
      impact: 'High',
      urgency: 'High',
      cia: { confidentiality: true, integrity: false, availability: false, authenticity: false },
      exercise: false,
      reportedAt: '2026-03-02T09:00:00.000Z',
      triage: { state: 'incident', at: '2026-03-02T09:20:00.000Z' },
    },
    names: { 'u-riley': 'Riley Responder', 'u-legal': 'Lee Legal', 'u-sam': 'Sam Support' },
    priorityHistory: [{ at: '2026-03-02T09:20:00.000Z', from: 'Serious', to: 'Critical', by: 'u-riley', reason: 'Personal data of customers', source: 'app' }],
    sla: {
      asOf: '2026-03-20T12:00:00.000Z',
      level: 'Critical',
      calendar: { id: '24x7', name: 'Around the clock', timeZone: 'Europe/Paris', aroundTheClock: true },
      unavailable: null,
      warnAtPercent: 75,
      escalations: [],
      clocks: [
        {
          kind: 'acknowledge',
          state: 'met',
          targetMinutes: 30,
          dueAt: '2026-03-02T09:30:00.000Z',
          warningAt: null,
          stoppedAt: '2026-03-02T09:20:00.000Z',
          remainingMs: 600_000,
          counting: false,
          changesAt: null,
        },
        {
          kind: 'contain',
          state: 'met',
          targetMinutes: 240,
          dueAt: '2026-03-02T13:00:00.000Z',
          warningAt: null,
          stoppedAt: '2026-03-02T11:00:00.000Z',
          remainingMs: 7_200_000,
          counting: false,
          changesAt: null,
        },
        {
          kind: 'resolve',
          state: 'missed',
          targetMinutes: 1440,
          dueAt: '2026-03-03T09:00:00.000Z',
          warningAt: null,
          stoppedAt: '2026-03-06T09:00:00.000Z',
          remainingMs: -259_200_000,
          counting: false,
          changesAt: null,
        },
      ],
    },
    legal: {
      asOf: '2026-03-20T12:00:00.000Z',
      packVersion: '2026.11',
      disclaimer: '',
      exercise: false,
      answers: {
        personalData: 'yes',
        risk: 'risk',
        residences: ['EU'],
        residencesComplete: true,
        dataTypes: { financial: 'no', credentials: 'unsure' },
        affected: { EU: 1200, total: 1200 },
      },
      answeredBy: 'u-legal',
      answeredAt: '2026-03-02T11:00:00.000Z',
      starts: [
        {
          id: 'st1',
          trigger: 'detected_at',
          at: '2026-03-02T08:40:00.000Z',
          timeZone: 'UTC',
          recordedBy: 'u-riley',
          recordedAt: '2026-03-02T09:25:00.000Z',
          reason: null,
          evidence: null,
          corrects: null,
          current: true,
        },
      ],
      obligations: [gdpr],
      profileAnswered: true,
    },
    response: {
      roles: [
        { role: 'commander', label: 'Incident commander', accountId: 'u-riley', by: 'u-riley', at: '2026-03-02T09:21:00.000Z' },
        { role: 'legalLead', label: 'Legal lead', accountId: 'u-legal', by: 'u-riley', at: '2026-03-02T09:40:00.000Z' },
        { role: 'scribe', label: 'Scribe', accountId: null, by: null, at: null },
      ],
      phaseHistory: [
        { phase: 'containment', at: '2026-03-02T10:00:00.000Z', recordedAt: '2026-03-02T10:00:00.000Z', by: 'u-riley', reason: null },
        {
          phase: 'post-incident',
          at: '2026-03-06T09:00:00.000Z',
          recordedAt: '2026-03-06T09:00:00.000Z',
          by: 'u-riley',
          reason: 'Link removed, customers told',
        },
      ],
      runbook: {
        id: 'data-exposure',
        title: 'Data exposure',
        steps: [
          { id: 's1', text: 'Remove the public link', phase: 'containment', done: true, by: 'u-sam', at: '2026-03-02T10:55:00.000Z' },
          { id: 's2', text: 'Find out who opened it', phase: 'detection-analysis', done: false, by: null, at: null },
        ],
      },
      evidence: [
        {
          id: 'e1',
          item: 'Sharing audit log',
          sha256: 'a'.repeat(64),
          hashSource: 'computed',
          source: 'Drive admin console',
          collectedBy: 'Sam Support',
          collectedAt: '2026-03-02T10:30:00.000Z',
          recordedBy: 'u-sam',
          holder: 'Sam Support',
          custody: [],
        },
      ],
      contacts: [
        { id: 'dpo', name: 'Dana Privacy', role: 'Data protection officer', channel: 'dpo@example.com', emergency: '+33 1 00 00 00 00', tellBy: null },
      ],
      contactsHidden: false,
    },
    timeline: [
      entry(1, '2026-03-02T09:20:00.000Z', 'priority', 'u-riley', 'Priority set to Critical'),
      entry(2, '2026-03-02T10:55:00.000Z', 'action', 'u-sam', 'Removed the public link'),
      entry(3, '2026-03-04T16:30:00.000Z', 'legal', 'u-legal', 'GDPR notification sent to CNIL'),
    ],
    verification: {
      checked: 3,
      firstBreak: null,
      summary: 'Intact: all 3 entries match their hashes and each links to the one before.',
      verifiedAt: '2026-03-20T12:00:00.000Z',
    },
    followUps: [
      {
        key: 'SEC-43',
        summary: 'Block public links for the customer folder',
        status: 'To Do',
        done: false,
        url: 'https://example.atlassian.net/browse/SEC-43',
      },
    ],
    linkedIssues: [
      { key: 'SEC-43', summary: 'Block public links for the customer folder', status: 'To Do', done: false, url: null, relation: 'relates to' },
      { key: 'IT-7', summary: 'Drive sharing policy', status: 'Done', done: true, url: null, relation: 'is blocked by' },
    ],
    withheld: { followUps: 0, linkedIssues: 0, audience: 'viewer' },
  };
}

/** A fresh event: nothing classified, nothing recorded. */
export function emptyFacts(): ReportFacts {
  const full = fullFacts();
  return {
    ...full,
    // No calendar anywhere: the report says its times are UTC.
    timeZone: null,
    siteUrl: null,
    incident: {
      category: null,
      priority: null,
      impact: null,
      urgency: null,
      cia: { confidentiality: false, integrity: false, availability: false, authenticity: false },
      exercise: false,
      reportedAt: '2026-03-02T09:00:00.000Z',
      triage: { state: 'event', at: null },
    },
    names: {},
    priorityHistory: [],
    sla: { ...full.sla, level: null, calendar: null, clocks: [], unavailable: 'No priority yet.' },
    legal: {
      ...full.legal,
      answers: { personalData: null, risk: null, residences: [], residencesComplete: false, dataTypes: {}, affected: {} },
      starts: [],
      obligations: [],
    },
    response: { roles: [], phaseHistory: [], runbook: null, evidence: [], contacts: [], contactsHidden: false },
    timeline: [],
    verification: {
      checked: 0,
      firstBreak: null,
      summary: 'Intact: all 0 entries match their hashes and each links to the one before.',
      verifiedAt: '2026-03-20T12:00:00.000Z',
    },
    followUps: [],
    linkedIssues: [],
  };
}

/** Text that tries to become structure in every output: ADF JSON, Markdown, HTML, links. */
export const HOSTILE = [
  '<script>alert(1)</script>',
  '# Heading\n\n| a | b |\n|---|---|\n[click](javascript:alert(1)) ![x](http://evil/x.png)',
  '{"type":"mention","attrs":{"id":"all"}} **bold** _em_ `code` ~~strike~~',
  '<img src=x onerror=alert(1)> &amp; &lt;b&gt;',
  '\\u0000 line one\r\nline two\n\n\n> quote\n- item\n1. item',
];

/** Every fact people can type, filled with hostile text. */
export function hostileFacts(): ReportFacts {
  const full = fullFacts();
  const h = (i: number) => HOSTILE[i % HOSTILE.length]!;
  return {
    ...full,
    issue: { ...full.issue, summary: h(0) },
    incident: { ...full.incident, category: h(1) },
    names: { 'u-riley': h(2), 'u-legal': h(3), 'u-sam': h(4) },
    priorityHistory: full.priorityHistory.map((p) => ({ ...p, reason: h(1) })),
    response: {
      ...full.response,
      phaseHistory: full.response.phaseHistory.map((p) => ({ ...p, reason: h(0) })),
      runbook: { ...full.response.runbook!, title: h(2), steps: full.response.runbook!.steps.map((s) => ({ ...s, text: h(3) })) },
      evidence: full.response.evidence.map((e) => ({ ...e, item: h(0), source: h(1), collectedBy: h(2), holder: h(4) })),
      contacts: full.response.contacts.map((c) => ({ ...c, name: h(0), channel: h(1) })),
    },
    legal: {
      ...full.legal,
      obligations: full.legal.obligations.map((o) => ({
        ...o,
        decision: { ...o.decision!, rationale: h(1) },
        sendings: o.sendings.map((s) => ({ ...s, recipient: h(0), reference: h(2) })),
      })),
    },
    timeline: full.timeline.map((e, i) => ({ ...e, text: h(i) })),
    followUps: full.followUps.map((f) => ({ ...f, summary: h(1) })),
    linkedIssues: full.linkedIssues.map((l) => ({ ...l, summary: h(3) })),
  };
}
