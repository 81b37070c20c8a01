/**
 * Questions answered in words rather than by a figure: a passage of a report, the documents it
 * cites, or no figure at all (NOT_IN_REPORT / OUT_OF_SCOPE).
 */
import { questionTerms, withoutCharacterTranslations, type ScoredFigure, type Term } from '../match.js';
import type { Scope } from '../structured-query.js';
import { result, unanswerable, type Context, type ParseResult } from './context.js';

/** Below this share of a question's weight found in one sentence, no sentence answers it. */
export const MIN_PASSAGE_COVERAGE = 0.8;

/**
 * A question asked in words (五个抓手是什么, how often were case reviews held) answered by the one
 * sentence that holds nearly all of its words. At least two words must be found: one word is no
 * evidence that a sentence is about the question.
 */
export function passage(terms: Term[], ctx: Context): ParseResult | undefined {
  const own = terms.filter((t) => !t.bonus);
  const total = own.reduce((a, t) => a + t.weight, 0);
  if (own.length < 2 || !total) return undefined;
  const reports = new Set(ctx.figures.map((f) => f.metric.reportId));
  let best: { s: (typeof ctx.index.sentences)[number]; share: number; found: number } | undefined;
  for (const s of ctx.index.sentences) {
    if (!reports.has(s.reportId)) continue;
    const found = own.filter((t) => s.tokens.has(t.token));
    const share = found.reduce((a, t) => a + t.weight, 0) / total;
    if (!best || share > best.share) best = { s, share, found: found.length };
  }
  if (!best || best.share < MIN_PASSAGE_COVERAGE || best.found < 2) return undefined;
  return result(ctx, { op: 'passage', reportId: best.s.reportId, start: best.s.start, end: best.s.end }, best.share);
}

/** A question with no figure behind it: in the reports' domain (NOT_IN_REPORT) or not at all (OUT_OF_SCOPE). */
export function noFigure(terms: Term[], ranked: ScoredFigure[], ctx: Context): ParseResult {
  const domain = terms.some((t) => t.token.length > 1 && ctx.index.knows(t.token));
  return unanswerable(ctx, domain ? 'NOT_IN_REPORT' : 'OUT_OF_SCOPE', ranked);
}

/** Cited documents on a subject (营商环境方面印发了什么文件), or all of them when none is named. */
export function documentsAbout(subject: string, ctx: Context, scope: Scope): ParseResult {
  const terms = questionTerms(subject, ctx.index).filter((t) => !t.bonus).map(withoutCharacterTranslations);
  const inScope = ctx.index.documents.filter((d) => ctx.figures.some((f) => f.metric.reportId === d.document.reportId));
  if (!terms.length) return result(ctx, { op: 'documents', scope }, 1);
  const total = terms.reduce((a, t) => a + t.weight, 0);
  const scored = inScope.map((d) => ({ d, share: terms.filter((t) => d.tokens.has(t.token)).reduce((a, t) => a + t.weight, 0) / total }))
    .filter((x) => x.share >= 0.5).sort((a, b) => b.share - a.share);
  if (!scored.length) return result(ctx, { op: 'documents', scope }, 0.5);
  const top = scored[0].share;
  const ids = scored.filter((x) => x.share >= top - 0.15).slice(0, 5).map((x) => x.d.document.id);
  return result(ctx, { op: 'documents', scope, ids }, top);
}
