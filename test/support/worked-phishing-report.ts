/**
 * A phishing report worked through the panel's resolvers, as the browser tests that read every
 * section need it: confirmed, the GDPR clock started an hour ago, Sam as commander (when the actor
 * may give roles), an action in the timeline and a stakeholder update sent. `words` lets a test
 * write the responder's own words in its locale (the pseudo-locale test accents them).
 */
import type { Site } from '../../sandbox/site';
import type { StoredIssue } from '../../sandbox/state/site-state';
import { invokePanel, SAM } from './test-site';

export async function workPhishingReport(site: Site, report: StoredIssue, actor: string, words: (english: string) => string = (w) => w): Promise<void> {
  const act = async (key: string, payload: unknown) => {
    const { result } = await invokePanel(site, report, key, payload, actor);
    expect(result).toMatchObject({ ok: true });
    return result as { data: { incident: { revision: number } } };
  };
  let r = await act('incident/triage', { expectedRevision: 0, action: 'confirm', reason: words('The login page was fake') });
  r = await act('legal/record', {
    expectedRevision: r.data.incident.revision,
    action: 'answer',
    answers: { personalData: 'yes', risk: 'risk', residences: ['EU'], residencesComplete: true, dataTypes: {}, affected: {} },
  });
  r = await act('legal/record', {
    expectedRevision: r.data.incident.revision,
    action: 'start',
    trigger: 'aware_at',
    at: new Date(site.clock.now() - 3_600_000).toISOString(),
    timeZone: 'Europe/Berlin',
  });
  // Giving a role may be refused to this actor; the rest of the work does not depend on it.
  await act('response/record', { expectedRevision: r.data.incident.revision, action: 'role', role: 'commander', accountId: SAM }).catch(() => undefined);
  await act('timeline/add', { kind: 'action', text: words('Reset the password and revoked the sessions') });
  await act('stakeholder-update/send', {
    basedOn: 0,
    status: 'identified',
    known: words('One person typed their password into a fake login page'),
    doing: words('Resetting the password and revoking the sessions'),
    need: '',
    nextUpdateAt: new Date(site.clock.now() + 20 * 60_000).toISOString(),
  });
}
