/**
 * What a reading of an ambiguous question shows on its button: its label, its value with unit, and
 * a few words of the sentence it comes from, so that two readings with the same label
 * (…培训学员 in 人 and in 人次) can be told apart.
 */
import { excerpt, quoteParts, type QuoteParts } from './highlight.js';
import { formatFigure } from './format.js';
import type { Lang } from './i18n.js';
import type { Qualifier, Span } from './types.js';

interface CandidateFact {
  kind: string;
  quote: string;
  span?: Span | null;
  quoteSpan?: Span | null;
  qualifier?: Qualifier | null;
}

export interface CandidateLike {
  label: string;
  value?: number | null;
  unit?: string | null;
  facts: readonly CandidateFact[];
}

export interface CandidateView {
  label: string;
  /** The value as read, with its unit and qualifier: 22件, more than 80,000 copies; null without one. */
  figure: string | null;
  /** The source sentence cut to a few words around the figure; null without a source. */
  snippet: QuoteParts | null;
}

const CLAUSE_END = /[,，;；。:：!！?？]/;

/** Characters of the source kept on either side of the figure. */
export const SNIPPET_RADIUS = 10;

/** The source sentence around the reading's figure, short; a quote without a placed figure is cut at its start. */
export function candidateSnippet(facts: readonly CandidateFact[], radius = SNIPPET_RADIUS): QuoteParts | null {
  const placed = facts.map((f) => (f.kind === 'FIGURE' ? quoteParts(f) : null)).find((p) => p);
  if (placed) {
    // Before the figure: back to the clause it starts; after it: to the end of its clause.
    const { before } = excerpt(placed, radius);
    const end = placed.after.search(CLAUSE_END);
    const after = end >= 0 && end <= radius ? placed.after.slice(0, end) : placed.after.length > radius ? `${placed.after.slice(0, radius)}…` : placed.after;
    return { before, figure: placed.figure, after };
  }
  const quote = facts[0]?.quote.trim();
  if (!quote) return null;
  const limit = radius * 2 + 4;
  return { before: quote.length > limit ? `${quote.slice(0, limit)}…` : quote, figure: '', after: '' };
}

export function candidateView(candidate: CandidateLike, lang: Lang): CandidateView {
  const qualifier = candidate.facts.find((f) => f.kind === 'FIGURE')?.qualifier;
  return {
    label: candidate.label,
    figure: candidate.value != null ? formatFigure(candidate.value, candidate.unit, qualifier, lang).text : null,
    snippet: candidateSnippet(candidate.facts),
  };
}

/** The whole of a view as one line, for a button's accessible name and for comparing views. */
export function candidateText(view: CandidateView): string {
  const snippet = view.snippet ? `${view.snippet.before}${view.snippet.figure}${view.snippet.after}` : '';
  return [view.label, view.figure, snippet].filter(Boolean).join(' · ');
}
