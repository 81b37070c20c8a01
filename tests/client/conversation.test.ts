import { describe, expect, it } from 'vitest';
import { clientSecret, CONVERSATION_ID_KEY, conversationId, randomUuid, loadConversation, MAX_TURNS, newTurn, saveConversation, STORAGE_KEY, type Turn } from '../../client/src/lib/conversation.js';
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
    graphql: '{}', resolvedBy: 'RULES', notes: [], reason: null, language: 'zh', confidence: 1, facts: [{ ...concluded, reportTitle: null, sectionHeading: null }], candidates: [], ranking: [], followUps: [], summary: null, translation: null,
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
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(conversationId(storage)).toBe(id);
    expect(storage.data[CONVERSATION_ID_KEY]).toBe(id);
  });

  it('is new for a new conversation, and when the stored one is not an id', () => {
    const storage = memory({ [CONVERSATION_ID_KEY]: 'c-guessable-1' });
    const id = conversationId(storage);
    expect(id).not.toBe('c-guessable-1');
    expect(conversationId(storage, true)).not.toBe(id);
  });

  it('is a UUID v4 also where crypto.randomUUID is missing (plain http on an address)', () => {
    const randomUUID = crypto.randomUUID;
    try {
      Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
      const ids = new Set(Array.from({ length: 50 }, () => randomUuid()));
      expect(ids.size).toBe(50);
      for (const id of ids) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { value: randomUUID, configurable: true });
    }
  });

  it('comes with a client secret of its own, kept across reloads and unlike the id', () => {
    const storage = memory();
    const secret = clientSecret(storage);
    expect(secret).toMatch(/^[0-9a-f-]{36}$/);
    expect(clientSecret(storage)).toBe(secret);
    expect(secret).not.toBe(conversationId(storage));
  });
});

