/**
 * EU and UK rules: GDPR, UK GDPR and PECR, NIS2, DORA, CRA, the AI Act
 * (shared/docs/legal-notification-rules.md §1.1-1.4, 1.19, 1.20). Citations and verification
 * levels as the reference gives them.
 */
import type { Condition } from '../applicability';
import type { DeadlineRoll, LegalRule } from '../legal-rule';
import { calendarDays, defineRule, fact, hours, months, personalData, sentOf } from './define-rule';

const BRUSSELS = 'Europe/Brussels';
const LONDON = 'Europe/London';
const GDPR_URLS = ['https://eur-lex.europa.eu/eli/reg/2016/679/oj', 'https://gdprhub.eu/Article_33_GDPR', 'https://edpb.europa.eu/our-work-tools/our-documents/guidelines/guidelines-92022-personal-data-breach-notification-under_en'];
const inEu: Condition = { any: [{ residence: 'EU' }, { profile: 'euEstablished', in: ['yes'] }] };
const nis2Entity: Condition = { profile: 'nis2', in: ['essential', 'important'] };
const doraEntity: Condition = { profile: 'dora', in: ['credit-institution', 'ccp', 'trading-venue', 'other-financial-entity'] };
const ART_34_EXCEPTIONS = 'Art 34(3): (a) data unintelligible to others, e.g. encrypted with the key uncompromised; (b) later measures make the high risk improbable; (c) disproportionate effort: a public communication replaces it.';
/** RTS 2025/301 Art 5(4)-(6): not for credit institutions, CCPs, trading venues or NIS2 entities (initial and intermediate). */
const doraRollExceptExcluded: DeadlineRoll = { calendar: 'EU-member-state', at: 'noon', unless: { any: [{ profile: 'dora', in: ['credit-institution', 'ccp', 'trading-venue'] }, nis2Entity] } };
const DORA_URLS = ['https://eur-lex.europa.eu/eli/reg_del/2025/301/oj'];
const DORA_LATE = 'If a stage will be missed, tell the authority before its deadline, with reasons (RTS 5(3)).';

export const EU_UK_RULES: LegalRule[] = [
  defineRule({
    id: 'eu.gdpr.33.sa', regime: 'EU GDPR', jurisdiction: 'EU', stage: 'Breach notification to the supervisory authority', zone: BRUSSELS,
    recipient: 'Competent or lead supervisory authority (Arts 55-56); without an EU establishment, each authority where affected people live',
    start: fact('aware_at'), period: hours(72), softWording: 'without undue delay and, where feasible, not later than 72 hours', policyTargetHours: 24,
    appliesWhen: [personalData, inEu],
    exceptions: 'Not required if the breach is unlikely to result in a risk to individuals; the breach is still documented internally (Art 33(5)).',
    lateRequiresReasons: true, citation: 'GDPR Art 33(1), 33(5); EDPB Guidelines 9/2022', verification: 'P', urls: GDPR_URLS,
  }),
  defineRule({
    id: 'eu.gdpr.33.phased', regime: 'EU GDPR', jurisdiction: 'EU', stage: 'Further information in phases', zone: BRUSSELS, recipient: 'The same supervisory authority',
    start: sentOf('eu.gdpr.33.sa'), softWording: 'without undue further delay', appliesWhen: [personalData, inEu, { sent: 'eu.gdpr.33.sa' }, { judgement: 'Some facts were not available at the first notice' }],
    citation: 'GDPR Art 33(4)', verification: 'P', urls: ['https://gdprhub.eu/Article_33_GDPR'],
  }),
  defineRule({
    id: 'eu.gdpr.33.processor', regime: 'EU GDPR', jurisdiction: 'EU', stage: 'Processor informs the controller', zone: BRUSSELS, recipient: 'The controller',
    start: fact('aware_at'), softWording: 'without undue delay', policyTargetHours: 24, appliesWhen: [personalData, inEu, { profile: 'processor', in: ['yes'] }],
    exceptions: 'Back the duty with a contractual SLA.', citation: 'GDPR Art 33(2)', verification: 'P', urls: ['https://gdprhub.eu/Article_33_GDPR'],
  }),
  defineRule({
    id: 'eu.gdpr.34.subjects', regime: 'EU GDPR', jurisdiction: 'EU', stage: 'Communication to data subjects', zone: BRUSSELS,
    recipient: 'Affected individuals (a public communication where contacting each would take disproportionate effort)',
    start: fact('high_risk_determined_at'), softWording: 'without undue delay', policyTargetHours: 72, appliesWhen: [personalData, inEu, { risk: ['high'] }],
    exceptions: ART_34_EXCEPTIONS, citation: 'GDPR Art 34(1)-(4)', verification: 'P', urls: ['https://eur-lex.europa.eu/eli/reg/2016/679/oj'],
  }),
  defineRule({
    id: 'uk.gdpr.33.ico', regime: 'UK GDPR', jurisdiction: 'UK', stage: 'Breach notification', zone: LONDON, recipient: 'ICO',
    start: fact('aware_at'), period: hours(72), softWording: 'without undue delay', policyTargetHours: 24, appliesWhen: [personalData, { residence: 'UK' }],
    exceptions: 'Not required if the breach is unlikely to result in a risk; reasons required if late.', lateRequiresReasons: true,
    citation: 'UK GDPR Art 33 (ICO page)', verification: 'S', urls: ['https://ico.org.uk/global/privacy-notice/report-a-breach-all-controllers/'],
  }),
  defineRule({
    id: 'uk.gdpr.34.subjects', regime: 'UK GDPR', jurisdiction: 'UK', stage: 'Communication to individuals', zone: LONDON, recipient: 'Affected individuals',
    start: fact('high_risk_determined_at'), softWording: 'without undue delay', policyTargetHours: 72, appliesWhen: [personalData, { residence: 'UK' }, { risk: ['high'] }],
    exceptions: 'The same three exceptions as EU Art 34(3).', citation: 'UK GDPR Art 34', verification: 'S', urls: ['https://www.nibusinessinfo.co.uk/content/reporting-serious-breaches-personal-data'],
  }),
  defineRule({
    id: 'uk.pecr.ico', regime: 'UK PECR', jurisdiction: 'UK', stage: 'Personal data breach by a telecoms or internet provider (24 h rule)', zone: LONDON, recipient: 'ICO',
    start: fact('aware_at'), period: hours(24), appliesWhen: [personalData, { residence: 'UK' }, { profile: 'telecomProvider', in: ['yes'] }],
    exceptions: 'The Data (Use and Access) Act 2025 may extend this to 72 h (rule uk.pecr.ico.duaa); enable one after counsel confirms which is in force.',
    citation: 'PECR breach rule (ICO privacy notice: 24 h)', verification: 'UNVERIFIED', urls: ['https://ico.org.uk/global/privacy-notice/report-a-breach-all-controllers/'],
  }),
  defineRule({
    id: 'uk.pecr.ico.duaa', regime: 'UK PECR', jurisdiction: 'UK', stage: 'Personal data breach by a telecoms or internet provider (72 h, DUAA 2025)', zone: LONDON, recipient: 'ICO',
    start: fact('aware_at'), period: hours(72), appliesWhen: [personalData, { residence: 'UK' }, { profile: 'telecomProvider', in: ['yes'] }],
    exceptions: 'Replaces the 24 h rule once the DUAA change is in force: which is in force now is unverified.',
    citation: 'PECR as amended by the DUAA 2025 (revised ICO guide, 20 Aug 2025)', verification: 'UNVERIFIED', urls: ['https://threatcluster.io/article/personal-data-breaches-a-guide-ef54fc0d'],
  }),
  defineRule({
    id: 'eu.nis2.23.early_warning', regime: 'EU NIS2', jurisdiction: 'EU', stage: 'Early warning', zone: BRUSSELS, recipient: 'National CSIRT or competent authority',
    start: fact('significant_aware_at'), period: hours(24), softWording: 'without undue delay and in any event within 24 hours', appliesWhen: [nis2Entity],
    exceptions: 'Say whether unlawful or malicious action is suspected and whether cross-border impact is possible.',
    citation: 'NIS2 Art 23(4)(a), 23(3)', verification: 'P', urls: ['https://eur-lex.europa.eu/eli/dir/2022/2555/oj', 'https://nis2-info.eu/article-23-reporting-obligations'],
  }),
  defineRule({
    id: 'eu.nis2.23.notification', regime: 'EU NIS2', jurisdiction: 'EU', stage: 'Incident notification', zone: BRUSSELS, recipient: 'National CSIRT or competent authority',
    start: fact('significant_aware_at'), period: hours(72), appliesWhen: [nis2Entity, { profile: 'trustServiceProvider', in: ['no'] }],
    exceptions: 'Updates the early warning with an initial assessment: severity, impact, indicators of compromise if known.',
    citation: 'NIS2 Art 23(4)(b)', verification: 'P', urls: ['https://docs.modulos.ai/frameworks/nis2/incident-reporting-and-communications'],
  }),
  defineRule({
    id: 'eu.nis2.23.notification_tsp', regime: 'EU NIS2', jurisdiction: 'EU', stage: 'Incident notification (trust service providers)', zone: BRUSSELS, recipient: 'National CSIRT or competent authority',
    start: fact('significant_aware_at'), period: hours(24), appliesWhen: [nis2Entity, { profile: 'trustServiceProvider', in: ['yes'] }],
    exceptions: 'Replaces the 72 h notification where the significant incident hits trust services.',
    citation: 'NIS2 Art 23(4), second subparagraph', verification: 'P', urls: ['https://docs.modulos.ai/frameworks/nis2/incident-reporting-and-communications'],
  }),
  defineRule({
    id: 'eu.nis2.23.intermediate', regime: 'EU NIS2', jurisdiction: 'EU', stage: 'Intermediate report (on request)', zone: BRUSSELS, recipient: 'National CSIRT or competent authority',
    start: fact('authority_request_received_at'), kind: 'on_request', appliesWhen: [nis2Entity, { fact: 'authority_request_received_at' }],
    exceptions: 'The due date is the one the request sets.', citation: 'NIS2 Art 23(4)(c)', verification: 'P', urls: ['https://nis2-info.eu/article-23-reporting-obligations'],
  }),
  defineRule({
    id: 'eu.nis2.23.final', regime: 'EU NIS2', jurisdiction: 'EU', stage: 'Final report', zone: BRUSSELS, recipient: 'National CSIRT or competent authority',
    start: sentOf('eu.nis2.23.notification', 'eu.nis2.23.notification_tsp'), period: months(1), appliesWhen: [nis2Entity], replacedIfOngoingBy: 'eu.nis2.23.progress',
    exceptions: 'Detailed description with severity and impact; probable root cause; mitigation applied and ongoing; cross-border impact. If the incident is still ongoing then, a progress report is due instead.',
    citation: 'NIS2 Art 23(4)(d)', verification: 'P', urls: ['https://auditfront.pages.dev/frameworks/nis2/incident-reporting/art-23-4d'],
  }),
  defineRule({
    id: 'eu.nis2.23.progress', regime: 'EU NIS2', jurisdiction: 'EU', stage: 'Progress report (incident still ongoing)', zone: BRUSSELS, recipient: 'National CSIRT or competent authority',
    start: sentOf('eu.nis2.23.notification', 'eu.nis2.23.notification_tsp'), period: months(1), appliesWhen: [nis2Entity], replaces: 'eu.nis2.23.final',
    exceptions: 'The final report then follows one month after incident handling ends.', citation: 'NIS2 Art 23(4)(e)', verification: 'P', urls: ['https://www.sorena.io/artifacts/eu/nis2-directive/incident-reporting-workflow'],
  }),
  defineRule({
    id: 'eu.nis2.23.final_after_progress', regime: 'EU NIS2', jurisdiction: 'EU', stage: 'Final report after a progress report', zone: BRUSSELS, recipient: 'National CSIRT or competent authority',
    start: fact('handling_ended_at'), period: months(1), appliesWhen: [nis2Entity, { sent: 'eu.nis2.23.progress' }],
    citation: 'NIS2 Art 23(4)(e)', verification: 'P', urls: ['https://www.sorena.io/artifacts/eu/nis2-directive/incident-reporting-workflow'],
  }),
  defineRule({
    id: 'eu.nis2.23.recipients', regime: 'EU NIS2', jurisdiction: 'EU', stage: 'Notice to recipients of the service', zone: BRUSSELS, recipient: 'Customers using the service',
    start: fact('significant_aware_at'), softWording: 'without undue delay', policyTargetHours: 72, appliesWhen: [nis2Entity, { judgement: 'Where appropriate: the incident is likely to adversely affect the service' }],
    exceptions: 'For a significant cyber threat, tell potentially affected recipients what measures or remedies they can take (23(2)).', citation: 'NIS2 Art 23(1), 23(2)', verification: 'P', urls: ['https://nis2-info.eu/article-23-reporting-obligations'],
  }),
  defineRule({
    id: 'eu.nis2.pt.impact_ended', regime: 'EU NIS2 (Portugal)', jurisdiction: 'EU-PT', stage: 'Notice once the impact has ended (national extra stage)', zone: 'Europe/Lisbon', recipient: 'CNCS (national CSIRT)',
    start: fact('handling_ended_at'), period: hours(24), appliesWhen: [nis2Entity, { memberState: 'PT' }],
    exceptions: 'Portugal also asks for weekly interim reports.', citation: 'Portuguese NIS2 transposition (national override)', verification: 'S', urls: ['https://nis2-info.eu/article-23-reporting-obligations'],
  }),
  defineRule({
    id: 'eu.dora.initial', regime: 'EU DORA', jurisdiction: 'EU', stage: 'Initial notification', zone: BRUSSELS, recipient: 'National competent authority (Art 46); the ECB through it for significant credit institutions',
    start: fact('classified_major_at'), period: hours(4), limbs: [{ start: fact('aware_at'), period: hours(24), onlyIfMainStartByThen: true }], roll: doraRollExceptExcluded,
    appliesWhen: [doraEntity], lateRequiresReasons: true,
    exceptions: `The earlier of 4 h after classification as major and 24 h after awareness; a classification later than 24 h after awareness leaves only the 4 h limb. Use the ITS 2025/302 form. ${DORA_LATE}`,
    citation: 'RTS 2025/301 Art 5(1)(a), 5(2) (verbatim quote); DORA Art 19(1), 19(4)', verification: 'P', urls: [...DORA_URLS, 'https://www.dora-info.eu/article-19'],
  }),
  defineRule({
    id: 'eu.dora.intermediate', regime: 'EU DORA', jurisdiction: 'EU', stage: 'Intermediate report', zone: BRUSSELS, recipient: 'National competent authority',
    start: sentOf('eu.dora.initial'), period: hours(72), roll: doraRollExceptExcluded, appliesWhen: [doraEntity], lateRequiresReasons: true, repeatable: true,
    exceptions: `Owed even when nothing changed; send an updated intermediate report whenever the situation changes or when operations are restored. ${DORA_LATE}`,
    citation: 'RTS 2025/301 Art 5(1)(b) (verbatim quote)', verification: 'P', urls: DORA_URLS,
  }),
  defineRule({
    id: 'eu.dora.final', regime: 'EU DORA', jurisdiction: 'EU', stage: 'Final report', zone: BRUSSELS, recipient: 'National competent authority',
    start: sentOf('eu.dora.intermediate'), period: months(1), roll: { calendar: 'EU-member-state', at: 'noon' }, appliesWhen: [doraEntity], lateRequiresReasons: true,
    exceptions: `Runs from the most recent intermediate report. Covers the root cause, costs and losses. ${DORA_LATE}`,
    citation: 'RTS 2025/301 Art 5(1)(c), 5(4) (verbatim quote)', verification: 'P', urls: DORA_URLS,
  }),
  defineRule({
    id: 'eu.dora.clients', regime: 'EU DORA', jurisdiction: 'EU', stage: 'Client notice', zone: BRUSSELS, recipient: 'Clients',
    start: fact('classified_major_at'), softWording: 'without undue delay', policyTargetHours: 24, appliesWhen: [doraEntity, { judgement: "The major incident affects clients' financial interests" }],
    exceptions: 'Inform clients of the incident and of the mitigation measures.', citation: 'DORA Art 19(3)', verification: 'P', urls: ['https://www.dora-info.eu/article-19'],
  }),
  defineRule({
    id: 'eu.cra.early_warning', regime: 'EU Cyber Resilience Act', jurisdiction: 'EU', stage: 'Early warning', zone: BRUSSELS, recipient: 'ENISA single reporting platform and the coordinating CSIRT',
    start: fact('aware_at'), period: hours(24), appliesWhen: [{ profile: 'craManufacturer', in: ['yes'] }], effectiveFrom: '2026-09-11',
    exceptions: 'For an actively exploited vulnerability or a severe incident in a product with digital elements.', citation: 'CRA (Reg. 2024/2847) Art 14(2)(a), 14(4)(a)', verification: 'S',
    urls: ['https://compliancetestservices.com/ingress/eu-cra-article-14-reporting-obligations-2026/'],
  }),
  defineRule({
    id: 'eu.cra.notification', regime: 'EU Cyber Resilience Act', jurisdiction: 'EU', stage: 'Notification', zone: BRUSSELS, recipient: 'ENISA single reporting platform and the coordinating CSIRT',
    start: fact('aware_at'), period: hours(72), appliesWhen: [{ profile: 'craManufacturer', in: ['yes'] }], effectiveFrom: '2026-09-11',
    citation: 'CRA Art 14(2)(b), 14(4)(b)', verification: 'S', urls: ['https://compliancetestservices.com/ingress/eu-cra-article-14-reporting-obligations-2026/'],
  }),
  defineRule({
    id: 'eu.cra.final_vulnerability', regime: 'EU Cyber Resilience Act', jurisdiction: 'EU', stage: 'Final report (vulnerability)', zone: BRUSSELS, recipient: 'ENISA single reporting platform',
    start: fact('corrective_measure_available_at'), period: calendarDays(14), appliesWhen: [{ profile: 'craManufacturer', in: ['yes'] }, { fact: 'corrective_measure_available_at' }], effectiveFrom: '2026-09-11',
    exceptions: 'Source says "14 days": counted as calendar days until verified.', citation: 'CRA Art 14(2)(c)', verification: 'S', urls: ['https://compliancetestservices.com/ingress/eu-cra-article-14-reporting-obligations-2026/'],
  }),
  defineRule({
    id: 'eu.cra.final_incident', regime: 'EU Cyber Resilience Act', jurisdiction: 'EU', stage: 'Final report (severe incident)', zone: BRUSSELS, recipient: 'ENISA single reporting platform',
    start: sentOf('eu.cra.notification'), period: months(1), appliesWhen: [{ profile: 'craManufacturer', in: ['yes'] }], effectiveFrom: '2026-09-11',
    citation: 'CRA Art 14(4)(c)', verification: 'S', urls: ['https://compliancetestservices.com/ingress/eu-cra-article-14-reporting-obligations-2026/'],
  }),
  ...(
    [
      ['eu.aiact.73.general', 'Serious-incident report (general case)', 15, 'AI Act Art 73(2)', 'https://trusq.io/en/ai-act-serious-incident-reporting-art73.html'],
      ['eu.aiact.73.widespread', 'Widespread infringement or serious disruption of critical infrastructure', 2, 'AI Act Art 73(3)', 'https://confir.eu/eu-ai-act/article-73'],
      ['eu.aiact.73.death', 'Death of a person', 10, 'AI Act Art 73(4)', 'https://www.dev.standardintelligence.com/docs/operations/reporting-timelines-21015-days'],
    ] as const
  ).map(([id, stage, days, citation, url]) =>
    defineRule({
      id, regime: 'EU AI Act', jurisdiction: 'EU', stage, zone: BRUSSELS, recipient: 'Market surveillance authority of the Member State where it happened',
      start: fact('aware_at'), period: calendarDays(days), appliesWhen: [{ profile: 'aiHighRiskProvider', in: ['yes'] }], status: 'pending', effectiveFrom: '2027-12-02',
      exceptions: 'Pending: the start date depends on the Digital Omnibus (2 Dec 2027 for Annex III systems, 2 Aug 2028 for Annex I); publication unverified. An incomplete first report is allowed (Art 73(5)).',
      citation, verification: 'S', urls: [url],
    }),
  ),
];
