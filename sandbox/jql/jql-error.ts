/** A JQL problem, reported the way Jira does: HTTP 400 with the message in errorMessages. */
export class JqlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'JqlError';
  }
}

/** Jira's own wording for the bounded-query rule of /rest/api/3/search/jql. */
export const UNBOUNDED_JQL_MESSAGE = 'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.';
