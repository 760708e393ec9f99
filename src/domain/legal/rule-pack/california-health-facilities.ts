/**
 * California Health & Safety Code 1280.15: a clinic, health facility, home health agency or hospice licensed
 * under H&S Code 1204, 1250, 1725 or 1745 reports any unlawful or unauthorised access to, use or disclosure of a
 * patient's medical information to the CDPH and to the patient within 15 business days after detecting it
 * (15 days since AB 1755, Stats. 2014 ch. 412, in force 1 Jan 2015; 5 business days before). The duty follows the
 * facility's California licence, not where the patient lives, and is separate from the general breach law
 * (Civ. Code 1798.82) and from HIPAA.
 */
import type { Condition } from '../applicability';
import type { LegalPeriod, LegalRule } from '../legal-rule';
import { defineRule, fact } from './define-rule';

const caHealthFacility: Condition = { profile: 'caHealthFacility', in: ['yes'] };
const medicalInformation: Condition = { dataType: 'health' };
/** The statute says "business days" and names no calendar; the pack has no California one yet. */
const FIFTEEN_BUSINESS_DAYS: LegalPeriod = { amount: 15, unit: 'business_days', calendar: 'US-federal' };
const URLS = [
  'https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=HSC&sectionNum=1280.15',
  'http://www.leginfo.ca.gov/pub/13-14/bill/asm/ab_1751-1800/ab_1755_bill_20140804_amended_sen_v96.htm',
  'https://alstonprivacy.com/california-health-care-facility-breach-statute-updated-changes-effective-now',
];
const SCOPE =
  'Any unlawful or unauthorised access to, use or disclosure of medical information (Civ. Code 56.05), not only a "breach"; paper records, email or fax misdirected within the same facility or health care system while coordinating care do not count (1280.15(a)). Business days are counted on the US federal calendar until the pack has a California one.';
const DELAY =
  'A law enforcement agency or official who states that the report would likely impede its activities delays it; report within 15 business days after the delay ends (1280.15(c)).';

/**
 * @example rule-pack/index.ts spreads these after the US rules; with the profile's "licensed health facility in
 * California" answered yes and health data involved, both clocks run from `detected_at`.
 */
export const CALIFORNIA_HEALTH_FACILITY_RULES: LegalRule[] = [
  defineRule({
    id: 'us-ca.hsc1280.cdph',
    regime: 'US California (licensed health facilities)',
    jurisdiction: 'US-CA',
    stage: 'Report of unlawful or unauthorised access to medical information',
    zone: 'America/Los_Angeles',
    recipient: 'California Department of Public Health (CDPH)',
    start: fact('detected_at'),
    period: FIFTEEN_BUSINESS_DAYS,
    appliesWhen: [caHealthFacility, medicalInformation],
    exceptions: SCOPE,
    delayProvisions: [DELAY],
    citation: 'Cal. Health & Safety Code 1280.15(b)(1)',
    verification: 'S',
    urls: URLS,
  }),
  defineRule({
    id: 'us-ca.hsc1280.patient',
    regime: 'US California (licensed health facilities)',
    jurisdiction: 'US-CA',
    stage: 'Report to the affected patient',
    zone: 'America/Los_Angeles',
    recipient: "The affected patient or the patient's representative (last known address, or by email where the patient agreed)",
    start: fact('detected_at'),
    period: FIFTEEN_BUSINESS_DAYS,
    appliesWhen: [caHealthFacility, medicalInformation],
    exceptions: SCOPE,
    delayProvisions: [DELAY],
    citation: 'Cal. Health & Safety Code 1280.15(b)(2)',
    verification: 'S',
    urls: URLS,
  }),
];
