/** The one Apollo Client: same-origin /graphql (the dev server proxies it to the hub). */
import { ApolloClient, CombinedGraphQLErrors, HttpLink, InMemoryCache, ServerError, ServerParseError } from '@apollo/client';
import { browserStorage, clientSecret, type TurnError } from './lib/conversation.js';

export function createApolloClient(uri = '/graphql'): ApolloClient {
  return new ApolloClient({
    // The hub binds a conversation to the client that made it (see conversationId).
    link: new HttpLink({ uri, headers: { 'x-hub-client': clientSecret(browserStorage()) } }),
    cache: new InMemoryCache({
      typePolicies: {
        // Answers and facts have no id: keep each question's answer whole, as returned.
        Query: { fields: { ask: { merge: false } } },
      },
    }),
  });
}

/** What went wrong, in terms a reader can act on: the service could not be reached, or it refused. */
export function describeError(error: unknown): TurnError {
  if (CombinedGraphQLErrors.is(error)) return { kind: 'server', message: error.errors.map((e) => e.message).join('; ') };
  if (ServerError.is(error) && error.statusCode >= 500) return { kind: 'network', message: `HTTP ${error.statusCode}` };
  if (ServerError.is(error) || ServerParseError.is(error)) return { kind: 'server', message: error.message };
  return { kind: 'network', message: error instanceof Error ? error.message : String(error) };
}
