/**
 * United States rules: SEC 8-K Item 1.05, HIPAA, CIRCIA (pending), state breach laws with fixed
 * deadlines, NYDFS 500.17, banking agencies, FTC Safeguards, Reg S-P
 * (shared/docs/legal-notification-rules.md §1.5-1.9, 1.20).
 */
import type { Condition } from '../applicability';
import type { Residence } from '../legal-answers';
import type { LegalRule } from '../legal-rule';
import { calendarDays, defineRule, fact, hours, personalData, sentOf } from './define-rule';

const NEW_YORK = 'America/New_York';
const CHICAGO = 'America/Chicago';
const DENVER = 'America/Denver';
const LOS_ANGELES = 'America/Los_Angeles';
const SEC_URLS = ['https://www.sec.gov/files/rules/final/2023/33-11216.pdf', 'https://breachdocket.com/articles/sec-8k-item-1-05-meaning-explainer-2026-06-22'];
const secRegistrant: Condition = { profile: 'secRegistrant', in: ['yes'] };
const hipaaCovered: Condition = { profile: 'hipaa', in: ['covered-entity'] };
const health: Condition = { dataType: 'health' };
const HIPAA_URL = 'https://www.hhs.gov/hipaa/for-professionals/breach-notification/index.html';
const HIPAA_DELAY = 'Law-enforcement statement that notice would impede an investigation: a written statement sets the period; an oral one at most 30 days (45 CFR 164.412, unverified).';
const STATE_DELAY = 'Law-enforcement delay available (§2.9).';
const NYDFS_URL = 'https://www.law.cornell.edu/regulations/new-york/23-NYCRR-500.17';
const nydfs: Condition = { profile: 'nydfsCovered', in: ['yes'] };
const resident = (state: Residence): Condition[] => [personalData, { residence: state }];

export const UNITED_STATES_RULES: LegalRule[] = [
  defineRule({
    id: 'us.sec.8k.materiality', regime: 'US SEC 8-K Item 1.05', jurisdiction: 'US', stage: 'Materiality determination (internal, not a filing)', zone: NEW_YORK, recipient: 'Internal: disclosure committee',
    start: fact('discovered_at'), softWording: 'without unreasonable delay after discovery', policyTargetHours: 72, appliesWhen: [secRegistrant],
    exceptions: 'Track as an escalation, not a filing deadline: deliberate delay attracts SEC scrutiny.', citation: 'Form 8-K Item 1.05, Instruction 1', verification: 'S', urls: ['https://themonitor.gibsondunn.com/?p=6024'],
  }),
  defineRule({
    id: 'us.sec.8k.filing', regime: 'US SEC 8-K Item 1.05', jurisdiction: 'US', stage: 'Form 8-K filing (EDGAR)', zone: NEW_YORK, recipient: 'SEC and investors (EDGAR)',
    start: fact('materiality_determined_at'), period: { amount: 4, unit: 'business_days', calendar: 'US-federal', cutoff: '17:30' }, appliesWhen: [secRegistrant],
    exceptions: 'The day of the determination is day 0; a filing reaching EDGAR after 17:30 ET gets the next business day\'s date (17 CFR 232.13(a)(2)). Foreign private issuers use Form 6-K (timing unverified).',
    delayProvisions: ['US Attorney General: national security or public safety risk notified to the SEC before the deadline: up to 30 days, a further 30, in extraordinary cases a further 60; then file within 4 business days (Item 1.05(c)).', 'FCC CPNI breach rule: at most 7 business days (Item 1.05(d)).'],
    citation: 'Form 8-K Item 1.05(a); General Instruction B.1', verification: 'S', urls: SEC_URLS,
  }),
  defineRule({
    id: 'us.sec.8k.amendment', regime: 'US SEC 8-K Item 1.05', jurisdiction: 'US', stage: 'Form 8-K/A with facts unknown at filing', zone: NEW_YORK, recipient: 'SEC (EDGAR)',
    start: fact('missing_facts_established_at'), period: { amount: 4, unit: 'business_days', calendar: 'US-federal', cutoff: '17:30' },
    appliesWhen: [secRegistrant, { sent: 'us.sec.8k.filing' }, { fact: 'missing_facts_established_at' }],
    citation: 'Item 1.05, Instruction 2', verification: 'S', urls: ['https://haynesboone.com/news/alerts/preparing-for-the-2024-annual-report-and-proxy-statement-season'],
  }),
  defineRule({
    id: 'us.hipaa.404.individuals', regime: 'US HIPAA', jurisdiction: 'US', stage: 'Notice to individuals', zone: NEW_YORK, recipient: 'Affected individuals (mail, or email if agreed; substitute notice)',
    start: fact('discovered_at'), period: calendarDays(60), softWording: 'without unreasonable delay', appliesWhen: [hipaaCovered, health],
    exceptions: 'Unless a written four-factor assessment shows the PHI was unlikely to be compromised; PHI encrypted per HHS guidance is not "unsecured".', delayProvisions: [HIPAA_DELAY],
    citation: '45 CFR 164.404(a)(2), (b)', verification: 'S', urls: [HIPAA_URL],
  }),
  defineRule({
    id: 'us.hipaa.406.media', regime: 'US HIPAA', jurisdiction: 'US', stage: 'Media notice', zone: NEW_YORK, recipient: 'Prominent media outlets serving the state',
    start: fact('discovered_at'), period: calendarDays(60), appliesWhen: [hipaaCovered, health, { count: 'any-US-state', moreThan: 500 }], delayProvisions: [HIPAA_DELAY],
    exceptions: 'More than 500 residents of one state.', citation: '45 CFR 164.406', verification: 'P', urls: ['https://www.brickergraydon.com/insights/resources/key/hipaa-regulations-notification-in-the-case-of-breach-notification-to-the-media-164-406'],
  }),
  defineRule({
    id: 'us.hipaa.408.hhs_large', regime: 'US HIPAA', jurisdiction: 'US', stage: 'Notice to HHS (500 or more)', zone: NEW_YORK, recipient: 'HHS OCR breach portal',
    start: fact('discovered_at'), period: calendarDays(60), appliesWhen: [hipaaCovered, health, { count: 'total', atLeast: 500 }], delayProvisions: [HIPAA_DELAY],
    exceptions: 'At the same time as the individual notice.', citation: '45 CFR 164.408(b)', verification: 'S', urls: [HIPAA_URL],
  }),
  defineRule({
    id: 'us.hipaa.408.hhs_small', regime: 'US HIPAA', jurisdiction: 'US', stage: 'Annual notice to HHS (fewer than 500)', zone: NEW_YORK, recipient: 'HHS OCR',
    start: { yearEndOf: 'discovered_at' }, period: calendarDays(60), appliesWhen: [hipaaCovered, health, { count: 'total', lessThan: 500 }],
    exceptions: 'One annual batch: 60 days after 31 December of the discovery year.', citation: '45 CFR 164.408(c)', verification: 'S', urls: [HIPAA_URL],
  }),
  defineRule({
    id: 'us.hipaa.410.ba', regime: 'US HIPAA', jurisdiction: 'US', stage: 'Business associate notifies the covered entity', zone: NEW_YORK, recipient: 'The covered entity',
    start: fact('discovered_at'), period: calendarDays(60), softWording: 'without unreasonable delay', appliesWhen: [{ profile: 'hipaa', in: ['business-associate'] }, health],
    citation: '45 CFR 164.410', verification: 'S', urls: [HIPAA_URL],
  }),
  ...(
    [
      ['us.circia.incident', 'Covered cyber incident report', 'reasonable_belief_at', 72],
      ['us.circia.ransom', 'Ransom payment report', 'ransom_paid_at', 24],
    ] as const
  ).map(([id, stage, trigger, amount]) =>
    defineRule({
      id, regime: 'US CIRCIA', jurisdiction: 'US', stage, zone: NEW_YORK, recipient: 'CISA', start: fact(trigger), period: hours(amount),
      appliesWhen: [{ profile: 'cisaCoveredEntity', in: ['yes'] }, ...(trigger === 'ransom_paid_at' ? [{ fact: trigger } as Condition] : [])], status: 'pending',
      exceptions: 'Not in force: nothing is owed until CISA\'s final rule takes effect (no date).', citation: '6 U.S.C. 681b(a)', verification: 'S',
      urls: ['https://www.cisa.gov/topics/cyber-threats-and-advisories/information-sharing/cyber-incident-reporting-critical-infrastructure-act-2022-circia'],
    }),
  ),
  defineRule({
    id: 'us-co.individuals', regime: 'US Colorado', jurisdiction: 'US-CO', stage: 'Individual notice', zone: DENVER, recipient: 'Affected Colorado residents',
    start: fact('breach_determined_at'), period: calendarDays(30), appliesWhen: resident('US-CO'), delayProvisions: [STATE_DELAY],
    exceptions: 'May be skipped when a good-faith inquiry concludes the information has not been and is unlikely to be misused.', citation: 'C.R.S. 6-1-716(2)', verification: 'S', urls: ['https://www.complianceiq.site/breach-notification/colorado'],
  }),
  defineRule({
    id: 'us-co.ag', regime: 'US Colorado', jurisdiction: 'US-CO', stage: 'Attorney General', zone: DENVER, recipient: 'Colorado Attorney General',
    start: fact('breach_determined_at'), period: calendarDays(30), appliesWhen: [...resident('US-CO'), { count: 'US-CO', atLeast: 500 }], delayProvisions: [STATE_DELAY],
    citation: 'C.R.S. 6-1-716(2) (AG subsection not checked)', verification: 'S', urls: ['https://csrps.com/privacy-regulations/colorado/'],
  }),
  defineRule({
    id: 'us-co.cra', regime: 'US Colorado', jurisdiction: 'US-CO', stage: 'Consumer reporting agencies', zone: DENVER, recipient: 'Nationwide consumer reporting agencies',
    start: fact('breach_determined_at'), softWording: 'without unreasonable delay', appliesWhen: [...resident('US-CO'), { count: 'US-CO', moreThan: 1000 }],
    citation: 'C.R.S. 6-1-716 (subsection not checked)', verification: 'S', urls: ['https://csrps.com/privacy-regulations/colorado/'],
  }),
  defineRule({
    id: 'us-fl.individuals', regime: 'US Florida', jurisdiction: 'US-FL', stage: 'Individual notice', zone: NEW_YORK, recipient: 'Affected Florida individuals',
    start: fact('breach_determined_at'), period: calendarDays(30), appliesWhen: resident('US-FL'),
    delayProvisions: [STATE_DELAY, '15 more days when good cause is put to the Department in writing before day 30 (which notice it attaches to is unverified).'],
    exceptions: 'May be skipped when a documented inquiry concludes identity theft or financial harm is unlikely; that conclusion goes to the Department within 30 days.',
    citation: 'Fla. Stat. 501.171(4)', verification: 'S', urls: ['https://www.swlaw.com/data-breach-map/view/state/fl'],
  }),
  defineRule({
    id: 'us-fl.dla', regime: 'US Florida', jurisdiction: 'US-FL', stage: 'Department of Legal Affairs', zone: NEW_YORK, recipient: 'Florida Department of Legal Affairs',
    start: fact('breach_determined_at'), period: calendarDays(30), appliesWhen: [...resident('US-FL'), { count: 'US-FL', atLeast: 500 }], delayProvisions: ['15 more days on written request.'],
    citation: 'Fla. Stat. 501.171(3)', verification: 'S', urls: ['https://dwt.com/gcp/states/florida'],
  }),
  defineRule({
    id: 'us-fl.agent', regime: 'US Florida', jurisdiction: 'US-FL', stage: 'Third-party agent notifies the covered entity', zone: NEW_YORK, recipient: 'The covered entity',
    start: fact('breach_determined_at'), period: calendarDays(10), appliesWhen: [...resident('US-FL'), { profile: 'processor', in: ['yes'] }],
    citation: 'Fla. Stat. 501.171 (agent subsection not checked)', verification: 'S', urls: ['https://www.swlaw.com/data-breach-map/view/state/fl'],
  }),
  defineRule({
    id: 'us-wa.individuals', regime: 'US Washington', jurisdiction: 'US-WA', stage: 'Individual notice', zone: LOS_ANGELES, recipient: 'Affected Washington residents',
    start: fact('discovered_at'), period: calendarDays(30), appliesWhen: [...resident('US-WA'), { risk: ['risk', 'high'] }], delayProvisions: [STATE_DELAY],
    citation: 'RCW 19.255.010 (AG page)', verification: 'S', urls: ['https://atg.wa.gov/washington-s-data-breach-notification-laws'],
  }),
  defineRule({
    id: 'us-wa.ag', regime: 'US Washington', jurisdiction: 'US-WA', stage: 'Attorney General', zone: LOS_ANGELES, recipient: 'Washington Attorney General (web form)',
    start: fact('discovered_at'), period: calendarDays(30), appliesWhen: [...resident('US-WA'), { count: 'US-WA', moreThan: 500 }], delayProvisions: [STATE_DELAY],
    citation: 'RCW 19.255.010 (AG page)', verification: 'S', urls: ['https://atg.wa.gov/washington-s-data-breach-notification-laws'],
  }),
  defineRule({
    id: 'us-tx.individuals', regime: 'US Texas', jurisdiction: 'US-TX', stage: 'Individual notice', zone: CHICAGO, recipient: 'Affected individuals (non-residents too, unless their own state law governs)',
    start: fact('breach_determined_at'), period: calendarDays(60), appliesWhen: [...resident('US-TX'), { dataType: 'sensitive' }], delayProvisions: [STATE_DELAY],
    citation: 'Tex. Bus. & Com. Code 521.053(b)', verification: 'P', urls: ['https://lawserver.com/law/state/texas/tx-codes/texas_business_and_commerce_code_521-053'],
  }),
  defineRule({
    id: 'us-tx.ag', regime: 'US Texas', jurisdiction: 'US-TX', stage: 'Attorney General', zone: CHICAGO, recipient: 'Texas Attorney General (portal)',
    start: fact('breach_determined_at'), period: calendarDays(30), appliesWhen: [...resident('US-TX'), { count: 'US-TX', atLeast: 250 }], delayProvisions: [STATE_DELAY],
    citation: 'Tex. Bus. & Com. Code 521.053 (AG subsection not checked)', verification: 'S', urls: ['https://www.perkinscoie.com/en/news-insights/security-breach-notification-chart-texas.html'],
  }),
  defineRule({
    id: 'us-tx.cra', regime: 'US Texas', jurisdiction: 'US-TX', stage: 'Consumer reporting agencies', zone: CHICAGO, recipient: 'Nationwide consumer reporting agencies',
    start: fact('breach_determined_at'), softWording: 'without unreasonable delay', appliesWhen: [...resident('US-TX'), { count: 'US-TX', moreThan: 10_000 }],
    citation: '521.053 (subsection not checked)', verification: 'S', urls: ['https://www.wordsbywit.com/texas'],
  }),
  defineRule({
    id: 'us-ny.individuals', regime: 'US New York', jurisdiction: 'US-NY', stage: 'Individual notice', zone: NEW_YORK, recipient: 'Affected New York residents',
    start: fact('discovered_at'), period: calendarDays(30), appliesWhen: resident('US-NY'), delayProvisions: [STATE_DELAY],
    exceptions: 'Since the Dec 2024 amendment there is no extra time for establishing the scope.', citation: 'N.Y. GBL 899-aa(2) as amended by S2659B', verification: 'S',
    urls: ['https://www.covingtonblogs.com/2025/01/07/new-york-adopts-amendment-to-the-state-data-breach-notification-law/'],
  }),
  defineRule({
    id: 'us-ny.agencies', regime: 'US New York', jurisdiction: 'US-NY', stage: 'State agencies', zone: NEW_YORK, recipient: 'NY AG, Department of State, State Police (DFS for DFS-regulated entities)',
    start: fact('discovered_at'), softWording: 'whenever residents are notified (no fixed day count found)', appliesWhen: resident('US-NY'),
    citation: 'GBL 899-aa regulator-notice subsection; timing unverified', verification: 'UNVERIFIED', urls: ['https://docmagic.com/node/15518'],
  }),
  defineRule({
    id: 'us-ny.cra', regime: 'US New York', jurisdiction: 'US-NY', stage: 'Consumer reporting agencies', zone: NEW_YORK, recipient: 'Consumer reporting agencies',
    start: fact('discovered_at'), softWording: 'without unreasonable delay', appliesWhen: [...resident('US-NY'), { count: 'US-NY', moreThan: 5000 }],
    citation: 'GBL 899-aa (threshold unverified)', verification: 'UNVERIFIED', urls: [],
  }),
  defineRule({
    id: 'us-ca.individuals', regime: 'US California', jurisdiction: 'US-CA', stage: 'Individual notice', zone: LOS_ANGELES, recipient: 'Affected California residents',
    start: fact('discovered_at'), period: calendarDays(30), limbs: [{ start: fact('vendor_notice_received_at'), period: calendarDays(30) }], appliesWhen: resident('US-CA'), effectiveFrom: '2026-01-01',
    delayProvisions: ['Where law enforcement asks for it, or while the scope is established and the system\'s integrity restored.'],
    citation: 'Cal. Civ. Code 1798.82(a) (SB 446)', verification: 'S', urls: ['https://www.dataprotectionreport.com/2025/11/california-tightens-data-breach-notification-timelines-imposes-30-day-notice-requirement/'],
  }),
  defineRule({
    id: 'us-ca.ag', regime: 'US California', jurisdiction: 'US-CA', stage: 'Attorney General (sample of the notice)', zone: LOS_ANGELES, recipient: 'California Attorney General',
    start: sentOf('us-ca.individuals'), period: calendarDays(15), appliesWhen: [...resident('US-CA'), { count: 'US-CA', moreThan: 500 }],
    citation: 'Cal. Civ. Code 1798.82(f)', verification: 'S', urls: ['https://www.mvalaw.com/data-points/california-amends-data-breach-notification-requirements'],
  }),
  defineRule({
    id: 'us-me.individuals_ag', regime: 'US Maine', jurisdiction: 'US-ME', stage: 'Individual notice and Attorney General', zone: NEW_YORK, recipient: 'Affected residents; Maine AG',
    start: fact('aware_and_scoped_at'), period: calendarDays(30), appliesWhen: resident('US-ME'),
    delayProvisions: ['After a law-enforcement delay: 7 business days (Maine calendar) after clearance.'], citation: '10 M.R.S. 1348', verification: 'S', urls: ['https://www.complianceiq.site/breach-notification/maine'],
  }),
  defineRule({
    id: 'us-vt.ag_preliminary', regime: 'US Vermont', jurisdiction: 'US-VT', stage: 'Preliminary notice to the Attorney General', zone: NEW_YORK, recipient: 'Vermont Attorney General',
    start: fact('discovered_at'), period: { amount: 14, unit: 'business_days', calendar: 'US-VT', endOfDay: true }, appliesWhen: resident('US-VT'),
    exceptions: 'The state holiday list used is unverified.', citation: '9 V.S.A. 2435(b)(3)', verification: 'S1', urls: ['https://www.complianceiq.site/breach-notification/vermont'],
  }),
  defineRule({
    id: 'us-vt.individuals', regime: 'US Vermont', jurisdiction: 'US-VT', stage: 'Individual notice', zone: NEW_YORK, recipient: 'Affected residents',
    start: fact('discovered_at'), period: calendarDays(45), appliesWhen: resident('US-VT'), citation: '9 V.S.A. 2435(b)(1)', verification: 'S1', urls: ['https://www.complianceiq.site/breach-notification/vermont'],
  }),
  ...(
    [
      ['US-AL', 'Alabama', 45, CHICAGO],
      ['US-AZ', 'Arizona', 45, 'America/Phoenix'],
      ['US-DE', 'Delaware', 60, NEW_YORK],
      ['US-LA', 'Louisiana', 60, CHICAGO],
    ] as const
  ).map(([state, name, days, zone]) =>
    defineRule({
      id: `${state.toLowerCase()}.individuals`, regime: `US ${name}`, jurisdiction: state, stage: 'Individual notice (candidate value)', zone, recipient: `Affected ${name} residents`,
      start: fact('discovered_at'), period: calendarDays(days), appliesWhen: resident(state), exceptions: 'Placeholder from practitioner lists: confirm before enabling.',
      citation: 'Practitioner lists only', verification: 'UNVERIFIED', urls: ['https://www.compliancehub.wiki/a-comprehensive-guide-to-u-s-state-data-breach-notification-compliance/'],
    }),
  ),
  defineRule({
    id: 'us-nydfs.incident', regime: 'US NYDFS 500.17', jurisdiction: 'US-NY', stage: 'Cybersecurity incident notice', zone: NEW_YORK, recipient: 'Superintendent (DFS portal)',
    start: fact('breach_determined_at'), period: hours(72), softWording: 'as promptly as possible', appliesWhen: [nydfs],
    exceptions: 'Counts incidents at the entity, an affiliate or a third-party service provider.', citation: '23 NYCRR 500.17(a)(1); 500.1', verification: 'P', urls: [NYDFS_URL],
  }),
  defineRule({
    id: 'us-nydfs.updates', regime: 'US NYDFS 500.17', jurisdiction: 'US-NY', stage: 'Updates', zone: NEW_YORK, recipient: 'Superintendent',
    start: sentOf('us-nydfs.incident'), softWording: 'promptly, for as long as material changes occur', appliesWhen: [nydfs, { sent: 'us-nydfs.incident' }],
    citation: '23 NYCRR 500.17(a)(2)', verification: 'P', urls: [NYDFS_URL],
  }),
  defineRule({
    id: 'us-nydfs.extortion_notice', regime: 'US NYDFS 500.17', jurisdiction: 'US-NY', stage: 'Extortion payment notice', zone: NEW_YORK, recipient: 'Superintendent',
    start: fact('ransom_paid_at'), period: hours(24), appliesWhen: [nydfs, { fact: 'ransom_paid_at' }], citation: '23 NYCRR 500.17(c)', verification: 'S',
    urls: ['http://www.jonesday.com/en/insights/2023/11/nydfs-expands-cybersecurity-regulations'],
  }),
  defineRule({
    id: 'us-nydfs.extortion_explanation', regime: 'US NYDFS 500.17', jurisdiction: 'US-NY', stage: 'Written explanation of the payment', zone: NEW_YORK, recipient: 'Superintendent',
    start: fact('ransom_paid_at'), period: calendarDays(30), appliesWhen: [nydfs, { fact: 'ransom_paid_at' }],
    exceptions: 'Why paying was necessary, alternatives considered, diligence performed (including sanctions checks).', citation: '23 NYCRR 500.17(c)', verification: 'S',
    urls: ['http://www.jonesday.com/en/insights/2023/11/nydfs-expands-cybersecurity-regulations'],
  }),
  defineRule({
    id: 'us.banking.notification', regime: 'US banking agencies', jurisdiction: 'US', stage: 'Notification incident', zone: NEW_YORK, recipient: 'Primary federal regulator (OCC, Federal Reserve or FDIC)',
    start: fact('breach_determined_at'), period: hours(36), appliesWhen: [{ profile: 'usBanking', in: ['yes'] }], citation: '12 CFR 53 / 225.302 / 304', verification: 'P',
    urls: ['https://www.govinfo.gov/content/pkg/FR-2021-11-23/html/2021-25510.htm'],
  }),
  defineRule({
    id: 'us.banking.service_provider', regime: 'US banking agencies', jurisdiction: 'US', stage: 'Bank service provider notifies bank customers', zone: NEW_YORK, recipient: 'Affected bank customers',
    start: fact('detected_at'), softWording: 'as soon as possible', policyTargetHours: 24, appliesWhen: [{ profile: 'usBankServiceProvider', in: ['yes'] }, { judgement: 'Services materially disrupted or degraded for 4 hours or more' }],
    citation: '12 CFR 53 / 225.302 / 304 (service providers)', verification: 'P', urls: ['https://www.govinfo.gov/content/pkg/FR-2021-11-23/html/2021-25510.htm'],
  }),
  defineRule({
    id: 'us.ftc.safeguards', regime: 'US FTC Safeguards Rule', jurisdiction: 'US', stage: 'Notification event', zone: NEW_YORK, recipient: 'FTC (online form)',
    start: fact('discovered_at'), period: calendarDays(30), softWording: 'as soon as possible', appliesWhen: [personalData, { profile: 'ftcFinancialInstitution', in: ['yes'] }, { count: 'total', atLeast: 500 }],
    exceptions: 'Unencrypted customer information of at least 500 consumers acquired without authorisation.', citation: '16 CFR 314.4(j)', verification: 'S', effectiveFrom: '2024-05-13',
    urls: ['https://www.severson.com/consumer-finance/ftc-amends-safeguards-rule-to-require-non-banking-institutions-to-report-data-breaches-and-other-security-events-to-the-ftc/'],
  }),
  defineRule({
    id: 'us.sec.regsp.customers', regime: 'US SEC Regulation S-P', jurisdiction: 'US', stage: 'Customer notice', zone: NEW_YORK, recipient: 'Affected individuals',
    start: fact('aware_at'), period: calendarDays(30), appliesWhen: [personalData, { profile: 'regSpInstitution', in: ['yes'] }], effectiveFrom: '2025-12-03',
    exceptions: 'Compliance from 3 Dec 2025 (larger entities) and 3 Jun 2026 (smaller).', citation: '17 CFR 248.30', verification: 'S', urls: ['https://dlapiper.com/en-us/insights/publications/2024/06/sec-adopts-cyber-amendments-to-regulations-p-top-points'],
  }),
  defineRule({
    id: 'us.sec.regsp.service_provider', regime: 'US SEC Regulation S-P', jurisdiction: 'US', stage: 'Service provider notifies the covered institution', zone: NEW_YORK, recipient: 'The covered institution',
    start: fact('aware_at'), period: hours(72), appliesWhen: [personalData, { profile: 'regSpServiceProvider', in: ['yes'] }],
    exceptions: 'A duty the institution imposes by contract.', citation: '17 CFR 248.30', verification: 'S', urls: ['https://dlapiper.com/en-us/insights/publications/2024/06/sec-adopts-cyber-amendments-to-regulations-p-top-points'],
  }),
];
