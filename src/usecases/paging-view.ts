import type { AppConfig } from '../domain/config/app-config';
import { projectKeyOf } from '../domain/config/project-overrides';
import { ackWindowMinutes, levelLabel, pagingCalendar } from '../domain/oncall/paging-plan-inputs';
import { shouldPageNow } from '../domain/oncall/paging-policy';
import { isPagingOpen, rotaIdFor, type PagingRecord } from '../domain/oncall/paging-record';
import { pagingRoleWords } from '../domain/oncall/paging-words';
import { onCallAt } from '../domain/oncall/rota';
import type { OnCallView } from '../shared/resolver-contract';
import type { PagingStore } from './paging-ports';
import type { IncidentStore, JiraAsUser } from './ports';
import { requireIssue } from './require-issue';

export interface PagingViewDeps {
  jira: JiraAsUser;
  store: IncidentStore;
  paging: PagingStore;
  now: () => string;
}

export const NO_ROTA_TEXT = 'No on-call rota is set up for this project, so nobody is paged; an admin can add one in the Incident response settings.';

/**
 * Who is on call now for the incident's project, and where its paging stands, as the viewer may
 * see it (names looked up as them). Anyone who can see the issue sees this; acting on it needs edit.
 */
export async function loadOnCall(deps: PagingViewDeps, issueKey: string, accountId: string, notes: string[] = []): Promise<OnCallView> {
  const { issue, canEdit } = await requireIssue(deps.jira, issueKey);
  const [{ config }, paging] = await Promise.all([deps.store.getWithSettings(issue), deps.paging.get(issue.id)]);
  const settings = config.config;
  const nowMs = Date.parse(deps.now());
  const rotaId = paging?.rotaId ?? rotaIdFor(settings.oncall, projectKeyOf(issue.key));
  const rota = settings.oncall.rotas.find((r) => r.id === rotaId);
  const onCall = rota ? onCallAt(rota, nowMs) : null;
  const ids = [onCall?.primary, onCall?.secondary, paging?.acknowledgedBy, ...(paging?.events.map((e) => e.accountId) ?? [])];
  const names = await deps.jira.displayNames([...new Set(ids.filter((id): id is string => !!id))]);
  const person = (id: string | null | undefined) => (id ? { accountId: id, name: names[id] ?? 'Someone on the rota' } : null);
  const open = paging !== undefined && isPagingOpen(paging);
  return {
    rota: rota ? { name: rota.name, zone: rota.zone } : null,
    noRota: rota ? null : NO_ROTA_TEXT,
    primary: person(onCall?.primary),
    secondary: person(onCall?.secondary),
    until: onCall ? new Date(onCall.holdsUntil).toISOString() : null,
    paging: paging ? pagingPart(paging, settings, nowMs, person) : null,
    pagedYou: open && paging.events.some((e) => e.kind === 'paged' && e.accountId === accountId),
    canAcknowledge: canEdit && open,
    canAssignToMe: canEdit,
    notes,
  };
}

function pagingPart(
  paging: PagingRecord,
  settings: AppConfig,
  nowMs: number,
  person: (id: string | null) => { accountId: string; name: string } | null,
): NonNullable<OnCallView['paging']> {
  const decision = paging.startedAt === null ? shouldPageNow(paging.level, settings.oncall.policy, pagingCalendar(settings, paging.level), nowMs) : null;
  const state =
    paging.acknowledgedAt !== null
      ? 'acknowledged'
      : paging.endedAt !== null
        ? 'ended'
        : decision && !decision.page
          ? 'waiting-for-hours'
          : 'waiting-for-acknowledgement';
  return {
    state,
    level: levelLabel(settings, paging.level),
    startsAt: decision && !decision.page && decision.from !== null ? new Date(decision.from).toISOString() : null,
    windowMinutes: ackWindowMinutes(settings, paging.level),
    pages: paging.events.map((e) => ({ kind: e.kind, role: pagingRoleWords(e.role), name: person(e.accountId)?.name ?? 'Nobody', at: e.at })),
    acknowledgedBy: person(paging.acknowledgedBy),
    acknowledgedAt: paging.acknowledgedAt,
  };
}
