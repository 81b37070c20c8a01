import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { briefFileName, briefMarkdown, buildBrief } from '../lib/brief.js';
import { reportHref } from '../lib/route.js';
import { BriefQuery } from '../operations.js';
import { useLanguage } from './LanguageProvider.js';
import { ErrorNotice, Loading } from './Status.js';

/** One page for a leader: each topic's headline figures with their sources; prints on A4, exports Markdown. */
export function Brief({ reportId }: { reportId: string }) {
  const { t, lang } = useLanguage();
  const report = useQuery(BriefQuery, { variables: { id: reportId } });
  const doc = report.data?.report;
  const brief = useMemo(() => (doc ? buildBrief(doc, lang) : null), [doc, lang]);

  if (report.error) return <ErrorNotice error={report.error} onRetry={() => void report.refetch()} />;
  if (report.loading) return <Loading />;
  if (!doc || !brief) return <p className="notice">{t('notFound', { id: reportId })}</p>;

  const exportMarkdown = () => {
    const blob = new Blob([briefMarkdown(brief, lang)], { type: 'text/markdown;charset=utf-8' });
    const url = URL.createObjectURL(blob);
    const link = document.createElement('a');
    link.href = url;
    link.download = briefFileName(doc.id);
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <article className="brief" aria-labelledby="brief-title">
      <header className="brief-header">
        <div>
          <p className="brief-kicker">
            {t('briefHeading')} · {doc.region} {doc.year}
          </p>
          <h1 id="brief-title">{doc.title}</h1>
          <p className="report-meta">
            {doc.publisher && <span>{t('publisher')}: {doc.publisher}</span>}
            {doc.publishedOn && <span>{t('publishedOn')}: {doc.publishedOn}</span>}
          </p>
          <p className="brief-intro">{t('briefIntro')}</p>
        </div>
        <div className="brief-actions no-print">
          <button type="button" className="button button-primary" onClick={exportMarkdown}>
            {t('exportMarkdown')}
          </button>
          <button type="button" className="button" onClick={() => window.print()}>
            {t('print')}
          </button>
        </div>
      </header>
      <div className="brief-topics">
        {brief.topics.map((topic) => (
          <section key={topic.id || 'other'} className="brief-topic" aria-labelledby={`topic-${topic.id || 'other'}`}>
            <h2 id={`topic-${topic.id || 'other'}`}>{topic.name}</h2>
            <ul className="brief-figures">
              {topic.figures.map((figure) => (
                <li key={figure.id} className="brief-figure">
                  <p className="brief-value">{figure.value}</p>
                  <p className="brief-label">{figure.label}</p>
                  <blockquote className="brief-quote">
                    <span className="sr-only">{t('sourceLabel')}: </span>
                    {figure.source.before}
                    <mark className="quote-figure">{figure.source.figure}</mark>
                    {figure.source.after}
                    {'\u00a0'}
                    <a className="no-print" href={reportHref(doc.id, figure.span)} aria-label={`${t('viewInReport')}: ${figure.label}`}>
                      ↗
                    </a>
                  </blockquote>
                </li>
              ))}
            </ul>
            {topic.more > 0 && <p className="brief-more">{t('moreFigures', { n: topic.more })}</p>}
          </section>
        ))}
      </div>
      <footer className="brief-footer">{t('generatedFrom', { title: doc.title })}</footer>
    </article>
  );
}
