import { useQuery } from '@apollo/client/react';
import { briefHref, reportHref } from '../lib/route.js';
import { ReportsQuery } from '../operations.js';
import { useLanguage } from './LanguageProvider.js';
import { ErrorNotice } from './Status.js';

/** The reports the hub holds, on the landing page: place, year, figures, links, and "ask this one". */
export function ReportsPanel({ scope, onScope }: { scope?: string; onScope(reportId: string | undefined): void }) {
  const { t, lang } = useLanguage();
  const reports = useQuery(ReportsQuery);
  if (reports.error) return <ErrorNotice error={reports.error} onRetry={() => void reports.refetch()} />;
  const list = reports.data?.reports ?? [];
  if (!list.length) return null;
  return (
    <section className="reports-panel" aria-labelledby="reports-panel-title">
      <h2 id="reports-panel-title">{t('reportsHeld', { n: list.length })}</h2>
      <ul className="reports-list">
        {list.map((r) => (
          <li key={r.id} className={r.id === scope ? 'report-row is-scope' : 'report-row'}>
            <span className="report-row-place">{lang === 'zh' ? r.regionShort : r.regionEn} {r.year}</span>
            <span className="report-row-title" lang="zh-CN">{r.title}</span>
            <span className="report-row-count">{t('figureCount', { n: r.figureCount })} · {r.excerpt ? t('excerpt') : t('fullReport')}</span>
            <span className="report-row-links">
              <a href={reportHref(r.id)}>{t('navReport')}</a>
              <a href={briefHref(r.id)}>{t('navBrief')}</a>
              <button type="button" className="button-link" aria-pressed={r.id === scope} onClick={() => onScope(r.id === scope ? undefined : r.id)}>
                {r.id === scope ? t('askingThisReport') : t('askThisReport')}
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
