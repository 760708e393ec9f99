import type { z } from 'zod';

/**
 * Where in the payload a problem is, as a person would point at it: `alerts[0].status`.
 * @example pathText(['alerts', 0, 'status']) // 'alerts[0].status'
 */
export function pathText(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text ? `${text}.${String(key)}` : String(key)), '');
}

/**
 * The first problem zod found, in plain words, naming the field. One problem is enough for the
 * sender's owner to fix and retry; a list of thirty would hide it.
 * @example plainReason(error, 'Alertmanager') // 'Alertmanager payload: alerts[0].status must be "firing" or "resolved".'
 */
export function plainReason(error: z.ZodError, formatName: string): string {
  const issue = error.issues[0];
  if (!issue) return `The ${formatName} payload is not valid.`;
  const where = pathText(issue.path);
  return `${formatName} payload: ${where ? `${where} ` : ''}${issue.message}`;
}
