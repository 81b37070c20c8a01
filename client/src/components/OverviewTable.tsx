import { formatFigure } from '../lib/format.js';
import type { Lang } from '../lib/i18n.js';
import { reportHref } from '../lib/route.js';
import type { Fact } from '../lib/types.js';
import { useLanguage } from './LanguageProvider.js';

/** An overview answer as a table: each figure with a link to its source, then the derived rates. */
export function OverviewTable({ facts, derivation, lang }: { facts: readonly Fact[]; derivation: string | null; lang: Lang }) {
  const { t } = useLanguage();
  const rates = derivation ? derivation.split(/；|; /) : [];
  const several = new Set(facts.map((f) => f.reportId)).size > 1;
  return (
    <table className="overview-table" lang={lang === 'zh' ? 'zh-CN' : 'en'}>
      <FigureTableHead />
      <tbody>
        {facts.map((f) => <FigureRow key={f.metricId ?? `${f.reportId}-${f.span?.start}`} fact={f} lang={lang} where={several} />)}
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

/** The heading of a table of figures (figure, value, source), shared by overviews and summaries. */
export function FigureTableHead() {
  const { t } = useLanguage();
  return (
    <thead>
      <tr>
        <th scope="col">{t('overviewFigure')}</th>
        <th scope="col">{t('overviewValue')}</th>
        <th scope="col">{t('sources')}</th>
      </tr>
    </thead>
  );
}

/** One figure of such a table: its label (with its report when several are listed), value and source link. */
export function FigureRow({ fact: f, lang, where = false }: { fact: Pick<Fact, 'label' | 'region' | 'reportId' | 'value' | 'unit' | 'qualifier' | 'span' | 'quote'>; lang: Lang; where?: boolean }) {
  const { t } = useLanguage();
  return (
    <tr>
      <td>{f.label}{where && <span className="overview-where"> · {f.region}</span>}</td>
      <td className="overview-value">{f.value == null ? '' : formatFigure(f.value, f.unit, f.qualifier, lang).text}</td>
      <td><a href={reportHref(f.reportId, f.span)} title={f.quote}>{t('viewInReport')}</a></td>
    </tr>
  );
}
