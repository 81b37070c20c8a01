import { describe, expect, it } from 'vitest';
import { CONVERSATION_ID_KEY, conversationId, loadConversation, MAX_TURNS, newTurn, saveConversation, STORAGE_KEY, type Turn } from '../../client/src/lib/conversation.js';
import { concluded } from './fixtures.js';

function memory(initial: Record<string, string> = {}) {
  const data = { ...initial };
  return { getItem: (key: string) => data[key] ?? null, setItem: (key: string, value: string) => void (data[key] = value), data };
}

const answered: Turn = {
  ...newTurn('行政复议审结了多少件?'),
  state: 'answered',
  answer: {
    status: 'ANSWERED', text: '22件', value: 22, unit: '件', qualifier: 'EXACT', interpretation: 'i', derivation: null, query: { op: 'lookup' },
    graphql: '{}', resolvedBy: 'RULES', notes: [], reason: null, language: 'zh', confidence: 1, facts: [concluded], candidates: [], ranking: [],
  },
};

describe('the stored conversation', () => {
  it('round-trips through storage', () => {
    const storage = memory();
    saveConversation(storage, [answered]);
    expect(loadConversation(storage)).toEqual([answered]);
  });

  it('offers a retry for a question that was still waiting when the page went away', () => {
    const storage = memory();
    saveConversation(storage, [newTurn('q')]);
    expect(loadConversation(storage)[0]).toMatchObject({ state: 'failed', error: { kind: 'interrupted' } });
  });

  it('keeps only the latest turns', () => {
    const storage = memory();
    saveConversation(storage, Array.from({ length: MAX_TURNS + 5 }, (_, i) => ({ ...answered, id: String(i) })));
    const loaded = loadConversation(storage);
    expect(loaded).toHaveLength(MAX_TURNS);
    expect(loaded[0].id).toBe('5');
  });

  it('ignores what it cannot read', () => {
    expect(loadConversation(memory({ [STORAGE_KEY]: '{not json' }))).toEqual([]);
    expect(loadConversation(memory({ [STORAGE_KEY]: '{"a":1}' }))).toEqual([]);
    expect(loadConversation(memory({ [STORAGE_KEY]: '[{"id":1},{"id":"x","question":"q","askedAt":"t","state":"answered"}]' }))).toEqual([]);
    expect(loadConversation(undefined)).toEqual([]);
    const full = { getItem: () => null, setItem: () => { throw new Error('QuotaExceededError'); } };
    expect(() => saveConversation(full, [answered])).not.toThrow();
  });
});

describe('the conversation id', () => {
  it('is made once and kept, so follow-ups are read with the question before them', () => {
    const storage = memory();
    const id = conversationId(storage);
    expect(id).toMatch(/^[\w-]{1,100}$/);
    expect(conversationId(storage)).toBe(id);
    expect(storage.data[CONVERSATION_ID_KEY]).toBe(id);
  });

  it('is new for a new conversation, and when the stored one is not an id', () => {
    const storage = memory({ [CONVERSATION_ID_KEY]: 'has spaces and 汉字' });
    const id = conversationId(storage);
    expect(id).not.toBe('has spaces and 汉字');
    expect(conversationId(storage, true)).not.toBe(id);
  });
});

