/** One typed wrapper per stakeholder update resolver the panel calls. */
import { invokeResolver } from '../../../../common/invoke-resolver';
import type { StakeholderSnoozeInput, StakeholderUpdateInput } from '../../../../../src/shared/stakeholder-contract';
import { RESOLVER_KEYS } from '../../../../../src/shared/resolver-contract';

export const getStakeholderUpdates = () => invokeResolver(RESOLVER_KEYS.stakeholderUpdateGet, {});
export const sendStakeholderUpdate = (input: StakeholderUpdateInput) => invokeResolver(RESOLVER_KEYS.stakeholderUpdateSend, input);
export const snoozeStakeholderReminder = (minutes: StakeholderSnoozeInput['minutes']) => invokeResolver(RESOLVER_KEYS.stakeholderUpdateSnooze, { minutes });
