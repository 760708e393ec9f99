/**
 * The manifest's translations as a deployed function finds them: `forge deploy` puts them next to the
 * function's code as `__LOCALES__/<locale>.json` and `__LOCALES__/i18n-info.json`, where `@forge/api`'s
 * `i18n.getTranslations` reads them (under the runtime's `container.appCodeDir`). The bundle gets them
 * from scripts/bundle-backend.cjs (through @forge/bundler); the app run in-process (src/, the tests)
 * gets the same files here, written by the Forge CLI's own I18nResourceBundlingService into
 * `.sandbox/locales/<hash>/`, once per change of manifest.yml or locales/.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Writes `<dir>/__LOCALES__/` as the Forge CLI does; a child process, as the CLI's service is asynchronous. */
const WRITE_LOCALES = `
const { join, resolve } = require('node:path');
const { mkdirSync, readFileSync } = require('node:fs');
const { parse } = require('yaml');
const { I18nResourceBundlingService } = require('@forge/cli-shared');
const { I18N_BUNDLE_FOLDER_NAME } = require('@forge/i18n');
const [root, dir] = process.argv.slice(1);
const manifest = parse(readFileSync(join(root, 'manifest.yml'), 'utf8'));
const translations = { ...manifest.translations, resources: manifest.translations.resources.map((r) => ({ ...r, path: resolve(root, r.path) })) };
const out = join(dir, I18N_BUNDLE_FOLDER_NAME);
mkdirSync(out, { recursive: true });
const service = new I18nResourceBundlingService();
service.copyLocaleFilesToBundleDir(out, translations).then(() => service.createI18nInfoFile(out, translations, manifest.modules)).catch((e) => { console.error(e.message); process.exit(1); });
`;

function localesHash(repoRoot: string): string {
  const hash = createHash('sha256');
  hash.update(readFileSync(join(repoRoot, 'manifest.yml')));
  const dir = join(repoRoot, 'locales');
  for (const f of readdirSync(dir).sort()) {
    hash.update(f);
    hash.update(readFileSync(join(dir, f)));
  }
  return hash.digest('hex').slice(0, 16);
}

/** The folder to give the runtime as `container.appCodeDir`: it holds `__LOCALES__/` for the translations as they are now. */
export function ensureLocalesDir(repoRoot: string): string {
  const root = join(repoRoot, '.sandbox', 'locales');
  const target = join(root, localesHash(repoRoot));
  if (existsSync(target)) return target;
  mkdirSync(root, { recursive: true });
  // Written aside and renamed into place, so a site starting at the same time never reads half a folder.
  const staging = `${target}.${process.pid}.staging`;
  rmSync(staging, { recursive: true, force: true });
  const run = spawnSync(process.execPath, ['-e', WRITE_LOCALES, repoRoot, staging], { cwd: repoRoot, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`Could not bundle the translations: ${run.stderr}`);
  try {
    renameSync(staging, target);
  } catch (e) {
    // Someone else put the same translations in place first.
    rmSync(staging, { recursive: true, force: true });
    if (!existsSync(target)) throw e;
  }
  // Earlier translations go after a day: a site started before the change may still be reading them.
  for (const old of readdirSync(root)) {
    const path = join(root, old);
    if (path !== target && Date.now() - statSync(path).mtimeMs > 86_400_000) rmSync(path, { recursive: true, force: true });
  }
  return target;
}
