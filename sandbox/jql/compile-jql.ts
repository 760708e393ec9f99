/**
 * Compiles JQL into a predicate and an order over stored issues. Parsing is Atlassian's own JQL
 * grammar (@atlassianlabs/jql-ast); evaluation covers the subset in jql-fields.ts and the
 * operators below, and rejects everything else loudly, as Jira would reject bad JQL.
 */
import { JastBuilder } from '@atlassianlabs/jql-ast';
import type { IndexedValue } from '../manifest';
import type { StoredIssue } from '../state/site-state';
import { JqlError, UNBOUNDED_JQL_MESSAGE } from './jql-error';
import { visibleComments } from '../state/comment-visibility';
import { adfText, type FieldAccessor, type FieldValue, priorityRank, projectMatches, resolveField } from './jql-fields';
import { type FunctionContext, evaluateJqlFunction, parseJqlDate } from './jql-values';

export interface CompiledJql {
  matches(issue: StoredIssue): boolean;
  compare(a: StoredIssue, b: StoredIssue): number;
}

export interface CompileOptions {
  indexed: IndexedValue[];
  now: number;
  accountId: string;
  /** /search/jql refuses queries without a restriction; other endpoints accept them. */
  requireBounded: boolean;
  /**
   * Whether an issue named by key or id (`key = X`, `id in (…)`) exists and the caller may see it. When
   * given, naming one that does not is an error, as Jira answers "An issue with key 'X' does not exist for
   * field 'key'". For ids the docs are silent; the local site takes that stricter reading (see search-routes.ts).
   */
  knownIssue?: (ref: string) => boolean;
}

/* The JAST node shapes we read (see @atlassianlabs/jql-ast docs). */
interface Operand {
  operandType: 'value' | 'keyword' | 'function' | 'list';
  value?: string;
  function?: { value: string };
  arguments?: { value: string }[];
  values?: Operand[];
}
interface Clause {
  clauseType: 'terminal' | 'compound' | 'not';
  operator?: { value: string };
  clauses?: Clause[];
  clause?: Clause;
  field?: { text: string; value: string; properties?: { key: { value: string }; path: { value: string }[] }[] };
  operand?: Operand;
  predicates?: unknown[];
}

const MAX_ORDER_BY_FIELDS = 7;

export function compileJql(jql: string, options: CompileOptions): CompiledJql {
  const jast = new JastBuilder().build(jql);
  if (jast.errors.length > 0) {
    const e = jast.errors[0] as { description?: string; charPositionInLine?: number };
    throw new JqlError(`Error in the JQL Query: ${e.description ?? 'syntax error'} (line 1, character ${(e.charPositionInLine ?? 0) + 1})`);
  }
  const query = jast.query as unknown as
    { where?: Clause; orderBy?: { fields: { field: { value: string; text: string }; direction?: { value: string } }[] } } | undefined;
  if (!query?.where && options.requireBounded) throw new JqlError(UNBOUNDED_JQL_MESSAGE);
  const fnCtx: FunctionContext = { now: options.now, accountId: options.accountId };
  const predicate = query?.where ? compileClause(query.where, options, fnCtx) : () => true;
  const order = query?.orderBy?.fields ?? [];
  if (order.length > MAX_ORDER_BY_FIELDS) throw new JqlError(`The ORDER BY clause can contain at most ${MAX_ORDER_BY_FIELDS} fields.`);
  const sorters = order.map((o) => ({ field: resolveField(o.field.value, null, null, options.indexed), desc: o.direction?.value.toUpperCase() === 'DESC' }));
  if (sorters.some((s) => s.field.kind === 'text')) throw new JqlError('Text fields cannot be used in ORDER BY.');
  return {
    matches: predicate,
    compare: (a, b) => {
      for (const s of sorters) {
        const c = compareValues(sortable(s.field, a), sortable(s.field, b));
        if (c !== 0) return s.desc ? -c : c;
      }
      // Jira's default order for /search/jql without ORDER BY is by key, newest first is not promised; keep a stable one.
      return Number(b.id) - Number(a.id);
    },
  };
}

function compileClause(clause: Clause, options: CompileOptions, fnCtx: FunctionContext): (issue: StoredIssue) => boolean {
  if (clause.clauseType === 'compound') {
    const parts = (clause.clauses ?? []).map((c) => compileClause(c, options, fnCtx));
    return clause.operator?.value === 'or' ? (i) => parts.some((p) => p(i)) : (i) => parts.every((p) => p(i));
  }
  if (clause.clauseType === 'not') {
    const inner = compileClause(clause.clause!, options, fnCtx);
    return (i) => !inner(i);
  }
  return compileTerminal(clause, options, fnCtx);
}

function compileTerminal(clause: Clause, options: CompileOptions, fnCtx: FunctionContext): (issue: StoredIssue) => boolean {
  const property = clause.field?.properties?.[0];
  const field = readerText(
    resolveField(clause.field!.value, property?.key.value ?? null, property ? property.path.map((p) => p.value).join('') : null, options.indexed),
    options.accountId,
  );
  const op = (clause.operator?.value ?? '').toLowerCase();
  if ((clause.predicates ?? []).length > 0 || ['was', 'was not', 'was in', 'was not in', 'changed'].includes(op)) {
    throw new JqlError(`The local Jira site does not support history searches ('${op.toUpperCase()}') on '${field.name}'.`);
  }
  assertOperatorAllowed(field, op);
  if (op === 'is' || op === 'is not') {
    const wantEmpty = op === 'is';
    return (i) => isEmpty(field.get(i)) === wantEmpty;
  }
  const operands = operandValues(clause.operand!, field, fnCtx);
  if (options.knownIssue && (field.kind === 'key' || field.kind === 'id') && (op === '=' || op === 'in')) {
    const unknown = operands.find((o) => !options.knownIssue!(String(o)));
    if (unknown !== undefined) throw new JqlError(`An issue with key '${unknown}' does not exist for field '${clause.field!.text}'.`);
  }
  const test = (i: StoredIssue) => {
    const v = field.get(i);
    switch (op) {
      case '=':
      case 'in':
        return operands.some((o) => equals(field, v, o));
      case '!=':
      case 'not in':
        return !isEmpty(v) && !operands.some((o) => equals(field, v, o));
      case '~':
        return containsText(v, String(operands[0]));
      case '!~':
        return !containsText(v, String(operands[0]));
      default:
        return compareOrdered(field, v, operands[0]!, op);
    }
  };
  return test;
}

/**
 * `text ~` searches the comments the searcher may read, no others: otherwise a customer could learn
 * what an internal note says one word at a time (comment-visibility.ts).
 */
function readerText(field: FieldAccessor, accountId: string): FieldAccessor {
  if (field.name !== 'text') return field;
  return {
    ...field,
    get: (i) =>
      `${i.fields.summary} ${adfText(i.fields.description)} ${visibleComments(accountId, i)
        .map((c) => adfText(c.body))
        .join(' ')}`,
  };
}

const OPERATORS: Record<FieldAccessor['kind'], string[]> = {
  key: ['=', '!=', 'in', 'not in', 'is', 'is not'],
  id: ['=', '!=', 'in', 'not in', '>', '>=', '<', '<='],
  project: ['=', '!=', 'in', 'not in', 'is', 'is not'],
  string: ['=', '!=', 'in', 'not in', 'is', 'is not'],
  user: ['=', '!=', 'in', 'not in', 'is', 'is not'],
  list: ['=', '!=', 'in', 'not in', 'is', 'is not'],
  text: ['~', '!~', 'is', 'is not'],
  date: ['=', '!=', '>', '>=', '<', '<=', 'is', 'is not', 'in', 'not in'],
  number: ['=', '!=', '>', '>=', '<', '<=', 'is', 'is not', 'in', 'not in'],
  priority: ['=', '!=', '>', '>=', '<', '<=', 'in', 'not in', 'is', 'is not'],
};

function assertOperatorAllowed(field: FieldAccessor, op: string): void {
  if (!OPERATORS[field.kind].includes(op)) throw new JqlError(`The operator '${op.toUpperCase()}' is not supported by the '${field.name}' field.`);
}

function operandValues(operand: Operand, field: FieldAccessor, fnCtx: FunctionContext): (string | number)[] {
  if (operand.operandType === 'list') return (operand.values ?? []).flatMap((o) => operandValues(o, field, fnCtx));
  if (operand.operandType === 'function')
    return [
      evaluateJqlFunction(
        operand.function!.value,
        (operand.arguments ?? []).map((a) => a.value),
        fnCtx,
      ),
    ];
  if (operand.operandType === 'keyword') throw new JqlError(`The keyword '${operand.value}' can only be used with IS and IS NOT.`);
  const raw = operand.value ?? '';
  if (field.kind === 'date') return [parseJqlDate(raw, fnCtx.now)];
  if (field.kind === 'number' || field.kind === 'id') {
    const n = Number(raw);
    if (Number.isNaN(n)) throw new JqlError(`The value '${raw}' is not a valid number for field '${field.name}'.`);
    return [n];
  }
  return [raw];
}

function isEmpty(v: FieldValue): boolean {
  return v === null || v === '' || (Array.isArray(v) && v.length === 0);
}

function equals(field: FieldAccessor, v: FieldValue, operand: string | number): boolean {
  if (v === null) return false;
  if (field.kind === 'project') return projectMatches(String(v), String(operand));
  if (field.kind === 'priority') return priorityRank(String(v)) === priorityRank(String(operand));
  if (field.kind === 'date') return Math.floor(Number(v) / 60_000) === Math.floor(Number(operand) / 60_000);
  if (Array.isArray(v)) return v.some((x) => x.toLowerCase() === String(operand).toLowerCase());
  if (typeof v === 'number') return v === Number(operand);
  // Entity-property strings match exactly; Jira's system fields match case-insensitively.
  return field.name.startsWith('issue.property') || field.kind === 'user' ? v === String(operand) : v.toLowerCase() === String(operand).toLowerCase();
}

function compareOrdered(field: FieldAccessor, v: FieldValue, operand: string | number, op: string): boolean {
  const left = field.kind === 'priority' ? priorityRank(v as string | null) : (v as number | null);
  const right = field.kind === 'priority' ? priorityRank(String(operand)) : Number(operand);
  if (left === null || right === null) return false;
  if (op === '>') return left > right;
  if (op === '>=') return left >= right;
  if (op === '<') return left < right;
  return left <= right;
}

/** Tokenised "contains all words" with a trailing-* prefix wildcard, like Jira's text search. */
function containsText(v: FieldValue, query: string): boolean {
  if (v === null) return false;
  const haystack = (Array.isArray(v) ? v.join(' ') : String(v)).toLowerCase();
  const words = haystack.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return query
    .toLowerCase()
    .split(/[^\p{L}\p{N}*]+/u)
    .filter(Boolean)
    .every((t) => (t.endsWith('*') ? words.some((w) => w.startsWith(t.slice(0, -1))) : words.includes(t)));
}

function sortable(field: FieldAccessor, issue: StoredIssue): string | number | null {
  const v = field.get(issue);
  if (field.kind === 'priority') return priorityRank(v as string | null);
  if (field.kind === 'key') return keyOrder(String(v));
  if (Array.isArray(v)) return v.join(',');
  return v;
}

function keyOrder(key: string): string {
  const [project, n] = key.split('-');
  return `${project}-${String(n).padStart(10, '0')}`;
}

function compareValues(a: string | number | null, b: string | number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b));
}
