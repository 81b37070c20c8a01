/** The conversation as the client keeps it, across reloads, in localStorage. */
import type { Answer } from './types.js';

export type TurnError = { kind: 'network' | 'server' | 'interrupted'; message: string };

export interface Turn {
  id: string;
  question: string;
  askedAt: string;
  state: 'pending' | 'answered' | 'failed';
  answer?: Answer;
  error?: TurnError;
  /** For a CLARIFY answer: the candidate the reader chose. */
  chosen?: number;
  /** The one report the question was read within; none for all reports. */
  reportId?: string;
}

export const STORAGE_KEY = 'rule-of-law-hub.conversation.v1';
/** Only the most recent turns are kept. */
export const MAX_TURNS = 50;

type Store = Pick<Storage, 'getItem' | 'setItem'>;

/** The browser's localStorage, if there is one and it may be used. */
export function browserStorage(): Store | undefined {
  try {
    return typeof window === 'undefined' ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

export function loadConversation(storage: Store | undefined): Turn[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(STORAGE_KEY) ?? '[]');
    if (!Array.isArray(parsed)) return [];
    return parsed.filter(isTurn).map((turn) =>
      // A question still waiting when the page went away has no answer to show: offer a retry.
      turn.state === 'pending' ? { ...turn, state: 'failed', error: { kind: 'interrupted', message: '' } } : turn,
    );
  } catch {
    return [];
  }
}

export function saveConversation(storage: Store | undefined, turns: Turn[]): void {
  try {
    storage?.setItem(STORAGE_KEY, JSON.stringify(turns.slice(-MAX_TURNS)));
  } catch {
    // Storage full or disabled (private mode): the conversation lives in memory only.
  }
}

function isTurn(value: unknown): value is Turn {
  if (!value || typeof value !== 'object') return false;
  const turn = value as Partial<Turn>;
  if (typeof turn.id !== 'string' || typeof turn.question !== 'string' || typeof turn.askedAt !== 'string') return false;
  if (turn.state === 'answered') return !!turn.answer && typeof turn.answer === 'object' && Array.isArray(turn.answer.facts);
  return turn.state === 'pending' || turn.state === 'failed';
}

export const CONVERSATION_ID_KEY = 'rule-of-law-hub.conversation-id.v1';
export const CLIENT_SECRET_KEY = 'rule-of-law-hub.client-secret.v1';
const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/**
 * A random UUID v4. crypto.randomUUID exists only in secure contexts (https, localhost); a hub
 * opened over plain http on its address gets the same from crypto.getRandomValues.
 */
export function randomUuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** A stored UUID v4, or a new one (unguessable) stored in its place. */
function storedUuid(storage: Store | undefined, key: string, fresh: boolean): string {
  try {
    const stored = storage?.getItem(key);
    if (!fresh && stored && UUID_V4.test(stored)) return stored;
  } catch {
    // Storage disabled: one id for this page.
  }
  const id = randomUuid();
  try {
    storage?.setItem(key, id);
  } catch {
    // As above.
  }
  return id;
}

/**
 * The id the hub keeps this conversation's turns under, so a follow-up (那行政诉讼呢?, and
 * litigation?) is read with the question before it. Made on first use; a cleared conversation
 * starts a new one.
 */
export function conversationId(storage: Store | undefined, fresh = false): string {
  return storedUuid(storage, CONVERSATION_ID_KEY, fresh);
}

/**
 * This browser's secret, sent as X-Hub-Client with every request: the hub keeps a conversation for
 * the client that made it, so another client that learns the id cannot read or steer it.
 */
export function clientSecret(storage: Store | undefined): string {
  return storedUuid(storage, CLIENT_SECRET_KEY, false);
}

export function newTurn(question: string, now = new Date()): Turn {
  const id = `${now.getTime().toString(36)}-${randomUuid().slice(0, 8)}`;
  return { id, question, askedAt: now.toISOString(), state: 'pending' };
}
