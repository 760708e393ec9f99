/**
 * The panel's words for an update's status and for the minutes between updates. The status keys'
 * en-US texts are src/shared/stakeholder-update-words.ts's, the words recipients read in the
 * notification (which the backend writes in the app's default language).
 */
import type { MessageKey } from '../../../../common/i18n/message-key';
import type { UpdateStatus } from '../../../../../src/shared/stakeholder-update-words';

export const UPDATE_STATUS_KEYS: Record<UpdateStatus, MessageKey> = {
  investigating: 'panel.stakeholderUpdates.status.investigating',
  identified: 'panel.stakeholderUpdates.status.identified',
  monitoring: 'panel.stakeholderUpdates.status.monitoring',
  resolved: 'panel.stakeholderUpdates.status.resolved',
};

/**
 * Minutes as a message's values: whole minutes under an hour, whole hours, or hours and minutes.
 * @example durationValues(90) // { unit: 'mixed', hours: 1, minutes: 30 }
 */
export function durationValues(minutes: number): { unit: 'minutes' | 'hours' | 'mixed'; hours: number; minutes: number } {
  if (minutes < 60) return { unit: 'minutes', hours: 0, minutes };
  return { unit: minutes % 60 === 0 ? 'hours' : 'mixed', hours: Math.floor(minutes / 60), minutes: minutes % 60 };
}
