import { createHmac } from 'node:crypto';

/**
 * A keyed tag for a value the mirror must make searchable without saying it. Jira returns issue
 * properties to anyone who can browse the issue, a portal reporter included ("never store sensitive
 * data in them": https://developer.atlassian.com/cloud/jira/platform/jira-entity-properties/), so the
 * responders' category is indexed as HMAC-SHA-256 under the installation's own key, which only the
 * app holds (Forge storage). The app searches by the tag it computes; a reporter reading the property
 * sees 20 hex digits that name no category. 80 bits: no two of an admin's categories collide.
 * @example mirrorTag('00'.repeat(32), 'phishing').length // 20
 */
export function mirrorTag(key: string, value: string): string {
  return createHmac('sha256', Buffer.from(key, 'hex')).update(`category:${value}`, 'utf8').digest('hex').slice(0, 20);
}

/**
 * The categories by their tags, computed once for many rows read back from Jira (a gadget page, an
 * export of a thousand incidents) rather than once per row and category.
 */
export function categoriesByTag(key: string, categoryIds: readonly string[]): ReadonlyMap<string, string> {
  return new Map(categoryIds.map((id) => [mirrorTag(key, id), id]));
}

/**
 * Which of these category ids a tag read from Jira names, or null (a category deleted since, or a
 * property someone edited by hand).
 * @example categoryOfTag('00'.repeat(32), ['phishing', 'malware'], mirrorTag('00'.repeat(32), 'malware')) // 'malware'
 */
export function categoryOfTag(key: string, categoryIds: readonly string[], tag: string | null): string | null {
  return tag === null ? null : (categoriesByTag(key, categoryIds).get(tag) ?? null);
}

/** A mirror key is 32 random bytes in hex, made once per installation by the app. */
export const isMirrorKey = (value: unknown): value is string => typeof value === 'string' && /^[0-9a-f]{64}$/.test(value);
