import { formatFigure } from '../lib/format.js';
import type { Fact } from '../lib/types.js';
import { useLanguage } from './LanguageProvider.js';

/** The figures an answer rests on, label and value, when there are several. */
export function FactList({ facts }: { facts: readonly Fact[] }) {
  const { lang } = useLanguage();
  const figures = facts.filter((f) => f.value != null);
  if (!figures.length) return null;
  return (
    <dl className="fact-list">
      {figures.map((fact, i) => (
        <div key={`${fact.metricId ?? fact.label}-${i}`} className="fact-row">
          <dt>{fact.label}</dt>
          <dd>{formatFigure(fact.value!, fact.unit, fact.qualifier, lang).text}</dd>
        </div>
      ))}
    </dl>
  );
}
