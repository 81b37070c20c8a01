import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { suggestQuestions } from '../lib/suggestions.js';
import { SuggestionsQuery } from '../operations.js';
import { useLanguage } from './LanguageProvider.js';
import { ErrorNotice } from './Status.js';

/** Questions to start from, made from the topics and figures the hub holds. */
export function Suggestions({ onPick, compact }: { onPick(question: string): void; compact: boolean }) {
  const { t, lang } = useLanguage();
  const { data, loading, error, refetch } = useQuery(SuggestionsQuery);
  const questions = useMemo(() => (data ? suggestQuestions(data, lang, compact ? 4 : 6) : []), [data, lang, compact]);

  if (loading) return <p className="suggestions-status" role="status">{t('suggestionsLoading')}</p>;
  if (error) return <ErrorNotice error={error} title={t('suggestionsError')} onRetry={() => void refetch()} />;
  if (!questions.length) return null;
  return (
    <section className={compact ? 'suggestions compact' : 'suggestions'} aria-labelledby="suggestions-title">
      <h2 id="suggestions-title" className="suggestions-title">{t('suggestionsTitle')}</h2>
      <ul className="suggestion-list">
        {questions.map((question) => (
          <li key={question}>
            <button type="button" className="suggestion" onClick={() => onPick(question)}>
              {question}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
