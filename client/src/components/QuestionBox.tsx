import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useLanguage } from './LanguageProvider.js';

/** The question box: Enter sends, Shift+Enter starts a new line. */
export const MAX_QUESTION_LENGTH = 500;

export function QuestionBox({ onSubmit, busy }: { onSubmit(question: string): void; busy: boolean }) {
  const { t } = useLanguage();
  const [text, setText] = useState('');
  const id = useId();

  // The hub answers questions of at most 500 characters: a longer one is refused here with a word,
  // not cut short (maxLength would drop the rest of a paste without saying so).
  const tooLong = text.length > MAX_QUESTION_LENGTH;
  const send = () => {
    if (!text.trim() || tooLong) return;
    onSubmit(text);
    setText('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      send();
    }
  };
  const onFormSubmit = (event: FormEvent) => {
    event.preventDefault();
    send();
  };

  return (
    <form className="question-box" onSubmit={onFormSubmit}>
      <label htmlFor={`${id}-question`} className="question-label">
        {t('questionLabel')}
      </label>
      <div className="question-row">
        <textarea
          id={`${id}-question`}
          name="question"
          rows={2}
          aria-invalid={tooLong || undefined}
          value={text}
          placeholder={t('questionPlaceholder')}
          aria-describedby={`${id}-hint`}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
        />
        <button type="submit" className="button button-primary send-button" disabled={!text.trim() || tooLong} aria-busy={busy}>
          {t('send')}
        </button>
      </div>
      <p id={`${id}-hint`} className={tooLong ? 'hint is-error' : 'hint'} role={tooLong ? 'alert' : undefined}>
        {tooLong ? t('questionTooLong', { n: text.length, max: MAX_QUESTION_LENGTH }) : t('questionHint')}
      </p>
    </form>
  );
}
