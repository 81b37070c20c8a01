/**
 * Conversations: a follow-up (那行政诉讼呢?) is read with the question before it. A conversation is
 * named by a UUID v4 the client makes (crypto.randomUUID: unguessable) and belongs to the client
 * that made it: its turns are stored with a hash of that client, and only that client finds them.
 * The client is its X-Hub-Client secret (the chat panel sends one, a random UUID of its own), or,
 * for a client that sends none, its address.
 */
import { createHash } from 'node:crypto';
import { UserInputError } from '../errors.js';

export interface Conversation {
  id: string;
  /** A hash of the client that made it (conversationOwner). */
  owner: string;
}

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
/** A client secret: 16–128 characters of the URL-safe alphabet (a UUID is one). */
const CLIENT_SECRET = /^[\w-]{16,128}$/;

export const CLIENT_SECRET_HEADER = 'x-hub-client';

/** The id as stored (lower case), or BAD_USER_INPUT for anything but a UUID v4. */
export function checkConversationId(id: string): string {
  if (!UUID_V4.test(id)) {
    throw new UserInputError('conversationId must be a UUID v4 (for example from crypto.randomUUID()), made by the client for each conversation', 'conversationId');
  }
  return id.toLowerCase();
}

export interface ClientIdentity {
  /** The X-Hub-Client header, if sent. */
  secret?: string | string[];
  /** The client's address, for clients that send no secret. */
  address?: string;
}

export function conversationOwner({ secret, address }: ClientIdentity): string {
  const given = Array.isArray(secret) ? secret[0] : secret;
  if (given !== undefined && !CLIENT_SECRET.test(given)) {
    throw new UserInputError(`the ${CLIENT_SECRET_HEADER} header must be 16–128 letters, digits, - or _ (a random UUID will do)`, CLIENT_SECRET_HEADER);
  }
  const basis = given ? `secret:${given}` : `address:${address ?? 'unknown'}`;
  return createHash('sha256').update(basis).digest('hex');
}
