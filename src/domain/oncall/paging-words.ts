import type { Translate } from '../words/translate';
import type { PagingRole, SkippedPage } from './paging-steps';

/**
 * What people read about paging: the timeline, the page itself, the panel. Always with names, never
 * account ids; the caller looks the names up (as the app or as the viewer).
 */

/**
 * A place in the paging chain, in words.
 * @example pagingRoleWords('primary') // 'primary on call'
 * @example pagingRoleWords('escalation-2') // 'escalation path, second person'
 */
export function pagingRoleWords(role: PagingRole): string {
  if (role === 'primary' || role === 'secondary') return `${role} on call`;
  const n = Number(role.slice('escalation-'.length));
  return `escalation path, ${ORDINALS[n - 1] ?? `person ${n}`}${n <= ORDINALS.length ? ' person' : ''}`;
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];

/**
 * The timeline's words for a place passed over.
 * @example skippedPageText({ key: 'skip:primary@…', role: 'primary', accountId: 'a', reason: { kind: 'cannot-see' } }, 'Ana Ruiz')
 * // 'Ana Ruiz cannot see this restricted incident, so they cannot be paged for it; the chain moves on to the next person, if any.'
 */
export function skippedPageText(skip: SkippedPage, name: string): string {
  switch (skip.reason.kind) {
    case 'nobody-on-call':
      return `Nobody is on call as ${skip.role === 'primary' || skip.role === 'secondary' ? skip.role : `the ${pagingRoleWords(skip.role)}`}, so nobody was paged in that place.`;
    case 'already-paged':
      return `${name} was already paged (${pagingRoleWords(skip.reason.as)}); nobody is paged twice for one incident.`;
    case 'cannot-see':
      return `${name} cannot see this restricted incident, so they cannot be paged for it; the chain moves on to the next person, if any.`;
  }
}

/** @example pagedText('Sam Responder', 'primary') // 'Paged Sam Responder (primary on call)' */
export const pagedText = (name: string, role: PagingRole): string => `Paged ${name} (${pagingRoleWords(role)})`;

/** @example acknowledgedText('Sam Responder') // 'Sam Responder is on it' */
export const acknowledgedText = (name: string): string => `${name} is on it`;

/**
 * What the page asks of the person, in one sentence (the internal comment), in their language (`t`).
 * The level is the admin's own label, as written.
 * @example pageRequestText(t, 'primary', 'Critical', 5) // 'You are on call as primary: Critical incident, please acknowledge with "I\'m on it" in the Incident response panel within 5 minutes.'
 */
export function pageRequestText(t: Translate, role: PagingRole, levelLabel: string, windowMinutes: number): string {
  const position = role === 'primary' || role === 'secondary' ? 0 : Number(role.slice('escalation-'.length));
  return t('message.oncall.page.request', { role: position === 0 ? role : 'escalation', position, level: levelLabel, minutes: windowMinutes });
}
