/**
 * The manifest as Forge would check it, offline: full validation with @forge/manifest, the
 * client-side linters of @forge/lint, and the checks neither of them makes.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ProcessorBuilder, ValidationTypes } from '@forge/manifest';
import { parse } from 'yaml';
import * as appExports from '../../src/index';
import { NO_CLOCK_INDEX, toIncidentIndex } from '../../src/domain/incident/incident-index';
import { newIncidentRecord } from '../../src/domain/incident/incident-record';
import { INCIDENT_PROPERTY_KEY, PORTAL_REPORT_PROPERTY_KEY } from '../../src/shared/vocabulary';
import { loadManifest } from '../../sandbox/manifest';
import { read, REPO, rel, sourceFiles } from '../support/repo-files';
import { useLocalSwagger } from '../support/local-swagger';

const MANIFEST = join(REPO, 'manifest.yml');
const manifest = loadManifest(MANIFEST);
/** The CLI fetches the deprecated runtimes from a remote service; offline we supply them (forge-platform.md 7.4). */
const DEPRECATED_RUNTIMES = ['nodejs20.x', 'nodejs18.x', 'sandbox'];

describe('manifest.yml', () => {
  it('passes @forge/manifest full validation with no errors and no warnings', async () => {
    const processor = ProcessorBuilder.instance().withValidation(ValidationTypes.FULL).withOptions({ deprecatedRuntimes: DEPRECATED_RUNTIMES }).build();
    const result = await processor.process(MANIFEST);
    expect(result.errors ?? []).toEqual([]);
    expect(result.success).toBe(true);
  });

  it('targets a runtime Atlassian still deploys, and the tests run on that Node major', () => {
    expect(['nodejs22.x', 'nodejs24.x']).toContain(manifest.runtime);
    const major = manifest.runtime.replace(/^nodejs(\d+)\.x$/, '$1');
    expect(process.versions.node.split('.')[0]).toBe(major);
  });

  it('names, for every function, a handler that src/index.ts exports', () => {
    for (const fn of manifest.functions) {
      const [file, name] = fn.handler.split('.');
      expect(`${fn.key}: ${file}`).toBe(`${fn.key}: index`);
      expect(`${fn.key}: ${typeof (appExports as Record<string, unknown>)[name!]}`).toBe(`${fn.key}: function`);
    }
  });

  it('points every Custom UI resource at a built folder with an index.html', () => {
    for (const r of manifest.resources) {
      expect(r.key.length).toBeLessThanOrEqual(23);
      expect(`${r.key}: ${existsSync(join(REPO, r.path, 'index.html'))}`).toBe(`${r.key}: true`);
    }
  });

  it('puts the settings page where every guide and message says it is: Jira settings > Apps > its title', () => {
    const raw = parse(read('manifest.yml')) as {
      modules: { 'jira:adminPage': { title: string | { i18n: string }; useAsConfig?: boolean; useAsGetStarted?: boolean }[] };
    };
    const [page] = raw.modules['jira:adminPage'];
    // A translated title reads, in English, as en-US's message for its key.
    const source = JSON.parse(read('locales/en-US.json')) as Record<string, unknown>;
    const title =
      typeof page!.title === 'string'
        ? page!.title
        : (page!.title.i18n.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], source) as string);
    // useAsConfig or useAsGetStarted take the page out of the sidebar (Manage apps > Configure / Get started).
    expect(page).not.toHaveProperty('useAsConfig');
    expect(page).not.toHaveProperty('useAsGetStarted');
    const where = `Jira settings > Apps > ${title}`;
    const texts = [...sourceFiles('src', 'static', 'sandbox'), ...['README.md', 'docs/admin-guide.md', 'docs/local-site.md'].map((f) => join(REPO, f))];
    const mentions = texts.flatMap(
      (f) =>
        read(f)
          .replace(/&gt;/g, '>')
          .match(/Jira settings > Apps[^.,:)\n]*/g) ?? [],
    );
    expect(mentions.length).toBeGreaterThanOrEqual(3);
    expect(mentions.filter((m) => !m.startsWith(where) && m.trim() !== 'Jira settings > Apps')).toEqual([]);
  });

  it("shows the app's own icons, from its resources, not a documentation sample's address", () => {
    const raw = parse(read('manifest.yml')) as { modules: Record<string, { icon?: string; thumbnail?: string }[]> };
    const pictures = Object.values(raw.modules).flatMap((list) => list.flatMap((m) => [m.icon, m.thumbnail].filter((p): p is string => !!p)));
    expect(pictures.length).toBeGreaterThanOrEqual(2);
    for (const picture of pictures) {
      const [, key, path] = /^resource:([^;]+);(.+\.svg)$/.exec(picture) ?? [];
      const resource = manifest.resources.find((r) => r.key === key);
      expect(`${picture}: ${resource ? existsSync(join(REPO, resource.path, path!)) : 'no such resource'}`).toBe(`${picture}: true`);
    }
  });

  it('indexes the incident mirror under the aliases the app and its JQL examples use', () => {
    const raw = parse(read('manifest.yml')) as {
      app: { id: string };
      modules: { 'jira:entityProperty': { propertyKey: string; values: { path: string; searchAlias: string }[] }[] };
    };
    const byKey = Object.fromEntries(raw.modules['jira:entityProperty'].map((m) => [m.propertyKey, m.values.map((v) => `${v.path}=${v.searchAlias}`)]));
    expect(byKey[INCIDENT_PROPERTY_KEY]).toEqual(
      expect.arrayContaining(['priority=incidentPriority', 'categoryTag=incidentCategoryTag', 'triage=incidentTriage', 'nextCheck=incidentNextCheck']),
    );
    // Every field of the mirror is indexed, and nothing the mirror lacks.
    expect(byKey[INCIDENT_PROPERTY_KEY]!.map((v) => v.split('=')[0]).sort()).toEqual(
      Object.keys(toIncidentIndex(newIncidentRecord('1', '2026-01-01T00:00:00.000Z', 'iso-27001'), NO_CLOCK_INDEX, '00'.repeat(32))).sort(),
    );
    // Jira writes the portal panel's fields under the UUID of app.id; the app reads them there.
    expect(raw.app.id).toBe(`ari:cloud:ecosystem::app/${PORTAL_REPORT_PROPERTY_KEY}`);
    expect(byKey[PORTAL_REPORT_PROPERTY_KEY]).toEqual([
      'category=reportedCategory',
      'personalData=reportedPersonalData',
      'howBad=reportedHowBad',
      'howUrgent=reportedHowUrgent',
    ]);
  });

  it('declares storage:app because the code uses @forge/kvs (no linter checks this)', () => {
    const usesKvs = sourceFiles('src').some((f) => /from ['"]@forge\/kvs['"]/.test(read(f)));
    expect(usesKvs).toBe(true);
    expect(manifest.scopes).toContain('storage:app');
  });

  it('uses neither the removed UI Kit 1 nor the removed storage export of @forge/api', () => {
    const pkg = JSON.parse(read(join(REPO, 'package.json'))) as Record<string, Record<string, string>>;
    expect(Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })).not.toContain('@forge/ui');
    const offenders = sourceFiles('src', 'static').filter((f) => /import\s*\{[^}]*\bstorage\b[^}]*\}\s*from\s*['"]@forge\/api['"]|@forge\/ui/.test(read(f)));
    expect(offenders.map(rel)).toEqual([]);
  });
});

describe('@forge/lint client-side linters (offline)', () => {
  it('parses every source file of the backend and the Custom UIs, and finds no problems', async () => {
    // Atlassian's documents in place of the copies the permission linter would download (forge-platform.md 7.5).
    useLocalSwagger();
    const { lint, parseSourceFile, problemCount } = await import('@forge/lint');
    const statsig = { getDeprecatedRuntimes: async () => DEPRECATED_RUNTIMES };
    const logger = { info: () => undefined };
    const files = sourceFiles('src', 'static').filter((f) => !f.endsWith('.d.ts'));
    // The linter silently skips a .ts file that tsconfig's include globs do not match; count what it parses.
    const parsed: string[] = [];
    const parseFunction = ((file: string, parser: unknown) => {
      parsed.push(file);
      return (parseSourceFile as (f: string, p: unknown) => unknown)(file, parser);
    }) as never;
    const cwd = process.cwd();
    process.chdir(REPO); // the linter reads tsconfig.json from the working directory, as the CLI does
    try {
      const results = await lint(
        files.map(rel),
        parse(read(MANIFEST)),
        'development',
        logger as never,
        statsig as never,
        { linter: { mode: 'client-side' }, parseFunction } as never,
      );
      const problems = results.flatMap((r) => [...r.errors, ...r.warnings].map((p) => `${rel(r.file)}:${p.line} ${p.message}`));
      expect(problems).toEqual([]);
      expect(problemCount(results)).toMatchObject({ errors: 0, warnings: 0 });
    } finally {
      process.chdir(cwd);
    }
    process.stderr.write(`@forge/lint parsed ${new Set(parsed).size} of ${files.length} source files\n`);
    expect(files.length).toBeGreaterThan(250);
    expect(new Set(parsed).size).toBe(files.length);
    // Parsing about 300 files and Atlassian's 2.4 MB spec takes a while on a busy 2-core machine.
  }, 300_000);
});
