import { useEffect, useRef } from 'react';
import { chatHref } from '../lib/route.js';

/**
 * A shared link (#/ask?q=…) asks its question once, in the reader's current scope; the address then
 * becomes the chat's (#/, replacing the link in the history), so a reload or Back does not ask again.
 */
export function useSharedQuestion(question: string | undefined, ask: (question: string) => void): void {
  const asked = useRef<string | null>(null);
  useEffect(() => {
    if (!question || asked.current === question) return;
    asked.current = question;
    ask(question);
    window.location.replace(chatHref());
  }, [question, ask]);
}
