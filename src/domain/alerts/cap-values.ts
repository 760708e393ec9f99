/**
 * A text cut to `max` characters, ending in "…" when cut, so a reader sees it was longer.
 * Cuts on code points, never inside a surrogate pair.
 * @example capText('abcdef', 4) // 'abc…'
 */
export function capText(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, Math.max(0, max - 1)).join('')}…`;
}

/**
 * Labels or annotations with at most `maxEntries` keys (first ones kept, in the sender's order) and
 * each value capped; the sender's object is not changed.
 * @example capRecord({ a: 'abcdef' }, 4, 10) // { a: 'abc…' }
 */
export function capRecord(record: Record<string, string>, maxValueLength: number, maxEntries: number): Record<string, string> {
  const entries = Object.entries(record).slice(0, maxEntries);
  return Object.fromEntries(entries.map(([key, value]) => [capText(key, maxValueLength), capText(value, maxValueLength)]));
}
