import { sha256Hex } from '../timeline/entry-hash';

/** Follow-ups one incident may have; more needs a project of its own. */
export const MAX_FOLLOW_UPS = 50;

/** A summary as people mean it: spacing and capitals do not make another follow-up. */
export const normalizedSummary = (summary: string): string => summary.trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * What makes two follow-up requests the same one: the same summary, as people mean it, for the same
 * incident (the incident is the key's other part). A fixed-length hash, so any summary fits a key.
 * @example followUpIdentity('Turn off  public links') === followUpIdentity('turn off public links') // true
 */
export const followUpIdentity = (summary: string): string => sha256Hex(normalizedSummary(summary)).slice(0, 32);
