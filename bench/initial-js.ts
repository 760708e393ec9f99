/**
 * The initial JS of each Custom UI: the entry script plus the chunks its index.html preloads,
 * gzipped, as the browser first downloads them. Lazy chunks (editor, error views) are not counted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const INITIAL_JS_BUDGET_BYTES = 120 * 1000;

export function initialJsBytes(buildDir: string): number {
  const html = readFileSync(join(buildDir, 'index.html'), 'utf8');
  const files = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  return files.reduce((sum, f) => sum + gzipSync(readFileSync(join(buildDir, f))).length, 0);
}
