import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { describeError } from '../apollo.js';
import { browserStorage, conversationId, loadConversation, newTurn, saveConversation, type Turn } from '../lib/conversation.js';
import { AskQuery } from '../operations.js';

const storage = browserStorage;

/** The conversation: asking, retrying, choosing a reading; kept in localStorage across reloads. */
export function useConversation() {
  const client = useApolloClient();
  const [turns, setTurns] = useState<Turn[]>(() => loadConversation(storage()));
  const turnsRef = useRef(turns);
  turnsRef.current = turns;
  const conversation = useRef<string | undefined>(undefined);

  useEffect(() => saveConversation(storage(), turns), [turns]);

  const update = useCallback((id: string, change: Partial<Turn>) => {
    setTurns((all) => all.map((t) => (t.id === id ? { ...t, ...change } : t)));
  }, []);

  const run = useCallback(
    async (id: string, question: string) => {
      try {
        conversation.current ??= conversationId(storage());
        const variables = { question, conversationId: conversation.current };
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
    (question: string) => {
      const text = question.trim();
      if (!text) return;
      const turn = newTurn(text);
      setTurns((all) => [...all, turn]);
      void run(turn.id, text);
    },
    [run],
  );

  const retry = useCallback(
    (id: string) => {
      const turn = turnsRef.current.find((t) => t.id === id);
      if (!turn) return;
      update(id, { state: 'pending', error: undefined });
      void run(id, turn.question);
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
