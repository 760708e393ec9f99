import type { Site } from '../site';
import type { EventHub } from './event-hub';
import type { FrameRegistry } from './frames';

/** What every shell page handler works with. */
export interface Shell {
  site: Site;
  frames: FrameRegistry;
  hub: EventHub;
}

/** The request's user and theme, from the shell's cookies. */
export interface Viewer {
  accountId: string;
  theme: 'light' | 'dark';
  path: string;
}

export function moduleOfType(shell: Shell, type: string, key?: string) {
  const module = shell.site.manifest.modules.find((m) => m.type === type && (!key || m.key === key));
  if (!module) throw new Error(`manifest.yml has no ${type}${key ? ` '${key}'` : ''} module`);
  return module;
}
