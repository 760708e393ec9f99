/** The demo's dismissed event (worked-incidents.ts): a report that turns out to be harmless, answered and resolved. */
import { PORTAL_REPORT_PROPERTY_KEY } from '../../src/shared/vocabulary';
import { REQUEST_TYPES } from '../state/service-desks';
import { findProject } from '../state/directory';
import type { StoredIssue } from '../state/site-state';
import { CAST, incidentDescription, type StoryPlayer } from './story-player';

export const DISMISSED_SUMMARY = 'Mail from "Payroll Services" asking me to confirm my bank details';

/**
 * Casey reports a payroll mail that looks like phishing; Riley finds it is the payroll provider's
 * real yearly check, dismisses it as not an incident with the prefilled reply, and the request is
 * resolved as Riley: Casey reads the reply and sees the request resolved.
 */
export async function dismissedReport(p: StoryPlayer): Promise<StoredIssue> {
  const issue = await p.create({
    projectId: findProject('SEC')!.id,
    issuetype: 'Incident',
    requestTypeId: REQUEST_TYPES[0]!.id,
    summary: DISMISSED_SUMMARY,
    description: incidentDescription('It says my bank details expire this month and links to a form. I did not click it.'),
    reporter: CAST.casey,
    properties: { [PORTAL_REPORT_PROPERTY_KEY]: { category: 'phishing', personalData: 'no', howBad: 'me', howUrgent: 'today' } },
  });
  p.wait(35);
  const reply = await p.replyDraft(issue, CAST.riley, true, [
    'The mail really came from our payroll provider: it is their yearly check, and HR announced it last week. You can use the form, or ignore the mail if you prefer.',
  ]);
  // The reason is what the reporter's request page says the team found: written for them.
  await p.triage(issue, CAST.riley, { action: 'dismiss', reason: "The payroll provider's real yearly bank-details check, announced by HR", reply });
  return issue;
}
