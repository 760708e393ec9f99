/**
 * The translation checks, as functions over locale files and source text, so each is run on the
 * app's files and on a fixture it must catch (translations.test.ts).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export type Nested = { [key: string]: string | Nested };
/** One locale's messages by dotted key. */
export type Flat = Record<string, string>;

export const REPO = join(__dirname, '..', '..');

/** A locale file's messages by dotted key, as @forge/i18n looks nested keys up. */
export function flatten(messages: Nested, prefix = ''): Flat {
  return Object.fromEntries(
    Object.entries(messages).flatMap(([key, value]) =>
      typeof value === 'string' ? [[`${prefix}${key}`, value]] : Object.entries(flatten(value, `${prefix}${key}.`)),
    ),
  );
}

export const readLocale = (path: string): Flat => flatten(JSON.parse(readFileSync(path, 'utf8')) as Nested);

/** Keys the source locale has and another lacks, and keys another has that the source lacks. */
export function keySetDifferences(source: Flat, others: Record<string, Flat>): string[] {
  return Object.entries(others).flatMap(([locale, messages]) => [
    ...Object.keys(source)
      .filter((k) => !(k in messages))
      .map((k) => `${locale} lacks ${k}`),
    ...Object.keys(messages)
      .filter((k) => !(k in source))
      .map((k) => `${locale} has ${k}, which en-US does not`),
  ]);
}

/** Keys no code names: a key counts as used when it appears quoted in the code (or as manifest.yml's i18n value). */
export function unusedKeys(keys: string[], code: string): string[] {
  return keys.filter(
    (key) => !code.includes(`'${key}'`) && !code.includes(`"${key}"`) && !new RegExp(`i18n:\\s*${key.replace(/\./g, '\\.')}\\s*$`, 'm').test(code),
  );
}

/** The text of every source file under the given folders (no builds, no dependencies). */
export function codeUnder(...dirs: string[]): string {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir)) {
      if (entry === 'build' || entry === 'node_modules') continue;
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(tsx?|mjs|ya?ml)$/.test(entry)) files.push(path);
    }
  };
  dirs.filter((d) => existsSync(d)).forEach(walk);
  return files.map((f) => readFileSync(f, 'utf8')).join('\n');
}

export type Shape = string[] | { error: string };

/** Each message's arguments (names, types, selects' options), by locale and key, from intl-messageformat's parser. */
export function messageShapes(locales: Record<string, Flat>): Record<string, Record<string, Shape>> {
  const out = execFileSync(process.execPath, [join(__dirname, 'message-shape.mjs')], { input: JSON.stringify(locales), encoding: 'utf8' });
  return JSON.parse(out) as Record<string, Record<string, Shape>>;
}

/** Messages that do not parse, and messages whose arguments differ from the source locale's. */
export function placeholderMismatches(shapes: Record<string, Record<string, Shape>>, sourceLocale: string): string[] {
  const source = shapes[sourceLocale] ?? {};
  return Object.entries(shapes).flatMap(([locale, messages]) =>
    Object.entries(messages).flatMap(([key, shape]) => {
      if (!Array.isArray(shape)) return [`${locale} ${key} does not parse: ${shape.error}`];
      const expected = source[key];
      if (!Array.isArray(expected) || locale === sourceLocale) return [];
      return JSON.stringify(shape) === JSON.stringify(expected) ? [] : [`${locale} ${key} has ${JSON.stringify(shape)}, en-US has ${JSON.stringify(expected)}`];
    }),
  );
}
