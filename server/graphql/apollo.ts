/**
 * Apollo Server with the hub's schema, and the one place where errors are masked: an error the
 * client can act on (bad input, a malformed query) goes out as it is; anything else is logged with
 * a request id and leaves as "Unexpected error", never with a stack, a path or SQL.
 */
import { randomUUID } from 'node:crypto';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import { ConnectionException } from '@mikro-orm/core';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled, ApolloServerPluginLandingPageDisabled, ApolloServerPluginUsageReportingDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { checkStringArguments } from './argument-limits.js';
import type { HubContext } from './context.js';
import { hubSchema } from './schema.js';

/** Codes whose message was written for the client. */
const CLIENT_CODES = new Set([
  'BAD_USER_INPUT', 'NOT_FOUND', 'GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE', 'PERSISTED_QUERY_NOT_FOUND', 'PERSISTED_QUERY_NOT_SUPPORTED',
  'UNAUTHENTICATED', 'FORBIDDEN', 'SERVICE_UNAVAILABLE', 'RATE_LIMITED',
]);

export interface ErrorLogger {
  error(obj: object, msg: string): void;
}

/** The database away (PostgreSQL stopped, network gone): say so, the client can retry. */
function databaseUnreachable(error: unknown): boolean {
  const original = (error as { originalError?: unknown })?.originalError ?? error;
  if (original instanceof ConnectionException) return true;
  const code = (original as { code?: string })?.code;
  const message = String((original as { message?: string })?.message ?? '');
  return ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', '57P01', '57P03', '08006', '08001'].includes(code ?? '')
    || /Connection terminated|connect ECONNREFUSED|Timeout acquiring a connection|the database system is (starting up|shutting down)/i.test(message);
}

/** Longer messages are cut: a message may quote input (a 3 MB enum value), and errors stay short. */
export const MAX_ERROR_MESSAGE = 1000;
const short = (message: string) => (message.length > MAX_ERROR_MESSAGE ? `${message.slice(0, MAX_ERROR_MESSAGE)}… (${message.length} characters in all)` : message);

/** An error Apollo raised about the request itself, with a 4xx status but no code (a persisted-query hash that does not match its query). */
function requestError(error: unknown): boolean {
  const status = (error as GraphQLError | undefined)?.extensions?.http as { status?: number } | undefined;
  return error instanceof GraphQLError && !error.extensions?.code && typeof status?.status === 'number' && status.status >= 400 && status.status < 500;
}

export function maskError(formatted: GraphQLFormattedError, error: unknown, log: ErrorLogger): GraphQLFormattedError {
  if (databaseUnreachable(error)) {
    log.error({ err: error }, 'database unreachable during a GraphQL request');
    return { message: 'The database is unreachable; try again shortly', path: formatted.path, extensions: { code: 'SERVICE_UNAVAILABLE' } };
  }
  if (requestError(error)) return { message: short(formatted.message), extensions: { code: 'BAD_USER_INPUT' } };
  const code = formatted.extensions?.code;
  if (typeof code === 'string' && CLIENT_CODES.has(code)) {
    const { stacktrace: _drop, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, message: short(formatted.message), extensions };
  }
  const errorId = randomUUID();
  log.error({ err: error, errorId, path: formatted.path }, 'unexpected error in a GraphQL request');
  return { message: `Unexpected error (id ${errorId})`, path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR', errorId } };
}

/**
 * Limits on what one operation may ask, checked before it runs (graphql-armor): depth, aliases,
 * directives and a static cost (list fields count `first` times), and tokens (graphql-js). Generous
 * for the client's and the ask answer's own operations (an answer's `graphql` may alias 20 figures;
 * a page of 1,000 figures with their links), far below what an alias bomb or a deep nest needs.
 */
export const OPERATION_LIMITS = { depth: 12, aliases: 30, tokens: 2000, directives: 20, cost: 250_000 };

/** Every string argument's length and content, checked once per request (argument-limits.ts). */
const stringArgumentLimits: ApolloServerPlugin<HubContext> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document, request }) {
        checkStringArguments(schema, document, request.variables);
      },
    };
  },
};

export async function createApollo(options: {
  production: boolean;
  log: ErrorLogger;
  plugins?: ApolloServerPlugin<HubContext>[];
  /** Where query texts registered by their hash are kept (Apollo's own bounded cache if absent). */
  persistedQueries?: { get(key: string): Promise<string | undefined>; set(key: string, value: string): Promise<void>; delete(key: string): Promise<boolean | void> };
}): Promise<ApolloServer<HubContext>> {
  const armor = new ApolloArmor({
    maxDepth: { n: OPERATION_LIMITS.depth, flattenFragments: true },
    maxAliases: { n: OPERATION_LIMITS.aliases },
    // Tokens are limited by graphql-js's own parser (parseOptions below): its errors stay parse errors (400).
    maxTokens: { enabled: false },
    maxDirectives: { n: OPERATION_LIMITS.directives },
    costLimit: { maxCost: OPERATION_LIMITS.cost, flattenFragments: true },
    // Field suggestions ("did you mean …") reveal the schema; keep them for development only.
    blockFieldSuggestion: { enabled: options.production },
  }).protect();
  return new ApolloServer<HubContext>({
    schema: await hubSchema(),
    introspection: !options.production,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: options.production,
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: OPERATION_LIMITS.tokens },
    ...(options.persistedQueries ? { persistedQueries: { cache: options.persistedQueries } } : {}),
    // The hosted Sandbox needs the internet, which this hub's networks do not have.
    // armor's plugins are typed against the CommonJS build of @apollo/server; they are the same at run time.
    // Cache-control hints and traces are not used here; without them no hook runs per field.
    plugins: [
      ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginUsageReportingDisabled(), stringArgumentLimits, ...(armor.plugins as unknown as ApolloServerPlugin<HubContext>[]), ...(options.plugins ?? []),
    ],
    formatError: (formatted, error) => maskError(formatted, error, options.log),
  });
}
