/**
 * How every shipped rule counts days (§2.4), read from its primary text: one declaration per rule id,
 * applied by defineRule, so the pack's reviewers find every day convention, and the text that decided
 * it, in one place. A rule without a declaration fails the pack-wide test
 * (test/domain/legal/day-conventions.test.ts).
 */
import type { DayConvention, DeadlineRoll } from '../legal-rule';

export interface DayConventionDeclaration {
  convention: DayConvention;
  /** Why: the article and official URL for a day-based convention; for 'elapsed', the reason it is elapsed. */
  basis: string;
  /** The calendar a last day on a weekend or holiday rolls forward in ('exclude-first-day-roll-forward'). */
  roll?: DeadlineRoll;
}

const elapsed = (basis: string): DayConventionDeclaration => ({ convention: 'elapsed', basis });
const HOURS = elapsed('A period in hours runs from the exact instant; nights, weekends and holidays count (§2.4).');
const SOFT = elapsed('No numeric period: only a policy target, in hours from the start (§2.2).');
const ON_REQUEST = elapsed("No period of its own: the authority's request sets the due date.");
/** The text counts from an event ("after becoming aware"), not from a day, and sets no day rule. */
const FROM_EVENT = (text: string) =>
  elapsed(`${text}: counted from an event, not from a day, with no day rule in the text; the strict reading keeps the start's time of day (§2.4).`);
const MONTH_FROM_SENDING = FROM_EVENT('one month after the earlier report was submitted');
const day = (convention: DayConvention, basis: string, roll?: DeadlineRoll): DayConventionDeclaration => ({
  convention,
  basis,
  ...(roll ? { roll } : {}),
});

const HIPAA_DISCOVERY =
  '45 CFR 164.404(a)(2) (and 164.410(a)(2)): a breach is "treated as discovered ... as of the first day on which such breach is known", so discovery is a day; notice "in no case later than 60 calendar days after discovery" ends with the 60th day after it. https://www.ecfr.gov/current/title-45/section-164.404';
const SEC_BUSINESS_DAYS =
  'Form 8-K General Instruction B.1: "within four business days after occurrence of the event" (for Item 1.05, the materiality determination); an event on a Saturday, Sunday or holiday starts the count on, and includes, the first business day after it, so the day of the event is day 0; the last day ends at the EDGAR cut-off (17 CFR 232.13(a)(2)). https://www.sec.gov/files/form8-k.pdf';
const BR_BUSINESS_DAYS =
  'ANPD Res. CD/ANPD 15/2024 Art 6: three business days (dias úteis); federal administrative periods exclude the first day and include the last (Lei 9.784/1999 Art 66). https://www.planalto.gov.br/ccivil_03/leis/l9784.htm';
const JAPAN_DAY_ONE =
  'PPC Guidelines (General Rules) 3-5-3-4 as applied by practitioners: the day of knowing is day 1, a due date on a closed day of the government calendar rolls forward (unverified, §2.4). https://www.ppc.go.jp/personalinfo/legal/guidelines_tsusoku/';
const VISA_BUSINESS_DAYS =
  "Visa What To Do If Compromised: reports within 3 (and 10) business days of the acquirer's country: whole business days, ending with the last. https://usa.visa.com/support/small-business/data-security.html";
const TEXAS_DAYS =
  'Tex. Bus. & Com. Code 521.053(b): "not later than the 60th day after the date on which the person determines that the breach occurred" (the AG notice: 30 days from the same determination, SB 768): the period runs from a date and ends with the Nth day after it (Tex. Gov\'t Code 311.014(a): the first day is excluded). https://statutes.capitol.texas.gov/Docs/BC/htm/BC.521.htm';
const CA_HSC_BUSINESS_DAYS =
  'Cal. Health & Safety Code 1280.15(b): 15 business days after the access is detected: whole business days, ending with the last. https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=HSC&sectionNum=1280.15';
const AU_ASSESSMENT =
  'Privacy Act 1988 s 26WH(2): the assessment is completed within 30 days after the entity becomes aware; Acts Interpretation Act 1901 s 36(1) item 6 leaves the first day out and s 36(2) moves a last day on a Saturday, Sunday or holiday to the next day that is none. https://www.legislation.gov.au/C1901A00002/latest/text';

/**
 * Every shipped rule, by id.
 * @example DAY_CONVENTION_OF['sg.pdpa.pdpc'].convention // 'end-of-nth-day': 3 calendar days after the day of the assessment
 */
export const DAY_CONVENTION_OF: Readonly<Record<string, DayConventionDeclaration>> = {
  // EU GDPR, UK GDPR and PECR
  'eu.gdpr.33.sa': HOURS,
  'eu.gdpr.33.phased': SOFT,
  'eu.gdpr.33.processor': SOFT,
  'eu.gdpr.34.subjects': SOFT,
  'uk.gdpr.33.ico': HOURS,
  'uk.gdpr.34.subjects': SOFT,
  'uk.pecr.ico': HOURS,
  'uk.pecr.ico.duaa': HOURS,
  // EU NIS2: Reg 1182/71's extension of a last day is not applied (whether it binds private parties is unverified, §2.4)
  'eu.nis2.23.early_warning': HOURS,
  'eu.nis2.23.notification': HOURS,
  'eu.nis2.23.notification_tsp': HOURS,
  'eu.nis2.23.intermediate': ON_REQUEST,
  'eu.nis2.23.final': MONTH_FROM_SENDING,
  'eu.nis2.23.progress': MONTH_FROM_SENDING,
  'eu.nis2.23.final_after_progress': FROM_EVENT('NIS2 Art 23(4)(e): one month after the incident has been handled'),
  'eu.nis2.23.recipients': SOFT,
  'eu.nis2.pt.impact_ended': HOURS,
  // EU DORA (the weekend roll of RTS 2025/301 Art 5(4) is the rule's own `roll`)
  'eu.dora.initial': HOURS,
  'eu.dora.intermediate': HOURS,
  'eu.dora.final': FROM_EVENT('RTS 2025/301 Art 5(1)(c): "no later than one month from the submission of the latest updated intermediate report"'),
  'eu.dora.clients': SOFT,
  // EU CRA and AI Act
  'eu.cra.early_warning': HOURS,
  'eu.cra.notification': HOURS,
  'eu.cra.final_vulnerability': FROM_EVENT('CRA Art 14(2)(c): 14 days after a corrective or mitigating measure is available'),
  'eu.cra.final_incident': MONTH_FROM_SENDING,
  'eu.aiact.73.general': FROM_EVENT('AI Act Art 73(2): 15 days after the provider becomes aware'),
  'eu.aiact.73.widespread': FROM_EVENT('AI Act Art 73(3): 2 days after the provider becomes aware'),
  'eu.aiact.73.death': FROM_EVENT('AI Act Art 73(4): 10 days after the provider becomes aware'),
  // United States: SEC, HIPAA, CIRCIA
  'us.sec.8k.materiality': SOFT,
  'us.sec.8k.filing': day('end-of-nth-day', SEC_BUSINESS_DAYS),
  'us.sec.8k.amendment': day('end-of-nth-day', SEC_BUSINESS_DAYS),
  'us.hipaa.404.individuals': day('end-of-nth-day', HIPAA_DISCOVERY),
  'us.hipaa.406.media': day('end-of-nth-day', `45 CFR 164.406(b): 60 calendar days after discovery, discovery being a day (${HIPAA_DISCOVERY})`),
  'us.hipaa.408.hhs_large': day('end-of-nth-day', `45 CFR 164.408(b): at the same time as the individual notice (${HIPAA_DISCOVERY})`),
  'us.hipaa.408.hhs_small': day(
    'end-of-nth-day',
    '45 CFR 164.408(c): 60 days after the end of each calendar year: 1 March, or 29 February in a leap year, to the end of that day. https://www.ecfr.gov/current/title-45/section-164.408',
  ),
  'us.hipaa.410.ba': day('end-of-nth-day', `45 CFR 164.410(a)(2), (b): the business associate's discovery is also the first day known (${HIPAA_DISCOVERY})`),
  'us.circia.incident': HOURS,
  'us.circia.ransom': HOURS,
  // US states: state rules of construction that extend a last day on a weekend or holiday are not applied yet (strict)
  'us-co.individuals': FROM_EVENT('C.R.S. 6-1-716(2): 30 days after the determination'),
  'us-co.ag': FROM_EVENT('C.R.S. 6-1-716(2): 30 days after the determination'),
  'us-co.cra': SOFT,
  'us-fl.individuals': FROM_EVENT('Fla. Stat. 501.171(4): 30 days after the breach is determined'),
  'us-fl.dla': FROM_EVENT('Fla. Stat. 501.171(3): 30 days after the breach is determined'),
  'us-fl.agent': FROM_EVENT('Fla. Stat. 501.171: the agent tells the covered entity within 10 days of the determination'),
  'us-wa.individuals': FROM_EVENT('RCW 19.255.010: 30 days after the breach was discovered'),
  'us-wa.ag': FROM_EVENT('RCW 19.255.010: 30 days after the breach was discovered'),
  'us-tx.individuals': day('end-of-nth-day', TEXAS_DAYS),
  'us-tx.ag': day('end-of-nth-day', TEXAS_DAYS),
  'us-tx.cra': SOFT,
  'us-ny.individuals': FROM_EVENT('N.Y. GBL 899-aa(2): 30 days after the breach has been discovered'),
  'us-ny.agencies': SOFT,
  'us-ny.cra': SOFT,
  'us-ca.individuals': FROM_EVENT('Cal. Civ. Code 1798.82(a): 30 calendar days after discovery or notification'),
  'us-ca.ag': FROM_EVENT('Cal. Civ. Code 1798.82(f): within 15 calendar days of notifying residents'),
  'us-ca.hsc1280.cdph': day('end-of-nth-day', CA_HSC_BUSINESS_DAYS),
  'us-ca.hsc1280.patient': day('end-of-nth-day', CA_HSC_BUSINESS_DAYS),
  'us-me.individuals_ag': FROM_EVENT('10 M.R.S. 1348: 30 days after becoming aware of the breach and identifying its scope'),
  'us-vt.ag_preliminary': day(
    'end-of-nth-day',
    '9 V.S.A. 2435(b)(3): 14 business days after the discovery: whole business days, ending with the last. https://legislature.vermont.gov/statutes/section/09/062/02435',
  ),
  'us-vt.individuals': FROM_EVENT('9 V.S.A. 2435(b)(1): 45 days after the discovery or notification'),
  'us-al.individuals': FROM_EVENT('Placeholder from practitioner lists (UNVERIFIED)'),
  'us-az.individuals': FROM_EVENT('Placeholder from practitioner lists (UNVERIFIED)'),
  'us-de.individuals': FROM_EVENT('Placeholder from practitioner lists (UNVERIFIED)'),
  'us-la.individuals': FROM_EVENT('Placeholder from practitioner lists (UNVERIFIED)'),
  // US financial regulators
  'us-nydfs.incident': HOURS,
  'us-nydfs.updates': SOFT,
  'us-nydfs.extortion_notice': HOURS,
  'us-nydfs.extortion_explanation': FROM_EVENT('23 NYCRR 500.17(c): 30 days after the extortion payment'),
  'us.banking.notification': HOURS,
  'us.banking.service_provider': SOFT,
  'us.ftc.safeguards': FROM_EVENT('16 CFR 314.4(j): 30 days after discovery (whether the text fixes discovery to a day, as HIPAA does, is unverified)'),
  'us.sec.regsp.customers': FROM_EVENT('17 CFR 248.30: 30 days after becoming aware'),
  'us.sec.regsp.service_provider': HOURS,
  // Card brands
  'visa.wtdic.notify': SOFT,
  'visa.wtdic.report': day('end-of-nth-day', VISA_BUSINESS_DAYS),
  'visa.wtdic.accounts': day('end-of-nth-day', VISA_BUSINESS_DAYS),
  'mastercard.adc.report': HOURS,
  'mastercard.adc.pfi': HOURS,
  // Australia
  'au.ndb.assessment': day('exclude-first-day-roll-forward', AU_ASSESSMENT, { calendar: 'AU-national', at: 'end-of-day' }),
  'au.ndb.statement': SOFT,
  'au.ndb.individuals': SOFT,
  'au.csa.ransom': HOURS,
  'au.soci.incident': HOURS,
  // Canada
  'can.pipeda.opc': SOFT,
  'can.pipeda.individuals': SOFT,
  'can.pipeda.other_orgs': SOFT,
  // Singapore
  'sg.pdpa.assessment': FROM_EVENT('PDPA s 26C(2) sets no number ("reasonable and expeditious"); the 30 days are the PDPC guide\'s'),
  'sg.pdpa.pdpc': day(
    'end-of-nth-day',
    'PDPA s 26D(1): "no later than 3 calendar days after the day the organisation makes that assessment": the day of the assessment is left out and the third day after it ends at midnight; "calendar days" leaves no roll. https://sso.agc.gov.sg/Act/PDPA2012?ProvIds=P16A-',
  ),
  'sg.pdpa.individuals': SOFT,
  'sg.pdpa.intermediary': SOFT,
  // India
  'in.certin.report': HOURS,
  'in.dpdp.intimation': SOFT,
  'in.dpdp.detailed': HOURS,
  'in.dpdp.principals': SOFT,
  // Brazil
  'br.anpd.communication': day('end-of-nth-day', BR_BUSINESS_DAYS),
  'br.anpd.subjects': day('end-of-nth-day', BR_BUSINESS_DAYS),
  'br.anpd.complement': day('end-of-nth-day', BR_BUSINESS_DAYS),
  // Switzerland
  'ch.fadp.fdpic': SOFT,
  'ch.fadp.subjects': SOFT,
  'ch.fadp.processor': SOFT,
  'ch.isa.cyberattack': HOURS,
  // Japan
  'jp.appi.preliminary': SOFT,
  'jp.appi.final_30': day('start-day-is-day-one', JAPAN_DAY_ONE),
  'jp.appi.final_60': day('start-day-is-day-one', JAPAN_DAY_ONE),
  'jp.appi.individuals': SOFT,
  'jp.appi.entrusted': SOFT,
  // South Africa
  'za.popia.regulator': SOFT,
  'za.popia.subjects': SOFT,
  'za.popia.operator': SOFT,
};
