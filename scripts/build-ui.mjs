// Builds every Custom UI resource named in manifest.yml with Vite, one build per resource.
import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
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
  await bundleLocales(join(root, resource.path));
  console.log(`built ${resource.key} -> ${resource.path} in ${Date.now() - started} ms`);
}

/**
 * The manifest's translations next to the resource, as `forge deploy` bundles them: each locale's
 * file as __LOCALES__/<locale>.json and __LOCALES__/i18n-info.json (the locales, the fallback and the
 * manifest's i18n keys), written by the Forge CLI's own I18nResourceBundlingService.
 */
async function bundleLocales(buildDir) {
  if (!manifest.translations) return;
  const { I18nResourceBundlingService } = createRequire(import.meta.url)('@forge/cli-shared');
  const { I18N_BUNDLE_FOLDER_NAME } = createRequire(import.meta.url)('@forge/i18n');
  const translations = { ...manifest.translations, resources: manifest.translations.resources.map((r) => ({ ...r, path: join(root, r.path) })) };
  const out = join(buildDir, I18N_BUNDLE_FOLDER_NAME);
  mkdirSync(out, { recursive: true });
  const service = new I18nResourceBundlingService();
  await service.copyLocaleFilesToBundleDir(out, translations);
  await service.createI18nInfoFile(out, translations, manifest.modules);
}
