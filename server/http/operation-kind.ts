/**
 * What a GraphQL request asks at its root, read before Apollo runs it: how many limited fields it
 * runs (each `ask`, each mutation field), what its public reads cost, and whether its result may be
 * cached (a query of public reads only).
 *
 * Counted however the request arrives, since each is a way round a limit that counts requests:
 * every alias (`a: ask … b: ask …` is two questions), fields through fragments
 * (`{ ...F } fragment F on Query { ask }`), a query sent only by its persisted-query hash (its text
 * is looked up in the store Apollo registered it in), and each operation of a batch. Parsed
 * documents are kept per query text, bounded in bytes.
 */
import { Kind, parse, type DocumentNode, type OperationDefinitionNode, type SelectionSetNode, type ValueNode } from 'graphql';
import { LRUCache } from 'lru-cache';
import type { PersistedQueries } from './persisted-queries.js';

/** Root query fields that only read the reports' data: the same for every client, no side effects. */
export const PUBLIC_READS = new Set(['reports', 'report', 'metrics', 'metric', 'topics', 'measures', 'sections', 'section', 'documents', '__typename']);
/** Root query fields that count against the per-client limit, like mutations: ask writes logs and costs the most. */
export const LIMITED_QUERIES = new Set(['ask']);
/** A read costs a point per root field, and a point more per this many figures it pages (`first`). */
export const FIGURES_PER_POINT = 100;

interface RootField {
  name: string;
  /** `first` as written: a number, a variable's name, or absent. */
  first?: number | { variable: string };
}

interface Operation {
  name: string | undefined;
  kind: OperationDefinitionNode['operation'];
  /** Root fields by response key (alias or name), through fragments: one entry per field that runs. */
  fields: Map<string, RootField>;
}

/** Parsed query texts; `false`: the text does not parse. Bounded in bytes of text held. */
const OPERATION_CACHE_BYTES = 8 * 2 ** 20;
/** Longer texts are parsed each time: a huge one is hostile or one-off. */
const CACHED_QUERY_CHARS = 20_000;
const operations = new LRUCache<string, Operation[] | false>({
  maxSize: OPERATION_CACHE_BYTES,
  sizeCalculation: (ops, query) => query.length * 2 + 200 + (ops ? ops.reduce((n, op) => n + op.fields.size * 100, 0) : 0),
});

function firstOf(value: ValueNode | undefined): RootField['first'] {
  if (value?.kind === Kind.INT) return Number(value.value);
  if (value?.kind === Kind.VARIABLE) return { variable: value.name.value };
  return undefined;
}

function rootFields(selectionSet: SelectionSetNode, document: DocumentNode, into: Map<string, RootField>, seen: Set<string>): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      into.set(selection.alias?.value ?? selection.name.value, { name: selection.name.value, first: firstOf(selection.arguments?.find((a) => a.name.value === 'first')?.value) });
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      rootFields(selection.selectionSet, document, into, seen);
    } else if (!seen.has(selection.name.value)) {
      seen.add(selection.name.value);
      const fragment = document.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === selection.name.value);
      if (fragment?.kind === Kind.FRAGMENT_DEFINITION) rootFields(fragment.selectionSet, document, into, seen);
    }
  }
}

/** The operations of a query text, or null when it does not parse (Apollo answers that with a 400). */
export function operationsOf(query: string): Operation[] | null {
  let found = operations.get(query);
  if (found !== undefined) return found || null;
  try {
    const document = parse(query, { maxTokens: 5000 });
    found = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION).map((d) => {
      const fields = new Map<string, RootField>();
      rootFields(d.selectionSet, document, fields, new Set());
      return { name: d.name?.value, kind: d.operation, fields };
    });
  } catch {
    found = false;
  }
  if (query.length <= CACHED_QUERY_CHARS) operations.set(query, found);
  return found || null;
}

interface GraphQLParams {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
  extensions?: unknown;
}

/** A GET request carries variables and extensions as JSON text. */
function fromJson(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

/** The query text of one request: as sent, or registered earlier under its persisted-query hash. */
function queryText(params: GraphQLParams, persisted: PersistedQueries | undefined): string | undefined {
  if (typeof params.query === 'string') return params.query;
  const hash = (fromJson(params.extensions) as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery?.sha256Hash;
  return typeof hash === 'string' ? persisted?.query(hash) : undefined;
}

/** The operation a request runs: the one named, or the only one. */
function chosen(ops: Operation[], operationName: unknown): Operation | undefined {
  return typeof operationName === 'string' ? ops.find((o) => o.name === operationName) : ops.length === 1 ? ops[0] : undefined;
}

/**
 * `ask` fields one request may hold: each question is parsed and answered on the event loop, so
 * thirty aliased questions were one request stalling every other client for seconds.
 */
export const MAX_QUESTIONS_PER_REQUEST = 5;

export interface RequestCost {
  /** Limited fields the request runs: each ask and each mutation field. */
  limited: number;
  /** Of those, the ask fields. */
  questions: number;
  /** Points of public reads (see FIGURES_PER_POINT). */
  reads: number;
}

function costOfOperation(op: Operation, variables: unknown): RequestCost {
  if (op.kind !== 'query') return { limited: op.fields.size, questions: 0, reads: 0 };
  let limited = 0;
  let questions = 0;
  let reads = 0;
  for (const field of op.fields.values()) {
    if (LIMITED_QUERIES.has(field.name)) {
      limited++;
      if (field.name === 'ask') questions++;
      continue;
    }
    const first = typeof field.first === 'object' ? (variables as Record<string, unknown> | undefined)?.[field.first.variable] : field.first;
    reads += 1 + (typeof first === 'number' && first > 0 ? Math.ceil(first / FIGURES_PER_POINT) : 0);
  }
  return { limited, questions, reads };
}

/**
 * What a GraphQL request body (POST) or query string (GET) will cost, counted before it runs; a
 * batch costs the sum of its operations. A text that does not parse, or a hash this process does
 * not hold, costs nothing: Apollo refuses it without running anything. When no operation is chosen
 * among several, the dearest counts.
 */
export function requestCost(body: unknown, persisted?: PersistedQueries): RequestCost {
  const total: RequestCost = { limited: 0, questions: 0, reads: 0 };
  for (const params of (Array.isArray(body) ? body : [body]) as (GraphQLParams | undefined)[]) {
    if (!params || typeof params !== 'object') continue;
    const query = queryText(params, persisted);
    const ops = query === undefined ? null : operationsOf(query);
    if (!ops?.length) continue;
    const op = chosen(ops, params.operationName);
    const variables = fromJson(params.variables);
    const costs = (op ? [op] : ops).map((o) => costOfOperation(o, variables));
    total.limited += Math.max(...costs.map((c) => c.limited));
    total.questions += Math.max(...costs.map((c) => c.questions));
    total.reads += Math.max(...costs.map((c) => c.reads));
  }
  return total;
}

/** Whether a GraphQL body asks something limited: a mutation, or the ask field. */
export function isLimitedOperation(body: unknown, persisted?: PersistedQueries): boolean {
  return requestCost(body, persisted).limited > 0;
}

/** Whether the result of a request can be served to anyone from a cache: a query of public reads. */
export function isCacheableRead(body: unknown): boolean {
  const { query, operationName } = (body ?? {}) as GraphQLParams;
  if (typeof query !== 'string') return false;
  const ops = operationsOf(query);
  const op = ops?.length ? chosen(ops, operationName) : undefined;
  return !!op && op.kind === 'query' && op.fields.size > 0 && [...op.fields.values()].every((f) => PUBLIC_READS.has(f.name));
}
