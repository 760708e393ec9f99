/**
 * Jira for reports, as the user (Jira's own permissions apply): issue links, follow-up issues,
 * the report comment, and searches for similar incidents. Each method cites the REST v3
 * operation it uses.
 */
import { route } from '@forge/api';
import { INCIDENT_PROPERTY_KEY } from '../../shared/vocabulary';
import type { CommentRewrite, FoundIncident, IssueLinkFact, OpenableIssue, ReportJira } from '../../usecases/report-ports';
import { JiraRequestError, jiraRequest, jsonBody } from './jira-client';

interface LinkedBean {
  id?: string;
  key: string;
  fields?: { summary?: string; status?: { name?: string; statusCategory?: { key?: string } } };
}
interface LinkBean {
  type?: { inward?: string; outward?: string };
  inwardIssue?: LinkedBean;
  outwardIssue?: LinkedBean;
}

/** Follow-ups are linked with Jira's default "Relates" type, which reads the same both ways. */
const FOLLOW_UP_LINK = 'Relates';
/** The issue type follow-ups get: Jira's default type for work items. */
const FOLLOW_UP_TYPE = 'Task';

/** GET /rest/api/3/issue/{key}?fields=issuelinks: the links, with the other issue's summary and status. */
async function links(issueKey: string): Promise<IssueLinkFact[]> {
  const { body } = await jiraRequest<{ fields?: { issuelinks?: LinkBean[] } }>('user', (jira) =>
    jira.requestJira(route`/rest/api/3/issue/${issueKey}?fields=issuelinks`),
  );
  return (body.fields?.issuelinks ?? []).flatMap((l) => {
    const other = l.outwardIssue ?? l.inwardIssue;
    if (!other) return [];
    return [
      {
        id: other.id ?? '',
        key: other.key,
        summary: other.fields?.summary ?? '',
        status: other.fields?.status?.name ?? '',
        done: other.fields?.status?.statusCategory?.key === 'done',
        relation: (l.outwardIssue ? l.type?.outward : l.type?.inward) ?? 'relates to',
      },
    ];
  });
}

interface OpenableBean {
  id: string;
  key: string;
  fields?: {
    summary?: string;
    status?: { name?: string; statusCategory?: { key?: string } };
    project?: { id?: string };
    security?: { id?: string } | null;
  };
}

/**
 * POST /rest/api/3/search/jql as the user for `id in (…)`: the issues they may open, with project and
 * security level. Jira answers 400 when the JQL names an issue the caller cannot see (or that is gone);
 * the ids are then halved until the ones at fault stand alone and are left out.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-search/#api-rest-api-3-search-jql-post
 */
async function openable(issueIds: string[]): Promise<Map<string, OpenableIssue>> {
  const ids = [...new Set(issueIds)].filter((id) => /^\d+$/.test(id)).slice(0, 100);
  const run = async (some: string[]): Promise<OpenableBean[]> => {
    if (some.length === 0) return [];
    try {
      const { body } = await jiraRequest<{ issues?: OpenableBean[] }>('user', (jira) =>
        jira.requestJira(route`/rest/api/3/search/jql`, {
          method: 'POST',
          ...jsonBody({ jql: `id in (${some.join(', ')})`, fields: ['summary', 'status', 'project', 'security'], maxResults: 100 }),
        }),
      );
      return body.issues ?? [];
    } catch (e) {
      if (!(e instanceof JiraRequestError) || e.status !== 400) throw e;
      if (some.length === 1) return [];
      const half = Math.ceil(some.length / 2);
      return [...(await run(some.slice(0, half))), ...(await run(some.slice(half)))];
    }
  };
  const found = await run(ids);
  return new Map(
    found.map((i) => [
      i.id,
      {
        id: i.id,
        key: i.key,
        summary: i.fields?.summary ?? '',
        status: i.fields?.status?.name ?? '',
        done: i.fields?.status?.statusCategory?.key === 'done',
        projectId: i.fields?.project?.id ?? null,
        securityLevelId: i.fields?.security?.id ?? null,
      },
    ]),
  );
}

/** POST /rest/api/3/issue, then POST /rest/api/3/issueLink (both as the user). */
async function createFollowUp(
  incident: { key: string; projectId: string; securityLevelId: string | null },
  summary: string,
  description: object,
): Promise<{ id: string; key: string }> {
  // A follow-up of a restricted incident is as restricted as the incident: its summary names the weakness.
  const security = incident.securityLevelId ? { security: { id: incident.securityLevelId } } : {};
  const { body } = await jiraRequest<{ id: string; key: string }>('user', (jira) =>
    jira.requestJira(route`/rest/api/3/issue`, {
      method: 'POST',
      ...jsonBody({ fields: { project: { id: incident.projectId }, issuetype: { name: FOLLOW_UP_TYPE }, summary, description, ...security } }),
    }),
  );
  await jiraRequest('user', (jira) =>
    jira.requestJira(route`/rest/api/3/issueLink`, {
      method: 'POST',
      ...jsonBody({ type: { name: FOLLOW_UP_LINK }, inwardIssue: { key: incident.key }, outwardIssue: { key: body.key } }),
    }),
  );
  return { id: body.id, key: body.key };
}

/**
 * POST /rest/api/3/issue/{key}/comment as the app, internal. The report comment belongs to the app, not to
 * whoever published first: Jira lets only a comment's author (or an admin) edit it, and the next
 * responder must be able to publish again into the same comment. The use case has checked that
 * the publisher may edit the issue before this runs.
 */
async function addComment(issueKey: string, adf: object): Promise<{ id: string }> {
  // Internal (JSM's agent-only flag): on a service desk request a public comment is shown to the reporter and
  // emailed to them, and a report holds the legal rationale, the people affected and the whole timeline.
  const { body } = await jiraRequest<{ id: string }>('app', (jira) =>
    jira.requestJira(route`/rest/api/3/issue/${issueKey}/comment`, {
      method: 'POST',
      ...jsonBody({ body: adf, properties: [{ key: 'sd.public.comment', value: { internal: true } }] }),
    }),
  );
  return { id: body.id };
}

/**
 * GET /rest/api/3/issue/{key}/comment/{id}, then PUT the same address. The report comment is
 * rewritten only while it is still internal: `jsdPublic` is false (JSM's `sd.public.comment`
 * property says internal) or a visibility restriction holds. An agent may since have shared it with
 * the customer ("public"); the report is then not written into it. A 404 means it was deleted.
 * https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-issue-comments/#api-rest-api-3-issue-issueidorkey-comment-id-get
 */
async function updateComment(issueKey: string, commentId: string, adf: object): Promise<CommentRewrite> {
  try {
    const { body: current } = await jiraRequest<{ jsdPublic?: boolean; visibility?: unknown }>('app', (jira) =>
      jira.requestJira(route`/rest/api/3/issue/${issueKey}/comment/${commentId}`),
    );
    if (current.jsdPublic !== false && !current.visibility) return 'public';
    await jiraRequest('app', (jira) =>
      jira.requestJira(route`/rest/api/3/issue/${issueKey}/comment/${commentId}`, { method: 'PUT', ...jsonBody({ body: adf }) }),
    );
    return 'updated';
  } catch (e) {
    if (e instanceof JiraRequestError && e.status === 404) return 'gone';
    throw e;
  }
}

interface SearchBean {
  id: string;
  key: string;
  fields?: { summary?: string; status?: { name?: string } };
  properties?: Record<string, { priority?: unknown; reportedAt?: unknown } | undefined>;
}

/** POST /rest/api/3/search/jql as the user, with the incident mirror for the level and the report time. */
async function searchIncidents(jql: string, max: number): Promise<FoundIncident[]> {
  const { body } = await jiraRequest<{ issues?: SearchBean[] }>('user', (jira) =>
    jira.requestJira(route`/rest/api/3/search/jql`, {
      method: 'POST',
      ...jsonBody({ jql, fields: ['summary', 'status'], properties: [INCIDENT_PROPERTY_KEY], maxResults: max }),
    }),
  );
  const str = (v: unknown) => (typeof v === 'string' ? v : null);
  return (body.issues ?? []).map((i) => {
    const mirror = i.properties?.[INCIDENT_PROPERTY_KEY];
    return {
      id: i.id,
      key: i.key,
      summary: i.fields?.summary ?? '',
      status: i.fields?.status?.name ?? '',
      priority: str(mirror?.priority),
      reportedAt: str(mirror?.reportedAt),
    };
  });
}

/** POST /rest/api/3/search/approximate-count. */
async function count(jql: string): Promise<number> {
  const { body } = await jiraRequest<{ count?: number }>('user', (jira) =>
    jira.requestJira(route`/rest/api/3/search/approximate-count`, { method: 'POST', ...jsonBody({ jql }) }),
  );
  return body.count ?? 0;
}

export const reportJira: ReportJira = { links, openable, createFollowUp, addComment, updateComment, searchIncidents, count };
