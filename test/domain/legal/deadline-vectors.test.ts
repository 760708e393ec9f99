/**
 * Table-driven deadline vectors, one or more per regime, each citing its rule
 * (shared/docs/legal-notification-rules.md). Expected values are worked out by hand from the rule
 * text, including the worked examples of §2.4.
 */
import { type Given, iso, obligationsFor } from './legal-fixtures';

interface Vector {
  name: string;
  cite: string;
  rule: string;
  given: Given;
  /** The legal deadline (ISO), or null for soft rules. */
  due: string | null;
  projected?: boolean;
  target?: string;
}

const EU = { residences: ['EU' as const], residencesComplete: true };
const NIS2 = { nis2: 'essential' as const, trustServiceProvider: 'no' as const };
const DORA_DE = { dora: 'other-financial-entity' as const, nis2: 'none' as const, memberStates: ['DE'] };
const SEC = { secRegistrant: 'yes' as const };
const HIPAA = { hipaa: 'covered-entity' as const };
const health = { dataTypes: { health: 'yes' as const } };
const US = (state: string, count?: number) => ({
  residences: [state as 'US-CA'],
  residencesComplete: true,
  ...(count !== undefined ? { affected: { [state]: count } } : {}),
});

const VECTORS: Vector[] = [
  // EU GDPR
  {
    name: 'GDPR 72 h from awareness',
    cite: 'GDPR Art 33(1)',
    rule: 'eu.gdpr.33.sa',
    given: { answers: EU, starts: { aware_at: '2026-03-02T09:00:00Z' }, now: '2026-03-02T10:00:00Z' },
    due: '2026-03-05T09:00:00.000Z',
    target: '2026-03-03T09:00:00.000Z',
  },
  {
    name: 'GDPR 72 h is elapsed time across the EU spring DST change',
    cite: 'GDPR Art 33(1); §2.4 hours',
    rule: 'eu.gdpr.33.sa',
    given: { answers: EU, starts: { aware_at: '2026-03-27T10:00:00Z' }, now: '2026-03-27T11:00:00Z' },
    due: '2026-03-30T10:00:00.000Z',
  },
  {
    name: 'GDPR Art 34 is soft: a policy target, no legal deadline',
    cite: 'GDPR Art 34(1)',
    rule: 'eu.gdpr.34.subjects',
    given: { answers: { ...EU, risk: 'high' }, starts: { high_risk_determined_at: '2026-03-03T12:00:00Z' }, now: '2026-03-03T13:00:00Z' },
    due: null,
    target: '2026-03-06T12:00:00.000Z',
  },
  // UK
  {
    name: 'UK GDPR 72 h across the UK autumn DST change',
    cite: 'UK GDPR Art 33',
    rule: 'uk.gdpr.33.ico',
    given: { answers: { residences: ['UK'], residencesComplete: true }, starts: { aware_at: '2026-10-23T22:30:00Z' }, now: '2026-10-24T00:00:00Z' },
    due: '2026-10-26T22:30:00.000Z',
  },
  // NIS2
  {
    name: 'NIS2 early warning 24 h',
    cite: 'NIS2 Art 23(4)(a)',
    rule: 'eu.nis2.23.early_warning',
    given: { profile: NIS2, starts: { significant_aware_at: '2026-05-01T23:00:00Z' }, now: '2026-05-02T00:00:00Z' },
    due: '2026-05-02T23:00:00.000Z',
  },
  {
    name: 'NIS2 notification 72 h',
    cite: 'NIS2 Art 23(4)(b)',
    rule: 'eu.nis2.23.notification',
    given: { profile: NIS2, starts: { significant_aware_at: '2026-05-01T23:00:00Z' }, now: '2026-05-02T00:00:00Z' },
    due: '2026-05-04T23:00:00.000Z',
  },
  {
    name: 'NIS2 trust service providers: 24 h notification',
    cite: 'NIS2 Art 23(4) second subparagraph',
    rule: 'eu.nis2.23.notification_tsp',
    given: { profile: { ...NIS2, trustServiceProvider: 'yes' }, starts: { significant_aware_at: '2026-05-01T23:00:00Z' }, now: '2026-05-02T00:00:00Z' },
    due: '2026-05-02T23:00:00.000Z',
  },
  {
    name: 'NIS2 final report: 31 January plus one month is 28 February (strict, no weekend roll)',
    cite: 'NIS2 Art 23(4)(d); §2.4 worked example',
    rule: 'eu.nis2.23.final',
    given: {
      profile: NIS2,
      starts: { significant_aware_at: '2026-01-29T10:00:00Z' },
      sent: [['eu.nis2.23.notification', '2026-01-31T14:00:00Z']],
      now: '2026-02-01T00:00:00Z',
    },
    due: '2026-02-28T14:00:00.000Z',
  },
  {
    name: 'NIS2 final report in a leap year: 31 January plus one month is 29 February',
    cite: 'NIS2 Art 23(4)(d); Reg 1182/71 Art 3(2)(c)',
    rule: 'eu.nis2.23.final',
    given: {
      profile: NIS2,
      starts: { significant_aware_at: '2028-01-29T10:00:00Z' },
      sent: [['eu.nis2.23.notification', '2028-01-31T10:00:00Z']],
      now: '2028-02-01T00:00:00Z',
    },
    due: '2028-02-29T10:00:00.000Z',
  },
  {
    name: 'NIS2 staged: the final report is projected from the notification due date until it is marked sent',
    cite: 'NIS2 Art 23(4)(d); §2.5',
    rule: 'eu.nis2.23.final',
    given: { profile: NIS2, starts: { significant_aware_at: '2026-01-28T14:00:00Z' }, now: '2026-01-29T00:00:00Z' },
    due: '2026-02-28T14:00:00.000Z',
    projected: true,
  },
  {
    name: 'NIS2 Czech override: final report 30 days',
    cite: 'NIS2 Art 23(4)(d); Czech guidance (§2.6)',
    rule: 'eu.nis2.23.final',
    given: {
      profile: { ...NIS2, memberStates: ['CZ'] },
      starts: { significant_aware_at: '2026-01-29T10:00:00Z' },
      sent: [['eu.nis2.23.notification', '2026-01-31T14:00:00Z']],
      now: '2026-02-01T00:00:00Z',
    },
    due: '2026-03-02T14:00:00.000Z',
  },
  {
    name: 'NIS2 progress report replaces the final report while the incident is ongoing at its due date',
    cite: 'NIS2 Art 23(4)(e)',
    rule: 'eu.nis2.23.progress',
    given: {
      profile: NIS2,
      starts: { significant_aware_at: '2026-01-29T10:00:00Z' },
      sent: [['eu.nis2.23.notification', '2026-01-31T14:00:00Z']],
      now: '2026-03-01T00:00:00Z',
    },
    due: '2026-02-28T14:00:00.000Z',
  },
  {
    name: 'NIS2 final after a progress report: one month after handling ends, keeping local time across DST',
    cite: 'NIS2 Art 23(4)(e)',
    rule: 'eu.nis2.23.final_after_progress',
    given: {
      profile: NIS2,
      starts: { significant_aware_at: '2026-01-29T10:00:00Z', handling_ended_at: '2026-03-15T09:00:00Z' },
      sent: [
        ['eu.nis2.23.notification', '2026-01-31T14:00:00Z'],
        ['eu.nis2.23.progress', '2026-02-27T10:00:00Z'],
      ],
      now: '2026-03-16T00:00:00Z',
    },
    due: '2026-04-15T08:00:00.000Z',
  },
  {
    name: 'NIS2 Portugal: extra notice 24 h after the impact ended',
    cite: 'Portuguese transposition (§1.3 overrides)',
    rule: 'eu.nis2.pt.impact_ended',
    given: { profile: { ...NIS2, memberStates: ['PT'] }, starts: { handling_ended_at: '2026-06-10T08:00:00Z' }, now: '2026-06-10T09:00:00Z' },
    due: '2026-06-11T08:00:00.000Z',
  },
  // DORA
  {
    name: 'DORA initial, early classification: the 4 h limb is earlier',
    cite: 'RTS 2025/301 Art 5(1)(a); §2.4 worked example',
    rule: 'eu.dora.initial',
    given: { profile: DORA_DE, starts: { aware_at: '2026-03-02T08:00:00Z', classified_major_at: '2026-03-02T14:00:00Z' }, now: '2026-03-02T15:00:00Z' },
    due: '2026-03-02T18:00:00.000Z',
  },
  {
    name: 'DORA initial, classification more than 24 h after awareness: only classification + 4 h',
    cite: 'RTS 2025/301 Art 5(2); §2.4 worked example',
    rule: 'eu.dora.initial',
    given: { profile: DORA_DE, starts: { aware_at: '2026-03-02T08:00:00Z', classified_major_at: '2026-03-04T09:00:00Z' }, now: '2026-03-04T09:30:00Z' },
    due: '2026-03-04T13:00:00.000Z',
  },
  {
    name: 'DORA initial before classification: awareness + 24 h, whichever is earlier',
    cite: 'RTS 2025/301 Art 5(1)(a)',
    rule: 'eu.dora.initial',
    given: { profile: DORA_DE, starts: { aware_at: '2026-03-02T08:00:00Z' }, now: '2026-03-02T09:00:00Z' },
    due: '2026-03-03T08:00:00.000Z',
  },
  {
    name: 'DORA initial on a Saturday rolls to noon on Monday for an eligible entity',
    cite: 'RTS 2025/301 Art 5(4)',
    rule: 'eu.dora.initial',
    given: { profile: DORA_DE, starts: { aware_at: '2026-03-06T10:00:00Z', classified_major_at: '2026-03-06T21:00:00Z' }, now: '2026-03-06T22:00:00Z' },
    due: '2026-03-09T11:00:00.000Z',
  },
  {
    name: 'DORA initial: no weekend roll for a credit institution',
    cite: 'RTS 2025/301 Art 5(5)',
    rule: 'eu.dora.initial',
    given: {
      profile: { ...DORA_DE, dora: 'credit-institution' },
      starts: { aware_at: '2026-03-06T10:00:00Z', classified_major_at: '2026-03-06T21:00:00Z' },
      now: '2026-03-06T22:00:00Z',
    },
    due: '2026-03-07T01:00:00.000Z',
  },
  {
    name: 'DORA initial: no roll when it is unsure whether the entity is excluded (stricter reading)',
    cite: 'RTS 2025/301 Art 5(5); §2.8',
    rule: 'eu.dora.initial',
    given: {
      profile: { ...DORA_DE, nis2: 'unsure' },
      starts: { aware_at: '2026-03-06T10:00:00Z', classified_major_at: '2026-03-06T21:00:00Z' },
      now: '2026-03-06T22:00:00Z',
    },
    due: '2026-03-07T01:00:00.000Z',
  },
  {
    name: 'DORA intermediate 72 h after the initial notification was sent, Sunday rolled to Monday noon',
    cite: 'RTS 2025/301 Art 5(1)(b), 5(4)',
    rule: 'eu.dora.intermediate',
    given: {
      profile: DORA_DE,
      starts: { classified_major_at: '2026-03-05T08:00:00Z' },
      sent: [['eu.dora.initial', '2026-03-05T10:00:00Z']],
      now: '2026-03-05T11:00:00Z',
    },
    due: '2026-03-09T11:00:00.000Z',
  },
  {
    name: 'DORA final with the Easter holiday roll',
    cite: 'RTS 2025/301 Art 5(1)(c), 5(4); §2.4 worked example',
    rule: 'eu.dora.final',
    given: {
      profile: DORA_DE,
      starts: { classified_major_at: '2026-03-01T08:00:00Z' },
      sent: [
        ['eu.dora.initial', '2026-03-01T10:00:00Z'],
        ['eu.dora.intermediate', '2026-03-05T11:00:00Z'],
      ],
      now: '2026-03-06T00:00:00Z',
    },
    due: '2026-04-07T10:00:00.000Z',
  },
  {
    name: 'DORA final follows the most recent updated intermediate report',
    cite: 'RTS 2025/301 Art 5(1)(c)',
    rule: 'eu.dora.final',
    given: {
      profile: DORA_DE,
      starts: { classified_major_at: '2026-03-01T08:00:00Z' },
      sent: [
        ['eu.dora.initial', '2026-03-01T10:00:00Z'],
        ['eu.dora.intermediate', '2026-03-05T11:00:00Z'],
        ['eu.dora.intermediate', '2026-03-10T09:00:00Z'],
      ],
      now: '2026-03-11T00:00:00Z',
    },
    due: '2026-04-10T08:00:00.000Z',
  },
  // SEC
  {
    name: 'SEC 8-K: four US business days across the observed Independence Day, 17:30 ET',
    cite: 'Form 8-K Item 1.05(a); 17 CFR 232.13(a)(2); §2.4 worked example',
    rule: 'us.sec.8k.filing',
    given: { profile: SEC, starts: { materiality_determined_at: '2026-07-02T19:00:00Z' }, now: '2026-07-02T20:00:00Z' },
    due: '2026-07-09T21:30:00.000Z',
  },
  {
    name: 'SEC 8-K across Thanksgiving',
    cite: 'Form 8-K Item 1.05(a); General Instruction B.1',
    rule: 'us.sec.8k.filing',
    given: { profile: SEC, starts: { materiality_determined_at: '2026-11-23T15:00:00Z' }, now: '2026-11-23T16:00:00Z' },
    due: '2026-11-30T22:30:00.000Z',
  },
  {
    name: 'SEC 8-K determined on a Friday evening, due after the US DST change at 17:30 EDT',
    cite: 'Form 8-K Item 1.05(a); day 0 convention (§2.4)',
    rule: 'us.sec.8k.filing',
    given: { profile: SEC, starts: { materiality_determined_at: '2026-03-06T23:00:00Z' }, now: '2026-03-07T00:00:00Z' },
    due: '2026-03-12T21:30:00.000Z',
  },
  {
    name: 'SEC 8-K/A across Christmas',
    cite: 'Item 1.05 Instruction 2',
    rule: 'us.sec.8k.amendment',
    given: {
      profile: SEC,
      starts: { materiality_determined_at: '2026-12-01T15:00:00Z', missing_facts_established_at: '2026-12-23T14:00:00Z' },
      sent: [['us.sec.8k.filing', '2026-12-03T15:00:00Z']],
      now: '2026-12-23T15:00:00Z',
    },
    due: '2026-12-30T22:30:00.000Z',
  },
  // HIPAA
  {
    name: 'HIPAA individuals: 60 calendar days after the day of discovery, to the end of that day (ET)',
    cite: '45 CFR 164.404(a)(2), (b)',
    rule: 'us.hipaa.404.individuals',
    given: { profile: HIPAA, answers: health, starts: { discovered_at: '2026-01-15T12:00:00Z' }, now: '2026-01-15T13:00:00Z' },
    // Was 07:00 ET on 16 March (the discovery's time of day); 164.404(a)(2) makes discovery a day, so day 60 ends at midnight.
    due: '2026-03-17T03:59:59.999Z',
  },
  {
    name: 'HIPAA media notice: more than 500 residents of one state',
    cite: '45 CFR 164.406',
    rule: 'us.hipaa.406.media',
    given: {
      profile: HIPAA,
      answers: { ...health, affected: { 'US-TX': 501 } },
      starts: { discovered_at: '2026-01-15T12:00:00Z' },
      now: '2026-01-15T13:00:00Z',
    },
    // Was 07:00 ET: discovery is a day (164.404(a)(2)), so the 60th day after it ends at midnight ET.
    due: '2026-03-17T03:59:59.999Z',
  },
  {
    name: 'HIPAA HHS large breach: 500 or more in total',
    cite: '45 CFR 164.408(b)',
    rule: 'us.hipaa.408.hhs_large',
    given: { profile: HIPAA, answers: { ...health, affected: { total: 500 } }, starts: { discovered_at: '2026-01-15T12:00:00Z' }, now: '2026-01-15T13:00:00Z' },
    // Was 07:00 ET: discovery is a day (164.404(a)(2)), so the 60th day after it ends at midnight ET.
    due: '2026-03-17T03:59:59.999Z',
  },
  {
    name: 'HIPAA small breaches discovered in 2026: 60 days after 31 December is 1 March 2027',
    cite: '45 CFR 164.408(c); §2.4 year-end anchor',
    rule: 'us.hipaa.408.hhs_small',
    given: { profile: HIPAA, answers: { ...health, affected: { total: 12 } }, starts: { discovered_at: '2026-06-01T12:00:00Z' }, now: '2026-06-01T13:00:00Z' },
    due: '2027-03-02T04:59:59.999Z',
  },
  {
    name: 'HIPAA small breaches discovered in 2027: 29 February 2028',
    cite: '45 CFR 164.408(c); §2.4 worked example',
    rule: 'us.hipaa.408.hhs_small',
    given: { profile: HIPAA, answers: { ...health, affected: { total: 12 } }, starts: { discovered_at: '2027-06-01T12:00:00Z' }, now: '2027-06-01T13:00:00Z' },
    due: '2028-03-01T04:59:59.999Z',
  },
  {
    name: 'HIPAA business associate: 60 days to tell the covered entity',
    cite: '45 CFR 164.410',
    rule: 'us.hipaa.410.ba',
    given: { profile: { hipaa: 'business-associate' }, answers: health, starts: { discovered_at: '2026-05-04T16:00:00Z' }, now: '2026-05-04T17:00:00Z' },
    // Was 12:00 ET: the business associate's discovery is also a day (164.410(a)(2)), so day 60 ends at midnight ET.
    due: '2026-07-04T03:59:59.999Z',
  },
  // US states
  {
    name: 'Colorado 30 days, local time kept across DST',
    cite: 'C.R.S. 6-1-716(2)',
    rule: 'us-co.individuals',
    given: { answers: US('US-CO'), starts: { breach_determined_at: '2026-02-10T17:00:00Z' }, now: '2026-02-10T18:00:00Z' },
    due: '2026-03-12T16:00:00.000Z',
  },
  {
    name: 'Colorado AG at 500 residents',
    cite: 'C.R.S. 6-1-716(2)',
    rule: 'us-co.ag',
    given: { answers: US('US-CO', 500), starts: { breach_determined_at: '2026-02-10T17:00:00Z' }, now: '2026-02-10T18:00:00Z' },
    due: '2026-03-12T16:00:00.000Z',
  },
  {
    name: 'Florida 30 days',
    cite: 'Fla. Stat. 501.171(4)',
    rule: 'us-fl.individuals',
    given: { answers: US('US-FL'), starts: { breach_determined_at: '2026-04-01T12:00:00Z' }, now: '2026-04-01T13:00:00Z' },
    due: '2026-05-01T12:00:00.000Z',
  },
  {
    name: 'Florida third-party agent: 10 days',
    cite: 'Fla. Stat. 501.171',
    rule: 'us-fl.agent',
    given: { profile: { processor: 'yes' }, answers: US('US-FL'), starts: { breach_determined_at: '2026-04-01T12:00:00Z' }, now: '2026-04-01T13:00:00Z' },
    due: '2026-04-11T12:00:00.000Z',
  },
  {
    name: 'Washington 30 days across the autumn DST change',
    cite: 'RCW 19.255.010',
    rule: 'us-wa.individuals',
    given: { answers: { ...US('US-WA'), risk: 'risk' }, starts: { discovered_at: '2026-10-20T18:00:00Z' }, now: '2026-10-20T19:00:00Z' },
    due: '2026-11-19T19:00:00.000Z',
  },
  {
    name: 'Texas individuals 60 days',
    cite: 'Tex. Bus. & Com. Code 521.053(b)',
    rule: 'us-tx.individuals',
    given: {
      answers: { ...US('US-TX'), dataTypes: { sensitive: 'yes' } },
      starts: { breach_determined_at: '2026-09-01T15:00:00Z' },
      now: '2026-09-01T16:00:00Z',
    },
    // Was 10:00 CT: "not later than the 60th day after the date on which the person determines" ends with that day.
    due: '2026-11-01T04:59:59.999Z',
  },
  {
    name: 'Texas AG at 250 residents: 30 days',
    cite: 'Tex. Bus. & Com. Code 521.053 (SB 768)',
    rule: 'us-tx.ag',
    given: { answers: US('US-TX', 250), starts: { breach_determined_at: '2026-09-01T15:00:00Z' }, now: '2026-09-01T16:00:00Z' },
    // Was 10:00 CT: counted from the date of the determination, the 30th day after it ends at midnight CT.
    due: '2026-10-02T04:59:59.999Z',
  },
  {
    name: 'New York 30 days over the year end',
    cite: 'N.Y. GBL 899-aa(2)',
    rule: 'us-ny.individuals',
    given: { answers: US('US-NY'), starts: { discovered_at: '2026-12-15T14:00:00Z' }, now: '2026-12-15T15:00:00Z' },
    due: '2027-01-14T14:00:00.000Z',
  },
  {
    name: 'California 30 days (SB 446)',
    cite: 'Cal. Civ. Code 1798.82(a)',
    rule: 'us-ca.individuals',
    given: { answers: US('US-CA'), starts: { discovered_at: '2026-02-01T20:00:00Z' }, now: '2026-02-01T21:00:00Z' },
    due: '2026-03-03T20:00:00.000Z',
  },
  {
    name: "California: a vendor's earlier notice starts the 30 days",
    cite: 'Cal. Civ. Code 1798.82(a)',
    rule: 'us-ca.individuals',
    given: {
      answers: US('US-CA'),
      starts: { vendor_notice_received_at: '2026-01-25T20:00:00Z', discovered_at: '2026-02-01T20:00:00Z' },
      now: '2026-02-01T21:00:00Z',
    },
    due: '2026-02-24T20:00:00.000Z',
  },
  {
    name: 'California AG 15 days after the residents were notified, across DST',
    cite: 'Cal. Civ. Code 1798.82(f)',
    rule: 'us-ca.ag',
    given: {
      answers: US('US-CA', 501),
      starts: { discovered_at: '2026-02-01T20:00:00Z' },
      sent: [['us-ca.individuals', '2026-03-01T20:00:00Z']],
      now: '2026-03-02T00:00:00Z',
    },
    due: '2026-03-16T19:00:00.000Z',
  },
  {
    name: 'Maine 30 days from awareness and scope',
    cite: '10 M.R.S. 1348',
    rule: 'us-me.individuals_ag',
    given: { answers: US('US-ME'), starts: { aware_and_scoped_at: '2026-06-01T14:00:00Z' }, now: '2026-06-01T15:00:00Z' },
    due: '2026-07-01T14:00:00.000Z',
  },
  {
    name: 'Vermont AG: 14 business days skipping Bennington Battle Day',
    cite: '9 V.S.A. 2435(b)(3)',
    rule: 'us-vt.ag_preliminary',
    given: { answers: US('US-VT'), starts: { discovered_at: '2026-08-10T14:00:00Z' }, now: '2026-08-10T15:00:00Z' },
    due: '2026-09-01T03:59:59.999Z',
  },
  {
    name: 'Vermont individuals 45 days',
    cite: '9 V.S.A. 2435(b)(1)',
    rule: 'us-vt.individuals',
    given: { answers: US('US-VT'), starts: { discovered_at: '2026-08-10T14:00:00Z' }, now: '2026-08-10T15:00:00Z' },
    due: '2026-09-24T14:00:00.000Z',
  },
  // NYDFS, banking, FTC, Reg S-P
  {
    name: 'NYDFS 72 h from determination',
    cite: '23 NYCRR 500.17(a)(1)',
    rule: 'us-nydfs.incident',
    given: { profile: { nydfsCovered: 'yes' }, starts: { breach_determined_at: '2026-11-06T20:00:00Z' }, now: '2026-11-06T21:00:00Z' },
    due: '2026-11-09T20:00:00.000Z',
  },
  {
    name: 'NYDFS extortion payment: 24 h',
    cite: '23 NYCRR 500.17(c)',
    rule: 'us-nydfs.extortion_notice',
    given: { profile: { nydfsCovered: 'yes' }, starts: { ransom_paid_at: '2026-11-07T03:00:00Z' }, now: '2026-11-07T04:00:00Z' },
    due: '2026-11-08T03:00:00.000Z',
  },
  {
    name: 'NYDFS written explanation of the payment: 30 days',
    cite: '23 NYCRR 500.17(c)',
    rule: 'us-nydfs.extortion_explanation',
    given: { profile: { nydfsCovered: 'yes' }, starts: { ransom_paid_at: '2026-11-07T03:00:00Z' }, now: '2026-11-07T04:00:00Z' },
    due: '2026-12-07T03:00:00.000Z',
  },
  {
    name: 'US banking agencies: 36 h',
    cite: '12 CFR 53 / 225.302 / 304',
    rule: 'us.banking.notification',
    given: { profile: { usBanking: 'yes' }, starts: { breach_determined_at: '2026-04-10T10:00:00Z' }, now: '2026-04-10T11:00:00Z' },
    due: '2026-04-11T22:00:00.000Z',
  },
  {
    name: 'FTC Safeguards: 30 days at 500 consumers',
    cite: '16 CFR 314.4(j)',
    rule: 'us.ftc.safeguards',
    given: {
      profile: { ftcFinancialInstitution: 'yes' },
      answers: { affected: { total: 500 } },
      starts: { discovered_at: '2026-04-10T10:00:00Z' },
      now: '2026-04-10T11:00:00Z',
    },
    due: '2026-05-10T10:00:00.000Z',
  },
  {
    name: 'Reg S-P customer notice: 30 days',
    cite: '17 CFR 248.30',
    rule: 'us.sec.regsp.customers',
    given: { profile: { regSpInstitution: 'yes' }, starts: { aware_at: '2026-07-01T16:00:00Z' }, now: '2026-07-01T17:00:00Z' },
    due: '2026-07-31T16:00:00.000Z',
  },
  // Card brands
  {
    name: "Visa report: 3 working days of the acquirer's country (Germany, over Christmas)",
    cite: 'Visa WTDIC',
    rule: 'visa.wtdic.report',
    given: {
      profile: { cardMerchant: 'yes', acquirerCountry: 'DE' },
      answers: { dataTypes: { card: 'yes' } },
      starts: { detected_at: '2026-12-24T10:00:00Z' },
      now: '2026-12-24T11:00:00Z',
    },
    due: '2026-12-30T22:59:59.999Z',
  },
  {
    name: 'Mastercard: 24 h',
    cite: 'Mastercard ADC User Guide / Security Rules ch. 10',
    rule: 'mastercard.adc.report',
    given: {
      profile: { cardMerchant: 'yes' },
      answers: { dataTypes: { card: 'yes' } },
      starts: { aware_at: '2026-12-24T10:00:00Z' },
      now: '2026-12-24T11:00:00Z',
    },
    due: '2026-12-25T10:00:00.000Z',
  },
  // Australia, Canada, Singapore, India
  {
    name: 'Australia NDB assessment: 30 days after the day of suspicion, to the end of that day, across the end of Sydney DST',
    cite: 'Privacy Act s 26WH; Acts Interpretation Act 1901 s 36',
    rule: 'au.ndb.assessment',
    given: {
      profile: { auAppEntity: 'yes' },
      answers: { residences: ['AU'], residencesComplete: true },
      starts: { reasonable_grounds_suspect_at: '2026-04-01T00:00:00Z' },
      now: '2026-04-01T01:00:00Z',
    },
    // Was 11:00 Sydney time: AIA s 36(1) leaves the first day out and the period ends with Friday 1 May.
    due: '2026-05-01T13:59:59.999Z',
  },
  {
    name: 'Australia ransomware payment report: 72 h',
    cite: 'Cyber Security Act 2024 Part 3',
    rule: 'au.csa.ransom',
    given: { profile: { auReportingEntity: 'yes' }, starts: { ransom_paid_at: '2026-08-14T05:00:00Z' }, now: '2026-08-14T06:00:00Z' },
    due: '2026-08-17T05:00:00.000Z',
  },
  {
    name: 'Canada PIPEDA: soft, with a 30-day policy target',
    cite: 'PIPEDA s 10.1(1)-(2)',
    rule: 'can.pipeda.opc',
    given: {
      answers: { residences: ['CA'], residencesComplete: true, risk: 'risk' },
      starts: { breach_determined_at: '2026-05-01T15:00:00Z' },
      now: '2026-05-01T16:00:00Z',
    },
    due: null,
    target: '2026-05-31T15:00:00.000Z',
  },
  {
    name: 'Singapore PDPC: 3 calendar days after the assessment, over a weekend',
    cite: 'PDPA s 26D(1)',
    rule: 'sg.pdpa.pdpc',
    given: {
      answers: { residences: ['SG'], residencesComplete: true, risk: 'high' },
      starts: { assessment_completed_at: '2026-11-20T09:00:00Z' },
      now: '2026-11-20T10:00:00Z',
    },
    // Was 17:00 SGT: "3 calendar days after the day" of the assessment ends at the end of Monday 23 November.
    due: '2026-11-23T15:59:59.999Z',
  },
  {
    name: 'Singapore assessment: 30 days',
    cite: 'PDPA s 26C(2)',
    rule: 'sg.pdpa.assessment',
    given: {
      answers: { residences: ['SG'], residencesComplete: true },
      starts: { reasonable_grounds_believe_at: '2026-11-20T09:00:00Z' },
      now: '2026-11-20T10:00:00Z',
    },
    due: '2026-12-20T09:00:00.000Z',
  },
  {
    name: 'CERT-In: 6 h from detection',
    cite: 'CERT-In Direction (ii)',
    rule: 'in.certin.report',
    given: { profile: { certInScope: 'yes' }, starts: { detected_at: '2026-11-22T20:00:00Z' }, now: '2026-11-22T21:00:00Z' },
    due: '2026-11-23T02:00:00.000Z',
  },
  {
    name: 'India DPDP detailed report: 72 h, for clocks starting once the Rules are in force',
    cite: 'DPDP Rules r 7(2)(b)',
    rule: 'in.dpdp.detailed',
    given: { answers: { residences: ['IN'], residencesComplete: true }, starts: { aware_at: '2027-06-01T06:00:00Z' }, now: '2027-06-01T07:00:00Z' },
    due: '2027-06-04T06:00:00.000Z',
  },
  // Brazil, Switzerland, Japan, South Africa
  {
    name: 'Brazil ANPD: 3 business days skipping Consciência Negra',
    cite: 'LGPD Art 48; Res. 15/2024 Arts 5-6',
    rule: 'br.anpd.communication',
    given: {
      answers: { residences: ['BR'], residencesComplete: true, risk: 'risk' },
      starts: { personal_data_affected_known_at: '2026-11-19T15:00:00Z' },
      now: '2026-11-19T16:00:00Z',
    },
    due: '2026-11-26T02:59:59.999Z',
  },
  {
    name: 'Brazil complementary information: 20 business days after the communication',
    cite: 'Res. 15/2024 Art 6',
    rule: 'br.anpd.complement',
    given: {
      answers: { residences: ['BR'], residencesComplete: true, risk: 'risk' },
      starts: { personal_data_affected_known_at: '2026-11-19T15:00:00Z' },
      sent: [['br.anpd.communication', '2026-11-24T15:00:00Z']],
      now: '2026-11-24T16:00:00Z',
    },
    due: '2026-12-23T02:59:59.999Z',
  },
  {
    name: 'Swiss ISA cyberattack report: 24 h',
    cite: 'ISA Art 74b',
    rule: 'ch.isa.cyberattack',
    given: { profile: { chCriticalInfrastructure: 'yes' }, starts: { discovered_at: '2026-10-24T23:30:00Z' }, now: '2026-10-25T00:00:00Z' },
    due: '2026-10-25T23:30:00.000Z',
  },
  {
    name: 'Swiss FADP: soft, 72 h policy target',
    cite: 'FADP Art 24(1)',
    rule: 'ch.fadp.fdpic',
    given: {
      answers: { residences: ['CH'], residencesComplete: true, risk: 'high' },
      starts: { aware_at: '2026-10-24T08:00:00Z' },
      now: '2026-10-24T09:00:00Z',
    },
    due: null,
    target: '2026-10-27T08:00:00.000Z',
  },
  {
    name: 'Japan confirmed report: the day of knowing is day 1',
    cite: 'PPC Rules Art 8(2); Guideline 3-5-3-4',
    rule: 'jp.appi.final_30',
    given: {
      answers: { residences: ['JP'], residencesComplete: true, dataTypes: { financial: 'yes' } },
      starts: { aware_at: '2026-11-02T01:00:00Z' },
      now: '2026-11-02T02:00:00Z',
    },
    due: '2026-12-01T14:59:59.999Z',
  },
  {
    name: 'Japan confirmed report due in the year-end closure rolls to 4 January',
    cite: 'PPC Rules Art 8(2); §2.4 Japan day count',
    rule: 'jp.appi.final_30',
    given: {
      answers: { residences: ['JP'], residencesComplete: true, dataTypes: { financial: 'yes' } },
      starts: { aware_at: '2026-12-01T01:00:00Z' },
      now: '2026-12-01T02:00:00Z',
    },
    due: '2027-01-04T14:59:59.999Z',
  },
  {
    name: 'Japan unlawful purpose: 60 days',
    cite: 'PPC Rules Art 8(2)',
    rule: 'jp.appi.final_60',
    given: {
      answers: { residences: ['JP'], residencesComplete: true, dataTypes: { unlawfulPurpose: 'yes' } },
      starts: { aware_at: '2026-09-01T01:00:00Z' },
      now: '2026-09-01T02:00:00Z',
    },
    due: '2026-10-30T14:59:59.999Z',
  },
  {
    name: 'POPIA: soft, 72 h policy target',
    cite: 'POPIA s 22(1)-(2)',
    rule: 'za.popia.regulator',
    given: { answers: { residences: ['ZA'], residencesComplete: true }, starts: { discovered_at: '2026-06-01T08:00:00Z' }, now: '2026-06-01T09:00:00Z' },
    due: null,
    target: '2026-06-04T08:00:00.000Z',
  },
  // EU CRA
  {
    name: 'CRA early warning: 24 h, from 11 September 2026',
    cite: 'CRA Art 14(2)(a)',
    rule: 'eu.cra.early_warning',
    given: { profile: { craManufacturer: 'yes' }, starts: { aware_at: '2026-10-01T10:00:00Z' }, now: '2026-10-01T11:00:00Z' },
    due: '2026-10-02T10:00:00.000Z',
  },
];

describe('legal deadline vectors', () => {
  it('covers at least 40 vectors', () => {
    expect(VECTORS.length).toBeGreaterThanOrEqual(40);
  });

  it.each(VECTORS)('$name ($cite)', ({ rule, given, due, projected, target }) => {
    const obligation = obligationsFor(given).find((o) => o.rule.id === rule);
    expect(obligation).toBeDefined();
    expect(iso(obligation!.dueAt)).toBe(due);
    expect(obligation!.projected).toBe(projected ?? false);
    if (target !== undefined) expect(iso(obligation!.targetAt)).toBe(target);
  });
});

describe('rules that do not apply', () => {
  it.each([
    {
      name: 'Texas AG below 250 residents',
      rule: 'us-tx.ag',
      given: { answers: US('US-TX', 249), starts: { breach_determined_at: '2026-09-01T15:00:00Z' }, now: '2026-09-01T16:00:00Z' },
    },
    {
      name: 'California 30-day rule for a breach discovered before 1 January 2026',
      rule: 'us-ca.individuals',
      given: { answers: US('US-CA'), starts: { discovered_at: '2025-12-20T20:00:00Z' }, now: '2025-12-21T00:00:00Z' },
    },
    {
      name: 'India DPDP before 13 May 2027',
      rule: 'in.dpdp.detailed',
      given: { answers: { residences: ['IN' as const], residencesComplete: true }, starts: { aware_at: '2026-11-22T06:00:00Z' }, now: '2026-11-22T07:00:00Z' },
    },
    {
      name: 'CRA before 11 September 2026',
      rule: 'eu.cra.early_warning',
      given: { profile: { craManufacturer: 'yes' as const }, starts: { aware_at: '2026-09-01T10:00:00Z' }, now: '2026-09-01T11:00:00Z' },
    },
    {
      name: 'GDPR when no personal data is involved',
      rule: 'eu.gdpr.33.sa',
      given: { answers: { ...EU, personalData: 'no' as const }, starts: { aware_at: '2026-03-02T09:00:00Z' }, now: '2026-03-02T10:00:00Z' },
    },
    {
      name: 'NIS2 final report once replaced by a progress report',
      rule: 'eu.nis2.23.final',
      given: {
        profile: NIS2,
        starts: { significant_aware_at: '2026-01-29T10:00:00Z' },
        sent: [['eu.nis2.23.notification', '2026-01-31T14:00:00Z']] as [string, string][],
        now: '2026-03-01T00:00:00Z',
      },
    },
    {
      name: 'UNVERIFIED rules ship switched off (UK PECR 24 h)',
      rule: 'uk.pecr.ico',
      given: {
        profile: { telecomProvider: 'yes' as const },
        answers: { residences: ['UK' as const], residencesComplete: true },
        starts: { aware_at: '2026-03-02T09:00:00Z' },
        now: '2026-03-02T10:00:00Z',
      },
    },
  ])('$name', ({ rule, given }) => {
    expect(obligationsFor(given as Given).find((o) => o.rule.id === rule)).toBeUndefined();
  });
});
