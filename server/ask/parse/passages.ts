/**
 * Questions answered in words rather than by a figure: a passage of a report, the documents it
 * cites, or no figure at all (NOT_IN_REPORT / OUT_OF_SCOPE).
 */
import { questionTerms, withoutCharacterTranslations, type ScoredFigure, type Term } from '../match.js';
import { TokenSet } from '../token-set.js';
import type { IndexedSentence } from '../figure-index.js';
import { MIN_TRANSLATION_FACTOR, phraseTranslationsForSentences, TRANSLATION_FACTOR, TRANSLATION_STEP, translationsForSentences } from '../query-expansion.js';
import { chineseGrams, englishToken, fieldTokens, isChinese } from '../../vocabulary/tokens.js';
import { englishOrdinal, parseDigitsOrNumeral } from '../../vocabulary/numbers.js';
import type { Scope } from '../structured-query.js';
import { result, unanswerable, type Context, type ParseResult } from './context.js';

/** Below this share of a question's weight found in one sentence, no sentence answers it. */
export const MIN_PASSAGE_COVERAGE = 0.5;

/**
 * How much of a term a sentence holds: the word itself (1), a synonym or translation of it (its
 * factor), or — for a compound of three or more characters the sentence words otherwise (提供服务
 * of 提供“一站式”法律服务) — half the share of its character pairs it holds.
 */
function heldIn(term: Term, tokens: TokenSet, text: string): number {
  // A Chinese word in the sentence as written, whatever the segmenter cut (法治人才 of 法治人才培养规划).
  if (tokens.has(term.token) || (isChinese(term.token) && term.token.length >= 2 && text.includes(term.token))) return 1;
  let best = 0;
  for (const a of term.alternatives ?? []) if (a.factor > best && (tokens.has(a.token) || (a.token.length >= 2 && isChinese(a.token) && text.includes(a.token)))) best = a.factor;
  if (best === 0 && isChinese(term.token) && term.token.length >= 3) {
    const pairs = chineseGrams(term.token).filter((g) => g.length === 2);
    best = (pairs.filter((g) => tokens.has(g)).length / pairs.length) * 0.5;
  }
  return best;
}

const MAX_SENTENCE_TRANSLATIONS = 6;

/**
 * An English term with the Chinese words of its dictionary entry that the sentences in scope write
 * (the figures' translations, its alternatives, are only those the figures hold), and those of the
 * pairs of the question's words it is one of (Xi Jinping → 习近平, leading cadres → 领导干部), which
 * stand for each word of the pair.
 */
function withSentenceTranslations(term: Term, texts: readonly string[], pairs: ReadonlyMap<string, string[]>): Term {
  const raw = term.raw ?? term.token;
  if (isChinese(raw)) return term;
  const known = new Set((term.alternatives ?? []).map((a) => a.token));
  const written = (token: string) => texts.some((t) => t.includes(token));
  // As for figures: the dictionary's first words count most, less the further down its list.
  const extra = [
    ...(pairs.get(term.token) ?? []).map((token) => ({ token, factor: TRANSLATION_FACTOR, translation: true })),
    ...translationsForSentences(raw).map((token, rank) => ({ token, factor: Math.max(MIN_TRANSLATION_FACTOR, TRANSLATION_FACTOR - TRANSLATION_STEP * rank), translation: true })),
  ].filter((a) => !known.has(a.token) && (known.add(a.token), written(a.token))).slice(0, MAX_SENTENCE_TRANSLATIONS);
  return extra.length ? { ...term, alternatives: [...(term.alternatives ?? []), ...extra] } : term;
}

/** The Chinese of each pair of adjacent English words of a question, filed under both words' tokens. */
function pairTranslations(question: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const raw = question.toLowerCase().match(/[a-z][a-z'-]*/g) ?? [];
  for (let i = 0; i + 1 < raw.length; i++) {
    const found = phraseTranslationsForSentences(`${raw[i]} ${raw[i + 1]}`);
    if (!found.length) continue;
    for (const word of [raw[i], raw[i + 1]]) {
      const token = englishToken(word);
      out.set(token, [...(out.get(token) ?? []), ...found]);
    }
  }
  return out;
}

interface SentenceMatch {
  sentence: IndexedSentence;
  share: number;
  /** How many of the question's words it holds (half of one, at least). */
  found: number;
  terms: Term[];
  weights: number[];
  /** In how many sentences each term is found. */
  dfs: number[];
}

/**
 * The sentence of the reports in scope that holds most of a question's words (`accept` narrows the
 * sentences looked at). A word weighs by how few of those sentences hold it, so the words that pick
 * one sentence count most; a word no sentence holds weighs as one a single sentence holds (it is
 * the question's framing, or it is missing: either way it lowers the share).
 */
function bestSentence(terms: Term[], ctx: Context, accept: (s: IndexedSentence) => boolean = () => true): SentenceMatch | undefined {
  const own = terms.filter((t) => !t.bonus);
  if (!own.length) return undefined;
  const sentences = ctx.index.sentences.filter((s) => ctx.reports.has(s.reportId));
  if (!sentences.length) return undefined;
  const texts = sentences.map((s) => ctx.index.sentenceText(s));
  const pairs = ctx.language === 'en' ? pairTranslations(ctx.normalized) : new Map<string, string[]>();
  const withWords = own.map((t) => withSentenceTranslations(t, texts, pairs));
  const held = sentences.map((s, i) => withWords.map((t) => heldIn(t, s.tokens, texts[i])));
  const rare = Math.log((sentences.length + 1) / 1.5);
  // A sentence holding a word by a pair of its characters only does not count as holding it.
  const dfs = own.map((_, i) => held.filter((h) => h[i] >= 0.5).length);
  const weights = dfs.map((df) => (df ? Math.log((sentences.length + 1) / (df + 0.5)) : rare));
  const total = weights.reduce((a, w) => a + w, 0);
  // A topic of the genre the question names (法律援助) that no sentence in scope holds: the reports do
  // not speak of it, whatever else a sentence shares with the question.
  // (A Chinese word: an English one may only lack the translation the sentence uses.)
  if (own.some((t, i) => isChinese(t.token) && t.token.length >= 2 && ctx.index.topicTokens.has(t.token) && !held.some((h) => h[i] > 0))) return undefined;
  let best: SentenceMatch | undefined;
  held.forEach((h, at) => {
    const share = h.reduce((a, x, i) => a + x * weights[i], 0) / total;
    if (best && share <= best.share) return;
    if (!accept(sentences[at])) return;
    best = { sentence: sentences[at], share, found: h.filter((x) => x >= 0.5).length, terms: withWords, weights, dfs };
  });
  return best;
}

/**
 * Enough of the question in one sentence: most of its weight, and two words at least — one word is no
 * evidence, unless it is all the question names and a Chinese word few sentences hold (头雁说了什么).
 */
const answers = (m: SentenceMatch | undefined): m is SentenceMatch => !!m && m.share >= MIN_PASSAGE_COVERAGE
  && (m.found >= 2 || (m.terms.length === 1 && isChinese(m.terms[0].token) && m.terms[0].token.length >= 2 && m.dfs[0] <= MAX_SENTENCES_OF_ONE_WORD));
/** A word alone answers only when it picks out this few sentences of the reports in scope. */
const MAX_SENTENCES_OF_ONE_WORD = 2;

/**
 * A question asked in words (五个抓手是什么, 采用什么模式, which village was selected, what did the
 * report say about X) answered by the sentence that holds most of its words.
 */
export function passage(terms: Term[], ctx: Context): ParseResult | undefined {
  const best = bestSentence(terms, ctx);
  if (!answers(best)) return undefined;
  const s = best.sentence;
  return result(ctx, { op: 'passage', reportId: s.reportId, start: s.start, end: s.end }, best.share);
}

const ORDINAL = /第\s*([0-9]+|[〇零一二两三四五六七八九十百千]+)/g;
/** The characters around an ordinal that say what it numbers (第78次常委会会议: 常委会会议) or ranks in (位列全省第4: 全省). */
const ORDINAL_CONTEXT = 8;

/** The ordinals a question states itself (县委依法治县委员会第二次会议, the second meeting): given, not asked. */
function givenOrdinals(question: string): Set<number> {
  const out = new Set<number>();
  for (const m of question.matchAll(ORDINAL)) out.add(parseDigitsOrNumeral(m[1]));
  for (const word of question.match(/[a-z0-9]+/g) ?? []) {
    const n = englishOrdinal(word);
    if (n) out.add(n);
  }
  return out;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
/** A day the question names, as a report writes it (9月19日): 9月19日, 19 September, September 19. */
export function questionDate(question: string): string | undefined {
  const zh = /(\d{1,2})月(\d{1,2})日/.exec(question);
  if (zh) return `${Number(zh[1])}月${Number(zh[2])}日`;
  const month = `(${MONTHS.join('|')})`;
  const en = new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${month}\\b`).exec(question) ?? new RegExp(`\\b${month}\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b`).exec(question);
  if (!en) return undefined;
  const [a, b] = [en[1], en[2]];
  const [m, d] = /^\d/.test(a) ? [MONTHS.indexOf(b) + 1, Number(a)] : [MONTHS.indexOf(a) + 1, Number(b)];
  return `${m}月${d}日`;
}

/**
 * 第几 asked (海丰县经济发展活力位列全省第几, at which numbered meeting): the sentence that holds the
 * question and states an ordinal it does not give, and of its ordinals the one whose neighbouring
 * words the question names (what it numbers after it counts most, where it ranks before it).
 */
export function ordinalPassage(terms: Term[], ctx: Context): ParseResult | undefined {
  const given = givenOrdinals(ctx.normalized);
  const ordinalsIn = (s: IndexedSentence) => {
    const text = ctx.index.sentenceText(s);
    return [...text.matchAll(ORDINAL)].filter((m) => Number.isFinite(parseDigitsOrNumeral(m[1])) && !given.has(parseDigitsOrNumeral(m[1])))
      .map((m) => ({ at: m.index!, end: m.index! + m[0].length, text }));
  };
  const best = bestSentence(terms, ctx, (s) => ordinalsIn(s).length > 0);
  if (!answers(best)) return undefined;
  const s = best.sentence;
  const near = (text: string) => {
    const tokens = TokenSet.of(fieldTokens(text));
    return best.terms.reduce((a, t, i) => a + heldIn(t, tokens, text) * best.weights[i], 0);
  };
  // A date the question gives (2月8日召开的, on 19 September) picks the ordinals of that day's event:
  // after the date in the sentence, up to the end of its clause.
  const text = ctx.index.sentenceText(s);
  const day = questionDate(ctx.normalized);
  const from = day ? text.indexOf(day) : -1;
  const clauseEnd = from >= 0 ? from + day!.length + Math.max(0, text.slice(from + day!.length).search(/[,，;；。]|$/)) : -1;
  const inDay = (o: { at: number }) => from < 0 || (o.at > from && o.at < clauseEnd);
  const candidates = ordinalsIn(s).filter(inDay);
  if (!candidates.length) return undefined;
  const scored = candidates.map((o) => ({ ...o, score: near(o.text.slice(o.end, o.end + ORDINAL_CONTEXT)) + 0.5 * near(o.text.slice(Math.max(0, o.at - ORDINAL_CONTEXT), o.at)) }));
  const chosen = scored.reduce((a, b) => (b.score > a.score ? b : a));
  return result(ctx, { op: 'passage', reportId: s.reportId, start: s.start, end: s.end, ordinal: { start: s.start + chosen.at, end: s.start + chosen.end } }, best.share);
}

/** A question with no figure behind it: in the reports' domain (NOT_IN_REPORT) or not at all (OUT_OF_SCOPE). */
export function noFigure(terms: Term[], ranked: ScoredFigure[], ctx: Context): ParseResult {
  const domain = terms.some((t) => t.token.length > 1 && ctx.index.knows(t.token));
  return unanswerable(ctx, domain ? 'NOT_IN_REPORT' : 'OUT_OF_SCOPE', ranked);
}

/**
 * Cited documents on a subject (营商环境方面印发了什么文件), or all of them when none is named. A subject
 * no cited document is about may be in a sentence (紧扣达州市哪个普法规划的收官要求: a plan named in
 * quotation marks, not cited as a title): `otherwise` answers then, if it can.
 */
export function documentsAbout(subject: string, ctx: Context, scope: Scope, otherwise: () => ParseResult | undefined = () => undefined): ParseResult {
  const terms = questionTerms(subject, ctx.index).filter((t) => !t.bonus).map(withoutCharacterTranslations);
  const inScope = ctx.index.documents.filter((d) => ctx.reports.has(d.document.reportId));
  if (!terms.length) return result(ctx, { op: 'documents', scope }, 1);
  const total = terms.reduce((a, t) => a + t.weight, 0);
  const scored = inScope.map((d) => ({ d, share: terms.filter((t) => d.tokens.has(t.token)).reduce((a, t) => a + t.weight, 0) / total }))
    .filter((x) => x.share >= 0.5).sort((a, b) => b.share - a.share);
  if (!scored.length) return otherwise() ?? result(ctx, { op: 'documents', scope }, 0.5);
  const top = scored[0].share;
  const ids = scored.filter((x) => x.share >= top - 0.15).slice(0, 5).map((x) => x.d.document.id);
  return result(ctx, { op: 'documents', scope, ids }, top);
}
