import type { Lang, MessageKey } from '../lib/i18n.js';
import { briefHref, reportHref } from '../lib/route.js';
import type { Answer } from '../lib/types.js';
import { localizeFacts } from '../lib/localize.js';
import { useLanguage } from './LanguageProvider.js';
import { FigureRow, FigureTableHead } from './OverviewTable.js';

type Summary = NonNullable<Answer['summary']>;
type SummarySection = Summary['outline'][number];

/**
 * A summary answer (紫云的报告讲了什么, Summarize the Ziyun report): the report's title, place and
 * year; its headline figures, each linked to its source; its outline; the lines of 存在的问题 and
 * 下一步, each linked to its place in the report; and what the report does not have.
 */
export function SummaryCard({ summary, lang }: { summary: Summary; lang: Lang }) {
  const { t } = useLanguage();
  const headingList = (key: MessageKey, sections: SummarySection[], testId: string) => sections.length > 0 && (
    <section className="summary-part" data-testid={testId}>
      <h4>{t(key)}</h4>
      <ol>
        {sections.map((s) => (
          <li key={s.sectionId}>
            {lang === 'zh'
              ? <a href={reportHref(summary.reportId, s.headingSpan)} title={s.quote} lang="zh-CN">{s.heading}</a>
              // English: the heading's word-by-word English; the Chinese line it translates is the link's title.
              : <a href={reportHref(summary.reportId, s.headingSpan)} title={s.quote} lang="en">{s.headingEn}</a>}
          </li>
        ))}
      </ol>
    </section>
  );

  return (
    <article className="summary-card" aria-label={t('summaryTitle')} lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <header className="summary-header">
        <h3>{t('summaryTitle')}</h3>
        <p className="summary-report-title" lang="zh-CN">{summary.title}</p>
        <p className="summary-meta">{(lang === 'en' ? summary.placeEn : summary.placeZh) || summary.place} · {summary.year}</p>
      </header>
      {summary.excerpt && <p className="notice summary-excerpt">{t('summaryExcerpt')}</p>}

      {summary.figures.length > 0 && (
        <section className="summary-part" data-testid="summary-figures">
          <h4>{t('summaryFigures')}</h4>
          <table className="overview-table summary-figures">
            <FigureTableHead />
            <tbody>
              {localizeFacts(summary.figures, lang).map((f) => <FigureRow key={f.metricId ?? `${f.reportId}-${f.span?.start}`} fact={f} lang={lang} />)}
              {/* Rates the figures imply, marked as derived: the report does not state them. */}
              {summary.rates.map((r) => (
                <tr key={r.key} className="overview-derived">
                  <td colSpan={2}>{lang === 'zh' ? r.formula : r.formulaEn}</td>
                  <td><span className="derived-badge">{t('derivedShort')}</span></td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {headingList('summaryOutline', summary.outline, 'summary-outline')}
      {headingList('summaryProblems', summary.problems, 'summary-problems')}
      {headingList('summaryNextSteps', summary.nextSteps, 'summary-next-steps')}
      {lang === 'en' && (summary.outline.length + summary.problems.length + summary.nextSteps.length > 0) && (
        <p className="summary-note">{t('summaryInWords')}</p>
      )}
      {summary.missing.length > 0 && (
        <ul className="summary-missing" data-testid="summary-missing">
          {summary.missing.map((part) => <li key={part}>{t(`summaryMissing${part}` as MessageKey)}</li>)}
        </ul>
      )}
      <p className="summary-links">
        <a href={briefHref(summary.reportId)}>{t('summaryOpenBrief')}</a>
        <a href={reportHref(summary.reportId)}>{t('summaryOpenReport')}</a>
      </p>
    </article>
  );
}
