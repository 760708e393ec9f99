/**
 * The replies a responder starts from when telling the reporter what became of their report (seed
 * 000: never blame reporters; 004: keep them informed). Written for the reporter: plain words, a
 * thank-you, nothing internal (no category code, impact, urgency, legal facts or responder names).
 */
import type { TriageState } from '../incident/incident-record';
import type { MessageKey, Translate } from '../words/translate';

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
 * How the reply opens, naming what the reporter reported in their words: keyed by the category THEY
 * picked on the portal, never the responders' classification (a changed category would tell them how
 * the team rated it). An admin's own category opens with the general words.
 */
const OPENING: Record<string, MessageKey> = {
  technical: 'message.reporter.outcome.opening.technical',
  phishing: 'message.reporter.outcome.opening.phishing',
  malware: 'message.reporter.outcome.opening.malware',
  'physical-safety': 'message.reporter.outcome.opening.physicalSafety',
  'security-breach': 'message.reporter.outcome.opening.securityBreach',
  'lost-device': 'message.reporter.outcome.opening.lostDevice',
  'data-exposure': 'message.reporter.outcome.opening.dataExposure',
  'denial-of-service': 'message.reporter.outcome.opening.denialOfService',
};
const OPENING_OTHER: MessageKey = 'message.reporter.outcome.opening.other';

const BODY: Record<ReplySituation, MessageKey> = {
  'not-an-incident': 'message.reporter.outcome.body.notAnIncident',
  resolved: 'message.reporter.outcome.body.resolved',
  'in-progress': 'message.reporter.outcome.body.inProgress',
};
const CLOSING: Record<ReplySituation, MessageKey> = {
  'not-an-incident': 'message.reporter.outcome.closing.notAnIncident',
  resolved: 'message.reporter.outcome.closing.resolved',
  'in-progress': 'message.reporter.outcome.closing.inProgress',
};

/**
 * The prefilled reply in the reporter's language (`t`): paragraphs separated by a blank line, as the
 * portal will show them.
 * @example reporterReply(t, 'resolved', 'phishing').split('\n\n')[0] // 'Thank you for telling us about the suspicious message you received.'
 * @example reporterReply(t, 'in-progress', 'a-custom-category').split('\n\n')[0] // 'Thank you for telling us about what you noticed.'
 */
export function reporterReply(t: Translate, situation: ReplySituation, reportersCategory: string | null): string {
  const opening = (reportersCategory && Object.hasOwn(OPENING, reportersCategory) && OPENING[reportersCategory]) || OPENING_OTHER;
  return [t(opening), t(BODY[situation]), t(CLOSING[situation])].join('\n\n');
}
