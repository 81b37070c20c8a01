import { useLanguage } from './LanguageProvider.js';
import './answer-tools.css';

/** The questions the hub suggests asking next (built and checked by the server); a click asks. */
export function FollowUps({ questions, onAsk, lang }: { questions: readonly string[]; onAsk(question: string): void; lang: 'zh' | 'en' }) {
  const { t } = useLanguage();
  if (!questions.length) return null;
  return (
    <nav className="follow-ups" aria-label={t('followUpsTitle')}>
      <h3 className="follow-ups-title">{t('followUpsTitle')}</h3>
      <ul className="follow-up-list">
        {questions.map((question) => (
          <li key={question}>
            <button type="button" className="follow-up" lang={lang === 'zh' ? 'zh-CN' : 'en'} onClick={() => onAsk(question)}>
              {question}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
