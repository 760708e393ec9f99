// Builds every Custom UI resource named in manifest.yml with Vite, one build per resource.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { parse } from 'yaml';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const manifest = parse(readFileSync(join(root, 'manifest.yml'), 'utf8'));
const only = process.argv.slice(2);
for (const resource of manifest.resources) {
  const moduleDir = join(root, dirname(resource.path));
  if (only.length > 0 && !only.includes(resource.key)) continue;
  const started = Date.now();
  await build({ configFile: join(moduleDir, 'vite.config.mjs') });
  console.log(`built ${resource.key} -> ${resource.path} in ${Date.now() - started} ms`);
}
