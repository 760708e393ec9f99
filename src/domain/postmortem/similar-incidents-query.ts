/**
 * A JQL string literal: the value in double quotes with `\` and `"` escaped and control
 * characters dropped, so no value (a category id an admin typed, an issue key) can end the string
 * and add clauses. https://support.atlassian.com/jira-software-cloud/docs/jql-operators/ ("Use
 * quotes around values with spaces or reserved characters"; backslash escapes a quote).
 * @example jqlString('a" OR project = X') // '"a\\" OR project = X"'
 */
export function jqlString(value: string): string {
  // Unicode noncharacters (U+FDD0-FDEF, U+FFFE/FFFF) and the C1 controls (U+0080-009F, found by the property
  // test) are not valid in a JQL string either.
  return `"${value
    .replace(/[\u0000-\u001f\u007f-\u009f\ufdd0-\ufdef\ufffe\uffff]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')}"`;
}

/** How many similar past incidents the panel lists. */
export const SIMILAR_LIMIT = 5;

/**
 * Past incidents like this one, for the knowledge base: the same category (its keyed tag, indexed in
 * the mirror: mirror-tag.ts), real incidents only, newest first, this one left out. Null without a category.
 * @example similarIncidentsJql('SEC-9', '3f2a9c0d1e5b7a8c9d0e') // 'incidentCategoryTag = "3f2a9c0d1e5b7a8c9d0e" AND incidentExercise = "false" AND incidentTriage != "not-incident" AND key != "SEC-9" ORDER BY created DESC'
 */
export function similarIncidentsJql(issueKey: string, categoryTag: string | null): string | null {
  if (categoryTag === null) return null;
  return `incidentCategoryTag = ${jqlString(categoryTag)} AND incidentExercise = "false" AND incidentTriage != "not-incident" AND key != ${jqlString(issueKey)} ORDER BY created DESC`;
}

/** Incidents whose postmortem is owed (due, not yet published): the daily reminder's list. */
export const POSTMORTEMS_OWED_JQL = 'incidentPostmortem = "due" AND incidentExercise = "false" ORDER BY created ASC';
