/**
 * Whether a setting holds something a person wrote, rather than what the app ships with. Compared
 * by content (key order and absent-versus-undefined do not count), because stored settings come
 * back through the schema in its own key order.
 *
 * @example differsFromDefaults([{ id: 'a', steps: [] }], [{ steps: [], id: 'a' }]) // false: the shipped one, reordered
 * @example differsFromDefaults([{ id: 'a', steps: ['Call legal'] }], [{ id: 'a', steps: [] }]) // true: someone edited it
 */
export function differsFromDefaults(value: unknown, defaults: unknown): boolean {
  return canonical(value) !== canonical(defaults);
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>)
            .filter(([, x]) => x !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
        )
      : v,
  );
}
