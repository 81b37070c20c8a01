import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useLanguage } from './LanguageProvider.js';

/** The question box: Enter sends, Shift+Enter starts a new line. */
export function QuestionBox({ onSubmit, busy }: { onSubmit(question: string): void; busy: boolean }) {
  const { t } = useLanguage();
  const [text, setText] = useState('');
  const id = useId();

  const send = () => {
    if (!text.trim()) return;
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
          maxLength={500}
          value={text}
          placeholder={t('questionPlaceholder')}
          aria-describedby={`${id}-hint`}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
        />
        <button type="submit" className="button button-primary send-button" disabled={!text.trim()} aria-busy={busy}>
          {t('send')}
        </button>
      </div>
      <p id={`${id}-hint`} className="hint">
        {t('questionHint')}
      </p>
    </form>
  );
}
