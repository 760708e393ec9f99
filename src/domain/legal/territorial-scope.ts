/**
 * Each rule's territorial test (issue 30, class 4): what links the incident to the law's territory.
 * Privacy laws differ: US state breach laws protect their residents; the GDPR reaches an EU
 * establishment whatever the data subjects' residence (Art 3(1)) and non-EU controllers targeting
 * people in the Union (Art 3(2)); Australia's Privacy Act reaches an organisation with an
 * Australian link, one that carries on business there (s 5B(1A), 5B(3)), so an eligible data
 * breach (s 26WE) does not need Australian residents. Sector regimes are scoped by the
 * organisation's status (NIS2, DORA, SEC, HIPAA ...), card-brand rules by contract.
 */
import type { Condition } from './applicability';
import type { Residence } from './legal-answers';
import type { ProfileFlag } from './organisation-profile';

export type TerritorialTest =
  /** People living in the place are affected (US state breach laws: "a resident of this state"). */
  | { test: 'residents-affected'; place: Residence }
  /** The organisation is established in the place, or the affected people are there (GDPR Art 3, and laws built like it). */
  | { test: 'established-or-residents'; place: Residence }
  /** Only the organisation's own link counts: it carries on business in the place (Australia s 5B(3)). */
  | { test: 'organisation-carries-on-business'; place: Residence; flag?: ProfileFlag }
  /** Only where the organisation is established or domiciled (the law names no residence test). */
  | { test: 'organisation-established'; place: Residence }
  /** The regime is scoped by a status in the organisation profile (NIS2 entity, SEC registrant, ...). */
  | { test: 'regulated-status' }
  /** A contract (card-brand rules, the organisation's own rules): no territorial test. */
  | { test: 'contract' };

export const TERRITORIAL_TESTS = [
  'residents-affected',
  'established-or-residents',
  'organisation-carries-on-business',
  'organisation-established',
  'regulated-status',
  'contract',
] as const satisfies readonly TerritorialTest['test'][];

/** The organisation's link to a place; the EU keeps its own profile answer (euEstablished), which decides it. */
const establishedIn = (place: Residence): Condition => (place === 'EU' ? { profile: 'euEstablished', in: ['yes'] } : { established: place });

/**
 * The conditions a territorial test adds to a rule's own (evaluated with them, in three values).
 * @example territoryConditions({ test: 'residents-affected', place: 'US-TX' }) // [{ residence: 'US-TX' }]
 */
export function territoryConditions(t: TerritorialTest): Condition[] {
  switch (t.test) {
    case 'residents-affected':
      return [{ residence: t.place }];
    case 'established-or-residents':
      return [{ any: [{ residence: t.place }, establishedIn(t.place)] }];
    case 'organisation-carries-on-business':
      // A yes to the regime's own status flag (an APP entity) already says the Act reaches the organisation.
      return [t.flag ? { any: [establishedIn(t.place), { profile: t.flag, in: ['yes'] }] } : establishedIn(t.place)];
    case 'organisation-established':
      return [establishedIn(t.place)];
    default:
      return [];
  }
}
