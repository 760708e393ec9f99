/**
 * The replies a responder starts from when telling the reporter what became of their report (seed
 * 000: never blame reporters; 004: keep them informed). Written for the reporter: plain words, a
 * thank-you, nothing internal (no category code, impact, urgency, legal facts or responder names).
 */
import type { TriageState } from '../incident/incident-record';

/** Where the report stands, as the reply speaks of it. */
export type ReplySituation = 'not-an-incident' | 'resolved' | 'in-progress';

/**
 * A dismissed event is "not an incident" whatever its status; otherwise a done request is resolved.
 * @example replySituation('not-incident', 'indeterminate') // 'not-an-incident'
 * @example replySituation('incident', 'done') // 'resolved'
 * @example replySituation('event', 'new') // 'in-progress'
 */
export function replySituation(triage: TriageState, statusCategory: 'new' | 'indeterminate' | 'done'): ReplySituation {
  if (triage === 'not-incident') return 'not-an-incident';
  return statusCategory === 'done' ? 'resolved' : 'in-progress';
}

/**
 * What the reporter reported, in their words: keyed by the category THEY picked on the portal, never
 * the responders' classification (a changed category would tell them how the team rated it).
 */
const WHAT_THEY_REPORTED: Record<string, string> = {
  technical: 'the problem you ran into',
  phishing: 'the suspicious message you received',
  malware: 'the suspicious behaviour on your device',
  'physical-safety': 'the safety concern you raised',
  'security-breach': 'what you noticed',
  'lost-device': 'the lost or stolen device',
  'data-exposure': 'the information you saw shared where it should not be',
  'denial-of-service': 'the outage you ran into',
};
const SOMETHING_REPORTED = 'what you noticed';

const OPENING = (what: string) => `Thank you for telling us about ${what}.`;
const BODY: Record<ReplySituation, string> = {
  'not-an-incident':
    'We looked into it carefully and it turned out not to be a security incident, so there is nothing more you need to do and this request is now closed.',
  resolved: 'The team has dealt with it and this request is now resolved. Your report helped us act quickly.',
  'in-progress': 'The team is working on it. We will tell you here when it is resolved. If you notice anything new, add it to this request.',
};
const CLOSING: Record<ReplySituation, string> = {
  'not-an-incident': 'Reporting something that turns out to be harmless is never a mistake: please keep telling us whenever something seems off.',
  resolved: 'If it happens again, or anything else seems off, report it the same way.',
  'in-progress': 'You did the right thing by speaking up.',
};

/**
 * The prefilled reply: paragraphs separated by a blank line, as the portal will show them.
 * @example reporterReply('resolved', 'phishing').split('\n\n')[0] // 'Thank you for telling us about the suspicious message you received.'
 * @example reporterReply('in-progress', 'a-custom-category').split('\n\n')[0] // 'Thank you for telling us about what you noticed.'
 */
export function reporterReply(situation: ReplySituation, reportersCategory: string | null): string {
  const what = (reportersCategory && WHAT_THEY_REPORTED[reportersCategory]) || SOMETHING_REPORTED;
  return [OPENING(what), BODY[situation], CLOSING[situation]].join('\n\n');
}
