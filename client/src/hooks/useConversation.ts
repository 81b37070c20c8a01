import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { describeError } from '../apollo.js';
import { browserStorage, conversationId, loadConversation, newTurn, saveConversation, type Turn } from '../lib/conversation.js';
import { AskQuery } from '../operations.js';

/** The same question again within this time is taken as the same request. */
export const REPEAT_WINDOW_MS = 1000;

const storage = browserStorage;

/** The conversation: asking, retrying, choosing a reading; kept in localStorage across reloads. */
export function useConversation() {
  const client = useApolloClient();
  const [turns, setTurns] = useState<Turn[]>(() => loadConversation(storage()));
  const turnsRef = useRef(turns);
  turnsRef.current = turns;
  const conversation = useRef<string | undefined>(undefined);
  // A double click (or a second Enter) sends the same question twice within moments: ask once.
  const lastAsked = useRef<{ text: string; at: number } | null>(null);

  useEffect(() => saveConversation(storage(), turns), [turns]);

  const update = useCallback((id: string, change: Partial<Turn>) => {
    setTurns((all) => all.map((t) => (t.id === id ? { ...t, ...change } : t)));
  }, []);

  const run = useCallback(
    async (id: string, question: string, reportId?: string) => {
      try {
        conversation.current ??= conversationId(storage());
        const variables = { question, conversationId: conversation.current, ...(reportId ? { scope: { reportId } } : {}) };
        const { data } = await client.query({ query: AskQuery, variables, fetchPolicy: 'network-only' });
        if (!data) throw new Error('no data');
        update(id, { state: 'answered', answer: data.ask, error: undefined, chosen: undefined });
      } catch (error) {
        update(id, { state: 'failed', error: describeError(error) });
      }
    },
    [client, update],
  );

  const ask = useCallback(
    (question: string, reportId?: string) => {
      const text = question.trim();
      if (!text) return;
      const now = Date.now();
      if (lastAsked.current?.text === text && now - lastAsked.current.at < REPEAT_WINDOW_MS) return;
      lastAsked.current = { text, at: now };
      const turn = { ...newTurn(text), ...(reportId ? { reportId } : {}) };
      setTurns((all) => [...all, turn]);
      void run(turn.id, text, reportId);
    },
    [run],
  );

  const retry = useCallback(
    (id: string) => {
      const turn = turnsRef.current.find((t) => t.id === id);
      if (!turn) return;
      update(id, { state: 'pending', error: undefined });
      void run(id, turn.question, turn.reportId);
    },
    [run, update],
  );

  const choose = useCallback((id: string, candidate: number) => update(id, { chosen: candidate }), [update]);
  const clear = useCallback(() => {
    setTurns([]);
    // A new conversation: its first question is not read as a follow-up of the old one's last.
    conversation.current = conversationId(storage(), true);
  }, []);

  return { turns, ask, retry, choose, clear, busy: turns.some((t) => t.state === 'pending') };
}
