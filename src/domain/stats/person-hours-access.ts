import type { ProgramSettings } from '../config/app-config';

/**
 * Hours per person say who worked how long, and when (outside business hours too): that is about a
 * person, not about the incidents, so it needs a real permission. The gadget's "hide names" is a
 * display preference its owner sets; anyone who can see the dashboard could set up a gadget of their
 * own without it, so it protects nothing.
 */
export const PERSON_HOURS_WITHHELD =
  'Hours per person are shown to the incident-response owner and responders named in the settings and to people who administer these projects; you see the totals.';

/**
 * @example mayReadPersonHours('acc-1', { ownerAccountId: null, responderAccountIds: ['acc-1'] }, false) // true
 * @example mayReadPersonHours('acc-2', { ownerAccountId: null, responderAccountIds: ['acc-1'] }, false) // false
 */
export function mayReadPersonHours(
  viewer: string | null,
  program: Pick<ProgramSettings, 'ownerAccountId' | 'responderAccountIds'>,
  administersEveryProject: boolean,
): boolean {
  if (administersEveryProject) return true;
  return viewer !== null && (viewer === program.ownerAccountId || program.responderAccountIds.includes(viewer));
}
