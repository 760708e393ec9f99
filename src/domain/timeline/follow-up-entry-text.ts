/**
 * A follow-up's creation entry says its key only ("Follow-up SEC-12 created."): Jira shows the
 * follow-up's summary to whoever may open it, and someone may restrict the follow-up later. Entries
 * written before that rule also carried the summary; the stored entry stays as written (its hash
 * covers its text), and people are shown the key-only wording.
 */
export const followUpEntryText = (key: string): string => `Follow-up ${key} created.`;

/** The follow-up key an entry records, or null for any other entry. */
export function followUpKeyOf(entry: { kind: string; data: unknown }): string | null {
  const key = (entry.data as { key?: unknown } | null)?.key;
  return entry.kind === 'follow-up' && typeof key === 'string' ? key : null;
}

/**
 * The entry as people are shown it: a follow-up entry written with the summary reads key-only.
 * @example shownFollowUpText({ kind: 'follow-up', text: 'Follow-up SEC-12 created: rotate the key', data: { key: 'SEC-12' } }).text // 'Follow-up SEC-12 created.'
 */
export function shownFollowUpText<T extends { kind: string; text: string; data: unknown }>(entry: T): T {
  const key = followUpKeyOf(entry);
  return key !== null && entry.text !== followUpEntryText(key) ? { ...entry, text: followUpEntryText(key) } : entry;
}
