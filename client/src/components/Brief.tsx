import { useQuery } from '@apollo/client/react';
import { useMemo, useState } from 'react';
import { briefDocxBlob } from '../lib/brief-docx.js';
import { briefFileName, briefMarkdown, buildBrief, RATES_ON_PAGE, type BriefFigure } from '../lib/brief.js';
import { download } from '../lib/download.js';
import { briefHref, reportHref } from '../lib/route.js';
import { BriefQuery } from '../operations.js';
import { useLanguage } from './LanguageProvider.js';
import { ReportPicker } from './ReportPicker.js';
import { ErrorNotice, Loading } from './Status.js';

/**
 * One A4 page for a leader: 6–8 key figures with sources and their place among other reports,
 * derived rates with formulas, one line of problems and one of next steps; every figure on an
 * appendix page. Exports Markdown and Word; PDF is the browser's print of this page.
 */
export function Brief({ reportId }: { reportId: string }) {
  const { t, lang } = useLanguage();
  const report = useQuery(BriefQuery, { variables: { id: reportId } });
  const doc = report.data?.report;
  const brief = useMemo(() => (doc ? buildBrief(doc, lang) : null), [doc, lang]);
  const [printAppendix, setPrintAppendix] = useState(true);

  if (report.error) return <ErrorNotice error={report.error} onRetry={() => void report.refetch()} />;
  if (report.loading) return <Loading />;
  if (!doc || !brief) return <p className="notice">{t('notFound', { id: reportId })}</p>;

  const source = (f: BriefFigure) => (
    <blockquote className="brief-quote" lang="zh-CN">
      <span className="sr-only">{t('sourceLabel')}{t('colon')}</span>
      {f.source.before}
      <mark className="quote-figure">{f.source.figure}</mark>
      {f.source.after}
      {'\u00a0'}
      <a className="no-print" href={reportHref(doc.id, f.span)} aria-label={`${t('viewInReport')}${t('colon')}${f.label}`}>↗</a>
    </blockquote>
  );
  const line = (key: 'briefProblems' | 'briefNextSteps', items: { line: string }) => items.line && (
    <p className="brief-line">
      <strong>{t(key)}{t('colon')}</strong>
      <span lang="zh-CN" title={items.line}>{items.line}</span>
      {lang === 'en' && <span className="brief-in-words"> ({t('briefInWords')})</span>}
    </p>
  );

  return (
    <article className="brief" aria-labelledby="brief-title" data-print={printAppendix ? 'all' : 'page'}>
      <section className="brief-page">
        <header className="brief-header">
          <div>
            <h1 id="brief-title">{brief.heading}</h1>
            <p className="brief-title" lang="zh-CN">{doc.title}</p>
            <p className="report-meta">
              {doc.publisher && <span>{t('publisher')}{t('colon')}<span lang="zh-CN">{doc.publisher}</span></span>}
              {doc.publishedOn && <span>{t('publishedOn')}{t('colon')}{doc.publishedOn}</span>}
            </p>
          </div>
          <div className="brief-actions no-print">
            <ReportPicker reportId={doc.id} hrefOf={briefHref} />
            <button type="button" className="button button-primary" onClick={() => window.print()}>{t('printPdf')}</button>
            <button type="button" className="button" onClick={() => void briefDocxBlob(brief, lang).then((blob) => download(blob, briefFileName(doc.id, 'docx')))}>{t('exportWord')}</button>
            <button type="button" className="button" onClick={() => download(new Blob([briefMarkdown(brief, lang)], { type: 'text/markdown;charset=utf-8' }), briefFileName(doc.id))}>{t('exportMarkdown')}</button>
            <label className="brief-print-option">
              <input type="checkbox" checked={printAppendix} onChange={(e) => setPrintAppendix(e.target.checked)} /> {t('printAppendix')}
            </label>
          </div>
        </header>

        <h2 className="brief-section-title">{t('briefKeyFigures')}</h2>
        {brief.keyFigures.length === 0 && <p className="notice">{t('briefNone')}</p>}
        <ul className="brief-key-figures">
          {brief.keyFigures.map((f) => (
            <li key={f.id} className="brief-figure">
              <p className="brief-topic-name">{f.topic}</p>
              <p className="brief-value">{f.value}</p>
              <p className="brief-label">{f.label}</p>
              {f.place && <p className="brief-place">{f.place}</p>}
              {source(f)}
            </li>
          ))}
        </ul>

        {brief.rates.length > 0 && (
          <>
            <h2 className="brief-section-title">{t('briefRates')}</h2>
            <ul className="brief-rates">
              {brief.rates.slice(0, RATES_ON_PAGE).map((r) => (
                <li key={`${r.key}-${r.topic}`} className="brief-rate">
                  <span className="brief-rate-value">{r.value}</span>
                  <span className="brief-rate-formula">{r.topic} · {r.formula}</span>
                  <span className="derived-badge">{t('derivation')}</span>
                </li>
              ))}
            </ul>
            <p className="brief-note">{t('derivedNote')}</p>
          </>
        )}

        <div className="brief-lines">
          {line('briefProblems', brief.problems)}
          {line('briefNextSteps', brief.recommendations)}
        </div>
        <footer className="brief-footer">
          <p>{t('briefRule')}</p>
          <p>{t('generatedFrom', { title: doc.title })}</p>
        </footer>
      </section>

      <section className="brief-appendix" aria-labelledby="brief-appendix-title">
        <h2 id="brief-appendix-title">{t('briefAppendix')}</h2>
        {brief.rates.length > RATES_ON_PAGE && (
          <ul className="brief-appendix-rates">
            {brief.rates.slice(RATES_ON_PAGE).map((r) => <li key={`${r.key}-${r.topic}`}>{r.topic} · {r.formula} ({t('derivation')})</li>)}
          </ul>
        )}
        {brief.appendix.map((topic) => (
          <div key={topic.topic} className="brief-appendix-topic">
            <h3>{topic.topic}</h3>
            <ul>
              {topic.figures.map((f) => (
                <li key={f.id} className={f.unsure ? 'is-unsure' : undefined}>
                  <a href={reportHref(doc.id, f.span)} className="brief-appendix-value">{f.value}</a> {f.label}
                  {f.unsure && <span className="unsure-badge"> {t('unsureLabel')}</span>}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>
    </article>
  );
}
