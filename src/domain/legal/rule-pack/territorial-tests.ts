/**
 * Every pack rule's territorial test (issue 30, class 4), declared by rule-id prefix so a regime's
 * rules share one test and a new rule of a known regime inherits it; a rule whose law differs from
 * its regime's passes `territory` to defineRule itself. An id no prefix covers is refused at load.
 */
import type { TerritorialTest } from '../territorial-scope';

const regulated: TerritorialTest = { test: 'regulated-status' };
/**
 * US state breach laws protect "a resident of this state" (e.g. Cal. Civ. Code 1798.82(a), RCW
 * 19.255.010(1)). Their other nexus, a business that conducts business in the state, is read as met
 * when its residents' data is held: the residents decide.
 */
const stateResidents = (place: 'US-CO' | 'US-FL' | 'US-WA' | 'US-TX' | 'US-NY' | 'US-CA' | 'US-ME' | 'US-VT' | 'US-AL' | 'US-AZ' | 'US-DE' | 'US-LA') =>
  [`${place.toLowerCase()}.`, { test: 'residents-affected', place }] as const;

/** Longest prefix first wins; see territoryOf. */
export const TERRITORIAL_TESTS_BY_PREFIX: readonly (readonly [string, TerritorialTest])[] = [
  // GDPR Art 3(1) (an EU establishment, wherever the processing or the people) and 3(2) (people in the Union).
  ['eu.gdpr.', { test: 'established-or-residents', place: 'EU' }],
  // UK GDPR Art 3(1)-(2), the same test for the UK; PECR binds providers of services in the UK.
  ['uk.gdpr.', { test: 'established-or-residents', place: 'UK' }],
  ['uk.pecr.', { test: 'established-or-residents', place: 'UK' }],
  // NIS2 Art 26, DORA Art 2, CRA Art 2, AI Act Art 2: scoped by the entity's status, which the profile holds.
  ['eu.nis2.', regulated],
  ['eu.dora.', regulated],
  ['eu.cra.', regulated],
  ['eu.aiact.', regulated],
  ['visa.', { test: 'contract' }],
  ['mastercard.', { test: 'contract' }],
  // Privacy Act 1988 (Cth) s 5B(1A), 5B(3): an organisation with an Australian link (carries on business
  // there) is bound for acts abroad; an eligible data breach (s 26WE) needs no Australian residents.
  ['au.ndb.', { test: 'organisation-carries-on-business', place: 'AU', flag: 'auAppEntity' }],
  ['au.csa.', regulated],
  ['au.soci.', regulated],
  // PIPEDA s 4(1): organisations in the course of commercial activities (a real and substantial connection).
  ['can.pipeda.', { test: 'established-or-residents', place: 'CA' }],
  // PDPA s 4: organisations collecting, using or disclosing personal data in Singapore.
  ['sg.pdpa.', { test: 'established-or-residents', place: 'SG' }],
  ['in.certin.', regulated],
  // DPDP Act 2023 s 3(a)-(b): processing in India, or abroad when offering goods or services to Data Principals in India.
  ['in.dpdp.', { test: 'established-or-residents', place: 'IN' }],
  // LGPD Art 3: processing in Brazil, offering to people in Brazil, or data collected in Brazil.
  ['br.anpd.', { test: 'established-or-residents', place: 'BR' }],
  // FADP Art 3(1): facts with an effect in Switzerland, even if caused abroad.
  ['ch.fadp.', { test: 'established-or-residents', place: 'CH' }],
  ['ch.isa.', regulated],
  // APPI Art 171: foreign business operators handling the information of persons in Japan.
  ['jp.appi.', { test: 'established-or-residents', place: 'JP' }],
  // POPIA s 3(1)(b): a responsible party domiciled in the Republic, or using means in it; residence is not the test.
  ['za.popia.', { test: 'organisation-established', place: 'ZA' }],
  ['us.sec.', regulated],
  ['us.hipaa.', regulated],
  ['us.circia.', regulated],
  ['us.banking.', regulated],
  ['us.ftc.', regulated],
  ['us-nydfs.', regulated],
  // Tex. Bus. & Com. Code 521.053(b): a person conducting business in Texas notifies "any individual"
  // affected, residents of other states too ((b-1)); the AG notice (i) counts Texas residents.
  ['us-tx.individuals', { test: 'established-or-residents', place: 'US-TX' }],
  ['us-tx.cra', { test: 'established-or-residents', place: 'US-TX' }],
  // Cal. Health & Safety Code 1280.15 follows the facility's California licence, not the patient's residence.
  ['us-ca.hsc1280.', regulated],
  ...(['US-CO', 'US-FL', 'US-WA', 'US-TX', 'US-NY', 'US-CA', 'US-ME', 'US-VT', 'US-AL', 'US-AZ', 'US-DE', 'US-LA'] as const).map(stateResidents),
];

/**
 * @example territoryOf('us-ca.ag') // { test: 'residents-affected', place: 'US-CA' }
 */
export function territoryOf(ruleId: string): TerritorialTest {
  const match = TERRITORIAL_TESTS_BY_PREFIX.filter(([prefix]) => ruleId.startsWith(prefix)).sort((a, b) => b[0].length - a[0].length)[0];
  if (!match) throw new Error(`No territorial test declared for rule ${ruleId}: add it to rule-pack/territorial-tests.ts or pass territory.`);
  return match[1];
}
