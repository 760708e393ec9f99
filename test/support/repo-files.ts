import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

export const REPO = join(__dirname, '..', '..');

/** Source files under the given folders (no builds, no dependencies). */
export function sourceFiles(...folders: string[]): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      if (e.name === 'node_modules' || e.name === 'build') return [];
      const p = join(dir, e.name);
      return e.isDirectory() ? walk(p) : /\.(ts|tsx)$/.test(e.name) ? [p] : [];
    });
  return folders.flatMap((f) => walk(join(REPO, f)));
}

export const read = (file: string) => readFileSync(file, 'utf8');
export const rel = (file: string) => relative(REPO, file);
