import { formatFigure } from '../lib/format.js';
import type { Qualifier } from '../lib/types.js';
import { useLanguage } from './LanguageProvider.js';

/** The number that answers, large, with its qualifier and unit. */
export function FigureValue({ value, unit, qualifier }: { value: number; unit: string | null | undefined; qualifier: Qualifier | null | undefined }) {
  const { lang } = useLanguage();
  const figure = formatFigure(value, unit, qualifier, lang);
  return (
    <p className="figure-value" aria-label={figure.text}>
      {figure.prefix && <span className="figure-qualifier">{figure.prefix}</span>}
      <span className="figure-number">{figure.number}</span>
      {figure.suffix && <span className="figure-unit">{figure.suffix}</span>}
    </p>
  );
}
