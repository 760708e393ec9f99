/**
 * Atlassian's Jira Cloud platform REST v3 OpenAPI document (sandbox/reference, Apache-2.0) as the judge
 * of the local site: which documented operation a request is, the OAuth scopes Atlassian lists for it,
 * and whether a request body or a response fits its documented schema.
 * The document lists scopes in two fields, and 49 of its operations only in the second: the classic and
 * granular sets of `x-atlassian-oauth2-scopes`, and the `OAuth2` entries of `security`. Either field's
 * set grants the call (forge-platform.md 7.13), so the gate reads both.
 * The document is public data: it is parsed once per process and the compiled validators are cached.
 */
import Ajv, { type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jsmOperation } from './jsm-operations';

type Method = 'get' | 'put' | 'post' | 'delete' | 'patch';
interface SchemaRef {
  content?: Record<string, { schema?: object }>;
}
interface SpecOperation {
  operationId?: string;
  'x-atlassian-oauth2-scopes'?: { scopes: string[]; state?: string }[];
  security?: Record<string, string[]>[];
  requestBody?: SchemaRef;
  responses?: Record<string, SchemaRef>;
}
interface Spec {
  paths: Record<string, Partial<Record<Method, SpecOperation>>>;
}

export interface JiraOperation {
  /** "PUT /rest/api/3/issue/{issueIdOrKey}/properties/{propertyKey}" */
  name: string;
  operationId: string;
  /** Each entry is one way to be allowed: every scope in it granted (classic and granular sets). */
  scopeSets: string[][];
  /** The documented JSON request schema, if any. */
  requestSchema: object | undefined;
}

interface CompiledPath {
  template: string;
  pattern: RegExp;
  /** Literal segments win over parameters: /issue/properties/multi is not /issue/{key}/properties/{p}. */
  literals: number;
}

const SPEC_FILE = join(__dirname, '..', 'reference', 'jira-platform-v3.openapi.json');
let loaded: { spec: Spec; paths: CompiledPath[]; ajv: Ajv; validators: Map<string, ValidateFunction | null> } | null = null;

function specData() {
  if (loaded) return loaded;
  const spec = JSON.parse(readFileSync(SPEC_FILE, 'utf8')) as Spec;
  const paths = Object.keys(spec.paths)
    .map((template) => ({
      template,
      pattern: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{[^}]+\}/g, '[^/]+')}$`),
      literals: template.split('/').filter((s) => s && !s.startsWith('{')).length,
    }))
    .sort((a, b) => b.literals - a.literals);
  // OpenAPI 3.0 schemas: `nullable` is Ajv's own keyword; examples, discriminators and x- extensions are annotations.
  const ajv = new Ajv({ strict: false, allErrors: false, validateFormats: true, discriminator: false });
  addFormats(ajv);
  ajv.addSchema({ components: wireComponents((spec as unknown as { components: { schemas: Record<string, object> } }).components) }, 'jira-spec');
  loaded = { spec, paths, ajv, validators: new Map() };
  return loaded;
}

/**
 * The components as they appear on the wire. Two readings of the generated document are corrected, both
 * from the spec's own words:
 * - `JsonNode` is the schema generated from Jackson's Java class for "any JSON value" (its properties are
 *   the class's getters, `maxProperties: 10`); an issue property value is any JSON (up to 32,768
 *   characters, as the operations that take one say), so it is read as `{}`;
 * - a property whose description says it "will be null" (for example `nextPageToken` on the last page of
 *   `search/jql`) is nullable, though its type says only string.
 */
function wireComponents(components: { schemas: Record<string, object> }): object {
  const schemas: Record<string, object> = { ...components.schemas, JsonNode: {} };
  for (const [name, schema] of Object.entries(schemas)) {
    const props = (schema as { properties?: Record<string, { description?: string }> }).properties;
    if (!props) continue;
    const nullable = Object.entries(props).filter(([, p]) => /will be null/i.test(p.description ?? ''));
    if (nullable.length > 0)
      schemas[name] = { ...schema, properties: { ...props, ...Object.fromEntries(nullable.map(([k, p]) => [k, { ...p, nullable: true }])) } };
  }
  return { ...components, schemas };
}

function operationEntry(method: string, pathname: string): { template: string; op: SpecOperation } | null {
  const { spec, paths } = specData();
  const m = method.toLowerCase() as Method;
  const found = paths.find((p) => p.pattern.test(pathname) && spec.paths[p.template]?.[m]);
  return found ? { template: found.template, op: spec.paths[found.template]![m]! } : null;
}

/** The documented operation a request is, or null when Atlassian's spec has no such route. */
export function jiraOperation(method: string, pathname: string): JiraOperation | null {
  const jsm = jsmOperation(method, pathname);
  if (jsm)
    return { name: `${method.toUpperCase()} ${jsm.template}`, operationId: jsm.operationId, scopeSets: documentedScopeSets(jsm), requestSchema: undefined };
  const entry = operationEntry(method, pathname);
  if (!entry) return null;
  return {
    name: `${method.toUpperCase()} ${entry.template}`,
    operationId: entry.op.operationId ?? '',
    scopeSets: documentedScopeSets(entry.op),
    requestSchema: entry.op.requestBody?.content?.['application/json']?.schema,
  };
}

/**
 * Every scope set an operation documents, in either field, without repeats. `security` entries with no
 * OAuth2 scopes (basic auth, the empty entry) say nothing about what an app needs.
 */
export function documentedScopeSets(op: { 'x-atlassian-oauth2-scopes'?: { scopes: string[] }[]; security?: Record<string, string[]>[] }): string[][] {
  const sets = [
    ...(op['x-atlassian-oauth2-scopes'] ?? []).map((s) => s.scopes),
    ...(op.security ?? []).flatMap((entry) =>
      Object.entries(entry)
        .filter(([scheme, scopes]) => scheme !== 'basicAuth' && scopes.length > 0)
        .map(([, scopes]) => scopes),
    ),
  ];
  const seen = new Set<string>();
  return sets.filter((set) => {
    const key = [...set].sort().join(' ');
    return !seen.has(key) && seen.add(key);
  });
}

/** Whether the granted scopes satisfy one of the operation's scope sets (each set is all-of). */
export function scopesAllow(operation: Pick<JiraOperation, 'scopeSets'>, granted: readonly string[]): boolean {
  return operation.scopeSets.length === 0 || operation.scopeSets.some((set) => set.every((s) => granted.includes(s)));
}

function validator(key: string, schema: object | undefined): ValidateFunction | null {
  const { ajv, validators } = specData();
  if (!validators.has(key)) validators.set(key, schema ? ajv.compile(rebase(schema)) : null);
  return validators.get(key)!;
}

/** The spec's local refs (#/components/...) pointed at the registered document. */
function rebase(schema: object): object {
  return JSON.parse(JSON.stringify(schema).replace(/"\$ref":"#\/components\//g, '"$ref":"jira-spec#/components/')) as object;
}

function describe(v: ValidateFunction): string {
  return (v.errors ?? []).map((e) => `${e.instancePath || '(body)'} ${e.message ?? ''}`.trim()).join('; ');
}

/** Problems of a JSON request body against the operation's documented request schema ([] when it fits or is undocumented). */
export function requestBodyProblems(operation: JiraOperation, body: unknown): string[] {
  const v = validator(`req ${operation.name}`, operation.requestSchema);
  return v && !v(body) ? [describe(v)] : [];
}

/**
 * Problems of a JSON response against the schema documented for its status (the status itself must be
 * documented unless the spec gives a default). Bodiless answers (204) have nothing to check.
 */
export function responseProblems(method: string, pathname: string, status: number, body: unknown): string[] {
  // JSM answers are judged by jira.js's schemas in their contract test (jsm-operations.ts says why).
  if (jsmOperation(method, pathname)) return [];
  const entry = operationEntry(method, pathname);
  if (!entry) return [`${method} ${pathname} is not in Atlassian's spec`];
  const responses = entry.op.responses ?? {};
  const documented = responses[String(status)] ?? responses.default;
  if (!documented) return [`${method.toUpperCase()} ${entry.template} does not document status ${status} (documented: ${Object.keys(responses).join(', ')})`];
  if (body === undefined) return [];
  const schema = documented.content?.['application/json']?.schema;
  const v = validator(`res ${method} ${entry.template} ${status}`, schema);
  return v && !v(body) ? [`${method.toUpperCase()} ${entry.template} ${status}: ${describe(v)}`] : [];
}
