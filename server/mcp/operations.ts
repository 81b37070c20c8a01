/**
 * The MCP tools' GraphQL operations, kept in .graphql files beside this one and executed in
 * process against the hub's schema, so the tools and the public API cannot drift apart.
 */
import { readFileSync } from 'node:fs';
import type { MikroORM } from '@mikro-orm/core';
import { execute, parse, validate, type DocumentNode, type GraphQLError, type GraphQLFormattedError, type GraphQLSchema } from 'graphql';
import type { AskService } from '../ask/ask.service.js';
import { maskError } from '../graphql/apollo.js';
import { checkStringArguments } from '../graphql/argument-limits.js';
import { createContext } from '../graphql/context.js';
import { fromRoot } from '../paths.js';

export type OperationName = 'ask' | 'search-metrics' | 'get-metric' | 'list-reports' | 'brief';

const documents = new Map<OperationName, DocumentNode>();
function document(name: OperationName): DocumentNode {
  let doc = documents.get(name);
  if (!doc) documents.set(name, (doc = parse(readFileSync(fromRoot('server', 'mcp', 'operations', `${name}.graphql`), 'utf8'))));
  return doc;
}

export class OperationError extends Error {
  constructor(readonly errors: readonly GraphQLFormattedError[]) {
    super(errors.map((e) => e.message).join('; '));
  }
}

export interface OperationRunner {
  run<T = Record<string, unknown>>(name: OperationName, variables: Record<string, unknown>): Promise<T>;
}

export function operationRunner(schema: GraphQLSchema, orm: MikroORM, ask: AskService, log: { error(o: object, m: string): void }): OperationRunner {
  for (const name of ['ask', 'search-metrics', 'get-metric', 'list-reports', 'brief'] as const) {
    const problems = validate(schema, document(name));
    if (problems.length) throw new Error(`operation ${name}.graphql does not fit the schema: ${problems.map((p) => p.message).join('; ')}`);
  }
  return {
    async run(name, variables) {
      try {
        checkStringArguments(schema, document(name), variables);
      } catch (error) {
        throw new OperationError([maskError((error as GraphQLError).toJSON(), error, log)]);
      }
      const result = await execute({ schema, document: document(name), variableValues: variables, contextValue: createContext(orm, ask) });
      if (result.errors?.length) {
        // The same masking as the HTTP API: what a client can act on, or "Unexpected error (id …)".
        throw new OperationError(result.errors.map((e) => maskError(e.toJSON(), e.originalError ?? e, log)));
      }
      return result.data as never;
    },
  };
}
