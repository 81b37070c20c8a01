/** Where a figure stands: inside its source sentence, and inside the whole report text. */
import type { Span } from './types.js';

export interface QuoteParts {
  before: string;
  figure: string;
  after: string;
}

/**
 * Splits a fact's quote around its figure. `span` and `quoteSpan` are offsets into the report text,
 * so the figure sits at span − quoteSpan.start inside the quote. Null when they do not fit the quote.
 */
export function quoteParts(fact: { quote: string; span?: Span | null; quoteSpan?: Span | null }): QuoteParts | null {
  const { quote, span, quoteSpan } = fact;
  if (!span || !quoteSpan) return null;
  const start = span.start - quoteSpan.start;
  const end = span.end - quoteSpan.start;
  if (start < 0 || end <= start || end > quote.length) return null;
  return { before: quote.slice(0, start), figure: quote.slice(start, end), after: quote.slice(end) };
}

export interface Marked {
  id: string;
  span: Span;
}

/** A run of the report text and what stands on it. */
export interface Segment {
  start: number;
  end: number;
  text: string;
  /** The figure this run is (a figure is never split). */
  figure?: string;
  /** The section heading this run belongs to. */
  heading?: string;
  /** The section whose heading starts here: the place to scroll to. */
  anchor?: string;
  /** Inside the span the page was asked to emphasise (?highlight=start-end). */
  target?: boolean;
}

function fits(span: Span, length: number): boolean {
  return Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.end > span.start && span.end <= length;
}

/**
 * Cuts the report text into runs at every figure, heading and target boundary. Figures that overlap
 * an earlier one, or fall outside the text, are left out.
 */
export function segmentText(
  text: string,
  options: { figures?: Marked[]; headings?: Marked[]; target?: Span | null },
): Segment[] {
  const figures: Marked[] = [];
  for (const figure of [...(options.figures ?? [])].filter((f) => fits(f.span, text.length)).sort((a, b) => a.span.start - b.span.start)) {
    const previous = figures[figures.length - 1];
    if (!previous || figure.span.start >= previous.span.end) figures.push(figure);
  }
  const headings = (options.headings ?? []).filter((h) => fits(h.span, text.length));
  const target = options.target && fits(options.target, text.length) ? options.target : null;

  const insideFigure = (point: number) => figures.some((f) => point > f.span.start && point < f.span.end);
  const points = new Set<number>([0, text.length]);
  for (const range of [...figures, ...headings].map((r) => r.span).concat(target ? [target] : [])) {
    for (const point of [range.start, range.end]) if (!insideFigure(point)) points.add(point);
  }
  const cuts = [...points].sort((a, b) => a - b);

  const segments: Segment[] = [];
  for (let i = 0; i < cuts.length - 1; i++) {
    const start = cuts[i];
    const end = cuts[i + 1];
    const segment: Segment = { start, end, text: text.slice(start, end) };
    const figure = figures.find((f) => f.span.start === start && f.span.end === end);
    if (figure) segment.figure = figure.id;
    const heading = headings.find((h) => h.span.start <= start && end <= h.span.end);
    if (heading) segment.heading = heading.id;
    if (target && start < target.end && end > target.start) segment.target = true;
    segments.push(segment);
  }
  for (const heading of headings) {
    const first = segments.find((s) => s.end > heading.span.start);
    if (first && !first.anchor) first.anchor = heading.id;
  }
  return segments;
}

/** A DOM id for a section id such as ziyun-2024/1.3.3. */
export function sectionDomId(sectionId: string): string {
  return `section-${sectionId.replace(/[^A-Za-z0-9_-]/g, '-')}`;
}

/** A DOM id for the figure at a span. */
export function figureDomId(span: Span): string {
  return `figure-${span.start}-${span.end}`;
}

const CLAUSE_END = /[,，;；。:：]/;

/**
 * A quote cut down to the clauses around its figure, `radius` characters at most on either side,
 * with … where it was cut: …共收到行政复议案件申请39件,受理36件,审结22件,其中调解成功5件,…
 */
export function excerpt(parts: QuoteParts, radius = 30): QuoteParts {
  let { before, after } = parts;
  if (before.length > radius) {
    const window = before.slice(-radius);
    const cut = window.search(CLAUSE_END);
    before = `…${cut >= 0 && cut < window.length - 4 ? window.slice(cut + 1) : window}`;
  }
  if (after.length > radius) {
    const window = after.slice(0, radius);
    let cut = -1;
    for (let i = window.length - 1; i > 3; i--) {
      if (CLAUSE_END.test(window[i])) {
        cut = i;
        break;
      }
    }
    after = `${cut >= 0 ? window.slice(0, cut + 1) : window}…`;
  }
  return { before, figure: parts.figure, after };
}

/** Facts that stand in the same sentence, shown once with each of their figures marked. */
export interface QuoteGroup<F> {
  quote: string;
  quoteSpan: Span | null;
  reportId: string;
  facts: F[];
}

export function groupByQuote<F extends { quote: string; quoteSpan?: Span | null; reportId: string }>(facts: readonly F[]): QuoteGroup<F>[] {
  const groups: QuoteGroup<F>[] = [];
  for (const fact of facts) {
    const same = groups.find(
      (g) => g.reportId === fact.reportId && g.quote === fact.quote && g.quoteSpan?.start === fact.quoteSpan?.start,
    );
    if (same) same.facts.push(fact);
    else groups.push({ quote: fact.quote, quoteSpan: fact.quoteSpan ?? null, reportId: fact.reportId, facts: [fact] });
  }
  return groups;
}

/** A quote cut at its figures; `span` (offsets into the report) is set on the runs that are figures. */
export function quoteSegments(quote: string, quoteSpan: Span | null, spans: readonly Span[]): { text: string; span?: Span }[] {
  if (!quoteSpan) return [{ text: quote }];
  const inside = spans
    .map((span) => quoteParts({ quote, span, quoteSpan }) && span)
    .filter((span): span is Span => !!span)
    .sort((a, b) => a.start - b.start)
    .filter((span, i, all) => i === 0 || span.start >= all[i - 1].end);
  const out: { text: string; span?: Span }[] = [];
  let at = 0;
  for (const span of inside) {
    const start = span.start - quoteSpan.start;
    if (start > at) out.push({ text: quote.slice(at, start) });
    out.push({ text: quote.slice(start, span.end - quoteSpan.start), span });
    at = span.end - quoteSpan.start;
  }
  if (at < quote.length) out.push({ text: quote.slice(at) });
  return out;
}
