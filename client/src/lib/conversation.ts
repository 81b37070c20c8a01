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

/**
 * The id the hub keeps this conversation's turns under, so a follow-up (那行政诉讼呢?, and
 * litigation?) is read with the question before it. Made on first use; a cleared conversation
 * starts a new one.
 */
export function conversationId(storage: Store | undefined, fresh = false): string {
  try {
    const stored = storage?.getItem(CONVERSATION_ID_KEY);
    if (!fresh && stored && /^[\w-]{1,100}$/.test(stored)) return stored;
  } catch {
    // Storage disabled: one id for this page.
  }
  const id = `c-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
  try {
    storage?.setItem(CONVERSATION_ID_KEY, id);
  } catch {
    // As above.
  }
  return id;
}

export function newTurn(question: string, now = new Date()): Turn {
  const id = `${now.getTime().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  return { id, question, askedAt: now.toISOString(), state: 'pending' };
}
