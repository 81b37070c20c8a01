/**
 * What a GraphQL request asks at its root, read before Apollo runs it: whether it is limited (a
 * mutation, or `ask`, which writes logs) and whether its result may be cached (a query of public
 * reads only). Root fields are followed through fragments, so `{ ...F } fragment F on Query { ask }`
 * counts as asking. Parsed documents are kept per query text.
 */
import { Kind, parse, type DocumentNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import { LRUCache } from 'lru-cache';

/** Root query fields that only read the reports' data: the same for every client, no side effects. */
export const PUBLIC_READS = new Set(['reports', 'report', 'metrics', 'metric', 'topics', 'measures', 'sections', 'section', 'documents', '__typename']);

interface Operation {
  name: string | undefined;
  kind: OperationDefinitionNode['operation'];
  /** Root fields, through fragments. */
  fields: Set<string>;
}

/** Parsed query texts; `false`: the text does not parse. */
const operations = new LRUCache<string, Operation[] | false>({ max: 1000 });

function rootFields(selectionSet: SelectionSetNode, document: DocumentNode, into: Set<string>, seen: Set<string>): void {
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) into.add(selection.name.value);
    else if (selection.kind === Kind.INLINE_FRAGMENT) rootFields(selection.selectionSet, document, into, seen);
    else if (!seen.has(selection.name.value)) {
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
      const fields = new Set<string>();
      rootFields(d.selectionSet, document, fields, new Set());
      return { name: d.name?.value, kind: d.operation, fields };
    });
  } catch {
    found = false;
  }
  // Only short texts are kept: a huge one is hostile or one-off.
  if (query.length <= 20_000) operations.set(query, found);
  return found || null;
}

/** Whether a GraphQL body asks something limited: a mutation, or the ask field. */
export function isLimitedOperation(body: unknown): boolean {
  const query = (body as { query?: unknown } | undefined)?.query;
  if (typeof query !== 'string' || !/ask|mutation/.test(query)) return false;
  return (operationsOf(query) ?? []).some((op) => op.kind === 'mutation' || op.fields.has('ask'));
}

/** Whether the result of a request can be served to anyone from a cache: a query of public reads. */
export function isCacheableRead(body: unknown): boolean {
  const { query, operationName } = (body ?? {}) as { query?: unknown; operationName?: unknown };
  if (typeof query !== 'string') return false;
  const ops = operationsOf(query);
  if (!ops?.length) return false;
  const op = typeof operationName === 'string' ? ops.find((o) => o.name === operationName) : ops.length === 1 ? ops[0] : undefined;
  return !!op && op.kind === 'query' && op.fields.size > 0 && [...op.fields].every((f) => PUBLIC_READS.has(f));
}
