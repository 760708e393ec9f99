/**
 * Shared steps of the paging tests on the local site: a rota in the settings (written the way
 * other tests write settings), the site clock moved to a given hour, an incident confirmed at a
 * level, and what Jira and the app show afterwards.
 */
import { kvs } from '@forge/kvs';
import { DateTime } from 'luxon';
import type { AppConfig } from '../../src/domain/config/app-config';
import type { Rota } from '../../src/domain/oncall/rota';
import { PAGING_PROPERTY_KEY } from '../../src/domain/oncall/paging-comment';
import type { PagingRecord } from '../../src/domain/oncall/paging-record';
import { storageKeys } from '../../src/platform/storage/storage-keys';
import type { Site } from '../../sandbox/site';
import type { StoredIssue } from '../../sandbox/state/site-state';
import { invokePanel, RILEY } from '../support/test-site';

export const MINUTE = 60_000;

/** A weekly rota in Berlin, handing off on Mondays at 09:00; the first shift began weeks ago. */
export function securityRota(primary: string, secondary: string, overrides: Partial<Rota> = {}): Rota {
  return {
    id: 'security',
    name: 'Security on call',
    zone: 'Europe/Berlin',
    handOff: { every: 'week', weekday: 1, at: '09:00' },
    primary: [primary],
    secondary: [secondary],
    startsOn: '2026-11-02',
    overrides: [],
    ...overrides,
  };
}

/** Stores the site's settings with this rota as the default and `escalation` as every level's breach path. */
export async function configureOnCall(rota: Rota | null, escalation: string[] = []): Promise<AppConfig> {
  const config = (await kvs.get<AppConfig>(storageKeys.config()))!;
  config.oncall = { ...config.oncall, rotas: rota ? [rota] : [], defaultRotaId: rota?.id ?? null };
  config.sla.escalation.default.breach = { ...config.sla.escalation.default.breach, users: escalation };
  await kvs.set(storageKeys.config(), config);
  return config;
}

/** Moves the site clock (forward only, without running the sweeps in between) to the next such hour in UTC. */
export function moveClockTo(site: Site, weekday: number, hour: number, minute = 0): number {
  let target = DateTime.fromMillis(site.clock.now(), { zone: 'utc' }).plus({ hours: 2 }).set({ hour, minute, second: 0, millisecond: 0 });
  while (target.weekday !== weekday || target.toMillis() <= site.clock.now()) target = target.plus({ days: 1 });
  site.clock.advance(target.toMillis() - site.clock.now());
  return target.toMillis();
}

/** An incident reported on the SEC desk, classified (impact x urgency gives the level) and confirmed by Riley. */
export async function confirmedIncident(
  site: Site,
  level: { impact: string; urgency: string },
  fields: { securityLevelId?: string } = {},
): Promise<StoredIssue> {
  const issue = site.issues.create({ projectId: '10000', summary: 'Database is offline', reporter: RILEY, ...fields }, RILEY, false);
  await site.events.drain();
  const classified = await invokePanel(site, issue, 'incident/update', { expectedRevision: 0, ...level, reason: 'Monitoring says so' });
  expect(classified.result).toMatchObject({ ok: true });
  const revision = (classified.result as { data: { incident: { revision: number } } }).data.incident.revision;
  const confirmed = await invokePanel(site, issue, 'incident/triage', { expectedRevision: revision, action: 'confirm' });
  expect(confirmed.result).toMatchObject({ ok: true, data: { incident: { triage: { state: 'incident' } } } });
  return issue;
}

export const CRITICAL = { impact: 'high', urgency: 'high' };
export const MILD = { impact: 'low', urgency: 'low' };

export const pagingOf = (issue: StoredIssue) => kvs.get<PagingRecord>(storageKeys.paging(issue.id));

export const pageComments = (issue: StoredIssue) => issue.comments.filter((c) => (c.properties ?? []).some((p) => p.key === PAGING_PROPERTY_KEY));

/** The outbox's messages about the issue, as [subject, recipients]. */
export const outboxOf = (site: Site, issue: StoredIssue) => site.state.outbox.filter((m) => m.issueKey === issue.key).map((m) => [m.subject, m.recipients]);

/** Who was paged, in order: the recipients of Jira's mention emails (one per page). */
export const pagedPeople = (site: Site, issue: StoredIssue) =>
  site.state.outbox.filter((m) => m.issueKey === issue.key && m.subject.includes('mentioned you')).map((m) => m.recipients);

/** The timeline's texts, oldest first, as the panel's export of the newest block lists them. */
export async function timelineTexts(site: Site, issue: StoredIssue): Promise<string[]> {
  const { result } = await invokePanel(site, issue, 'timeline/page', { block: 0 });
  return (result as { data: { entries: { text: string }[] } }).data.entries.map((e) => e.text);
}
