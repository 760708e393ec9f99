import type { NextDeadline } from './next-deadline';

/** The lozenge appearances jira:issueContext's status takes (@forge/manifest's schema, status.value.type). */
export type LozengeAppearance = 'default' | 'inprogress' | 'moved' | 'new' | 'removed' | 'success';

/**
 * What the glance's dynamicProperties function returns: one lozenge beside the collapsed glance's label
 * (https://developer.atlassian.com/platform/forge/manifest-reference/modules/jira-issue-context/#dynamic-properties).
 */
export interface GlanceStatus {
  status: { type: 'lozenge'; value: { label: string; type: LozengeAppearance } };
}

/**
 * Characters a lozenge shows before Atlaskit cuts it off (bold capitals, about 200 px wide): a longer
 * label drops words rather than be truncated mid-word.
 */
export const LOZENGE_FITS = 30;

/**
 * The collapsed glance's one status: the level, and the next deadline if it fits, in words relative to
 * now (Jira asks again each time the issue is shown collapsed, so "in 3 h" stays true).
 * @example glanceStatusLabel('Critical', { what: 'Time to contain', short: 'contain', dueAt: '2026-12-04T13:00:00Z', late: false }, '2026-12-04T10:00:00Z') // 'Critical · contain in 3 h'
 * @example glanceStatusLabel('Low', null, '2026-12-04T10:00:00Z') // 'Low'
 */
export function glanceStatusLabel(level: string, next: NextDeadline | null, now: string): string {
  if (!next) return level;
  const ms = Date.parse(next.dueAt) - Date.parse(now);
  const when = ms < 0 ? `${roughly(-ms)} late` : `in ${roughly(ms)}`;
  const choices = [`${level} · ${next.short} ${when}`, `${level} · next ${when}`, level];
  return choices.find((c) => c.length <= LOZENGE_FITS) ?? level;
}

/**
 * The whole answer of the glance-status function: red when a deadline was missed, the level's colour
 * otherwise, grey before there is a level.
 * @example glanceStatus(null, null, '2026-12-04T10:00:00Z') // { status: { type: 'lozenge', value: { label: 'Level not set', type: 'default' } } }
 */
export function glanceStatus(level: string | null, next: NextDeadline | null, now: string): GlanceStatus {
  const late = next !== null && Date.parse(next.dueAt) < Date.parse(now);
  const type: LozengeAppearance = late ? 'removed' : level ? 'moved' : 'default';
  return { status: { type: 'lozenge', value: { label: glanceStatusLabel(level ?? 'Level not set', next, now), type } } };
}

/** One unit, rounded down: "45 min", "3 h", "2 d"; a glance has no room for "1 h 15 min". */
function roughly(ms: number): string {
  const minutes = Math.max(1, Math.floor(ms / 60_000));
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  return hours < 48 ? `${hours} h` : `${Math.floor(hours / 24)} d`;
}
