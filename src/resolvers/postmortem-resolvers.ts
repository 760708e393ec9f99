import { dueQueue } from '../platform/storage/due-queue';
import { jiraFollowLedger } from '../platform/storage/jira-follow-ledger';
import { refreshStatsQuietly } from '../platform/stats-wiring';
import { confluencePages } from '../platform/confluence/confluence-pages';
import { nowIso } from '../platform/clock';
import { containDeps } from '../platform/restriction-wiring';
import { jiraAsApp, jiraAsUser } from '../platform/jira/jira-issue-service';
import { reportJira } from '../platform/jira/jira-report-service';
import { incidentStore } from '../platform/storage/incident-store';
import { reportStore } from '../platform/storage/report-store';
import { timelineStore } from '../platform/storage/timeline-store';
import { RESOLVER_KEYS } from '../shared/resolver-contract';
import { createFollowUp, similarIncidents } from '../usecases/follow-ups';
import { followUpClaims } from '../platform/storage/follow-up-claims';
import { publishReport } from '../usecases/publish-report';
import { reportMarkdown, saveReportSection } from '../usecases/report-writing';
import { loadReport } from '../usecases/report-view';
import { issueCaller } from './issue-context';
import { emptyPayload } from './payload-schemas';
import { followUpPayload, reportKindPayload, reportSectionPayload } from './postmortem-payloads';
import type { ResolverRequest } from './resolver-request';
import { toEnvelope } from './to-envelope';

const deps = {
  jira: jiraAsUser,
  jiraApp: jiraAsApp,
  contain: containDeps,
  reportJira,
  store: incidentStore,
  reports: reportStore,
  timeline: timelineStore,
  now: nowIso,
  afterChange: refreshStatsQuietly,
  jiraFollow: jiraFollowLedger,
  due: dueQueue,
};
/** The site's address from the trusted context, for links in documents (never from the payload). */
const siteUrlOf = (context: ResolverRequest['context']) => (context.siteUrl ? context.siteUrl.replace(/\/$/, '') : null);

export const getReport = ({ payload, context }: ResolverRequest) =>
  toEnvelope(RESOLVER_KEYS.postmortemGet, async () => {
    const { issueKey } = issueCaller(context);
    const { kind } = reportKindPayload.parse(payload);
    return loadReport(deps, issueKey, siteUrlOf(context), kind);
  });

export const saveSection = ({ payload, context }: ResolverRequest) =>
  toEnvelope(RESOLVER_KEYS.postmortemSaveSection, async () => {
    const { issueKey, accountId } = issueCaller(context);
    const input = reportSectionPayload.parse(payload);
    return saveReportSection(deps, issueKey, accountId, siteUrlOf(context), input);
  });

export const publish = ({ payload, context }: ResolverRequest) =>
  toEnvelope(RESOLVER_KEYS.postmortemPublish, async () => {
    const { issueKey, accountId } = issueCaller(context);
    const { kind } = reportKindPayload.parse(payload);
    return publishReport({ ...deps, confluence: confluencePages }, issueKey, accountId, siteUrlOf(context), kind);
  });

export const downloadMarkdown = ({ payload, context }: ResolverRequest) =>
  toEnvelope(RESOLVER_KEYS.postmortemMarkdown, async () => {
    const { issueKey } = issueCaller(context);
    const { kind } = reportKindPayload.parse(payload);
    return reportMarkdown(deps, issueKey, siteUrlOf(context), kind);
  });

export const addFollowUp = ({ payload, context }: ResolverRequest) =>
  toEnvelope(RESOLVER_KEYS.postmortemFollowUp, async () => {
    const { issueKey, accountId } = issueCaller(context);
    const input = followUpPayload.parse(payload);
    return createFollowUp({ ...deps, followUpClaims }, issueKey, accountId, siteUrlOf(context), input);
  });

export const findSimilar = ({ payload, context }: ResolverRequest) =>
  toEnvelope(RESOLVER_KEYS.postmortemSimilar, async () => {
    const { issueKey } = issueCaller(context);
    emptyPayload.parse(payload ?? {});
    return similarIncidents(deps, issueKey, siteUrlOf(context));
  });
