/**
 * Card brands and the rest of the world: Visa, Mastercard, Australia, Canada, Singapore, India,
 * Brazil, Switzerland, Japan, South Africa (shared/docs/legal-notification-rules.md §1.10-1.18).
 */
import type { Condition } from '../applicability';
import type { LegalRule } from '../legal-rule';
import { calendarDays, defineRule, fact, hours, personalData, sentOf } from './define-rule';

const cardData: Condition[] = [{ profile: 'cardMerchant', in: ['yes'] }, { dataType: 'card' }];
const VISA_URL = 'https://usa.visa.com/support/small-business/data-security.html';
const SYDNEY = 'Australia/Sydney';
const TORONTO = 'America/Toronto';
const SINGAPORE = 'Asia/Singapore';
const KOLKATA = 'Asia/Kolkata';
const SAO_PAULO = 'America/Sao_Paulo';
const ZURICH = 'Europe/Zurich';
const TOKYO = 'Asia/Tokyo';
const JOHANNESBURG = 'Africa/Johannesburg';
const inAustralia: Condition[] = [personalData, { residence: 'AU' }, { profile: 'auAppEntity', in: ['yes'] }];
const rrosh: Condition[] = [personalData, { residence: 'CA' }, { risk: ['risk', 'high'] }];
const PIPEDA_URL = 'https://www.priv.gc.ca/en/privacy-topics/privacy-breaches/respond-to-a-privacy-breach-at-your-business/gd_pb_201810';
const inSingapore: Condition[] = [personalData, { residence: 'SG' }];
/** LGPD "relevant risk or damage": a significant effect on data subjects' rights (plus one factor, in the exceptions text). */
const inBrazil: Condition[] = [personalData, { residence: 'BR' }, { risk: ['risk', 'high'] }];
const BR_URL = 'https://bifrostindex.ai/guides/brazil/breach-notification';
const brBusinessDays = (amount: number) => ({ amount, unit: 'business_days' as const, calendar: 'BR-national' as const, endOfDay: true });
const inSwitzerland: Condition[] = [personalData, { residence: 'CH' }];
const FADP_URL = 'https://lawbrary.ch/law/art/DSG-v2023.09-en-art-24';
/** APPI's four categories (Rules Art 7): special-care data, financial loss, unlawful purpose, more than 1,000 people. */
const appiCategory123or4: Condition = { any: [{ dataType: 'sensitive' }, { dataType: 'financial' }, { dataType: 'unlawfulPurpose' }, { count: 'JP', moreThan: 1000 }] };
const inJapan: Condition[] = [personalData, { residence: 'JP' }];
/** Japan: the day of knowing is day 1; a due date on a closed day rolls to the next government working day (unverified convention). */
const japanDays = (amount: number) => ({ amount, unit: 'calendar_days' as const, dayOneIsStart: true, endOfDay: true });
const JAPAN_ROLL = { calendar: 'JP-government' as const, at: 'end-of-day' as const };
const APPI_URL = 'https://www.businesslawyers.jp/practices/1433';
const inSouthAfrica: Condition[] = [personalData, { residence: 'ZA' }];
const POPIA_URL = 'https://mjkinc.co.za/popia/data-breaches';

export const REST_OF_WORLD_RULES: LegalRule[] = [
  defineRule({
    id: 'visa.wtdic.notify', regime: 'Visa (card brand rules)', jurisdiction: 'card-brands', stage: 'Alert the acquirer and Visa Fraud Control', zone: 'UTC', recipient: 'Acquirer first, then Visa',
    start: fact('detected_at'), softWording: 'immediately', policyTargetHours: 24, appliesWhen: cardData,
    exceptions: 'Contractual, not statute. Owed when Visa account data is confirmed or merely suspected lost or stolen.', citation: 'Visa "What To Do If Compromised"', verification: 'S', urls: [VISA_URL],
  }),
  defineRule({
    id: 'visa.wtdic.report', regime: 'Visa (card brand rules)', jurisdiction: 'card-brands', stage: 'Incident report (WTDIC Appendix A)', zone: 'UTC', recipient: 'Visa, through the acquirer',
    start: fact('detected_at'), period: { amount: 3, unit: 'business_days', calendar: 'acquirer-country', endOfDay: true }, appliesWhen: cardData,
    exceptions: 'Working days of the acquirer\'s country (set it in the organisation profile). Older guidance says 4 business days.', citation: 'Visa WTDIC (Visa Finland page)', verification: 'S',
    urls: ['https://www.visa.fi/fi_FI/support/small-business/data-security.html'],
  }),
  defineRule({
    id: 'visa.wtdic.accounts', regime: 'Visa (card brand rules)', jurisdiction: 'card-brands', stage: 'List of at-risk account numbers', zone: 'UTC', recipient: 'Visa',
    start: fact('detected_at'), period: { amount: 10, unit: 'business_days', calendar: 'acquirer-country', endOfDay: true }, appliesWhen: cardData, citation: 'Visa WTDIC', verification: 'S', urls: [VISA_URL],
  }),
  defineRule({
    id: 'mastercard.adc.report', regime: 'Mastercard (card brand rules)', jurisdiction: 'card-brands', stage: 'Report an account data compromise event', zone: 'UTC', recipient: 'Mastercard',
    start: fact('aware_at'), period: hours(24), appliesWhen: cardData, exceptions: 'Contractual, not statute.',
    citation: 'Mastercard Account Data Compromise User Guide (2016) / Security Rules ch. 10', verification: 'S', urls: ['https://studylib.net/doc/18515487/account-data-compromise-user-guide'],
  }),
  defineRule({
    id: 'mastercard.adc.pfi', regime: 'Mastercard (card brand rules)', jurisdiction: 'card-brands', stage: 'Engage a PCI Forensic Investigator', zone: 'UTC', recipient: 'A PCI Forensic Investigator',
    start: fact('aware_at'), period: hours(72), appliesWhen: [...cardData, { judgement: 'Mastercard requires a forensic investigation' }],
    citation: 'Single secondary source', verification: 'UNVERIFIED', urls: ['https://docs.solidgate.com/compliance/data'],
  }),
  defineRule({
    id: 'au.ndb.assessment', regime: 'Australia Privacy Act (NDB)', jurisdiction: 'AU', stage: 'Assess a suspected eligible data breach', zone: SYDNEY, recipient: 'Internal',
    start: fact('reasonable_grounds_suspect_at'), period: calendarDays(30), appliesWhen: inAustralia,
    exceptions: 'Take all reasonable steps to complete a reasonable and expeditious assessment within 30 days.', citation: 'Privacy Act s 26WH (OAIC)', verification: 'S',
    urls: ['https://www.oaic.gov.au/privacy-law/privacy-act/notifiable-data-breaches-scheme/assessing-a-suspected-data-breach'],
  }),
  defineRule({
    id: 'au.ndb.statement', regime: 'Australia Privacy Act (NDB)', jurisdiction: 'AU', stage: 'Statement to the Commissioner', zone: SYDNEY, recipient: 'OAIC',
    start: fact('reasonable_grounds_believe_at'), softWording: 'as soon as practicable', policyTargetHours: 30 * 24, appliesWhen: [...inAustralia, { risk: ['high'] }],
    exceptions: 'An eligible data breach: serious harm is likely. Remedial-action exception (s 26WF). The OAIC has pursued timelines past 30 days from first suspicion.',
    citation: 'Privacy Act s 26WK', verification: 'S', urls: ['https://rulesmate.com.au/insights/oaic-eligible-data-breach-statement-content'],
  }),
  defineRule({
    id: 'au.ndb.individuals', regime: 'Australia Privacy Act (NDB)', jurisdiction: 'AU', stage: 'Notify individuals', zone: SYDNEY, recipient: 'Individuals at risk (or all affected, or publish)',
    start: sentOf('au.ndb.statement'), softWording: 'as soon as practicable', appliesWhen: [...inAustralia, { risk: ['high'] }], citation: 'Privacy Act s 26WL', verification: 'S',
    urls: ['https://ccsa.org.au/tips/notifiable-data-breaches-what-do-i-need-to-do/'],
  }),
  defineRule({
    id: 'au.csa.ransom', regime: 'Australia Cyber Security Act', jurisdiction: 'AU', stage: 'Ransomware or cyber-extortion payment report', zone: SYDNEY, recipient: 'ASD / Department of Home Affairs',
    start: fact('ransom_paid_at'), period: hours(72), appliesWhen: [{ profile: 'auReportingEntity', in: ['yes'] }, { fact: 'ransom_paid_at' }], effectiveFrom: '2025-05-30',
    exceptions: 'Also when the entity learns someone paid on its behalf.', citation: 'Cyber Security Act 2024 Part 3', verification: 'S',
    urls: ['https://keypointlaw.com.au/keynotes/mandatory-reporting-of-ransomware-and-cyber-extortion-payments-make-sure-you-know-the-rules'],
  }),
  defineRule({
    id: 'au.soci.incident', regime: 'Australia SOCI Act', jurisdiction: 'AU', stage: 'Critical-infrastructure cyber incident (significant impact)', zone: SYDNEY, recipient: 'ASD',
    start: fact('aware_at'), period: hours(12), appliesWhen: [{ profile: 'auSoci', in: ['yes'] }], exceptions: '72 h for a relevant (not significant) impact.',
    citation: 'SOCI Act (not reviewed)', verification: 'UNVERIFIED', urls: [],
  }),
  defineRule({
    id: 'can.pipeda.opc', regime: 'Canada PIPEDA', jurisdiction: 'CA', stage: 'Report to the Commissioner', zone: TORONTO, recipient: 'Office of the Privacy Commissioner',
    start: fact('breach_determined_at'), softWording: 'as soon as feasible', policyTargetHours: 30 * 24, appliesWhen: rrosh,
    exceptions: 'A real risk of significant harm (RROSH). Every breach, including those below the threshold, goes into the breach record kept for 24 months (duration unverified).',
    citation: 'PIPEDA s 10.1(1)-(2) (OPC)', verification: 'S', urls: [PIPEDA_URL],
  }),
  defineRule({
    id: 'can.pipeda.individuals', regime: 'Canada PIPEDA', jurisdiction: 'CA', stage: 'Notify individuals', zone: TORONTO, recipient: 'Affected individuals',
    start: fact('breach_determined_at'), softWording: 'as soon as feasible', policyTargetHours: 30 * 24, appliesWhen: rrosh, exceptions: 'Not where the law prohibits notice.',
    citation: 'PIPEDA s 10.1(3), (6)', verification: 'S', urls: ['https://www.dataprotectionreport.com/2018/04/canadas-mandatory-privacy-breach-reporting-requirements-coming-into-force-november-1-2018/'],
  }),
  defineRule({
    id: 'can.pipeda.other_orgs', regime: 'Canada PIPEDA', jurisdiction: 'CA', stage: 'Notify organisations that can reduce the harm', zone: TORONTO, recipient: 'Organisations or government institutions able to reduce or mitigate the harm',
    start: fact('breach_determined_at'), softWording: 'as soon as feasible', appliesWhen: [...rrosh, { judgement: 'They may be able to reduce or mitigate the harm' }],
    citation: 'PIPEDA s 10.2', verification: 'S', urls: ['http://www.mondaq.com/canada/x/694252/'],
  }),
  defineRule({
    id: 'sg.pdpa.assessment', regime: 'Singapore PDPA', jurisdiction: 'SG', stage: 'Assess whether the breach is notifiable', zone: SINGAPORE, recipient: 'Internal',
    start: fact('reasonable_grounds_believe_at'), period: calendarDays(30), appliesWhen: inSingapore,
    exceptions: 'The Act requires a "reasonable and expeditious" assessment; 30 days is the PDPC guide\'s figure.', citation: 'PDPA s 26C(2); PDPC guide', verification: 'P', urls: ['https://laws.sg/legislation/act-2012-pdpa/section-26c'],
  }),
  defineRule({
    id: 'sg.pdpa.pdpc', regime: 'Singapore PDPA', jurisdiction: 'SG', stage: 'Notify the PDPC', zone: SINGAPORE, recipient: 'PDPC',
    start: fact('assessment_completed_at'), period: calendarDays(3), softWording: 'as soon as practicable', appliesWhen: [...inSingapore, { any: [{ risk: ['high'] }, { count: 'SG', atLeast: 500 }] }],
    exceptions: 'Notifiable on significant harm or significant scale (500+). A breach entirely inside the organisation is not notifiable (s 26B(4)).', citation: 'PDPA s 26B, 26D(1)', verification: 'P',
    urls: ['https://laws.sg/legislation/act-2012-pdpa/section-26d'],
  }),
  defineRule({
    id: 'sg.pdpa.individuals', regime: 'Singapore PDPA', jurisdiction: 'SG', stage: 'Notify individuals', zone: SINGAPORE, recipient: 'Affected individuals',
    start: sentOf('sg.pdpa.pdpc'), softWording: 'as soon as practicable', appliesWhen: [...inSingapore, { risk: ['high'] }],
    exceptions: 'Not needed when remedial steps or prior protection make harm unlikely; withheld if a law-enforcement agency or the PDPC directs so.', citation: 'PDPA s 26D(2), (5), (6)', verification: 'P',
    urls: ['https://laws.sg/legislation/act-2012-pdpa/section-26d'],
  }),
  defineRule({
    id: 'sg.pdpa.intermediary', regime: 'Singapore PDPA', jurisdiction: 'SG', stage: 'Data intermediary notifies the organisation', zone: SINGAPORE, recipient: 'The organisation',
    start: fact('reasonable_grounds_believe_at'), softWording: 'without undue delay', policyTargetHours: 24, appliesWhen: [...inSingapore, { profile: 'processor', in: ['yes'] }],
    citation: 'PDPA s 26C(3)', verification: 'P', urls: ['https://laws.sg/legislation/act-2012-pdpa/section-26c'],
  }),
  defineRule({
    id: 'in.certin.report', regime: 'India CERT-In Directions', jurisdiction: 'IN', stage: 'Incident report', zone: KOLKATA, recipient: 'CERT-In',
    start: fact('detected_at'), period: hours(6), appliesWhen: [{ profile: 'certInScope', in: ['yes'] }],
    exceptions: 'Any of about 20 incident types in Annex I (data breaches, ransomware, unauthorised access, DDoS, ...). Keep logs 180 days; sync clocks to NIC/NPL NTP.',
    citation: 'IT Act s 70B(6); CERT-In Direction (ii) of 28 Apr 2022', verification: 'S', urls: ['https://www.cert-in.org.in/PDF/CERT-In_Directions_70B_28.04.2022.pdf'],
  }),
  ...(
    [
      ['in.dpdp.intimation', 'Initial intimation', null, 'r 7(2)(a)', 'without delay'],
      ['in.dpdp.detailed', 'Detailed report', 72, 'r 7(2)(b)', null],
    ] as const
  ).map(([id, stage, amount, rule, wording]) =>
    defineRule({
      id, regime: 'India DPDP Rules', jurisdiction: 'IN', stage, zone: KOLKATA, recipient: 'Data Protection Board', start: fact('aware_at'),
      ...(amount ? { period: hours(amount) } : { softWording: wording, policyTargetHours: 72 }),
      appliesWhen: [personalData, { residence: 'IN' }], status: 'pending', effectiveFrom: '2027-05-13', enabledByDefault: true,
      exceptions: 'Not yet in force: applies to clocks starting from 13 May 2027; no harm threshold.', citation: `DPDP Rules ${rule}`, verification: 'P', urls: ['https://dpdpa.co.in/rule-7'],
    }),
  ),
  defineRule({
    id: 'in.dpdp.principals', regime: 'India DPDP Rules', jurisdiction: 'IN', stage: 'Notify Data Principals', zone: KOLKATA, recipient: 'Each affected Data Principal',
    start: fact('aware_at'), softWording: 'without delay', policyTargetHours: 72, appliesWhen: [personalData, { residence: 'IN' }], status: 'pending', effectiveFrom: '2027-05-13', enabledByDefault: true,
    exceptions: 'Not yet in force: applies to clocks starting from 13 May 2027.', citation: 'DPDP Rules r 7(1)', verification: 'P', urls: ['https://dpdpa.co.in/rule-7'],
  }),
  defineRule({
    id: 'br.anpd.communication', regime: 'Brazil LGPD (ANPD Res. 15/2024)', jurisdiction: 'BR', stage: 'Communication to the ANPD', zone: SAO_PAULO, recipient: 'ANPD (electronic form)',
    start: fact('personal_data_affected_known_at'), period: brBusinessDays(3), appliesWhen: inBrazil,
    exceptions: 'Relevant risk or damage plus one factor: sensitive, minors\' or elderly people\'s, financial, login or secrecy-protected data, or large scale. Small processing agents get 6 business days (set a per-country override). A shorter sector period prevails.',
    citation: 'LGPD Art 48; Res. 15/2024 Arts 5-6', verification: 'S', urls: [BR_URL],
  }),
  defineRule({
    id: 'br.anpd.subjects', regime: 'Brazil LGPD (ANPD Res. 15/2024)', jurisdiction: 'BR', stage: 'Communication to data subjects', zone: SAO_PAULO, recipient: 'Each affected data subject (else a public notice for 90 days or more)',
    start: fact('personal_data_affected_known_at'), period: brBusinessDays(3), appliesWhen: inBrazil, citation: 'Res. 15/2024 Art 9', verification: 'S',
    urls: ['https://bastilhocoelho.com.br/en/brazilian-dpa-publishes-a-resolution-on-the-notification-of-data-security-incidents/'],
  }),
  defineRule({
    id: 'br.anpd.complement', regime: 'Brazil LGPD (ANPD Res. 15/2024)', jurisdiction: 'BR', stage: 'Complementary information', zone: SAO_PAULO, recipient: 'ANPD',
    start: sentOf('br.anpd.communication'), period: brBusinessDays(20), appliesWhen: [...inBrazil, { judgement: 'More information is needed or has become available' }],
    citation: 'Res. 15/2024 Art 6 (paragraph unverified)', verification: 'S', urls: ['https://bastilhocoelho.com.br/?p=5679'],
  }),
  defineRule({
    id: 'ch.fadp.fdpic', regime: 'Switzerland FADP', jurisdiction: 'CH', stage: 'Notify the FDPIC', zone: ZURICH, recipient: 'Federal Data Protection and Information Commissioner',
    start: fact('aware_at'), softWording: 'as quickly as possible', policyTargetHours: 72, appliesWhen: [...inSwitzerland, { risk: ['high'] }],
    exceptions: 'Only breaches that probably entail a high risk: a stricter threshold than the GDPR\'s.', citation: 'FADP Art 24(1)', verification: 'P', urls: [FADP_URL],
  }),
  defineRule({
    id: 'ch.fadp.subjects', regime: 'Switzerland FADP', jurisdiction: 'CH', stage: 'Inform data subjects', zone: ZURICH, recipient: 'Data subjects',
    start: fact('aware_at'), softWording: 'no timing stated', appliesWhen: [...inSwitzerland, { judgement: 'Needed for their protection, or the FDPIC requires it' }],
    exceptions: 'May be restricted, postponed or dropped (Art 24(5)).', citation: 'FADP Art 24(4), 24(5)', verification: 'P', urls: ['https://prighter.com/resources/laws/swiss-fadp/fadp/articles/article-24'],
  }),
  defineRule({
    id: 'ch.fadp.processor', regime: 'Switzerland FADP', jurisdiction: 'CH', stage: 'Processor notifies the controller', zone: ZURICH, recipient: 'The controller',
    start: fact('aware_at'), softWording: 'as quickly as possible', policyTargetHours: 24, appliesWhen: [...inSwitzerland, { profile: 'processor', in: ['yes'] }],
    citation: 'FADP Art 24(3)', verification: 'P', urls: [FADP_URL],
  }),
  defineRule({
    id: 'ch.isa.cyberattack', regime: 'Switzerland ISA', jurisdiction: 'CH', stage: 'Cyberattack report', zone: ZURICH, recipient: 'NCSC / BACS (Federal Office for Cybersecurity)',
    start: fact('discovered_at'), period: hours(24), appliesWhen: [{ profile: 'chCriticalInfrastructure', in: ['yes'] }], effectiveFrom: '2025-04-01',
    exceptions: 'Information not yet known can be added within 14 days.', citation: 'ISA Art 74b ff.; Cybersecurity Ordinance (NCSC)', verification: 'S',
    urls: ['https://ncsc.admin.ch/ncsc/en/home/meldepflicht/meldepflichtige-organisationen.html'],
  }),
  defineRule({
    id: 'jp.appi.preliminary', regime: 'Japan APPI', jurisdiction: 'JP', stage: 'Preliminary report', zone: TOKYO, recipient: 'PPC, or a ministry with delegated authority',
    start: fact('aware_at'), softWording: 'promptly (PPC guidance: about 3-5 days)', policyTargetHours: 5 * 24, appliesWhen: [...inJapan, appiCategory123or4],
    exceptions: 'Not required where advanced encryption or equivalent protection was in place. Exactly 1,000 people does not qualify.', citation: 'APPI Art 26(1); Rules Art 7, 8(1)', verification: 'S', urls: [APPI_URL],
  }),
  defineRule({
    id: 'jp.appi.final_30', regime: 'Japan APPI', jurisdiction: 'JP', stage: 'Confirmed report', zone: TOKYO, recipient: 'PPC',
    start: fact('aware_at'), period: japanDays(30), roll: JAPAN_ROLL, appliesWhen: [...inJapan, { any: [{ dataType: 'sensitive' }, { dataType: 'financial' }, { count: 'JP', moreThan: 1000 }] }],
    exceptions: 'Day of knowing is day 1; a due date on a weekend, holiday or 29 Dec-3 Jan rolls forward (convention unverified).', citation: 'PPC Enforcement Rules Art 8(2)', verification: 'S', urls: [APPI_URL],
  }),
  defineRule({
    id: 'jp.appi.final_60', regime: 'Japan APPI', jurisdiction: 'JP', stage: 'Confirmed report (unlawful purpose)', zone: TOKYO, recipient: 'PPC',
    start: fact('aware_at'), period: japanDays(60), roll: JAPAN_ROLL, appliesWhen: [...inJapan, { dataType: 'unlawfulPurpose' }],
    exceptions: 'Day of knowing is day 1; a due date on a weekend, holiday or 29 Dec-3 Jan rolls forward (convention unverified).', citation: 'PPC Enforcement Rules Art 8(2)', verification: 'S', urls: [APPI_URL],
  }),
  defineRule({
    id: 'jp.appi.individuals', regime: 'Japan APPI', jurisdiction: 'JP', stage: 'Notify individuals', zone: TOKYO, recipient: 'Affected individuals (or a public announcement)',
    start: fact('aware_at'), softWording: 'promptly, according to the circumstances', appliesWhen: [...inJapan, appiCategory123or4], citation: 'APPI Art 26(2)', verification: 'S',
    urls: ['https://kiroku.today/en/url/www.ppc.go.jp/personalinfo/legal/leakAction'],
  }),
  defineRule({
    id: 'jp.appi.entrusted', regime: 'Japan APPI', jurisdiction: 'JP', stage: 'Entrusted party notifies the client', zone: TOKYO, recipient: 'The entrusting party (client)',
    start: fact('aware_at'), softWording: 'promptly (as for the preliminary report)', policyTargetHours: 5 * 24, appliesWhen: [...inJapan, appiCategory123or4, { profile: 'processor', in: ['yes'] }],
    exceptions: 'Once the client is informed, the entrusted party need not report to the PPC itself.', citation: 'APPI Art 26(1) proviso', verification: 'S', urls: ['https://qiita.com/tetz1/items/9795719757154b99855b'],
  }),
  defineRule({
    id: 'za.popia.regulator', regime: 'South Africa POPIA', jurisdiction: 'ZA', stage: 'Notify the Information Regulator', zone: JOHANNESBURG, recipient: 'Information Regulator (eServices portal only, since 1 Apr 2025)',
    start: fact('discovered_at'), softWording: 'as soon as reasonably possible', policyTargetHours: 72, appliesWhen: inSouthAfrica,
    exceptions: 'No risk threshold: the Regulator treats every security compromise as reportable.', citation: 'POPIA s 22(1)-(2)', verification: 'S', urls: [POPIA_URL],
  }),
  defineRule({
    id: 'za.popia.subjects', regime: 'South Africa POPIA', jurisdiction: 'ZA', stage: 'Notify data subjects', zone: JOHANNESBURG, recipient: 'Data subjects, in writing',
    start: fact('discovered_at'), softWording: 'as soon as reasonably possible', policyTargetHours: 72, appliesWhen: inSouthAfrica,
    exceptions: 'Not owed when the data subjects cannot be identified.', delayProvisions: ['A public body investigating offences, or the Regulator, finds notice would hamper a criminal investigation (s 22(3)).'],
    citation: 'POPIA s 22(1)(b), 22(3)', verification: 'S', urls: ['https://altadvisory.africa/2022/08/15/information-regulator-published-guidelines-for-security-compromise-notifications/'],
  }),
  defineRule({
    id: 'za.popia.operator', regime: 'South Africa POPIA', jurisdiction: 'ZA', stage: 'Operator notifies the responsible party', zone: JOHANNESBURG, recipient: 'The responsible party',
    start: fact('discovered_at'), softWording: 'immediately', policyTargetHours: 24, appliesWhen: [...inSouthAfrica, { profile: 'processor', in: ['yes'] }],
    citation: 'POPIA s 21(2)', verification: 'S', urls: [POPIA_URL],
  }),
];
