import { formatFigure } from '../lib/format.js';
import type { Lang } from '../lib/i18n.js';
import { reportHref } from '../lib/route.js';
import type { Answer } from '../lib/types.js';
import { useLanguage } from './LanguageProvider.js';

/** An overview answer as a table: each figure with a link to its source, then the derived rates. */
export function OverviewTable({ answer, lang }: { answer: Answer; lang: Lang }) {
  const { t } = useLanguage();
  const rates = answer.derivation ? answer.derivation.split(/；|; /) : [];
  const several = new Set(answer.facts.map((f) => f.reportId)).size > 1;
  return (
    <table className="overview-table" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <thead>
        <tr>
          <th scope="col">{t('overviewFigure')}</th>
          <th scope="col">{t('overviewValue')}</th>
          <th scope="col">{t('sources')}</th>
        </tr>
      </thead>
      <tbody>
        {answer.facts.map((f) => (
          <tr key={f.metricId ?? `${f.reportId}-${f.span?.start}`}>
            <td>{f.label}{several && <span className="overview-where"> · {f.reportId}</span>}</td>
            <td className="overview-value">{f.value == null ? '' : formatFigure(f.value, f.unit, f.qualifier, lang).text}</td>
            <td><a href={reportHref(f.reportId, f.span)} title={f.quote}>{t('viewInReport')}</a></td>
          </tr>
        ))}
        {rates.map((formula) => (
          <tr key={formula} className="overview-derived">
            <td colSpan={2}>{formula}</td>
            <td><span className="derived-badge">{t('derivedShort')}</span></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
