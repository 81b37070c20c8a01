import { describeError } from '../apollo.js';
import { useLanguage } from './LanguageProvider.js';

/** A loading line that says what is loading, for screen readers too. */
export function Loading({ label }: { label?: string }) {
  const { t } = useLanguage();
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('loading')}
    </p>
  );
}

/** An error a reader can act on: what happened, and a retry. */
export function ErrorNotice({ error, title, onRetry }: { error: unknown; title?: string; onRetry?: () => void }) {
  const { t } = useLanguage();
  const described = describeError(error);
  return (
    <div className="error-notice" role="alert">
      <p className="error-title">{title ?? t('loadFailed')}</p>
      <p className="error-detail">
        {described.kind === 'network' ? t('networkError') : t('serverError', { message: described.message })}
      </p>
      {onRetry && (
        <button type="button" className="button" onClick={onRetry}>
          {t('retry')}
        </button>
      )}
    </div>
  );
}
