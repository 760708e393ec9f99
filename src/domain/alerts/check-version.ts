/**
 * A plain-words refusal when a payload's `version` is not the one we read, or null when it is.
 * Checked before the shape, so a sender on another protocol version hears about the version rather
 * than about the first field that moved.
 * @example versionProblem({ version: '3' }, '4', 'Alertmanager', '') // 'This is Alertmanager webhook version "3"; only version "4" is understood.'
 */
export function versionProblem(payload: object, expected: string, formatName: string, hintWhenMissing: string): string | null {
  const version: unknown = (payload as { version?: unknown }).version;
  if (version === expected) return null;
  if (version === undefined) return `${formatName} payload: version is missing; expected "${expected}".${hintWhenMissing}`;
  return `This is ${formatName} webhook version ${JSON.stringify(version)}; only version "${expected}" is understood.`;
}
