/**
 * Saves the site to one JSON file, written atomically (temporary file, then rename) and debounced,
 * so a restart keeps every issue, property and stored value.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { SITE_STATE_VERSION, type SiteState } from './site-state';

export function loadState(file: string): SiteState | null {
  if (!existsSync(file)) return null;
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as SiteState;
  if (parsed.version !== SITE_STATE_VERSION) {
    // An older site holds records the app no longer reads: keep it aside and start a fresh one.
    renameSync(file, `${file}.v${parsed.version}.bak`);
    console.warn(`${file} was saved by an older version of the local site; moved it to ${file}.v${parsed.version}.bak and seeding a new site.`);
    return null;
  }
  return parsed;
}

export function saveState(file: string, state: SiteState): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, JSON.stringify(state));
  renameSync(tmp, file);
}

export class DebouncedSaver {
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly file: string | null,
    private readonly state: SiteState,
    private readonly delayMs = 250,
  ) {}

  markDirty = (): void => {
    if (!this.file || this.timer) return;
    this.timer = setTimeout(() => this.flush(), this.delayMs);
    this.timer.unref?.();
  };

  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    if (this.file) saveState(this.file, this.state);
  }
}
