import type { Turn } from '../lib/conversation.js';
import { AnswerCard } from './AnswerCard.js';
import { AnswerTools } from './AnswerTools.js';
import { FollowUps } from './FollowUps.js';
import { useLanguage } from './LanguageProvider.js';

export function ConversationTurn({ turn, onRetry, onChoose, onAsk }: { turn: Turn; onRetry(): void; onChoose(candidate: number): void; onAsk?(question: string): void }) {
  const { t, lang } = useLanguage();
  return (
    <article className="turn" data-turn-id={turn.id} tabIndex={-1} aria-busy={turn.state === 'pending'}>
      <p className="turn-question">
        <span className="sr-only">{t('youAsked')}{t('colon')}</span>
        {turn.question}
      </p>
      {turn.state === 'pending' && (
        <p className="turn-pending loading">
          <span className="spinner" aria-hidden="true" />
          {t('thinking')}
        </p>
      )}
      {turn.state === 'failed' && (
        <div className="error-notice" role="alert">
          <p className="error-title">{t('askFailed')}</p>
          <p className="error-detail">
            {turn.error?.kind === 'server'
              ? t('serverError', { message: turn.error.message })
              : turn.error?.kind === 'interrupted'
                ? t('interrupted')
                : t('networkError')}
          </p>
          <button type="button" className="button" onClick={onRetry}>
            {t('retry')}
          </button>
        </div>
      )}
      {turn.state === 'answered' && turn.answer && <AnswerCard answer={turn.answer} chosen={turn.chosen} onChoose={onChoose} />}
      {turn.state === 'answered' && turn.answer && <AnswerTools question={turn.question} answer={turn.answer} />}
      {turn.state === 'answered' && turn.answer && onAsk && (
        // Turns kept from before follow-ups existed have none.
        <FollowUps questions={turn.answer.followUps ?? []} onAsk={onAsk} lang={turn.answer.language === 'en' ? 'en' : lang} />
      )}
    </article>
  );
}
