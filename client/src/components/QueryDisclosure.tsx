import { useId, useState } from 'react';
import { useLanguage } from './LanguageProvider.js';

/** The GraphQL operation behind an answer, shown on demand, with a copy button. */
export function QueryDisclosure({ operation }: { operation: string }) {
  const { t } = useLanguage();
  const [open, setOpen] = useState(false);
  const [copyState, setCopyState] = useState<'idle' | 'copied' | 'failed'>('idle');
  const id = useId();

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(operation);
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
  };

  return (
    <div className="query-disclosure">
      <button type="button" className="button-link" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
        <span aria-hidden="true" className="disclosure-arrow">{open ? '▾' : '▸'}</span> {open ? t('hideQuery') : t('showQuery')}
      </button>
      <div id={id} hidden={!open} className="query-panel">
        <pre>
          <code>{operation}</code>
        </pre>
        <div className="query-actions">
          <button type="button" className="button button-small" onClick={() => void copy()}>
            {t('copy')}
          </button>
          <span role="status" className="copy-status">
            {copyState === 'copied' ? t('copied') : copyState === 'failed' ? t('copyFailed') : ''}
          </span>
        </div>
      </div>
    </div>
  );
}
