/**
 * Errors a client can act on. They carry `extensions.code` and a message that says what was wrong
 * and what to do; anything else is an internal error and is masked before it leaves the server.
 */
import { GraphQLError } from 'graphql';

export class UserInputError extends GraphQLError {
  constructor(message: string, field?: string) {
    super(message, { extensions: { code: 'BAD_USER_INPUT', ...(field ? { field } : {}) } });
  }
}

export class NotFoundError extends GraphQLError {
  constructor(message: string) {
    super(message, { extensions: { code: 'NOT_FOUND' } });
  }
}
