/**
 * Apollo Server with the hub's schema, and the one place where errors are masked: an error the
 * client can act on (bad input, a malformed query) goes out as it is; anything else is logged with
 * a request id and leaves as "Unexpected error", never with a stack, a path or SQL.
 */
import { randomUUID } from 'node:crypto';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLFormattedError } from 'graphql';
import type { HubContext } from './context.js';
import { hubSchema } from './schema.js';

/** Codes whose message was written for the client. */
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT', 'NOT_FOUND', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED',
  'UNAUTHENTICATED', 'FORBIDDEN', 'SERVICE_UNAVAILABLE',
]);

export interface ErrorLogger {
  error(obj: object, msg: string): void;
}

export function maskError(formatted: GraphQLFormattedError, error: unknown, log: ErrorLogger): GraphQLFormattedError {
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CLIENT_CODES.has(code)) {
    const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  const errorId = randomUUID();
  log.error({ err: error, errorId, path: formatted.path }, 'unexpected error in a GraphQL request');
  return { message: `Unexpected error (id ${errorId})`, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR', errorId } };
}

export async function createApollo(options: {
  production: boolean;
  log: ErrorLogger;
  plugins?: ApolloServerPlugin<HubContext>[];
}): Promise<ApolloServer<HubContext>> {
  return new ApolloServer<HubContext>({
    schema: await hubSchema(),
    introspection: !options.production,
    includeStacktraceInErrorResponses: false,
    // Field suggestions ("did you mean …") reveal the schema; keep them for development only.
    hideSchemaDetailsFromClientErrors: options.production,
    // The hosted Sandbox needs the internet, which this hub's networks do not have.
    plugins: [ApolloServerPluginLandingPageDisabled(), ...(options.plugins ?? [])],
    formatError: (formatted, error) => maskError(formatted, error, options.log),
  });
}
