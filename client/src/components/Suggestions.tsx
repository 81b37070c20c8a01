import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { suggestForScope } from '../lib/suggestions.js';
import { SuggestionsQuery } from '../operations.js';
import { useLanguage } from './LanguageProvider.js';
import { ErrorNotice } from './Status.js';

/** Questions to start from, made from the topics and figures of the reports in scope. */
export function Suggestions({ onPick, compact, scope }: { onPick(question: string): void; compact: boolean; scope?: string }) {
  const { t, lang } = useLanguage();
  const { data, loading, error, refetch } = useQuery(SuggestionsQuery, { variables: { reportId: scope ?? null } });
  const questions = useMemo(() => (data ? suggestForScope(data, lang, compact ? 4 : 6, scope) : []), [data, lang, compact, scope]);

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
