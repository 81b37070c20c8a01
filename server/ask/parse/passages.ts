/**
 * Questions answered in words rather than by a figure: a passage of a report, the documents it
 * cites, or no figure at all (NOT_IN_REPORT / OUT_OF_SCOPE).
 */
import { questionTerms, withoutCharacterTranslations, type ScoredFigure, type Term } from '../match.js';
import type { TokenSet } from '../token-set.js';
import type { IndexedSentence } from '../figure-index.js';
import { MIN_TRANSLATION_FACTOR, TRANSLATION_FACTOR, TRANSLATION_STEP, translationsForSentences } from '../query-expansion.js';
import { chineseGrams, isChinese } from '../../vocabulary/tokens.js';
import type { Scope } from '../structured-query.js';
import { result, unanswerable, type Context, type ParseResult } from './context.js';

/** Below this share of a question's weight found in one sentence, no sentence answers it. */
export const MIN_PASSAGE_COVERAGE = 0.55;

/**
 * How much of a term a sentence holds: the word itself (1), a synonym or translation of it (its
 * factor), or — for a compound of three or more characters the sentence words otherwise (提供服务
 * of 提供“一站式”法律服务) — half the share of its character pairs it holds.
 */
function heldIn(term: Term, tokens: TokenSet): number {
  if (tokens.has(term.token)) return 1;
  let best = 0;
  for (const a of term.alternatives ?? []) if (a.factor > best && tokens.has(a.token)) best = a.factor;
  if (best === 0 && isChinese(term.token) && term.token.length >= 3) {
    const pairs = chineseGrams(term.token).filter((g) => g.length === 2);
    best = (pairs.filter((g) => tokens.has(g)).length / pairs.length) * 0.5;
  }
  return best;
}

const MAX_SENTENCE_TRANSLATIONS = 6;

/**
 * An English term with the Chinese words of its dictionary entry that the sentences in scope hold:
 * the figures' translations (its alternatives) are only those the figures hold.
 */
function withSentenceTranslations(term: Term, sentences: readonly IndexedSentence[]): Term {
  const raw = term.raw ?? term.token;
  if (isChinese(raw)) return term;
  const known = new Set((term.alternatives ?? []).map((a) => a.token));
  // As for figures: the dictionary's first words count most, less the further down its list.
  const extra = translationsForSentences(raw)
    .map((token, rank) => ({ token, factor: Math.max(MIN_TRANSLATION_FACTOR, TRANSLATION_FACTOR - TRANSLATION_STEP * rank), translation: true }))
    .filter((a) => !known.has(a.token) && sentences.some((s) => s.tokens.has(a.token)))
    .slice(0, MAX_SENTENCE_TRANSLATIONS);
  return extra.length ? { ...term, alternatives: [...(term.alternatives ?? []), ...extra] } : term;
}

/**
 * A question asked in words (五个抓手是什么, 采用什么模式, which village was selected, what did the
 * report say about X) answered by the sentence that holds most of its words. A word weighs by how
 * few sentences of the reports in scope hold it, so the words that pick one sentence count most;
 * a word no sentence holds weighs as one a single sentence holds (it is the question's framing, or
 * it is missing: either way it lowers the share). At least two words must be found: one word is no
 * evidence that a sentence is about the question.
 */
export function passage(terms: Term[], ctx: Context): ParseResult | undefined {
  const own = terms.filter((t) => !t.bonus);
  if (own.length < 2) return undefined;
  const sentences = ctx.index.sentences.filter((s) => ctx.reports.has(s.reportId));
  if (!sentences.length) return undefined;
  const withWords = own.map((t) => withSentenceTranslations(t, sentences));
  const held = sentences.map((s) => withWords.map((t) => heldIn(t, s.tokens)));
  const rare = Math.log((sentences.length + 1) / 1.5);
  const weights = own.map((_, i) => {
    const df = held.filter((h) => h[i] > 0).length;
    return df ? Math.log((sentences.length + 1) / (df + 0.5)) : rare;
  });
  const total = weights.reduce((a, w) => a + w, 0);
  let best: { at: number; share: number; found: number } | undefined;
  held.forEach((h, at) => {
    const share = h.reduce((a, x, i) => a + x * weights[i], 0) / total;
    const found = h.filter((x) => x >= 0.5).length;
    if (!best || share > best.share) best = { at, share, found };
  });
  if (!best || best.share < MIN_PASSAGE_COVERAGE || best.found < 2) return undefined;
  const s = sentences[best.at];
  return result(ctx, { op: 'passage', reportId: s.reportId, start: s.start, end: s.end }, best.share);
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
