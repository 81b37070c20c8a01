import { useEffect, useRef } from 'react';
import { useAskScope } from '../hooks/useAskScope.js';
import { useConversation } from '../hooks/useConversation.js';
import { ConversationTurn } from './ConversationTurn.js';
import { useLanguage } from './LanguageProvider.js';
import { QuestionBox } from './QuestionBox.js';
import { ReportsPanel } from './ReportsPanel.js';
import { ScopeSelector } from './ScopeSelector.js';
import { Suggestions } from './Suggestions.js';
import { useSharedQuestion } from '../hooks/useSharedQuestion.js';

/** The chat; `shared` is a question from a shared link (#/ask?q=…), asked once on arrival. */
export function ChatPage({ shared }: { shared?: string } = {}) {
  const { t } = useLanguage();
  const { turns, ask: askIn, retry, choose, clear, busy } = useConversation();
  const [scope, setScope] = useAskScope();
  const ask = (question: string) => askIn(question, scope);
  const logRef = useRef<HTMLElement>(null);
  useSharedQuestion(shared, ask);
  const lastState = turns.length ? `${turns[turns.length - 1].id}:${turns[turns.length - 1].state}` : '';

  // Bring the newest question and the top of its answer into view.
  useEffect(() => {
    if (!lastState) return;
    const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    logRef.current?.lastElementChild?.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
  }, [lastState]);

  return (
    <div className="chat">
      {turns.length === 0 && (
        <section className="chat-intro" aria-labelledby="chat-intro-title">
          <h1 id="chat-intro-title">{t('emptyTitle')}</h1>
          <p>{t('emptyBody')}</p>
          <ReportsPanel scope={scope} onScope={setScope} />
        </section>
      )}
      {turns.length > 0 && (
        <div className="conversation-bar">
          <h1 className="conversation-title">{t('conversation')}</h1>
          <button type="button" className="button-link clear-button" onClick={clear}>
            {t('clearConversation')}
          </button>
        </div>
      )}
      <section ref={logRef} className="conversation" role="log" aria-live="polite" aria-relevant="additions text" aria-label={t('conversation')}>
        {turns.map((turn) => (
          <ConversationTurn key={turn.id} turn={turn} onRetry={() => retry(turn.id)} onChoose={(i) => choose(turn.id, i)} onAsk={ask} />
        ))}
      </section>
      <div className="composer">
        <ScopeSelector scope={scope} onScope={setScope} />
        <Suggestions onPick={ask} compact={turns.length > 0} scope={scope} />
        <QuestionBox onSubmit={ask} busy={busy} />
      </div>
    </div>
  );
}
