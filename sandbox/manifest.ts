/**
 * Reads manifest.yml so the local site hosts the same modules, fires the same triggers and knows
 * the same JQL aliases as Forge would.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';

export type EntityValueType = 'number' | 'string' | 'text' | 'date' | 'user';

export interface IndexedValue {
  propertyKey: string;
  path: string;
  type: EntityValueType;
  searchAlias: string | null;
}

export interface ModuleEntry {
  type: string;
  key: string;
  resource: string;
  resolverFunction: string | null;
  title: string | null;
  /** A context module's label (jira:issueContext), as written or its i18n key's message. */
  label: string | null;
  /** The title and label in a Jira locale (`de_DE`), as Jira shows them to that viewer: its message, else the default locale's. */
  titleIn: (jiraLocale: string | null | undefined) => string | null;
  labelIn: (jiraLocale: string | null | undefined) => string | null;
  editResource: string | null;
  raw: Record<string, unknown>;
}

/** One declared input or output of an Automation action (`type`: string, integer, number or boolean). */
export interface ActionField {
  type: 'string' | 'integer' | 'number' | 'boolean';
  required: boolean;
  nullable: boolean;
}

/** An `action` module: a Jira Automation action when an `automation:actionProvider` lists it. */
export interface ActionModule {
  key: string;
  function: string;
  name: string | null;
  inputs: Record<string, ActionField>;
  outputs: Record<string, ActionField>;
  /** Whether an `automation:actionProvider` lists it: Automation shows only those. */
  inAutomation: boolean;
}

export interface AppManifest {
  appId: string;
  appUuid: string;
  runtime: string;
  scopes: string[];
  /** manifest.yml's `permissions` as written (content and external permissions feed @forge/csp). */
  permissions: Record<string, unknown>;
  functions: { key: string; handler: string; timeoutSeconds?: number }[];
  triggers: { key: string; function: string; events: string[]; ignoreSelf: boolean }[];
  scheduledTriggers: { key: string; function: string; interval: 'fiveMinute' | 'hour' | 'day' | 'week' }[];
  /** UI modules: those the shell hosts in pages (not functions, triggers, properties or Automation actions). */
  modules: ModuleEntry[];
  actions: ActionModule[];
  resources: { key: string; path: string }[];
  indexedValues: IndexedValue[];
}

type Raw = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Module types the shell never hosts in a page. */
const NOT_UI = ['function', 'trigger', 'scheduledTrigger', 'jira:entityProperty', 'consumer', 'action', 'automation:actionProvider'];

export function loadManifest(path: string): AppManifest {
  const raw = parse(readFileSync(path, 'utf8')) as Raw;
  const modules: Raw = raw.modules ?? {};
  const appId: string = raw.app.id;
  const translations = defaultLocaleMessages(path, raw.translations);
  const byLocale = localeMessages(path, raw.translations);
  // Jira's `de_DE` is Forge's `de-DE`; a locale the app does not ship reads the default's words, as Forge falls back.
  const messagesFor = (jiraLocale: string | null | undefined) => (jiraLocale && byLocale[jiraLocale.replace('_', '-')]) || translations;
  const uiModules: ModuleEntry[] = [];
  for (const [type, entries] of Object.entries(modules)) {
    if (NOT_UI.includes(type)) continue;
    for (const m of entries as Raw[]) {
      uiModules.push({
        type,
        key: m.key,
        resource: m.resource,
        resolverFunction: m.resolver?.function ?? null,
        title: titleOf(m.title, translations),
        label: titleOf(m.label, translations),
        titleIn: (jiraLocale) => titleOf(m.title, messagesFor(jiraLocale)),
        labelIn: (jiraLocale) => titleOf(m.label, messagesFor(jiraLocale)),
        editResource: m.edit?.resource ?? null,
        raw: m,
      });
    }
  }
  return {
    appId,
    appUuid: appId.split('/').pop() ?? appId,
    runtime: raw.app.runtime?.name,
    permissions: raw.permissions ?? {},
    scopes: (raw.permissions?.scopes ?? []).map((s: unknown) => (typeof s === 'string' ? s : Object.keys(s as Raw)[0])),
    functions: (modules.function ?? []).map((f: Raw) => ({
      key: f.key,
      handler: f.handler,
      ...(typeof f.timeoutSeconds === 'number' ? { timeoutSeconds: f.timeoutSeconds } : {}),
    })),
    triggers: (modules.trigger ?? []).map((t: Raw) => ({ key: t.key, function: t.function, events: t.events, ignoreSelf: t.filter?.ignoreSelf === true })),
    scheduledTriggers: (modules.scheduledTrigger ?? []).map((t: Raw) => ({ key: t.key, function: t.function, interval: t.interval })),
    modules: uiModules,
    actions: actionsOf(modules),
    resources: raw.resources ?? [],
    indexedValues: (modules['jira:entityProperty'] ?? []).flatMap((e: Raw) =>
      (e.values as Raw[]).map((v) => ({ propertyKey: e.propertyKey, path: v.path, type: v.type, searchAlias: v.searchAlias ?? null })),
    ),
  };
}

/** Every listed locale's messages, by Forge locale code (`de-DE`). */
function localeMessages(manifestPath: string, translations: Raw | undefined): Record<string, Raw> {
  return Object.fromEntries(
    ((translations?.resources as Raw[] | undefined) ?? []).map((r) => [
      r.key as string,
      JSON.parse(readFileSync(join(dirname(manifestPath), r.path), 'utf8')) as Raw,
    ]),
  );
}

/**
 * The default locale's messages (`translations.fallback.default`), for module titles given as
 * `{ i18n: key }`: the shell's pages show them as Jira does to a viewer of that language.
 */
function defaultLocaleMessages(manifestPath: string, translations: Raw | undefined): Raw {
  const resource = (translations?.resources as Raw[] | undefined)?.find((r) => r.key === translations?.fallback?.default);
  return resource ? (JSON.parse(readFileSync(join(dirname(manifestPath), resource.path), 'utf8')) as Raw) : {};
}

/** A module's title: as written, or its i18n key's message (nested by the key's dots, as @forge/i18n looks keys up). */
function titleOf(title: unknown, messages: Raw): string | null {
  if (typeof title === 'string') return title;
  const key = (title as Raw | undefined)?.i18n;
  if (typeof key !== 'string') return null;
  const found = (key.split('.') as string[]).reduce<unknown>((node, part) => (node && typeof node === 'object' ? (node as Raw)[part] : undefined), messages);
  return typeof found === 'string' ? found : key;
}

function actionsOf(modules: Raw): ActionModule[] {
  const listed = new Set(((modules['automation:actionProvider'] ?? []) as Raw[]).flatMap((p) => (p.actions ?? []) as string[]));
  const fields = (declared: Raw | undefined): Record<string, ActionField> =>
    Object.fromEntries(
      Object.entries(declared ?? {}).map(([name, f]: [string, Raw]) => [name, { type: f.type, required: f.required === true, nullable: f.nullable === true }]),
    );
  return ((modules.action ?? []) as Raw[]).map((a) => ({
    key: a.key,
    function: a.function,
    name: a.name ?? null,
    inputs: fields(a.inputs),
    outputs: fields(a.outputs),
    inAutomation: listed.has(a.key),
  }));
}
