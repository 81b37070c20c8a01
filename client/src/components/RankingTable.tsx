import { formatFigure } from '../lib/format.js';
import type { Lang } from '../lib/i18n.js';
import { reportHref } from '../lib/route.js';
import type { Answer } from '../lib/types.js';
import { useLanguage } from './LanguageProvider.js';

/** A ranking across reports: place, year, value and a link to the figure in its report; reports that do not state it last, as not stated. */
export function RankingTable({ rows, lang }: { rows: Answer['ranking']; lang: Lang }) {
  const { t } = useLanguage();
  return (
    <table className="ranking-table" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <caption>{t('chartRanking')}</caption>
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">{t('rankingPlace')}</th>
          <th scope="col">{t('rankingYear')}</th>
          <th scope="col">{t('rankingValue')}</th>
          <th scope="col">{t('rankingSource')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.reportId} className={row.stated ? 'stated' : 'not-stated'}>
            <td>{row.rank ?? '—'}</td>
            <th scope="row">
              {row.place}
              {row.excerpt && <span className="excerpt-mark"> ({t('excerpt')})</span>}
            </th>
            <td>{row.year}</td>
            <td className="ranking-value">{row.stated && row.value != null ? formatFigure(row.value, row.unit, row.qualifier, lang).text : t('notStated')}</td>
            <td>{row.stated ? <a className="source-link" href={reportHref(row.reportId, row.span)}>{t('viewInReport')}</a> : null}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
