import type { AlertFormat } from './alert';

const FORMATS: readonly AlertFormat[] = ['alertmanager', 'grafana', 'generic'];

/**
 * Which format and source a request names by the web trigger URL's path suffix (Forge passes it as
 * `userPath`, CHANGE-2880): `/<format>/<source id>`. A trailing slash is forgiven; anything else is
 * no source.
 * @example alertRoute('/alertmanager/prometheus') // { format: 'alertmanager', sourceId: 'prometheus' }
 */
export function alertRoute(userPath: string): { format: AlertFormat; sourceId: string } | null {
  const match = /^\/([a-z]+)\/([a-z0-9][a-z0-9-]{0,39})\/?$/.exec(userPath);
  const format = FORMATS.find((f) => f === match?.[1]);
  return format && match?.[2] ? { format, sourceId: match[2] } : null;
}
