// Bundles the backend with Atlassian's own @forge/bundler, as `forge deploy` does: the manifest's
// handlers as entry points (src/<file>), webpack through ts-loader with the repository's tsconfig.json.
// Only the runtime wrapper, which the CLI downloads from Atlassian's CDN, comes from a local stand-in
// (test/fixtures/forge-runtime, through the bundler's own LocalWrapperProvider).
// The manifest's translations go beside the code as __LOCALES__/ (the CLI's I18nResourceBundlingService
// makes them; the bundler lists them among its outputs, as forge deploy packages them), where @forge/api's
// i18n.getTranslations reads them in the deployed function.
// Run as a program (the bundler needs require.main): prints one JSON line, or with --human a sentence.
const { mkdirSync, readFileSync, statSync, copyFileSync, writeFileSync } = require('node:fs');
const { dirname, join, resolve } = require('node:path');
const { parse } = require('yaml');

const root = resolve(__dirname, '..');
const say = (m) => process.stderr.write(`bundler: ${m}\n`);
const logger = { info() {}, debug() {}, trace() {}, warn: say, error: say };

async function bundleBackend() {
  // @forge/bundler resolves entry points against the working directory (manifest SOURCE_DIRECTORY 'src').
  process.chdir(root);
  const { getEntryPoints, getNodeBundler, LocalWrapperProvider } = require('@forge/bundler');
  const { FileSystemReader, I18nResourceBundlingService } = require('@forge/cli-shared');
  const manifest = parse(readFileSync(join(root, 'manifest.yml'), 'utf8'));
  const functions = manifest.modules.function;
  const entryPoints = getEntryPoints(functions.map((f) => ({ module: f.handler.slice(0, f.handler.lastIndexOf('.')) })));
  const wrapper = new LocalWrapperProvider(new FileSystemReader(), join(root, 'test', 'fixtures', 'forge-runtime'));
  const started = Date.now();
  const i18nResourceBundle = await new I18nResourceBundlingService().bundle(manifest.modules, manifest.translations);
  const out = await getNodeBundler(logger, wrapper, { readConfig: async () => manifest }).bundle({ appDirectory: root, entryPoints, i18nResourceBundle });
  // What forge deploy packages beside the code: the runtime's files and the translations (a path or the content).
  const locales = [];
  for (const [name, content] of out.additionalOutputs ?? new Map()) {
    const target = join(out.outputDir, name);
    mkdirSync(dirname(target), { recursive: true });
    if (typeof content === 'string') copyFileSync(content, target);
    else writeFileSync(target, content);
    if (name.startsWith('__LOCALES__')) locales.push(target);
  }
  const files = entryPoints.map((e) => join(out.outputDir, `${e.name}.cjs`));
  return {
    outputDir: out.outputDir,
    files,
    locales,
    bytes: files.reduce((n, f) => n + statSync(f).size, 0),
    ms: Date.now() - started,
    handlers: functions.map((f) => ({ key: f.key, handler: f.handler })),
  };
}

bundleBackend().then(
  (r) => {
    if (process.argv.includes('--human'))
      console.log(`bundled ${r.files.length} entry file(s) in ${r.ms} ms: ${(r.bytes / 1e6).toFixed(2)} MB in ${r.outputDir}`);
    else console.log(JSON.stringify(r));
  },
  (e) => {
    say(e instanceof Error ? e.message : String(e));
    process.exit(1);
  },
);
