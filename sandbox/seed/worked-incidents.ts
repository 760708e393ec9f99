/**
 * The demo's worked incidents: three incidents of the last fortnight worked from report to published
 * postmortem by the people of the local site, through the app (story-player.ts), so a newcomer sees
 * every feature without typing: roles, runbooks, evidence with its chain of custody, a timeline of
 * 20 to 60 entries that verifies, legal clocks with decisions and sent notices (GDPR Art. 33 and 34,
 * NIS2 Art. 23), published postmortems, follow-ups and a tabletop exercise. The site's clock starts
 * STORY_DAYS back and these play forward to the present (the clock never runs backwards).
 */
import type { StoredIssue } from '../state/site-state';
import { customerExport, EXPOSURE_SUMMARY } from './story-customer-export';
import { DISMISSED_SUMMARY, dismissedReport } from './story-dismissed-report';
import { phishingReport, PHISHING_SUMMARY } from './story-phishing';
import { fileServerRansomware, RANSOMWARE_SUMMARY } from './story-ransomware';
import { CAST, StoryPlayer, type StorySite } from './story-player';

/** How far back the story starts: the seeded year ends there. */
export const STORY_DAYS = 12;

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** What each worked incident is called, so pictures, benches and tests find it on a demo site. */
export const WORKED_SUMMARIES = { phishing: PHISHING_SUMMARY, exposure: EXPOSURE_SUMMARY, ransomware: RANSOMWARE_SUMMARY } as const;

/** The demo's report dismissed as not an incident, its request resolved with a reply (story-dismissed-report.ts). */
export { DISMISSED_SUMMARY };

/** The key of a worked incident on a site whose story was played. */
export function workedIncidentKey(site: Pick<StorySite, 'issues'>, which: keyof typeof WORKED_SUMMARIES): string {
  const issue = site.issues.all().find((i) => i.fields.summary === WORKED_SUMMARIES[which]);
  if (!issue) throw new Error(`No worked ${which} incident on this site: was it made with story: true and played (site.playStory())?`);
  return issue.key;
}

export interface WorkedIncidents {
  phishing: StoredIssue;
  exposure: StoredIssue;
  ransomware: StoredIssue;
  /** A report dismissed as not an incident: its request resolved with the reply. */
  dismissed: StoredIssue;
  exercise: string;
}

/** Plays the story from the site's clock (STORY_DAYS back) to the present (the clock's offset back at zero). */
export async function playWorkedIncidents(site: StorySite): Promise<WorkedIncidents> {
  const p = new StoryPlayer(site);
  const day0 = Math.floor(p.now / DAY) * DAY;
  const at = (day: number, hourUtc: number) => p.waitUntil(day0 + day * DAY + hourUtc * HOUR);

  at(1, 8.6);
  const phishing = await phishingReport(p);
  at(3, 9.5);
  const { key: exercise } = await p.call<{ key: string }>(phishing, CAST.riley, 'exercise/create', { kind: 'tabletop' });
  at(3, 11.1);
  const dismissed = await dismissedReport(p);
  at(4, 13.2);
  const exposure = await customerExport(p);
  at(7, 5.8);
  const ransomware = await fileServerRansomware(p);
  if (site.clock.offset < 0) site.clock.advance(-site.clock.offset);
  return { phishing, exposure, ransomware, dismissed, exercise };
}
