import { nowIso } from '../platform/clock';
import { jiraAsUser } from '../platform/jira/jira-issue-service';
import { incidentStore } from '../platform/storage/incident-store';
import { RESOLVER_KEYS } from '../shared/resolver-contract';
import { decideTriage } from '../usecases/decide-triage';
import { loadIncident } from '../usecases/load-incident';
import { recordLegal } from '../usecases/record-legal';
import { updateIncident } from '../usecases/update-incident';
import { issueCaller } from './issue-context';
import { emptyPayload, incidentEditPayload, incidentTriagePayload, legalRecordPayload } from './payload-schemas';
import type { ResolverRequest } from './resolver-request';
import { toEnvelope } from './to-envelope';

export const getIncident = ({ payload, context }: ResolverRequest) =>
  toEnvelope(RESOLVER_KEYS.incidentGet, async () => {
    const { issueKey } = issueCaller(context);
    emptyPayload.parse(payload ?? {});
    return loadIncident({ jira: jiraAsUser, store: incidentStore, now: nowIso }, issueKey);
  });

export const editIncident = ({ payload, context }: ResolverRequest) =>
  toEnvelope(RESOLVER_KEYS.incidentUpdate, async () => {
    const { issueKey, accountId } = issueCaller(context);
    const edit = incidentEditPayload.parse(payload);
    return updateIncident({ jira: jiraAsUser, store: incidentStore, now: nowIso }, issueKey, accountId, edit);
  });

export const triageIncident = ({ payload, context }: ResolverRequest) =>
  toEnvelope(RESOLVER_KEYS.incidentTriage, async () => {
    const { issueKey, accountId } = issueCaller(context);
    const decision = incidentTriagePayload.parse(payload);
    return decideTriage({ jira: jiraAsUser, store: incidentStore, now: nowIso }, issueKey, accountId, decision);
  });

export const recordLegalFact = ({ payload, context }: ResolverRequest) =>
  toEnvelope(RESOLVER_KEYS.legalRecord, async () => {
    const { issueKey, accountId } = issueCaller(context);
    const action = legalRecordPayload.parse(payload);
    return recordLegal({ jira: jiraAsUser, store: incidentStore, now: nowIso }, issueKey, accountId, action);
  });
