/**
 * Scoring figures against the words of a question. A question word found in a figure's fields adds
 * its weight (inverse document frequency × the field's weight); the share of the question's weight
 * that a figure explains is its coverage. A figure is only an answer when it explains most of the
 * question: 刑事案件 shares 案件 with many figures, but nothing explains 刑事, so nothing answers.
 */
import { distance } from 'fastest-levenshtein';
import { FIELD_WEIGHT, type FieldName, type FigureIndex, type IndexedFigure } from './figure-index.js';
import { TokenSet } from './token-set.js';
import { LabelSource } from '../model/enums.js';
import { ENGLISH_GRAMMAR_WORDS, isStopword } from '../vocabulary/stopwords.js';
import { chineseGrams, englishToken, isChinese, latinWords, words } from '../vocabulary/tokens.js';
import { alternativesOf, knownEnglish } from './query-expansion.js';
import { englishOf } from '../vocabulary/dictionary.js';
import { isRateWord, PEOPLE_UNITS } from './parse/hints.js';

export { isStopword };

export interface Term {
  token: string;
  weight: number;
  /** Found, it adds to the score; missing, it costs nothing (bigrams of the question's words). */
  bonus?: boolean;
  /**
   * Other words that stand for this one, each counting `factor` of a match on the word itself:
   * its synonyms (案子 → 案件) and, for an English word, its Chinese translations (contract → 合同).
   */
  alternatives?: Alternative[];
  /** An English word as typed, when its token is a stem (cultivation → cultiv): what the dictionary is asked. */
  raw?: string;
}

export interface Alternative {
  token: string;
  factor: number;
  /**
   * A dictionary translation: it matches only figures whose labels nobody wrote (labelled
   * automatically); a curated figure is matched by the English of its curated labels.
   */
  translation?: boolean;
}

export interface ScoredFigure {
  figure: IndexedFigure;
  score: number;
  coverage: number;
  /** The question's words the figure does not hold. */
  readonly missing: string[];
  /** How strongly each question term was found (the field weight), for telling figures apart. */
  readonly strength: Map<string, number>;
  /** The part of the score that names this figure, not just its topic or sentence. */
  specific: number;
  /** Add a named pseudo-term (a hint: #unit, #rate …) to the score and the strength. */
  hint(name: string, x: number): void;
}

/**
 * A figure's score against a question. Every figure in scope is scored, and only the best few are
 * ever compared term by term: `strength` and `missing` are built from the per-term matches when
 * asked for, not for every figure.
 */
class Scored implements ScoredFigure {
  private strengths?: Map<string, number>;
  private readonly hints: [string, number][] = [];

  constructor(
    readonly figure: IndexedFigure,
    public score: number,
    public coverage: number,
    public specific: number,
    private readonly terms: PreparedTerm[],
    /** The field weight each term was found with (0: not found). */
    private readonly matches: Float64Array,
  ) {}

  get strength(): Map<string, number> {
    if (!this.strengths) {
      this.strengths = new Map();
      for (let i = 0; i < this.terms.length; i++) this.strengths.set(this.terms[i].token, this.terms[i].weight * this.matches[i]);
      for (const [name, x] of this.hints) this.strengths.set(name, x);
    }
    return this.strengths;
  }

  get missing(): string[] {
    return this.terms.filter((t, i) => !t.bonus && this.matches[i] === 0).map((t) => t.token);
  }

  hint(name: string, x: number): void {
    this.score += x;
    if (this.strengths) this.strengths.set(name, x);
    else this.hints.push([name, x]);
  }
}

const FIELDS = Object.keys(FIELD_WEIGHT) as FieldName[];

/** The nearest known English word within a small edit distance: reconsideraton → reconsideration. */
function correctTypo(word: string, index: FigureIndex): string | undefined {
  // Short words are too close to each other to correct (live → give); typos rarely hit the first letter.
  const allowed = word.length >= 8 ? 2 : word.length >= 5 ? 1 : 0;
  if (!allowed) return undefined;
  let best: { word: string; d: number } | undefined;
  for (const known of index.englishWords) {
    if (known[0] !== word[0] || Math.abs(known.length - word.length) > allowed) continue;
    const d = distance(word, known);
    if (d <= allowed && (!best || d < best.d)) best = { word: known, d };
  }
  return best?.word;
}


/**
 * English prefixes written with a hyphen (pre-meeting, co-organised, sub-district … not non- or
 * anti-, which turn the meaning round): the word after it is what the figures can hold, and a
 * prefix on its own ("pre") is a word no figure holds, which would leave the question unexplained.
 */
const HYPHEN_PREFIX = /\b(?:pre|post|co|sub|multi|inter|semi|re)-(?=[a-z])/g;
export function withoutPrefixes(text: string): string {
  return text.replace(HYPHEN_PREFIX, (m) => ' '.repeat(m.length));
}

/** The content words of (what is left of) a question, each with its weight and the words that stand for it. */
export function questionTerms(given: string, index: FigureIndex): Term[] {
  const text = withoutPrefixes(given);
  const terms = new Map<string, Term>();
  const add = (token: string, raw = token) => {
    if (!token || isStopword(token) || /^[\d.]+$/.test(token) || !/[\p{L}]/u.test(token)) return;
    // A letter left over (the 's of a place blanked out: Xiashu Town's) names nothing.
    if (!isChinese(token) && token.length < 2) return;
    const single = isChinese(token) && token.length === 1;
    const alternatives = alternativesOf(token, raw, index);
    // A word the hub has never seen weighs the most: it is what the figures do not cover. A word
    // no figure holds itself, with synonyms or translations, weighs as the most common of them
    // (the weight of the set, as structured query translation counts it): issued is as common as
    // the 制发 it stands for.
    // (Not a single character standing for it, weekly → 周: a character is in many words, the word is rare.)
    const weight = index.occurs(token) ? index.idf(token) : Math.min(index.idf(token), ...alternatives.filter((a) => a.token.length > 1).map((a) => index.idf(a.token)));
    terms.set(token, { token, weight: weight * (single ? 0.25 : 1), ...(alternatives.length ? { alternatives } : {}), ...(raw !== token && !isChinese(raw) ? { raw } : {}) });
  };
  const chinese = text.replace(/[a-z0-9'’]+/g, ' ');
  const zhWords = words(chinese);
  for (const w of zhWords) add(w);
  const bonus: Term[] = [];
  // Bigrams across the segmenter's cuts (村|调委会 → 村调) tell 村调委会 from 社区调委会.
  for (const run of chinese.match(/[\u3400-\u9fff]{3,}/g) ?? []) {
    for (const gram of chineseGrams(run)) {
      if (gram.length === 2 && !terms.has(gram) && !isStopword(gram) && index.knows(gram)) bonus.push({ token: gram, weight: index.idf(gram) * 0.5, bonus: true });
    }
  }
  const stems: string[] = [];
  /** The words as typed (typos corrected), grammar words out, for translating word pairs. */
  const typed: { raw: string; stem: string }[] = [];
  for (const raw of latinWords(text)) {
    let token = englishToken(raw);
    let word = raw;
    // A word the dictionary knows is not a typo (repealed is not released), it is translated.
    if (!isStopword(raw) && !isStopword(token) && !index.knows(token) && !knownEnglish(raw)) {
      const fixed = correctTypo(raw, index);
      if (fixed) (token = englishToken(fixed)), (word = fixed);
    }
    if (!isStopword(raw)) {
      add(token, word);
      if (terms.has(token)) stems.push(token);
    }
    if (!ENGLISH_GRAMMAR_WORDS.has(raw)) typed.push({ raw: word, stem: token });
  }
  for (let i = 0; i + 1 < stems.length; i++) {
    const pair = `${stems[i]} ${stems[i + 1]}`;
    if (index.knows(pair)) bonus.push({ token: pair, weight: index.idf(pair) * 0.5, bonus: true });
  }
  // A phrase the figures state in Chinese (government contract → 政府合同, pass rate → 通过率): a
  // bonus when found, and what explains a word of it no figure holds.
  for (let i = 0; i + 1 < typed.length; i++) {
    const pair = `${typed[i].stem} ${typed[i + 1].stem}`;
    const alternatives = alternativesOf(pair, `${typed[i].raw} ${typed[i + 1].raw}`, index, true);
    if (!alternatives.length) continue;
    const weight = Math.min(...alternatives.map((a) => index.idf(a.token)));
    const known = bonus.find((b) => b.token === pair);
    if (known) known.alternatives = alternatives;
    else bonus.push({ token: pair, weight: weight * 0.5, bonus: true, alternatives });
    for (const { stem } of [typed[i], typed[i + 1]]) {
      const term = terms.get(stem);
      if (!term) continue;
      // A word with translations of its own is also explained by the phrase's (higher-level → 上级部门);
      // so is a word some other figure's English holds ("point" of contact points → 联系点), at its own weight.
      const own = term.alternatives ?? [];
      // A word the phrase translates counts as the phrase's translation does, if that is more
      // (foreign of "foreign capital" → 外资 at the phrase's factor, not as far down foreign's own list).
      const better = (o: Alternative) => alternatives.find((a) => a.token === o.token && a.factor > o.factor) ?? o;
      const merged = [...own.map(better), ...alternatives.filter((a) => !own.some((o) => o.token === a.token))];
      terms.set(stem, { token: stem, weight: own.length || index.occurs(stem) ? term.weight : Math.min(term.weight, weight), alternatives: merged });
    }
  }
  return [...terms.values(), ...bonus];
}

/**
 * A term less the single characters that stand for an English word (weekly → 周): they help find a
 * figure counted, not a sentence answering in words, nor a cue's own figure ("when was the review
 * finished" names no 完成 count).
 */
export function withoutCharacterTranslations(term: Term): Term {
  if (!term.alternatives?.some((a) => a.translation && a.token.length === 1)) return term;
  const alternatives = term.alternatives.filter((a) => !(a.translation && a.token.length === 1));
  return alternatives.length ? { ...term, alternatives } : { token: term.token, weight: term.weight, ...(term.bonus ? { bonus: true } : {}) };
}

/** Whether a token set holds a term: the word itself or one that stands for it. */
export function holdsTerm(tokens: TokenSet, term: Term): boolean {
  return tokens.has(term.token) || (term.alternatives?.some((a) => tokens.has(a.token)) ?? false);
}

const SPECIFIC: FieldName[] = ['label', 'aliases', 'measure', 'clause'];
const IS_SPECIFIC = FIELDS.map((f) => SPECIFIC.includes(f));

/** A term with what matching needs looked up once per question, not once per figure. */
interface PreparedToken {
  /** The token's number in the token sets (-1: no set holds it). */
  n: number;
  /** For a Chinese word of three or more characters: the numbers of its bigrams. */
  grams?: number[];
  /**
   * For a Chinese word of four or more characters: the numbers of the words it is made of, as the
   * figures' own text cuts them (主要负责人述法 → 主要负责人, 述法), longest first.
   */
  parts?: number[];
  /** What a match on it counts for (1: the question's own word). */
  factor: number;
  translation: boolean;
}
interface PreparedTerm extends Term {
  own: PreparedToken;
  /** The alternatives the token sets hold at all. */
  others: PreparedToken[];
  single: boolean;
}

function prepareToken(token: string, factor: number, translation = false): PreparedToken {
  return {
    translation,
    n: TokenSet.numberOf(token),
    grams: isChinese(token) && token.length >= 3 ? chineseGrams(token).filter((g) => g.length === 2).map(TokenSet.numberOf) : undefined,
    parts: isChinese(token) && token.length >= 4 ? knownParts(token) : undefined,
    factor,
  };
}

/**
 * A long word cut into words some figure's fields hold, each the longest such at its place (two
 * characters at least, a word to the segmenter, not a bigram across two), or undefined when a
 * stretch of it is no such word. The segmenter keeps a
 * lexicon phrase whole (主要负责人述法, a topic's name); a label may say its words apart
 * (主要负责人完成专题述法).
 */
export function knownParts(token: string, known: (word: string) => boolean = (w) => TokenSet.numberOf(w) >= 0 && words(w).length === 1): number[] | undefined {
  const parts: string[] = [];
  for (let i = 0; i < token.length;) {
    let end = token.length;
    while (end - i >= 2 && !(end - i < token.length && known(token.slice(i, end)))) end--;
    if (end - i < 2) return undefined;
    parts.push(token.slice(i, end));
    i = end;
  }
  return parts.length >= 2 ? parts.map(TokenSet.numberOf) : undefined;
}

function prepare(terms: Term[]): PreparedTerm[] {
  return terms.map((t) => ({
    ...t,
    own: prepareToken(t.token, 1),
    others: (t.alternatives ?? []).map((a) => prepareToken(a.token, a.factor, a.translation)).filter((p) => p.n >= 0 || p.grams?.every((g) => g >= 0)),
    single: isChinese(t.token) && t.token.length === 1,
  }));
}

/**
 * How strongly a figure's fields hold a question word (the best field weight), and whether a field
 * that names the figure itself holds it. A long Chinese word the segmenter kept whole
 * (法律援助案件) is also found through its bigrams in the label, aliases or clause.
 */
function fieldMatch(term: PreparedTerm, figure: IndexedFigure): { weight: number; specific: boolean } {
  let found = tokenMatch(term.own, figure);
  // The question's own word first; a synonym or translation only where it finds more (no
  // alternative counts more than 0.9 of the best field, so a word in the label or clause is final).
  if (found.weight >= 0.9 || !term.others.length) return found;
  const curated = figure.metric.labelledBy === LabelSource.CATALOG;
  for (const other of term.others) {
    if (other.translation && curated) continue;
    const m = tokenMatch(other, figure);
    if (m.weight * other.factor > found.weight) found = { weight: m.weight * other.factor, specific: m.specific };
  }
  return found;
}

function tokenMatch(term: PreparedToken, figure: IndexedFigure): { weight: number; specific: boolean } {
  let weight = 0;
  let specific = false;
  for (let i = 0; i < FIELDS.length; i++) {
    if (figure.fields[FIELDS[i]].hasNumber(term.n)) {
      weight = Math.max(weight, FIELD_WEIGHT[FIELDS[i]]);
      if (IS_SPECIFIC[i]) specific = true;
    }
  }
  // A long word the label says in its parts (主要负责人 … 述法) names the figure as the word would.
  if (!specific && term.parts?.every((p) => SPECIFIC.some((f) => figure.fields[f].hasNumber(p)))) {
    return { weight: Math.max(weight, 0.7), specific: true };
  }
  if (!specific && term.grams) {
    const grams = term.grams;
    if (grams.every((g) => SPECIFIC.some((f) => figure.fields[f].hasNumber(g)))) {
      weight = Math.max(weight, 0.7);
      specific = true;
    } else if (!weight && grams.every((g) => FIELDS.some((f) => figure.fields[f].hasNumber(g)))) {
      weight = 0.3;
    }
  }
  return { weight, specific };
}

/**
 * The ways a figure can hold each of the question's words (not bonus terms), as the token numbers
 * each way needs all of: the word, an alternative, or all the bigrams (or the parts) of a long
 * word. A figure holding none of a word's ways does not explain it, so one whose words held weigh
 * less than `share` of the question's cannot reach that coverage.
 */
export function coverageGroups(terms: Term[], share: number): { groups: { ways: number[][]; weight: number }[]; least: number } {
  const groups: { ways: number[][]; weight: number }[] = [];
  let total = 0;
  for (const term of prepare(terms)) {
    if (term.bonus) continue;
    total += term.weight;
    const ways: number[][] = [];
    for (const t of [term.own, ...term.others]) {
      if (t.n >= 0) ways.push([t.n]);
      for (const all of [t.grams, t.parts]) if (all?.length && all.every((n) => n >= 0)) ways.push(all);
    }
    groups.push({ ways, weight: term.weight });
  }
  // Sums in the same order as the coverage's; a hair below, so rounding never leaves one out.
  return { groups, least: total > 0 ? share * total * (1 - 1e-9) : Infinity };
}

export function scoreFigure(terms: Term[], figure: IndexedFigure): ScoredFigure {
  return scorePrepared(prepare(terms), figure);
}

function scorePrepared(terms: PreparedTerm[], figure: IndexedFigure): ScoredFigure {
  let score = 0;
  let explained = 0;
  let total = 0;
  let specific = 0;
  const matches = new Float64Array(terms.length);
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i];
    const { weight, bonus } = term;
    const { weight: m, specific: names } = fieldMatch(term, figure);
    matches[i] = m;
    // Evidence that names a figure comes from words, not from a lone character (几个 → 个).
    if (!bonus && names && !term.single) specific += weight;
    if (bonus) {
      score += weight * m;
      continue;
    }
    total += weight;
    if (m > 0) {
      score += weight * m;
      explained += weight;
    }
  }
  return new Scored(figure, score, total ? explained / total : 0, specific, terms, matches);
}

/**
 * How much better `a` fits the question than `b` on the words where they differ: positive when
 * the question's words point to `a`. Shared words (党政主要负责人 in two similar figures) cancel out.
 */
export function advantage(a: ScoredFigure, b: ScoredFigure): number {
  let d = 0;
  for (const [token, x] of a.strength) d += x - (b.strength.get(token) ?? 0);
  return d;
}

export interface RankHints {
  /** Units the question asks in (多少人 → 人, 名, 人次). */
  units?: string[];
  /** The question asks for a rate or percentage. */
  wantsRate?: boolean;
  /** The question counts things ("how many applications", 多少件): a percentage is no answer to it. */
  wantsCount?: boolean;
  /** The normalised question, to see how much of a figure's label it names. */
  question?: string;
  /** English: the words right after "how many", naming what is counted. */
  counted?: string[];
  /** Chinese: the word right after 多少个 / 几个 (多少个部门单位的…), naming what is counted. */
  countedZh?: string;
  /** The question names no measure: a topic's plain count (received, the head of its funnel) is meant. */
  defaultMeasures?: Set<string>;
}


/**
 * Share of a label's words the question uses: 人民调解委员会总数 is named whole by 人民调解委员会, the
 * village count is not. An English question names the Chinese label of a figure nobody labelled
 * through its words' translations (`reached`): repealed normative documents → 废止, 规范性文件.
 */
function labelShare(figure: IndexedFigure, hints: RankHints, stems: Set<string>, reached: Set<string>): number {
  if (!hints.question) return 0;
  const chinese = /[\u3400-\u9fff]/.test(hints.question);
  const share = (words: string[], used: (w: string) => boolean) => (words.length ? words.filter(used).length / words.length : 0);
  // A label word is named without its last character too (审结数 by 审结): the segmenter keeps a
  // counting suffix on the word in labels that a question leaves off.
  if (chinese) return share(figure.labelWords.zh, (w) => hints.question!.includes(w) || (w.length >= 3 && hints.question!.includes(w.slice(0, -1))));
  const own = share(figure.labelWords.en, (w) => stems.has(w));
  if (figure.metric.labelledBy === LabelSource.CATALOG || !reached.size) return own;
  return Math.max(own, share(figure.labelWords.own, (w) => reached.has(w)));
}

/**
 * Whether the question names a translation's whole meaning: one of its English names has no word
 * the question lacks. "administrative" reaches 重大行政决策 (major administrative decision) as a
 * piece of its name, which does not make a label holding it named by the question.
 */
function namedWhole(chinese: string, stems: Set<string>): boolean {
  return englishOf(chinese).some((gloss) => {
    const own = latinWords(gloss).filter((w) => !ENGLISH_GRAMMAR_WORDS.has(w) && !isStopword(w)).map(englishToken);
    return own.length > 0 && own.every((w) => stems.has(w));
  });
}

/**
 * Whether an automatic label's own phrase ends with the thing counted: 部门单位 for 多少个部门单位;
 * a level of place (镇(个) for 多少个镇) is one character, which the label's words leave out.
 */
function countsWhat(f: IndexedFigure, counted: string): boolean {
  if (counted.length > 1) return f.labelWords.own.join('').endsWith(counted);
  return f.metric.labelZh.split(/[:：]/).pop()!.replace(/\s*[((][^()()]*[))]\s*$/, '').endsWith(counted);
}

/**
 * Hints add named pseudo-terms to a figure's strength, so that the ambiguity test sees them too:
 * 多少场 tells the sessions from the students reached.
 */
export function rankFigures(terms: Term[], figures: IndexedFigure[], hints: RankHints = {}): ScoredFigure[] {
  const prepared = prepare(terms);
  const stems = new Set(terms.map((t) => t.token));
  const reached = new Set(terms.flatMap((t) => (t.alternatives ?? []).filter((a) => isChinese(a.token) && (!a.translation || namedWhole(a.token, stems))).map((a) => a.token)));
  const countedWeight = Math.max(0, ...terms.filter((t) => !t.bonus && hints.counted?.includes(t.token)).map((t) => t.weight));
  const scored = figures.map((f) => {
    const s = scorePrepared(prepared, f);
    const add = (name: string, x: number) => s.hint(name, x);
    const unit = f.metric.unit;
    if (hints.units?.length) {
      add('#unit', hints.units.includes(unit) ? 0.6 : unit === '%' ? -1 : -0.3);
      // "How many people" is never answered by a count of times or cases. (The reverse is fine:
      // 检察官有几个 counts people with 个.)
      // Unless the word read as the unit is what the figure's own label counts ("research visits": 调研 20次).
      const counts = hints.counted?.some((w) => f.fields.label.has(w)) ?? false;
      if (hints.units.some((u) => PEOPLE_UNITS.includes(u)) && !PEOPLE_UNITS.includes(unit) && !counts) s.specific = 0;
    }
    if (hints.defaultMeasures && f.metric.measureId && hints.defaultMeasures.has(f.metric.measureId)) add('#default', 0.4);
    if (hints.wantsRate) add('#rate', unit === '%' ? 0.8 : 0);
    else if (hints.wantsCount && !hints.units?.length && unit === '%') add('#count', -1);
    if (s.score > 0) add('#label', 1.5 * labelShare(f, hints, stems, reached));
    // The thing counted is the head of the figure's own phrase (部门单位 27个), not a word inside it.
    // (Automatic labels are the clause's phrase; curated ones are written otherwise: 村级人民调解委员会数.)
    if (hints.countedZh && f.metric.labelledBy === LabelSource.AUTO) add('#countedZh', countsWhat(f, hints.countedZh) ? 0.8 : 0);
    if (hints.counted?.length) {
      // What is counted outweighs the words around it: "how many problems did the special
      // enforcement inspections find" counts problems, though the inspections' figure holds more words.
      const head = f.labelWords.head;
      add('#counted', hints.counted.some((w) => head.includes(w)) ? Math.max(0.8, countedWeight) : 0);
    }
    return s;
  });
  return scored.filter((s) => s.score > 0).sort((a, b) => b.score - a.score || b.coverage - a.coverage);
}

/**
 * Whether a figure is in the unit the question asks (多少人, how many times) or a rate when it asks
 * for one; undefined when the question names neither.
 */
export function askedUnit(hints: RankHints): ((s: ScoredFigure) => boolean) | undefined {
  if (hints.wantsRate) return (s) => s.figure.metric.unit === '%';
  if (hints.wantsCount && !hints.units?.length) return (s) => s.figure.metric.unit !== '%';
  if (hints.units?.length) return (s) => hints.units!.includes(s.figure.metric.unit);
  return undefined;
}

/** Two figures stated in one sentence: the question's words find both alike. */
export function sameSentence(a: ScoredFigure, b: ScoredFigure): boolean {
  const [x, y] = [a.figure.metric, b.figure.metric];
  return x.reportId === y.reportId && x.quote === y.quote;
}

/**
 * Among figures of one sentence the words cannot tell apart, the unit or rate asked decides: in
 * 全区3385名干部职工参加学法考法,参学率、通过率均达100%, "通过率多少" is the 100%, whatever the
 * 3385 scores on the sentence's words. `fits` says which figure is in the unit asked; the best
 * figure of the top one's sentence that fits goes first when the top one does not fit, and the
 * question's words hold it (`sure`) at least as fully as the top one.
 */
export function preferAskedUnit(ranked: ScoredFigure[], hints: RankHints, sure: (s: ScoredFigure) => boolean, terms: Term[] = []): ScoredFigure[] {
  const fits = askedUnit(hints);
  const [top] = ranked;
  if (!fits || !top || fits(top)) return ranked;
  // What the top one's own label counts is what is asked ("home visits": 8次), whatever its unit.
  if (hints.counted?.some((w) => top.figure.fields.label.has(w))) return ranked;
  // It must explain the question as fully as the top one: "what share of suits were heard in court"
  // is not the sentence's 出庭率, which says nothing of hearing (a share of counts is computed instead).
  // And it must hold the question's words nearly as strongly, or some word more strongly (通过率 in
  // its label): 复议审结比例 is not the sentence's 及时办结率, which holds 审结 only in its sentence and
  // no word better than 审结 22件 does (a share of the counts is computed instead, naming the stated rate).
  const words = terms.filter((t) => !t.bonus).map((t) => t.token);
  const strength = (s: ScoredFigure, w: string) => s.strength.get(w) ?? 0;
  // The rate word itself is no such word: every rate's label holds 率 (受理率 is not the sentence's 及时办结率).
  const namesAsWell = (s: ScoredFigure) => words.every((w) => strength(s, w) >= 0.8 * strength(top, w))
    || words.some((w) => !isRateWord(w) && strength(s, w) > strength(top, w));
  const better = ranked.find((s) => s !== top && sameSentence(s, top) && fits(s) && sure(s) && s.coverage >= top.coverage && namesAsWell(s));
  return better ? [better, ...ranked.filter((s) => s !== better)] : ranked;
}
