import { readerWords } from '../platform/i18n/reader-words';
import { refreshStatsQuietly } from '../platform/stats-wiring';
import { incidentChangeDeps } from '../platform/incident-change-wiring';
import { nowIso } from '../platform/clock';
import { containDeps } from '../platform/restriction-wiring';
import { pagingJiraAsUser } from '../platform/paging-wiring';
import { jiraAsApp, jiraAsUser, reporterRepliesAsUser } from '../platform/jira/jira-issue-service';
import { dueQueue } from '../platform/storage/due-queue';
import { jiraFollowLedger } from '../platform/storage/jira-follow-ledger';
import { incidentStore } from '../platform/storage/incident-store';
import { timelineStore } from '../platform/storage/timeline-store';
import { authorLedger } from '../platform/storage/author-ledger';
import { exerciseRepeatGuard } from '../platform/storage/repeat-guard';
import { addTimelineEntry, timelinePage } from '../usecases/add-timeline-entry';
import { createExercise } from '../usecases/create-exercise';
import { exportTimeline, verifyIncidentTimeline } from '../usecases/export-timeline';
import { recordResponse } from '../usecases/record-response';
import { RESOLVER_KEYS } from '../shared/resolver-contract';
import { decideTriage } from '../usecases/decide-triage';
import { declareIncident } from '../usecases/declare-incident';
import { loadIncident } from '../usecases/load-incident';
import { recordLegal } from '../usecases/record-legal';
import { updateIncident } from '../usecases/update-incident';
import { draftReporterReply, replyToReporter } from '../usecases/reply-to-reporter';
import { acknowledgePage } from '../usecases/paging-acknowledge';
import { assignToMe } from '../usecases/paging-assign';
import { loadOnCall } from '../usecases/paging-view';
import { issueCaller } from './issue-context';
import {
  emptyPayload,
  exerciseCreatePayload,
  incidentDeclarePayload,
  incidentEditPayload,
  incidentGetPayload,
  incidentTriagePayload,
  legalRecordPayload,
  reporterReplyDraftPayload,
  reporterReplyPayload,
  responseRecordPayload,
  timelineAddPayload,
  timelineExportPayload,
  timelinePagePayload,
} from './payload-schemas';
import type { ResolverRequest } from './resolver-request';
import { toEnvelope } from './to-envelope';

/** What every record-changing resolver gives its use case (shared with Jira Automation's actions). */
const changeDeps = incidentChangeDeps;

export const getIncident = ({ payload, context }: ResolverRequest) =>
  toEnvelope(RESOLVER_KEYS.incidentGet, async () => {
    const { issueKey } = issueCaller(context);
    const { timeline } = incidentGetPayload.parse(payload ?? {});
    return loadIncident(
      { jira: jiraAsUser, store: incidentStore, timeline: timelineStore, now: nowIso },
      issueKey,
      context.extension?.issue?.id,
      timeline ?? 'newest',
    );
  });

export const editIncident = ({ payload, context }: ResolverRequest) =>
  toEnvelope(RESOLVER_KEYS.incidentUpdate, async () => {
    const { issueKey, accountId } = issueCaller(context);
    const edit = incidentEditPayload.parse(payload);
    return updateIncident(changeDeps, issueKey, accountId, edit);
  });

export const triageIncident = ({ payload, context }: ResolverRequest) =>
  toEnvelope(RESOLVER_KEYS.incidentTriage, async () => {
    const { issueKey, accountId } = issueCaller(context);
    const decision = incidentTriagePayload.parse(payload);
    return decideTriage({ ...changeDeps, replies: reporterRepliesAsUser }, issueKey, accountId, decision);
  });

export const declareAnIncident = ({ payload, context }: ResolverRequest) =>
  toEnvelope(RESOLVER_KEYS.incidentDeclare, async () => {
    const { issueKey, accountId } = issueCaller(context);
    const input = incidentDeclarePayload.parse(payload);
    return declareIncident(changeDeps, issueKey, accountId, input);
  });

export const recordLegalFact = ({ payload, context }: ResolverRequest) =>
  toEnvelope(RESOLVER_KEYS.legalRecord, async () => {
    const { issueKey, accountId } = issueCaller(context);
    const action = legalRecordPayload.parse(payload);
    return recordLegal(changeDeps, issueKey, accountId, action);
  });

const timelineDeps = {
  jira: jiraAsUser,
  jiraApp: jiraAsApp,
  contain: containDeps,
  timeline: timelineStore,
  now: nowIso,
  afterChange: refreshStatsQuietly,
  jiraFollow: jiraFollowLedger,
  due: dueQueue,
};

export const recordResponseFact = ({ payload, context }: ResolverRequest) =>
  toEnvelope(RESOLVER_KEYS.responseRecord, async () => {
    const { issueKey, accountId } = issueCaller(context);
    const action = responseRecordPayload.parse(payload);
    return recordResponse({ ...timelineDeps, store: incidentStore, authors: authorLedger }, issueKey, accountId, action);
  });

export const addToTimeline = ({ payload, context }: ResolverRequest) =>
  toEnvelope(RESOLVER_KEYS.timelineAdd, async () => {
    const { issueKey, accountId } = issueCaller(context);
    const input = timelineAddPayload.parse(payload);
    return addTimelineEntry({ ...timelineDeps, store: incidentStore, authors: authorLedger }, issueKey, accountId, input);
  });

export const getTimelinePage = ({ payload, context }: ResolverRequest) =>
  toEnvelope(RESOLVER_KEYS.timelinePage, async () => {
    const { issueKey } = issueCaller(context);
    const { block } = timelinePagePayload.parse(payload);
    return timelinePage(timelineDeps, issueKey, block);
  });

export const verifyTimelineChain = ({ payload, context }: ResolverRequest) =>
  toEnvelope(RESOLVER_KEYS.timelineVerify, async () => {
    const { issueKey } = issueCaller(context);
    emptyPayload.parse(payload ?? {});
    return verifyIncidentTimeline(timelineDeps, issueKey);
  });

export const exportTimelineDocument = ({ payload, context }: ResolverRequest) =>
  toEnvelope(RESOLVER_KEYS.timelineExport, async () => {
    const { issueKey } = issueCaller(context);
    return exportTimeline({ ...timelineDeps, store: incidentStore }, issueKey, timelineExportPayload.parse(payload));
  });

export const startExercise = ({ payload, context }: ResolverRequest) =>
  toEnvelope(RESOLVER_KEYS.exerciseCreate, async () => {
    const { issueKey, accountId } = issueCaller(context);
    const input = exerciseCreatePayload.parse(payload);
    return createExercise({ ...timelineDeps, store: incidentStore, repeats: exerciseRepeatGuard }, issueKey, accountId, input);
  });

/** The on-call actions: what a change needs, and the user's Jira for assigning as them. */
const pagingDeps = { ...changeDeps, pagingJira: pagingJiraAsUser };

export const getOnCall = ({ payload, context }: ResolverRequest) =>
  toEnvelope(RESOLVER_KEYS.oncallGet, async () => {
    const { issueKey, accountId } = issueCaller(context);
    emptyPayload.parse(payload ?? {});
    return loadOnCall(pagingDeps, issueKey, accountId);
  });

export const acknowledgeOnCall = ({ payload, context }: ResolverRequest) =>
  toEnvelope(RESOLVER_KEYS.oncallAcknowledge, async () => {
    const { issueKey, accountId } = issueCaller(context);
    emptyPayload.parse(payload ?? {});
    return acknowledgePage(pagingDeps, issueKey, accountId);
  });

export const assignOnCallToMe = ({ payload, context }: ResolverRequest) =>
  toEnvelope(RESOLVER_KEYS.oncallAssignToMe, async () => {
    const { issueKey, accountId } = issueCaller(context);
    emptyPayload.parse(payload ?? {});
    return assignToMe(pagingDeps, issueKey, accountId);
  });

/** Replying to the reporter: the user's Jira for the permission check and for writing the comment as them. */
const replyDeps = {
  jira: jiraAsUser,
  replies: reporterRepliesAsUser,
  store: incidentStore,
  timeline: timelineStore,
  authors: authorLedger,
  now: nowIso,
  words: readerWords,
};

export const getReporterReplyDraft = ({ payload, context }: ResolverRequest) =>
  toEnvelope(RESOLVER_KEYS.reporterReplyDraft, async () => {
    const { issueKey } = issueCaller(context);
    const { dismissing } = reporterReplyDraftPayload.parse(payload ?? {});
    return draftReporterReply(replyDeps, issueKey, dismissing === true);
  });

export const sendReporterReply = ({ payload, context }: ResolverRequest) =>
  toEnvelope(RESOLVER_KEYS.reporterReplySend, async () => {
    const { issueKey, accountId } = issueCaller(context);
    const input = reporterReplyPayload.parse(payload);
    return replyToReporter(replyDeps, issueKey, accountId, input);
  });
