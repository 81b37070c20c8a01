/**
 * The tools under an answer: copy it with its sources, copy a link that asks it again, and 👍/👎
 * (kept by the hub, listed to an admin). Each action says what it did in a status line.
 */
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { describeError } from '../apollo.js';
import { answerWithCitation } from '../lib/citation.js';
import { browserStorage, conversationId } from '../lib/conversation.js';
import { isLang, type Lang } from '../lib/i18n.js';
import { askHref } from '../lib/route.js';
import type { Answer } from '../lib/types.js';
import { AnswerFeedbackMutation } from '../operations.js';
import { useLanguage } from './LanguageProvider.js';
import './answer-tools.css';

type Vote = 'UP' | 'DOWN';

async function copyText(text: string): Promise<void> {
  await navigator.clipboard.writeText(text);
}

export function AnswerTools({ question, answer }: { question: string; answer: Answer }) {
  const { t, lang } = useLanguage();
  const answerLang: Lang = isLang(answer.language) ? answer.language : lang;
  const [status, setStatus] = useState('');
  const [vote, setVote] = useState<Vote | null>(null);
  // 👎 first asks what was wrong (optional), then sends the vote with it.
  const [commenting, setCommenting] = useState(false);
  const [comment, setComment] = useState('');
  const [sendFeedback, { loading }] = useMutation(AnswerFeedbackMutation);

  const copy = async (text: string, done: string) => {
    try {
      await copyText(text);
      setStatus(done);
    } catch {
      setStatus(t('copyFailed'));
    }
  };
  const shareUrl = askHref(question, `${window.location.origin}${window.location.pathname}${window.location.search}`);

  const send = async (choice: Vote, note?: string) => {
    if (loading || vote === choice) return;
    try {
      await sendFeedback({
        variables: {
          input: {
            question, status: answer.status, value: answer.value, interpretation: answer.interpretation || answer.text.slice(0, 2000),
            vote: choice, comment: note?.trim() ? note.trim().slice(0, 1000) : null, conversationId: conversationId(browserStorage()), language: answerLang,
          },
        },
      });
      setVote(choice);
      setCommenting(false);
      setStatus(t('voteThanks'));
    } catch (error) {
      setStatus(t('voteFailed', { message: describeError(error).message || String(error) }));
    }
  };

  return (
    <div className="answer-tools" role="group" aria-label={t('answerTools')}>
      <button type="button" className="tool-button" onClick={() => void copy(answerWithCitation(answer, answerLang), t('copyAnswerDone'))}>
        {t('copyAnswer')}
      </button>
      <button type="button" className="tool-button" onClick={() => void copy(shareUrl, t('copyLinkDone'))}>
        {t('copyLink')}
      </button>
      <span className="vote-buttons">
        <button type="button" className="tool-button vote" aria-pressed={vote === 'UP'} disabled={loading} onClick={() => void send('UP')}>
          <Thumb /> {t('voteUp')}
        </button>
        <button type="button" className="tool-button vote vote-down" aria-pressed={vote === 'DOWN'} disabled={loading} onClick={() => (vote === 'DOWN' ? undefined : setCommenting(true))}>
          <Thumb /> {t('voteDown')}
        </button>
      </span>
      <span className="tool-status" role="status">{status}</span>
      {commenting && (
        <form className="vote-comment" onSubmit={(e) => { e.preventDefault(); void send('DOWN', comment); }}>
          <label>
            <span>{t('voteComment')}</span>
            <textarea value={comment} maxLength={1000} rows={2} onChange={(e) => setComment(e.target.value)} />
          </label>
          <span className="vote-comment-actions">
            <button type="submit" className="tool-button" disabled={loading}>{t('voteSend')}</button>
            <button type="button" className="tool-button" onClick={() => setCommenting(false)}>{t('voteCancel')}</button>
          </span>
        </form>
      )}
    </div>
  );
}

/** A thumb drawn as a line icon (an emoji needs a colour font the reader may lack); turned over for 👎. */
function Thumb() {
  return (
    <svg className="thumb" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round">
      <path d="M7 10v11H3V10z" />
      <path d="M7 10l4-7c1.5 0 2.5 1 2.2 2.6L12.6 9H19a2 2 0 0 1 2 2.3l-1.4 7.6A2 2 0 0 1 17.6 21H7" />
    </svg>
  );
}
