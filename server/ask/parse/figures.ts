/**
 * Choosing figures: the terms of each part of a question, figures ranked for them, and the
 * figures each operand names (with the totals, parts and funnel stages around a figure).
 */
import { LRUCache } from 'lru-cache';
import { lexicon } from '../../vocabulary/lexicon.js';
import { LabelSource } from '../../model/enums.js';
import type { IndexedFigure } from '../figure-index.js';
import { advantage, coverageGroups, isStopword, questionTerms, rankFigures, type ScoredFigure, type Term } from '../match.js';
import { chineseGrams, isChinese, words } from '../../vocabulary/tokens.js';
import { CLARIFY_MARGIN, confident, MIN_COVERAGE, type Context } from './context.js';
import { phrasesIn } from './phrases.js';

/**
 * Terms of one part of a question, completed from the other parts where it names no topic or no
 * measure of its own: in 行政复议和行政诉讼哪个收到的案件多 the first part borrows 收到; in
 * 社区、乡镇、街道调委会加起来 the first two borrow 调委会.
 */
export function partTerms(part: string, others: string[], ctx: Context): Term[] {
  const own = questionTerms(part, ctx.index);
  const borrowed: string[] = [];
  for (const [phrases, named] of [[ctx.index.topicPhrases, phrasesIn(part, ctx.index.topicPhrases)], [ctx.index.measurePhrases, phrasesIn(part, ctx.index.measurePhrases)]] as const) {
    if (named.length) continue;
    for (const other of others) borrowed.push(...phrasesIn(other, phrases));
  }
  const extra = borrowed.length ? questionTerms(borrowed.join(' '), ctx.index).filter((t) => !t.bonus && !own.some((o) => o.token === t.token)) : [];
  return [...own, ...extra];
}

/**
 * Figures ranked for some terms. A figure in another topic than the one a question names is not an
 * answer unless its own words cover that name: "reconsideration cases lost" is not litigation's 1.
 */
export function best(terms: Term[], ctx: Context, text?: string): ScoredFigure[] {
  return bestAmong(ctx.figures, terms, ctx, text);
}

/**
 * The figures `best` would rank first that are confident (explain MIN_COVERAGE of the question and
 * name it), found without scoring every figure of the reports: only those the reports' postings
 * say hold enough of the question's words are scored. In the order `best` gives them.
 */
export function bestConfident(terms: Term[], ctx: Context, reportIds: Set<string>): ScoredFigure[] {
  const { groups, least } = coverageGroups(terms, MIN_COVERAGE);
  if (least === Infinity) return [];
  return bestAmong(ctx.index.figuresHolding(groups, least, reportIds), terms, ctx, undefined, true);
}

/**
 * The figures `best` would rank, in its order, among those the postings say can explain `share`
 * of the question: every figure of that coverage is there (others may be too).
 */
export function bestHolding(terms: Term[], ctx: Context, reportIds: Set<string>, share: number): ScoredFigure[] {
  const { groups, least } = coverageGroups(terms, share);
  if (least === Infinity) return [];
  return bestAmong(ctx.index.figuresHolding(groups, least, reportIds), terms, ctx);
}

/**
 * The figures ranked, those of another topic than the one named after those of it. With
 * `confidentOnly`, only the confident ones (what bestConfident keeps): the topic is then tested only
 * on figures that can be confident, since a test can only take a figure's confidence away — at a
 * ranking across 24 reports, a few dozen figures instead of the hundreds the postings let through.
 */
function bestAmong(figures: IndexedFigure[], terms: Term[], ctx: Context, text?: string, confidentOnly = false): ScoredFigure[] {
  const hints = text ? { ...ctx.hints, question: `${text} ${terms.map((t) => t.token).join(' ')}` } : ctx.hints;
  const ranked = rankFigures(terms, figures, hints);
  const found = phrasesIn(text ?? ctx.normalized, ctx.index.topicPhrases);
  // 法律服务工作者 names one thing, not also 法律服务: only the longest of nested names counts.
  const named = found.filter((p) => !found.some((q) => q !== p && q.includes(p)));
  if (!named.length) return confidentOnly ? ranked.filter(confident) : ranked;
  const strict = (s: ScoredFigure) => {
    const topic = s.figure.metric.topicId;
    // A figure the labeller gave no topic (纠错率约19.2%, a clause with no topic word) is of no other
    // topic: it stays when its sentence names the one asked about (全年共审结行政复议申请…,纠错率…).
    // So is one whose topic the labeller only guessed (政务服务 for 推进“放管服”改革,…整改问题300余项),
    // when its sentence leads up to it with the topic asked: better evidence than the guess.
    return named.every((p) => (topic && ctx.index.topicsOfPhrase.get(p)?.has(topic)) || explains(s.figure, p) || (!topic && sentenceNames(s.figure, p, ctx, terms))
      || (s.figure.metric.labelledBy === LabelSource.AUTO && leadsUpWith(s.figure, p, ctx))
      || explainsThrough(s.figure, p, terms));
  };
  // Two names, one the figure's and one the actor of its sentence (农村法律顾问提供法律咨询2897人次):
  // when no figure owns both, one that owns one and whose sentence names the other stays.
  const loose = (s: ScoredFigure) => {
    const topic = s.figure.metric.topicId;
    const owns = (p: string) => (topic && ctx.index.topicsOfPhrase.get(p)?.has(topic)) || explains(s.figure, p) || explainsThrough(s.figure, p, terms);
    return named.some(owns) && named.every((p) => owns(p) || sentenceNames(s.figure, p, ctx, terms));
  };
  // Which test is chosen looks at every figure ranked, confident or not.
  const keep = named.length > 1 && !ranked.some((s) => s.specific > 0 && strict(s)) ? loose : strict;
  const tested = confidentOnly ? ranked.filter(confident) : ranked;
  for (const s of tested) if (!keep(s)) s.specific = 0;
  // Figures of another topic than the one named go below those of it, whatever their score.
  const sorted = tested.sort((a, b) => Number(b.specific > 0) - Number(a.specific > 0) || b.score - a.score);
  return confidentOnly ? sorted.filter(confident) : sorted;
}

/** Whether a figure's own fields (not just its sentence) hold the words of a phrase. */
export function explains(figure: IndexedFigure, phrase: string): boolean {
  const fields = [figure.fields.label, figure.fields.aliases, figure.fields.clause, figure.fields.measure];
  const has = (t: string) => fields.some((f) => f.has(t));
  const tokens = phraseTokens(phrase);
  return tokens.length > 0 && tokens.every(has);
}

/**
 * Whether a figure's own fields hold an English phrase through the words the question's terms stand
 * for: "publicity talks" names the topic 普法 by "publicity", but 宣讲 (publicity talk) holds it too.
 */
function explainsThrough(figure: IndexedFigure, phrase: string, terms: Term[]): boolean {
  if (isChinese(phrase)) return false;
  const tokens = phraseTokens(phrase);
  return tokens.length > 0 && tokens.every((token) => {
    const term = terms.find((t) => t.token === token);
    return !!term?.alternatives?.some((a) => explains(figure, a.token));
  });
}

/**
 * The tokens a phrase is held by: a Chinese name by all its bigrams (the segmenter may have cut it
 * otherwise), English by its words. Remembered: a ranking tests the same topic names against every
 * figure of every report searched, and segmenting them each time was a sixth of its parse.
 */
const tokensOfPhrase = new LRUCache<string, string[]>({ max: 2000 });
function phraseTokens(phrase: string): string[] {
  let tokens = tokensOfPhrase.get(phrase);
  if (!tokens) {
    tokens = isChinese(phrase) ? chineseGrams(phrase).filter((g) => g.length === 2) : words(phrase).filter((w) => w.length > 1 && !isStopword(w));
    tokensOfPhrase.set(phrase, tokens);
  }
  return tokens;
}

/**
 * Whether a figure's sentence names a topic phrase: its words (all bigrams, for Chinese), or the
 * Chinese name of a topic the phrase names (reconsideration → 行政复议), as the report writes it.
 */
/** The figure's sentence names `phrase` (or a Chinese name of its topic) before the figure: 推进“放管服”改革,…整改问题300余项. */
function leadsUpWith(figure: IndexedFigure, phrase: string, ctx: Context): boolean {
  const lead = figure.metric.quote.slice(0, Math.max(0, figure.metric.spanStart - figure.metric.quoteStart));
  const topics = [...(ctx.index.topicsOfPhrase.get(phrase) ?? [])].map((k) => ctx.index.lexicon.topicById.get(k));
  const names = [...(isChinese(phrase) ? [phrase] : []), ...topics.flatMap((t) => (t ? [t.zh, ...t.aliases.zh] : []))];
  return names.some((n) => n.length > 1 && lead.includes(n));
}

function sentenceNames(figure: IndexedFigure, phrase: string, ctx: Context, terms: Term[] = []): boolean {
  const holds = (p: string) => {
    const tokens = phraseTokens(p);
    return tokens.length > 0 && tokens.every((t) => figure.fields.quote.has(t));
  };
  if (holds(phrase)) return true;
  // An English name, by the Chinese its words stand for (special enforcement inspection → 执法 … 检查).
  if (!isChinese(phrase)) {
    const tokens = phraseTokens(phrase);
    const stands = (token: string) => terms.find((t) => t.token === token)?.alternatives?.some((a) => isChinese(a.token) && holds(a.token)) ?? false;
    if (tokens.length > 0 && tokens.every((t) => figure.fields.quote.has(t) || stands(t))) return true;
  }
  const topics = [...(ctx.index.topicsOfPhrase.get(phrase) ?? [])].map((k) => ctx.index.lexicon.topicById.get(k));
  return topics.some((t) => !!t && [t.zh, ...t.aliases.zh].some(holds));
}

/** Measures the question names, in the order it names them: "received minus concluded". */
export function measuresNamed(terms: Term[], ctx: Context): string[] {
  const named: { key: string; at: number }[] = [];
  const order = terms.map((t) => t.token);
  for (const measure of ctx.index.measures) {
    const own = ctx.index.measureWords.get(measure.key)!;
    const at = order.findIndex((t) => own.has(t));
    if (at >= 0) named.push({ key: measure.key, at });
  }
  return named.sort((a, b) => a.at - b.at).map((n) => n.key);
}

/**
 * Which parts are operands and which only lend words. Two parts naming topics are compared or
 * added, and a part naming only a measure is shared by them (复议和诉讼案件一共收到多少件). A part
 * naming only a measure is an operand when the others have a measure of their own
 * (行政复议收到的申请比受理的多几件).
 */
export function operandParts(parts: string[], ctx: Context): string[] {
  const topical = parts.map((p) => phrasesIn(p, ctx.index.topicPhrases).length > 0);
  const measured = parts.map((p) => phrasesIn(p, ctx.index.measurePhrases).length > 0);
  if (topical.filter(Boolean).length >= 2) return parts.filter((_, i) => topical[i]);
  const measureOnly = parts.map((_, i) => measured[i] && !topical[i]);
  const topicsHaveMeasures = parts.some((_, i) => topical[i] && measured[i]);
  if (measureOnly.some(Boolean) && !topicsHaveMeasures && measureOnly.some((m) => !m)) return parts.filter((_, i) => !measureOnly[i]);
  return parts;
}

/**
 * The best confident figure for each part, each a different figure when `distinct` (律所 and
 * 法律服务所 are two). Where at least two parts name a topic, a part that names none only lends
 * its words to the others: in "which concluded more cases, reconsideration or litigation" the
 * first part is context, not a third operand.
 */
export function figuresForParts(parts: string[], ctx: Context, distinct: boolean): ScoredFigure[] | { failed: Term[]; ranked: ScoredFigure[] } {
  const candidates = operandParts(parts, ctx);
  const rankings = candidates.map((part) => {
    const terms = partTerms(part, parts.filter((p) => p !== part), ctx);
    const ranked = best(terms, ctx, part);
    const [first, second] = ranked;
    // A part that names one figure clearly; 法治督察 alone names two, and only sets the scene.
    const clear = confident(first) && (!second || !confident(second) || advantage(first, second) >= CLARIFY_MARGIN);
    return { terms, ranked, clear };
  });
  const operands = rankings.filter((r) => r.clear).length >= 2 ? rankings.filter((r) => r.clear) : rankings;
  const chosen: ScoredFigure[] = [];
  for (const { terms, ranked } of operands) {
    const taken = new Set(chosen.map((c) => c.figure.metric.id));
    const pick = ranked.find((s) => confident(s) && (!distinct || !taken.has(s.figure.metric.id)));
    if (!pick || (ranked[0] && ranked[0].score > pick.score * 2)) return { failed: terms, ranked };
    chosen.push(pick);
  }
  return chosen;
}

export function partsOf(total: IndexedFigure, ctx: Context): IndexedFigure[] {
  return ctx.figures.filter((f) => f.metric.partOfId === total.metric.id);
}

/** The figure one step up a funnel (accepted → received) in the same report and topic. */
export function funnelPredecessor(figure: IndexedFigure, ctx: Context): IndexedFigure | undefined {
  const measure = figure.metric.measureId;
  for (const funnel of lexicon().invariants.funnels) {
    const at = measure ? funnel.measures.indexOf(measure) : -1;
    if (at <= 0) continue;
    const previous = ctx.figures.find((f) => f.metric.reportId === figure.metric.reportId
      && f.metric.topicId === figure.metric.topicId && f.metric.measureId === funnel.measures[at - 1] && !f.metric.partOfId);
    if (previous) return previous;
  }
  return undefined;
}
