import type { Site } from '../site';
import { findUser } from '../state/directory';
import type { EventHub } from './event-hub';
import type { FrameRegistry } from './frames';

/** What every shell page handler works with. */
export interface Shell {
  site: Site;
  frames: FrameRegistry;
  hub: EventHub;
  /** The port of the CDN origin that serves the Custom UI resources (cdn-routes.ts); null until it listens. */
  cdnPort: number | null;
  /** Content-Security-Policy violations the frames reported (CSP_REPORT_PATH); browser tests require none. */
  cspViolations: CspViolation[];
}

export interface CspViolation {
  directive: string;
  blocked: string;
  document: string;
  sample: string;
}

/** The request's user and theme, from the shell's cookies. */
export interface Viewer {
  accountId: string;
  theme: 'light' | 'dark';
  path: string;
  /** The Jira page's origin, and the CDN origin its Custom UI frames come from. */
  siteOrigin: string;
  frameOrigin: string;
}

export function moduleOfType(shell: Shell, type: string, key?: string) {
  const module = shell.site.manifest.modules.find((m) => m.type === type && (!key || m.key === key));
  if (!module) throw new Error(`manifest.yml has no ${type}${key ? ` '${key}'` : ''} module`);
  return module;
}

/** The viewer's Jira locale (`de_DE`), for what Jira itself shows them in their language (an app's module titles). */
export const viewerLocale = (viewer: Pick<Viewer, 'accountId'>): string | null => findUser(viewer.accountId)?.locale ?? null;
