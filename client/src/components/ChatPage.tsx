import { useEffect, useRef, type MouseEvent } from 'react';
import { leavesChat, saveReturnPoint, scrollFor, takeReturnPoint, type ReturnPoint } from '../lib/return-point.js';
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

  // Back from a link followed out of an answer: that answer where it was, not the newest one.
  // Taken once, on arrival: a point saved later (a link followed now) is for the next arrival.
  const returnTo = useRef<ReturnPoint | null | undefined>(undefined);
  if (returnTo.current === undefined) returnTo.current = takeReturnPoint(sessionStore());

  // Bring the newest question and the top of its answer into view.
  useEffect(() => {
    const point = returnTo.current;
    if (point) {
      returnTo.current = null;
      if (logRef.current && restoreReturnPoint(logRef.current, point)) return;
    }
    if (!lastState) {
      window.scrollTo(0, 0);
      return;
    }
    const smooth = !window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    logRef.current?.lastElementChild?.scrollIntoView({ block: 'start', behavior: smooth ? 'smooth' : 'auto' });
  }, [lastState]);

  // A link out of an answer (a source, the brief): remember where the reader was.
  const onLeave = (event: MouseEvent<HTMLElement>) => {
    const link = (event.target as Element).closest?.('a');
    const href = link?.getAttribute('href');
    const turn = link?.closest<HTMLElement>('.turn[data-turn-id]');
    if (!link || !turn || !leavesChat(href)) return;
    saveReturnPoint(sessionStore(), { turnId: turn.dataset.turnId!, offset: turn.getBoundingClientRect().top, href: href! });
  };

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
      <section ref={logRef} onClickCapture={onLeave} className="conversation" role="log" aria-live="polite" aria-relevant="additions text" aria-label={t('conversation')}>
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

function sessionStore(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

/** How long the page may still be settling (a chart drawn, a font loaded) after coming back. */
const SETTLE_MS = 1500;

/**
 * Puts the turn of `point` back where it stood and the focus on its link; keeps it there while the
 * turns above it settle, until the reader scrolls or types. False when the turn is gone.
 */
function restoreReturnPoint(log: HTMLElement, point: ReturnPoint): boolean {
  const turn = [...log.querySelectorAll<HTMLElement>('.turn[data-turn-id]')].find((t) => t.dataset.turnId === point.turnId);
  if (!turn) return false;
  const place = () => {
    const top = turn.getBoundingClientRect().top + window.scrollY;
    window.scrollTo({ top: scrollFor(top, point.offset, document.documentElement.scrollHeight - window.innerHeight), behavior: 'instant' });
  };
  place();
  const link = [...turn.querySelectorAll<HTMLAnchorElement>('a[href]')].find((a) => a.getAttribute('href') === point.href);
  (link ?? turn).focus({ preventScroll: true });
  const observer = new ResizeObserver(place);
  observer.observe(log);
  const events = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
  const stop = () => {
    observer.disconnect();
    for (const name of events) window.removeEventListener(name, stop);
  };
  for (const name of events) window.addEventListener(name, stop, { passive: true });
  window.setTimeout(stop, SETTLE_MS);
  return true;
}
