/**
 * What every rule of the parser shares: the context of one question, the thresholds, and the
 * results it builds (an answerable query, or an unanswerable one with the nearest facts).
 */
import type { Language } from '../normalize.js';
import type { FigureIndex, IndexedFigure } from '../figure-index.js';
import type { RankHints, ScoredFigure } from '../match.js';
import type { Scope, StructuredQuery, UnanswerableReason } from '../structured-query.js';

/** Below this share of its weight explained by a figure, a question is not answered with it. */
export const MIN_COVERAGE = 0.6;
/** A runner-up whose disadvantage on the distinguishing words is below this is as likely a reading. */
export const CLARIFY_MARGIN = 0.35;

export interface ParseResult {
  language: Language;
  normalized: string;
  query: StructuredQuery;
  /** Readings the parser hesitated between (CLARIFY); each is a runnable query. */
  alternatives: StructuredQuery[];
  /** How sure the parser is of `query`, 0–1: the coverage of the figures it chose. */
  confidence: number;
  /** Reports in the question's scope whose figures were not searched (see MAX_SEARCHED_REPORTS). */
  unsearched?: number;
}

export interface Context {
  index: FigureIndex;
  figures: IndexedFigure[];
  /** The reports in scope whose figures and sentences are searched (a report may state no figure). */
  reports: ReadonlySet<string>;
  scope: Scope;
  hints: RankHints;
  language: Language;
  normalized: string;
  /** Reports in scope left out of the search (only the most recent are searched). */
  unsearched?: number;
}

export function result(ctx: Pick<Context, 'language' | 'normalized' | 'unsearched'>, query: StructuredQuery, confidence: number, alternatives: StructuredQuery[] = []): ParseResult {
  return { language: ctx.language, normalized: ctx.normalized, query, alternatives, confidence, ...(ctx.unsearched ? { unsearched: ctx.unsearched } : {}) };
}

/** Enough of the question explained, and not by the topic alone (社区矫正对象 names a topic, not a figure). */
export const confident = (s: ScoredFigure | undefined): s is ScoredFigure => !!s && s.coverage >= MIN_COVERAGE && s.specific > 0;

/** The share of a question a figure must explain to be named among the nearest facts of a refusal. */
export const NEAREST_COVERAGE = 0.4;

export function unanswerable(ctx: Pick<Context, 'language' | 'normalized' | 'scope' | 'unsearched'>, reason: UnanswerableReason, nearest: ScoredFigure[]): ParseResult {
  const ids = nearest.filter((s) => s.coverage >= NEAREST_COVERAGE).slice(0, 3).map((s) => s.figure.metric.id);
  return result(ctx, { op: 'none', reason, scope: ctx.scope, nearest: ids }, 0);
}
