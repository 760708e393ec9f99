import type { StakeholderUpdateText } from '../../shared/stakeholder-update-words';

/**
 * One stakeholder update, as the commander writes it (incident.io's status update, Dispatch's
 * tactical report): where it stands, what we know, what we are doing, what we need, and when the
 * next update comes. Its words are in src/shared/stakeholder-update-words.ts, shared with the preview.
 */
export type StakeholderUpdateDraft = StakeholderUpdateText;

/** An update as stored: the draft, who sent it and when, and to whom (counted, for words). */
export interface SentStakeholderUpdate extends StakeholderUpdateDraft {
  seq: number;
  at: string;
  by: string;
  level: string | null;
  recipients: { users: string[]; groups: string[] };
}

export const UPDATE_TEXT_LIMIT = 2000;
const MINUTE = 60_000;
const MAX_AHEAD_MINUTES = 7 * 24 * 60;

/** One thing wrong with an update: the field and what to do. */
export type UpdateProblems = Partial<Record<keyof StakeholderUpdateDraft, string>>;

/**
 * What must hold before an update goes: something known and something being done, and a next
 * update time after now and no later than the level's cadence allows (one may promise sooner,
 * never later). `latestNext` is now plus the cadence, null without one.
 * @example updateProblems({ status: 'investigating', known: '', doing: 'Resetting passwords', need: '', nextUpdateAt: '2026-12-07T09:30:00.000Z' }, '2026-12-07T09:00:00.000Z', '2026-12-07T09:30:00.000Z')
 *   // { known: 'Say what we know so far.' }
 */
export function updateProblems(draft: StakeholderUpdateDraft, now: string, latestNext: string | null): UpdateProblems {
  const problems: UpdateProblems = {};
  if (draft.known.trim() === '') problems.known = 'Say what we know so far.';
  if (draft.doing.trim() === '') problems.doing = 'Say what the team is doing about it.';
  const next = Date.parse(draft.nextUpdateAt);
  const limit = latestNext === null ? Date.parse(now) + MAX_AHEAD_MINUTES * MINUTE : Date.parse(latestNext);
  if (Number.isNaN(next) || next <= Date.parse(now)) problems.nextUpdateAt = 'Choose a time for the next update that is still to come.';
  else if (next > limit)
    problems.nextUpdateAt =
      latestNext === null
        ? 'Choose a time for the next update within a week.'
        : 'This level asks for updates more often: choose an earlier time for the next update.';
  return problems;
}
