/** Where an issue lives, as far as who may open it goes. */
export interface IssuePlace {
  projectId: string | null;
  securityLevelId: string | null;
}

/**
 * What a published report (a Jira comment on the incident, a Confluence page) may say about another
 * issue, judged for everyone who reads it rather than for the person who publishes it:
 * - 'open': in the incident's project with no security level, or the incident's own level, so
 *   whoever reads the report can open it too: its key, summary and status are shown;
 * - 'key-only': in another project, whose permission scheme the app cannot compare: the key alone;
 * - 'closed': a security level the incident does not have, or not visible to the publisher (gone,
 *   hidden): left out, and counted in words.
 * @example readersMayOpen({ projectId: '10000', securityLevelId: null }, { projectId: '10000', securityLevelId: '10100' }) // 'closed'
 */
export function readersMayOpen(incident: IssuePlace, other: IssuePlace | undefined): 'open' | 'key-only' | 'closed' {
  if (!other) return 'closed';
  if (other.securityLevelId !== null && other.securityLevelId !== incident.securityLevelId) return 'closed';
  if (other.projectId === null || other.projectId !== incident.projectId) return 'key-only';
  return 'open';
}
