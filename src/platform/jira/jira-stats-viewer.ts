import { route } from '@forge/api';
import type { StatsViewerJira } from '../../usecases/stats-ports';
import { INCIDENT_PROPERTY_KEY } from '../../shared/vocabulary';
import { jiraRequest, jsonBody } from './jira-client';
import { jiraAsUser } from './jira-issue-service';

interface SearchBean {
  id: string;
  key: string;
  fields?: { summary?: string; status?: { name?: string }; created?: string; components?: { name?: string }[] };
  properties?: Record<string, { categoryTag?: unknown; priority?: unknown; triage?: unknown; reportedAt?: unknown } | undefined>;
}
const str = (v: unknown) => (typeof v === 'string' ? v : null);

/** The gadget's Jira reads, as the viewer: what they may browse is what they see. */
export const statsViewerJira: StatsViewerJira = {
  // GET /rest/api/3/project/search?keys=…: only projects the caller can browse come back.
  async visibleProjects(keys) {
    const params = new URLSearchParams(keys.map((k) => ['keys', k]));
    params.set('maxResults', '100');
    const { body } = await jiraRequest<{ values?: { key: string }[] }>('user', (jira) => jira.requestJira(route`/rest/api/3/project/search?${params}`));
    return (body.values ?? []).map((p) => p.key);
  },
  displayNames: (ids) => jiraAsUser.displayNames(ids),
  countAsApp: (jql) => approximateCount('app', jql),
  countAsViewer: (jql) => approximateCount('user', jql),
  // GET /rest/api/3/mypermissions?projectKey=…&permissions=ADMINISTER_PROJECTS,ADMINISTER, one per project
  // (https://developer.atlassian.com/cloud/jira/platform/rest/v3/api-group-permissions/#api-rest-api-3-mypermissions-get).
  async administersProjects(keys) {
    const answers = await Promise.all(
      keys.map((key) =>
        jiraRequest<{ permissions?: Record<string, { havePermission?: boolean }> }>('user', (jira) =>
          jira.requestJira(route`/rest/api/3/mypermissions?projectKey=${key}&permissions=ADMINISTER_PROJECTS,ADMINISTER`),
        ),
      ),
    );
    const may = (p: Record<string, { havePermission?: boolean }> | undefined) =>
      p?.ADMINISTER_PROJECTS?.havePermission === true || p?.ADMINISTER?.havePermission === true;
    return keys.length > 0 && answers.every((a) => may(a.body.permissions));
  },
  async incidents(jql, max) {
    const { rows, next } = await searchPage(jql, max, null);
    return { rows: rows.map(({ id: _id, ...row }) => row), more: next !== null };
  },
  exportPage: (jql, pageToken) => searchPage(jql, EXPORT_PAGE, pageToken),
};

/** search/jql pages hold at most 100 issues with properties. */
const EXPORT_PAGE = 100;

/** POST /rest/api/3/search/jql as the viewer: the incidents they can see, with the mirror's fields. */
async function searchPage(jql: string, max: number, pageToken: string | null) {
  const { body } = await jiraRequest<{ issues?: SearchBean[]; nextPageToken?: string | null; isLast?: boolean }>('user', (jira) =>
    jira.requestJira(route`/rest/api/3/search/jql`, {
      method: 'POST',
      ...jsonBody({
        jql,
        fields: ['summary', 'status', 'created', 'components'],
        properties: [INCIDENT_PROPERTY_KEY],
        maxResults: max,
        ...(pageToken ? { nextPageToken: pageToken } : {}),
      }),
    }),
  );
  const rows = (body.issues ?? []).map((i) => {
    const mirror = i.properties?.[INCIDENT_PROPERTY_KEY];
    return {
      id: i.id,
      key: i.key,
      summary: i.fields?.summary ?? '',
      status: i.fields?.status?.name ?? '',
      priority: str(mirror?.priority),
      categoryTag: str(mirror?.categoryTag),
      triage: str(mirror?.triage),
      reportedAt: str(mirror?.reportedAt) ?? (i.fields?.created ? new Date(i.fields.created).toISOString() : ''),
      components: (i.fields?.components ?? []).map((c) => c.name ?? '').filter(Boolean),
    };
  });
  // On the last page Jira sends no token, or (as the spec's description says) null: both mean no more.
  return { rows, next: hasNextPage(body) ? body.nextPageToken! : null };
}

/** POST /rest/api/3/search/approximate-count. */
async function approximateCount(actor: 'app' | 'user', jql: string): Promise<number> {
  const { body } = await jiraRequest<{ count?: number }>(actor, (jira) =>
    jira.requestJira(route`/rest/api/3/search/approximate-count`, { method: 'POST', ...jsonBody({ jql }) }),
  );
  return body.count ?? 0;
}

/** Whether a search/jql page links to another: a non-empty token, whether the last page omits it or sends null. */
export function hasNextPage(page: { nextPageToken?: string | null }): boolean {
  return typeof page.nextPageToken === 'string' && page.nextPageToken !== '';
}
