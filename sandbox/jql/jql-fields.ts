/**
 * The fields the local site can search on: a subset of Jira's system fields plus the entity
 * property values our manifest indexes (by searchAlias or issue.property[key].path). Anything
 * else fails with Jira's message for an unknown field.
 * https://support.atlassian.com/jira-software-cloud/docs/jql-fields/
 */
import type { EntityValueType, IndexedValue } from '../manifest';
import { PRIORITIES, SECURITY_LEVELS, findProject } from '../state/directory';
import type { StoredIssue } from '../state/site-state';
import { JqlError } from './jql-error';

export type FieldKind = 'key' | 'id' | 'string' | 'text' | 'date' | 'number' | 'user' | 'list' | 'priority' | 'project';

export type FieldValue = string | number | null | string[];

export interface FieldAccessor {
  name: string;
  kind: FieldKind;
  get(issue: StoredIssue): FieldValue;
}

const system: Record<string, Omit<FieldAccessor, 'name'>> = {
  project: { kind: 'project', get: (i) => i.projectId },
  key: { kind: 'key', get: (i) => i.key },
  issuekey: { kind: 'key', get: (i) => i.key },
  id: { kind: 'id', get: (i) => Number(i.id) },
  issuetype: { kind: 'string', get: (i) => i.fields.issuetype },
  type: { kind: 'string', get: (i) => i.fields.issuetype },
  status: { kind: 'string', get: (i) => i.fields.status },
  priority: { kind: 'priority', get: (i) => i.fields.priority },
  summary: { kind: 'text', get: (i) => i.fields.summary },
  description: { kind: 'text', get: (i) => adfText(i.fields.description) },
  text: { kind: 'text', get: (i) => `${i.fields.summary} ${adfText(i.fields.description)} ${i.comments.map((c) => adfText(c.body)).join(' ')}` },
  reporter: { kind: 'user', get: (i) => i.fields.reporter },
  assignee: { kind: 'user', get: (i) => i.fields.assignee },
  created: { kind: 'date', get: (i) => Date.parse(i.fields.created) },
  createddate: { kind: 'date', get: (i) => Date.parse(i.fields.created) },
  updated: { kind: 'date', get: (i) => Date.parse(i.fields.updated) },
  updateddate: { kind: 'date', get: (i) => Date.parse(i.fields.updated) },
  resolved: { kind: 'date', get: (i) => (i.fields.resolutiondate ? Date.parse(i.fields.resolutiondate) : null) },
  resolutiondate: { kind: 'date', get: (i) => (i.fields.resolutiondate ? Date.parse(i.fields.resolutiondate) : null) },
  labels: { kind: 'list', get: (i) => i.fields.labels },
  // Issue security level by name (https://support.atlassian.com/jira-software-cloud/docs/jql-fields/#Security-level).
  level: { kind: 'string', get: (i) => SECURITY_LEVELS.find((l) => l.id === i.fields.securityLevelId)?.name ?? null },
};

export function resolveField(name: string, propertyKey: string | null, propertyPath: string | null, indexed: IndexedValue[]): FieldAccessor {
  if (propertyKey !== null) {
    const path = (propertyPath ?? '').replace(/^\./, '');
    const value = indexed.find((v) => v.propertyKey === propertyKey && v.path === path);
    if (!value) throw new JqlError(`Field 'issue.property[${propertyKey}].${path}' does not exist or you do not have permission to view it.`);
    return propertyAccessor(`issue.property[${propertyKey}].${path}`, value);
  }
  const lower = name.toLowerCase();
  const builtIn = system[lower];
  if (builtIn) return { name: lower, ...builtIn };
  const alias = indexed.find((v) => v.searchAlias?.toLowerCase() === lower);
  if (alias) return propertyAccessor(name, alias);
  throw new JqlError(`Field '${name}' does not exist or you do not have permission to view it.`);
}

function propertyAccessor(name: string, value: IndexedValue): FieldAccessor {
  const kindOf: Record<EntityValueType, FieldKind> = { string: 'string', text: 'text', number: 'number', date: 'date', user: 'user' };
  return {
    name,
    kind: kindOf[value.type],
    get: (issue) => {
      const raw = readPath(issue.properties[value.propertyKey], value.path);
      if (raw === undefined || raw === null) return null;
      if (value.type === 'number') return typeof raw === 'number' ? raw : null;
      if (value.type === 'date') {
        const ms = typeof raw === 'string' ? Date.parse(raw) : NaN;
        return Number.isNaN(ms) ? null : ms;
      }
      return typeof raw === 'string' ? raw : JSON.stringify(raw);
    },
  };
}

function readPath(root: unknown, path: string): unknown {
  let cursor = root;
  for (const part of path.split('.')) {
    if (typeof cursor !== 'object' || cursor === null) return undefined;
    cursor = (cursor as Record<string, unknown>)[part];
  }
  return cursor;
}

export function priorityRank(name: string | null): number | null {
  if (name === null) return null;
  const index = PRIORITIES.findIndex((p) => p.name.toLowerCase() === name.toLowerCase() || p.id === name);
  // Highest has the highest rank, as in Jira's "priority > Medium".
  return index === -1 ? null : PRIORITIES.length - index;
}

export function projectMatches(projectId: string, operand: string): boolean {
  const project = findProject(projectId);
  if (!project) return false;
  const o = operand.toLowerCase();
  return project.id === operand || project.key.toLowerCase() === o || project.name.toLowerCase() === o;
}

export function adfText(node: unknown): string {
  if (node === null || typeof node !== 'object') return '';
  const n = node as { text?: unknown; content?: unknown };
  const own = typeof n.text === 'string' ? n.text : '';
  const children = Array.isArray(n.content) ? n.content.map(adfText).join(' ') : '';
  return `${own} ${children}`.trim();
}
