/**
 * Reads manifest.yml so the local site hosts the same modules, fires the same triggers and knows
 * the same JQL aliases as Forge would.
 */
import { readFileSync } from 'node:fs';
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
  editResource: string | null;
  raw: Record<string, unknown>;
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
  modules: ModuleEntry[];
  resources: { key: string; path: string }[];
  indexedValues: IndexedValue[];
}

type Raw = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export function loadManifest(path: string): AppManifest {
  const raw = parse(readFileSync(path, 'utf8')) as Raw;
  const modules: Raw = raw.modules ?? {};
  const appId: string = raw.app.id;
  const uiModules: ModuleEntry[] = [];
  for (const [type, entries] of Object.entries(modules)) {
    if (['function', 'trigger', 'scheduledTrigger', 'jira:entityProperty', 'consumer'].includes(type)) continue;
    for (const m of entries as Raw[]) {
      uiModules.push({
        type,
        key: m.key,
        resource: m.resource,
        resolverFunction: m.resolver?.function ?? null,
        title: m.title ?? null,
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
    resources: raw.resources ?? [],
    indexedValues: (modules['jira:entityProperty'] ?? []).flatMap((e: Raw) =>
      (e.values as Raw[]).map((v) => ({ propertyKey: e.propertyKey, path: v.path, type: v.type, searchAlias: v.searchAlias ?? null })),
    ),
  };
}
