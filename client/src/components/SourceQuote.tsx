import { formatFigure } from '../lib/format.js';
import { quoteSegments, type QuoteGroup } from '../lib/highlight.js';
import { reportHref } from '../lib/route.js';
import type { Fact } from '../lib/types.js';
import { useLanguage } from './LanguageProvider.js';

/**
 * A source sentence, verbatim, with its figures marked; each figure links to its place in the
 * report view, and so does the sentence as a whole.
 */
export function SourceQuote({ group }: { group: QuoteGroup<Fact> }) {
  const { t, lang } = useLanguage();
  const figures = group.facts.filter((f) => f.kind === 'FIGURE' && f.span);
  const segments = quoteSegments(group.quote, group.quoteSpan, figures.map((f) => f.span!));
  const first = figures[0] ?? group.facts[0];
  const link = reportHref(group.reportId, first?.span ?? group.quoteSpan);
  const factAt = (start: number) => figures.find((f) => f.span!.start === start);

  return (
    <figure className={`source-quote${figures.length ? '' : ' source-section'}`}>
      <blockquote>
        <p>
          {segments.map((segment, i) => {
            if (!segment.span) return <span key={i}>{segment.text}</span>;
            const fact = factAt(segment.span.start);
            const title = fact && fact.value != null ? `${fact.label}${t('colon')}${formatFigure(fact.value, fact.unit, fact.qualifier, lang).text}` : undefined;
            return (
              <mark key={i} className="quote-figure" title={title}>
                {segment.text}
              </mark>
            );
          })}
        </p>
      </blockquote>
      <figcaption>
        <span className="source-meta">
          {first ? `${first.region} · ${first.year}` : group.reportId}
        </span>
        <a className="source-link" href={link}>
          {t('viewInReport')}
          <span aria-hidden="true"> →</span>
        </a>
      </figcaption>
    </figure>
  );
}
