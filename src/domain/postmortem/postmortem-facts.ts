/**
 * What the incident record keeps about its postmortem: when it was first published, so the policy
 * (and the indexed mirror) knows it is done. The written text and the published pages are kept
 * apart (report-draft keys), because they are large and change often.
 */
export interface PostmortemFacts {
  publishedAt: string;
  publishedBy: string;
  /** Where it was published (a Confluence page or the Jira comment), for the knowledge base. */
  url: string | null;
}
