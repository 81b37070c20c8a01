/**
 * The offline parser: a question in Chinese or English becomes a StructuredQuery, through small
 * steps that each do one thing — normalise, find the scope (place, year), find the operation cues,
 * split the question into the figures it names, and score every figure in scope against each part.
 * No model, no list of known sentences: the lexicon in seeds/lexicon and the figures' own words
 * are all it knows.
 */
import { lexicon } from '../ingest/lexicon.js';
import type { Metric } from '../model/index.js';
import { CUE_MARK, detectCues, withoutCues, type CueMatch, type CueName } from './cues.js';
import type { FigureIndex, IndexedFigure } from './figure-index.js';
import { advantage, isStopword, questionTerms, rankFigures, type RankHints, type ScoredFigure, type Term } from './match.js';
import { languageOf, normalizeQuestion, type Language } from './normalize.js';
import { detectScope, reportsInScope } from './scope.js';
import type { Scope, StructuredQuery, UnanswerableReason } from './structured-query.js';
import { chineseGrams, englishToken, isChinese, words } from './tokens.js';

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

/** Phrases that shape the operation, not the subject: blanked before matching figures. */
const STRUCTURAL_CUES: CueName[] = ['sum', 'difference', 'ratio', 'compare', 'breakdown', 'count_question', 'list_question'];

const UNIT_WORDS: [RegExp, string[]][] = [
  [/(多少|几)(名|位|个人|人)(?!民)|how many (people|persons|staff|officers|members)(?!['’]s)/, ['人', '名', '位', '人次']],
  [/(多少|几)(件|宗|起)/, ['件']],
  [/(多少|几)(次|回)|how many times/, ['次', '场次', '场']],
  [/(多少|几)场/, ['场次', '场']],
  [/(多少|几)(所)/, ['所']],
  [/(多少|几)(家)/, ['家']],
  [/(多少|几)(份)/, ['份']],
  [/(多少|几)(条)/, ['条']],
  [/(多少|几)(篇)/, ['篇']],
  [/(多少|几)(项)/, ['项']],
  [/(多少|几)个/, ['个']],
  [/(多少|几)学时|how many hours/, ['学时', '课时', '小时']],
];
const RATE_WORDS = /率|百分之|百分比|比例|占比|rate|percent|percentage|proportion|share/;

/** English unit names (sessions, cases, people …) to the units they count in, from units.json. */
let englishUnits: Map<string, string[]> | undefined;
function unitsNamed(word: string): string[] | undefined {
  if (!englishUnits) {
    englishUnits = new Map();
    for (const u of lexicon().units) {
      for (const name of [u.en.one, u.en.other, ...u.aliases.en]) {
        const stem = englishToken(name.toLowerCase());
        englishUnits.set(stem, [...(englishUnits.get(stem) ?? []), u.unit]);
      }
    }
  }
  return englishUnits.get(word);
}

/** Where the noun phrase after "how many" ends: at its verb or preposition. */
const PHRASE_END = /^(?:were|was|are|is|did|do|does|have|has|had|in|at|by|for|during|from|under|on|with|did|got|get|been|be|there)$/;

function rankHints(text: string): RankHints {
  let units = UNIT_WORDS.find(([re]) => re.test(text))?.[1];
  // "how many 'first lesson' sessions were held": the last word before the verb names what is counted.
  const phrase = /how many ([a-z' -]+)/.exec(text)?.[1].replace(/'/g, ' ').split(/\s+/).filter(Boolean) ?? [];
  const end = phrase.findIndex((w) => PHRASE_END.test(w));
  const head = (end < 0 ? phrase : phrase.slice(0, end)).filter((w) => !isStopword(w)).at(-1);
  const counted = head ? [englishToken(head)] : [];
  if (!units && counted.length) units = unitsNamed(counted[0]);
  return { units, wantsRate: RATE_WORDS.test(text), question: text, counted };
}

/** Asking for a quantity, as opposed to a list or a fact: decides between figures and text. */
const QUANTITY = /多少|几[个件人名次所家项场条份篇位]?|数量|总数|人数|次数|件数|how many|how much|number of|count of|total|percentage|share|rate|proportion/;

const CONNECTORS_ZH = new Set(['和', '与', '及', '以及', '跟', '同', '加上', '加', '比', '、', ',', ',', ';', '还是', '或', '或者', '对比', '相比', '占', '除以', '/']);
const CONNECTORS_EN = /\s(?:and|plus|than|versus|vs\.?|or|minus|compared (?:with|to)|against|divided by|out of|over)\s|[,;]/;

/** Split a question at its connectors (和, 比, and, than …) into the parts that each name a figure. */
export function splitParts(text: string): string[] {
  const parts: string[] = [];
  // jieba glues 和 to a following 县 (和县 is a county): cut the conjunction loose first.
  const loosened = text.replace(/([\u3400-\u9fff])([和与及跟])(?![解谐睦平])([\u3400-\u9fff])/g, '$1 $2 $3');
  for (const chunk of loosened.split(CUE_MARK).flatMap((piece) => piece.split(CONNECTORS_EN))) {
    let current = '';
    for (const w of segmentKeepingLatin(chunk)) {
      if (CONNECTORS_ZH.has(w.trim())) {
        if (current.trim()) parts.push(current.trim());
        current = '';
      } else {
        current += w.trim() ? w : '';
      }
    }
    if (current.trim()) parts.push(current.trim());
  }
  return parts;
}

/** jieba words for Chinese runs, Latin stretches kept whole, so parts can be re-joined as text. */
function segmentKeepingLatin(text: string): string[] {
  const out: string[] = [];
  for (const piece of text.split(/([\u3400-\u9fff]+)/)) {
    if (!piece) continue;
    if (/[\u3400-\u9fff]/.test(piece)) out.push(...words(piece));
    else out.push(piece);
  }
  return out;
}

interface Context {
  index: FigureIndex;
  figures: IndexedFigure[];
  scope: Scope;
  hints: RankHints;
  language: Language;
  normalized: string;
  /** Reports in scope left out of the search (only the most recent are searched). */
  unsearched?: number;
}

function result(ctx: Pick<Context, 'language' | 'normalized' | 'unsearched'>, query: StructuredQuery, confidence: number, alternatives: StructuredQuery[] = []): ParseResult {
  return { language: ctx.language, normalized: ctx.normalized, query, alternatives, confidence, ...(ctx.unsearched ? { unsearched: ctx.unsearched } : {}) };
}

/** The topic or measure names and aliases a text contains (行政复议, concluded). */
const phrasePatterns = new Map<string, RegExp>();
/** Each list's phrases filed under their first character, with their place in the list. */
const phrasesByFirst = new WeakMap<string[], Map<string, { phrase: string; at: number }[]>>();
export function phrasesIn(text: string, phrases: string[]): string[] {
  let byFirst = phrasesByFirst.get(phrases);
  if (!byFirst) {
    byFirst = new Map();
    for (const [at, phrase] of phrases.entries()) {
      if (!phrase) continue;
      let list = byFirst.get(phrase[0]);
      if (!list) byFirst.set(phrase[0], (list = []));
      list.push({ phrase, at });
    }
    phrasesByFirst.set(phrases, byFirst);
  }
  // Only the phrases starting with a character of the text can be in it; found in the list's order.
  const found: { phrase: string; at: number }[] = [];
  for (const ch of new Set(text)) {
    for (const candidate of byFirst.get(ch) ?? []) {
      const p = candidate.phrase;
      if (!text.includes(p)) continue;
      if (!/[\u3400-\u9fff]/.test(p)) {
        // A Latin phrase must start a word: "accepted" is not in "unaccepted".
        let re = phrasePatterns.get(p);
        if (!re) phrasePatterns.set(p, (re = new RegExp(`(?<![a-z])${p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`)));
        if (!re.test(text)) continue;
      }
      found.push(candidate);
    }
  }
  return found.sort((a, b) => a.at - b.at).map((c) => c.phrase);
}

/**
 * Terms of one part of a question, completed from the other parts where it names no topic or no
 * measure of its own: in 行政复议和行政诉讼哪个收到的案件多 the first part borrows 收到; in
 * 社区、乡镇、街道调委会加起来 the first two borrow 调委会.
 */
function partTerms(part: string, others: string[], ctx: Context): Term[] {
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
function best(terms: Term[], ctx: Context, text?: string): ScoredFigure[] {
  const hints = text ? { ...ctx.hints, question: `${text} ${terms.map((t) => t.token).join(' ')}` } : ctx.hints;
  const ranked = rankFigures(terms, ctx.figures, hints);
  const found = phrasesIn(text ?? ctx.normalized, ctx.index.topicPhrases);
  // 法律服务工作者 names one thing, not also 法律服务: only the longest of nested names counts.
  const named = found.filter((p) => !found.some((q) => q !== p && q.includes(p)));
  if (!named.length) return ranked;
  for (const s of ranked) {
    const topic = s.figure.metric.topicId;
    const own = named.every((p) => (topic && ctx.index.topicsOfPhrase.get(p)?.has(topic)) || explains(s.figure, p));
    if (!own) s.specific = 0;
  }
  // Figures of another topic than the one named go below those of it, whatever their score.
  return ranked.sort((a, b) => Number(b.specific > 0) - Number(a.specific > 0) || b.score - a.score);
}

/** Whether a figure's own fields (not just its sentence) hold the words of a phrase. */
function explains(figure: IndexedFigure, phrase: string): boolean {
  const fields = [figure.fields.label, figure.fields.aliases, figure.fields.clause, figure.fields.measure];
  const has = (t: string) => fields.some((f) => f.has(t));
  // A Chinese name is held if all its bigrams are (the segmenter may have cut it otherwise).
  const tokens = isChinese(phrase) ? chineseGrams(phrase).filter((g) => g.length === 2) : words(phrase).filter((w) => w.length > 1 && !isStopword(w));
  return tokens.length > 0 && tokens.every(has);
}

/** Enough of the question explained, and not by the topic alone (社区矫正对象 names a topic, not a figure). */
const confident = (s: ScoredFigure | undefined): s is ScoredFigure => !!s && s.coverage >= MIN_COVERAGE && s.specific > 0;

/** Measures the words of a question name, by their distinctive words (审结, accepted, applications). */
/** Measures the question names, in the order it names them: "received minus concluded". */
function measuresNamed(terms: Term[], ctx: Context): string[] {
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
function operandParts(parts: string[], ctx: Context): string[] {
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
function figuresForParts(parts: string[], ctx: Context, distinct: boolean): ScoredFigure[] | { failed: Term[]; ranked: ScoredFigure[] } {
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

function partsOf(total: IndexedFigure, ctx: Context): IndexedFigure[] {
  return ctx.figures.filter((f) => f.metric.partOfId === total.metric.id);
}

/** The figure one step up a funnel (accepted → received) in the same report and topic. */
function funnelPredecessor(figure: IndexedFigure, ctx: Context): IndexedFigure | undefined {
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

function unanswerable(ctx: Pick<Context, 'language' | 'normalized' | 'scope' | 'unsearched'>, reason: UnanswerableReason, nearest: ScoredFigure[]): ParseResult {
  const ids = nearest.filter((s) => s.coverage >= 0.4).slice(0, 3).map((s) => s.figure.metric.id);
  return result(ctx, { op: 'none', reason, scope: ctx.scope, nearest: ids }, 0);
}

/** Below this share of a question's weight found in one sentence, no sentence answers it. */
export const MIN_PASSAGE_COVERAGE = 0.8;

/**
 * A question asked in words (五个抓手是什么, how often were case reviews held) answered by the one
 * sentence that holds nearly all of its words. At least two words must be found: one word is no
 * evidence that a sentence is about the question.
 */
function passage(terms: Term[], ctx: Context): ParseResult | undefined {
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
function noFigure(terms: Term[], ranked: ScoredFigure[], ctx: Context): ParseResult {
  const domain = terms.some((t) => t.token.length > 1 && ctx.index.knows(t.token));
  return unanswerable(ctx, domain ? 'NOT_IN_REPORT' : 'OUT_OF_SCOPE', ranked);
}

/**
 * The same figure in the other reports in scope (same topic, measure and unit): with several
 * reports and none named, each report's figure is a reading of the question.
 */
function sameFigureElsewhere(top: ScoredFigure, ranked: ScoredFigure[], measureNamed: boolean): ScoredFigure[] {
  const m = top.figure.metric;
  const seen = new Set([m.reportId]);
  const out: ScoredFigure[] = [];
  for (const s of ranked) {
    const o = s.figure.metric;
    if (seen.has(o.reportId) || !confident(s)) continue;
    // A question naming no measure (法律援助案件多少件) is the same question of each report's figure.
    if (o.topicId === m.topicId && (!measureNamed || o.measureId === m.measureId) && o.unit === m.unit && !o.partOfId === !m.partOfId) {
      seen.add(o.reportId);
      out.push(s);
    }
  }
  return out;
}

function lookupOrClarify(ranked: ScoredFigure[], ctx: Context, cues: CueMatch): ParseResult {
  const [top, ...rest] = ranked;
  if (!ctx.scope.reportId) {
    const elsewhere = sameFigureElsewhere(top, rest, !ctx.hints.defaultMeasures);
    if (elsewhere.length) {
      const alternatives = [top, ...elsewhere].map((s) => ({ op: 'lookup' as const, metrics: [s.figure.metric.id] }));
      return result(ctx, alternatives[0], top.coverage * 0.5, alternatives);
    }
  }
  // Runners-up the question's words do not tell from the best, with another value: ask which.
  const rivals = rest.filter((s) => confident(s) && advantage(top, s) < CLARIFY_MARGIN
    && (s.figure.metric.value !== top.figure.metric.value || s.figure.metric.reportId !== top.figure.metric.reportId));
  // A total and its own parts: the words of the total without a part's words mean the total.
  const total = [top, ...rivals].find((s) => rivals.concat(top).every((o) => o === s || o.figure.metric.partOfId === s.figure.metric.id));
  if (total && rivals.length) return result(ctx, { op: 'lookup', metrics: [total.figure.metric.id] }, total.coverage);
  if (rivals.length) {
    const alternatives = [top, ...rivals].slice(0, 4).map((s) => ({ op: 'lookup' as const, metrics: [s.figure.metric.id] }));
    return result(ctx, alternatives[0], top.coverage * 0.5, alternatives);
  }
  const metric = top.figure.metric;
  // "Which decision / what plan …" answered by the documents its sentence cites.
  if (cues.cues.has('list_question') && !cues.cues.has('count_question') && metric.quote.includes('\u300A')) {
    return result(ctx, { op: 'documents', scope: { reportId: metric.reportId }, near: metric.id }, top.coverage);
  }
  return result(ctx, { op: 'lookup', metrics: [metric.id] }, top.coverage);
}

export function parseQuestion(raw: string, index: FigureIndex): ParseResult {
  const normalized = normalizeQuestion(raw);
  const language = languageOf(normalized);
  const bare = { language, normalized, scope: {} as Scope };
  if (!/\p{L}/u.test(normalized)) return unanswerable(bare, 'OUT_OF_SCOPE', []);

  const scope = detectScope(normalized, index.englishPhrases, (w) => index.knows(w), index.places);
  const inScope = reportsInScope(scope, index.reports);
  // The index holds the figures of the most recent reports in scope; the rest are counted, not searched.
  const held = { ...inScope, reports: inScope.reports.filter((r) => index.searched.has(r.id)) };
  const scopeQuery: Scope = {};
  if (scope.regions.length === 1) scopeQuery.region = scope.regions[0].name;
  if (scope.years.length === 1) scopeQuery.year = scope.years[0];
  if (held.reports.length === 1) scopeQuery.reportId = held.reports[0].id;

  const cues = detectCues(scope.rest);
  const subject = withoutCues(scope.rest, cues, STRUCTURAL_CUES);
  const hints = rankHints(normalized);
  // A topic named without a measure (行政官司一共有多少件) means its plain count: the head of its funnel.
  if (phrasesIn(subject, index.topicPhrases).length && !phrasesIn(subject, index.measurePhrases).length) {
    hints.defaultMeasures = new Set(lexicon().invariants.funnels.map((f) => f.measures[0]));
  }
  const ctx: Context = {
    index,
    figures: index.figuresOf(new Set(held.reports.map((r) => r.id))),
    scope: scopeQuery,
    hints,
    language,
    normalized,
    unsearched: inScope.reports.length - held.reports.length,
  };
  const allTerms = questionTerms(subject, index);

  if (held.missing) {
    // Name what the hub does hold on the subject, from any report, as the nearest facts.
    return unanswerable(ctx, held.missing, rankFigures(allTerms, index.figures, ctx.hints));
  }

  const has = (name: CueName) => cues.cues.has(name);
  const counting = QUANTITY.test(normalized) || has('sum') || has('difference') || has('ratio') || has('compare');
  if (!counting) {
    const single = held.reports.length === 1;
    if (single && has('publisher')) return result(ctx, { op: 'metadata', field: 'publisher', scope: scopeQuery }, 1);
    if (single && has('published_on')) return result(ctx, { op: 'metadata', field: 'publishedOn', scope: scopeQuery }, 1);
    if (single && has('title')) return result(ctx, { op: 'metadata', field: 'title', scope: scopeQuery }, 1);
    if (has('problems')) return result(ctx, { op: 'sections', role: 'PROBLEM', scope: scopeQuery }, 1);
    if (has('recommendations')) return result(ctx, { op: 'sections', role: 'RECOMMENDATION', scope: scopeQuery }, 1);
    if (has('measures_taken')) return result(ctx, { op: 'sections', role: 'WORK', scope: scopeQuery }, 1);
    if (has('documents')) return documentsAbout(withoutCues(subject, cues, ['documents']), ctx, scopeQuery);
  }

  const combines = has('sum') || has('difference') || has('ratio') || has('compare');

  // Several reports named (紫云和金平, 2023年和2024年): the same figure in each, then combined.
  if (held.reports.length > 1 && (scope.regions.length > 1 || scope.years.length > 1)) {
    const chosen: ScoredFigure[] = [];
    for (const report of held.reports) {
      const top = best(allTerms, { ...ctx, figures: index.figuresOf(new Set([report.id])) })[0];
      // A report that does not state the figure makes the question unanswerable, never another's number.
      if (!confident(top)) return unanswerable(ctx, 'NOT_IN_REPORT', top ? [top] : []);
      chosen.push(top);
    }
    if (combines) return combine(chosen, ctx, cues);
    return result(ctx, { op: 'lookup', metrics: chosen.map((c) => c.figure.metric.id) }, Math.min(...chosen.map((c) => c.coverage)));
  }

  // Parts that name something: not 有, 人 or 件 left over around a cue.
  const parts = splitParts(subject).filter((p) => questionTerms(p, index).some((t) => !t.bonus && !(isChinese(t.token) && t.token.length === 1)));
  if (combines && parts.length >= 2) {
    // Figures of one report only: with several in scope and none named, each report is a reading.
    const readings: ParseResult[] = [];
    let failed: { failed: Term[]; ranked: ScoredFigure[] } | undefined;
    for (const report of held.reports) {
      const chosen = figuresForParts(parts, { ...ctx, figures: index.figuresOf(new Set([report.id])) }, true);
      if (Array.isArray(chosen)) readings.push(combine(chosen, ctx, cues));
      else failed ??= chosen;
    }
    if (readings.length === 1) return readings[0];
    if (readings.length > 1) return result(ctx, readings[0].query, readings[0].confidence / 2, readings.map((r) => r.query));
    return noFigure(failed!.failed, failed!.ranked, ctx);
  }
  // Several figures asked at once: 收到、受理、审结分别多少; received, accepted and concluded.
  if (!combines && parts.length >= 2) {
    // Each part names its own measure, and none states a figure (复议收到39件,其中受理了多少件 asks one).
    const asks = parts.filter((p) => !/\d/.test(p));
    const namesOwn = asks.length === parts.length && parts.every((p) => phrasesIn(p, ctx.index.measurePhrases).length);
    if ((has('breakdown') && asks.length === parts.length) || namesOwn) {
      const chosen = figuresForParts(parts, ctx, false);
      if (Array.isArray(chosen)) {
        const ids = [...new Set(chosen.map((c) => c.figure.metric.id))];
        // Several figures of one report; figures from several reports are readings, decided below.
        const oneReport = new Set(chosen.map((c) => c.figure.metric.reportId)).size === 1;
        if (ids.length >= 2 && oneReport) return result(ctx, { op: 'lookup', metrics: ids }, Math.min(...chosen.map((c) => c.coverage)));
      }
    }
  }

  const ranked = best(allTerms, ctx);
  const top = ranked[0];
  if (!confident(top)) {
    // Asked in words, not for a number: a sentence may answer it.
    if (!counting && has('list_question')) return passage(allTerms, ctx) ?? noFigure(allTerms, ranked, ctx);
    return noFigure(allTerms, ranked, ctx);
  }

  // One part naming two measures of one topic: "what share of applications were accepted".
  if (combines) {
    const measures = measuresNamed(allTerms, ctx);
    const sameTopic = ranked.filter((s) => s.figure.metric.topicId === top.figure.metric.topicId
      && s.figure.metric.reportId === top.figure.metric.reportId && !s.figure.metric.partOfId);
    // Stated rates (出庭率 100%) are answers, not operands of a share.
    const perMeasure = measures.map((m) => sameTopic.find((s) => s.figure.metric.measureId === m && s.figure.metric.unit !== '%'))
      .filter((s): s is ScoredFigure => !!s);
    if (perMeasure.length >= 2) return combine(perMeasure, ctx, cues);
    if (has('ratio')) {
      if (top.figure.metric.unit === '%') return result(ctx, { op: 'lookup', metrics: [top.figure.metric.id] }, top.coverage);
      // A part's share of its stated total, or a funnel stage's share of the stage before it.
      const base = (top.figure.metric.partOfId ? index.byId.get(top.figure.metric.partOfId) : undefined) ?? funnelPredecessor(top.figure, ctx);
      if (base) return result(ctx, { op: 'ratio', numerator: top.figure.metric.id, denominator: base.metric.id }, top.coverage);
    }
  }

  // 败诉率, 结案率: a rate the report does not state, of a count it does — over the stage before it.
  if (!combines && /率|\brate\b/.test(subject) && top.figure.metric.unit !== '%') {
    const base = funnelPredecessor(top.figure, ctx);
    if (base) return result(ctx, { op: 'ratio', numerator: top.figure.metric.id, denominator: base.metric.id }, top.coverage);
  }

  if (has('breakdown')) {
    const total = partsOf(top.figure, ctx).length ? top.figure
      : top.figure.metric.partOfId ? index.byId.get(top.figure.metric.partOfId) : undefined;
    if (total) return result(ctx, { op: 'breakdown', total: total.metric.id }, top.coverage);
    const topic = ctx.figures.filter((f) => f.metric.topicId === top.figure.metric.topicId && f.metric.reportId === top.figure.metric.reportId);
    return result(ctx, { op: 'lookup', metrics: topic.slice(0, 20).map((f) => f.metric.id) }, top.coverage);
  }
  return lookupOrClarify(ranked, ctx, cues);
}

/** Cited documents on a subject (营商环境方面印发了什么文件), or all of them when none is named. */
function documentsAbout(subject: string, ctx: Context, scope: Scope): ParseResult {
  const terms = questionTerms(subject, ctx.index).filter((t) => !t.bonus);
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

function combine(chosen: ScoredFigure[], ctx: Context, cues: CueMatch): ParseResult {
  const ids = [...new Set(chosen.map((s) => s.figure.metric.id))];
  const confidence = Math.min(...chosen.map((s) => s.coverage));
  const metrics = ids.map((id) => ctx.index.byId.get(id)!.metric);
  if (ids.length < 2) return result(ctx, { op: 'lookup', metrics: ids }, confidence);
  const has = (name: CueName) => cues.cues.has(name);
  if (has('difference')) return result(ctx, { op: 'difference', minuend: ids[0], subtrahend: ids[1] }, confidence);
  if (has('ratio')) {
    // A share is a part over its whole: the smaller figure over the larger.
    const [part, whole] = [...metrics].sort((a: Metric, b: Metric) => a.value - b.value);
    return result(ctx, { op: 'ratio', numerator: part.id, denominator: whole.id }, confidence);
  }
  if (has('compare')) return result(ctx, { op: 'compare', metrics: ids }, confidence);
  return result(ctx, { op: 'sum', metrics: ids }, confidence);
}

/** The ids of the figures nearest to a question, best first: what a model may choose from. */
export function nearestFigures(raw: string, index: FigureIndex, count: number): string[] {
  const normalized = normalizeQuestion(raw);
  const scope = detectScope(normalized, index.englishPhrases, (w) => index.knows(w), index.places);
  const held = reportsInScope(scope, index.reports);
  const figures = held.reports.length ? index.figuresOf(new Set(held.reports.map((r) => r.id))) : index.figures;
  const subject = withoutCues(scope.rest, detectCues(scope.rest), STRUCTURAL_CUES);
  return rankFigures(questionTerms(subject, index), figures, rankHints(normalized))
    .slice(0, count).map((s) => s.figure.metric.id);
}
