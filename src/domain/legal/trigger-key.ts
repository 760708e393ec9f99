/**
 * Clock-start triggers recorded on the incident by people (§2.3); the words live with the UI
 * vocabulary. In a file of its own so the applicability rules can name them without importing the
 * rule type that imports them.
 */
import type { TriggerKeyView } from '../../shared/legal-vocabulary';

export { TRIGGER_KEYS } from '../../shared/legal-vocabulary';
export type TriggerKey = TriggerKeyView;
