/**
 * The figures, documents and sentences of reports, tokenised for matching questions. Each figure is
 * known by several fields — its labels, aliases, topic, measure, the clause it stands in and its
 * sentence. Three layers, so the cost of a question does not grow with the number of reports:
 * the lexicon (one per data version), each report's figures (built once per report, cached with
 * the report's details) and, per question, a view over the reports in its scope.
 */
import { lexicon, type MeasureEntry, type TopicEntry } from '../vocabulary/lexicon.js';
import type { PlaceOfReport } from '../vocabulary/divisions.js';
import { regionsWith, type Region } from '../vocabulary/regions.js';
import type { Document, Metric, Report } from '../model/index.js';
import { LabelSource } from '../model/enums.js';
import { clauseSpan, sentenceAround, sentenceSpans } from '../vocabulary/sentences.js';
import { isStopword } from '../vocabulary/stopwords.js';
import { intern, positionIn, TokenCounts, TokenSet } from './token-set.js';
import { addDomainWords, fieldTokens, latinWords, words } from '../vocabulary/tokens.js';
import { thesaurusWords } from '../vocabulary/thesaurus.js';

export type FieldName = 'label' | 'aliases' | 'topic' | 'measure' | 'clause' | 'quote';

/** How much a question word found in each field says about the figure. */
export const FIELD_WEIGHT: Record<FieldName, number> = {
  label: 1, aliases: 1, measure: 0.8, topic: 0.5, clause: 0.9, quote: 0.3,
};

export interface IndexedFigure {
  metric: Metric;
  report: Report;
  /** Token sets per field. Sets of equal text are one object (every figure of a topic shares its topic's). */
  fields: Record<FieldName, TokenSet>;
  /** The words of each label, to judge how much of a label a question names. */
  labelWords: { zh: string[]; own: string[]; en: string[]; head: string[] };
}

export interface IndexedDocument {
  document: Document;
  tokens: TokenSet;
}

/** A sentence of a report, for questions answered in words (五个抓手是什么). */
export interface IndexedSentence {
  reportId: string;
  start: number;
  end: number;
  tokens: TokenSet;
}

/** The clause around a figure (其中调解成功5件), by the same rule the automatic labeller uses. */
export function clauseOf(metric: Pick<Metric, 'quote' | 'quoteStart' | 'spanStart' | 'spanEnd'>): string {
  const within = { start: 0, end: metric.quote.length };
  const span = clauseSpan(metric.quote, { start: metric.spanStart - metric.quoteStart, end: metric.spanEnd - metric.quoteStart }, within);
  return metric.quote.slice(span.start, span.end);
}

/**
 * The words of a figure's labels that name the figure itself. An automatic label opens with the
 * topic the labeller chose (重大行政决策:审查备案政府合同, often from a heading): those words are
 * the topic field's, so a question naming the topic does not read them as the figure's own words
 * (审查行政决策 is the clause 审查…行政决策365件, not 审查备案政府合同122件 under that heading).
 */
function labelText(metric: Pick<Metric, 'labelZh' | 'labelEn' | 'labelledBy'>): string {
  if (metric.labelledBy !== LabelSource.AUTO) return `${metric.labelZh}\n${metric.labelEn}`;
  const own = (label: string) => label.replace(/^[^:：(（]*[:：]\s*/, '');
  // A phrase that says next to nothing (县(个)) leaves the figure known by its topic's words too.
  const phrase = own(metric.labelZh).replace(/[(（][^()（）]*[)）]$/, '');
  if ((phrase.match(/[\u3400-\u9fff]/g) ?? []).length < 3) return `${metric.labelZh}\n${metric.labelEn}`;
  return `${own(metric.labelZh)}\n${own(metric.labelEn)}`;
}

/**
 * The English names of a unit (条: entries, posts, items): what a figure counts is named by its unit
 * too, so "how many posts" is held by 发布信息634条. Common to many figures, such a word weighs little.
 */
const unitNameCache = new Map<string, string>();
function unitNames(unit: string): string {
  let names = unitNameCache.get(unit);
  if (names === undefined) {
    const entry = lexicon().units.find((u) => u.unit === unit);
    unitNameCache.set(unit, (names = entry ? [entry.en.one, entry.en.other, ...entry.aliases.en].join(' ') : ''));
  }
  return names;
}

const namesOf = (entry: TopicEntry | MeasureEntry | undefined) =>
  entry ? [entry.zh, entry.en, ...entry.aliases.zh, ...entry.aliases.en].join('\n') : '';

/** The stems of an English label, Chinese and stopwords left out, each string kept once (labels repeat their words). */
const englishStems = (text: string) => words(text.replace(/[\u3400-\u9fff]+/g, ' ')).filter((w) => /[a-z]/.test(w) && !isStopword(w)).map(intern);

/**
 * The English words that say what a figure counts. A curated label opens with its head
 * ("Procuratorial suggestions issued"); an automatic one is the clause's Chinese read word by word,
 * and Chinese puts the head last ("public service other item"): its last words, without the topic
 * before the colon and the unit in brackets after it, which every figure of the topic or unit shares.
 */
export function headWords(metric: Pick<Metric, 'labelEn' | 'labelledBy'>): string[] {
  if (metric.labelledBy === LabelSource.CATALOG) return englishStems(metric.labelEn).slice(0, 4);
  const parts = metric.labelEn.split(':');
  const own = englishStems(parts.pop()!.replace(/\s*\([^()]*\)\s*$/, '')).slice(-3);
  // A bare action after the topic (the clause said no object: 废止7件) acts on the things the topic
  // names, by its English head, its last word: "Administrative normative documents: repeal" counts
  // documents repealed, as 废止行政规范性文件 would. A phrase naming its own object keeps to it.
  const topic = parts.length && new Set(own).size === 1 ? englishStems(parts[0]).slice(-1) : [];
  return [...new Set([...own, ...topic])];
}

/**
 * What the parser knows without looking at any figure: the lexicon's topics and measures, and the
 * places of the reports held. One per data version, whatever the number of reports.
 */
export class QuestionLexicon {
  /** The region list plus the regions of the reports held, so a question can name any of them. */
  readonly places: Region[];
  /** Tokens that name a topic or a measure somewhere in the lexicon. */
  readonly topicTokens = new Set<string>();
  readonly measureTokens = new Set<string>();
  /** Per measure, the words that name it and at most one other measure (审结, accepted, applications). */
  readonly measureWords = new Map<string, Set<string>>();
  /** Topic and measure names and aliases, lower-cased: a part of a question that contains one names it. */
  readonly topicPhrases: string[];
  readonly measurePhrases: string[];
  /** Which topics use a phrase as their name or alias. */
  readonly topicsOfPhrase = new Map<string, Set<string>>();
  /** English words of the topics' and measures' names: targets of typo correction. */
  readonly englishWords = new Set<string>();
  /** English word pairs of the topics' and measures' names (xi jinping): a place inside one is part of a name. */
  readonly englishPhrases = new Set<string>();
  readonly topicById: Map<string, TopicEntry>;
  readonly measureById: Map<string, MeasureEntry>;
  /** The token set of each topic's and measure's names, shared by every figure of it. */
  readonly nameTokens = new Map<string, TokenSet>();

  constructor(readonly topics: TopicEntry[], readonly measures: MeasureEntry[], regions: Iterable<string | PlaceOfReport>) {
    const phrases = (entries: (TopicEntry | MeasureEntry)[]) => [...new Set(entries
      .flatMap((e) => [e.zh, e.en, ...e.aliases.zh, ...e.aliases.en]).map((p) => p.toLowerCase().trim())
      .filter((p) => p.length >= 2))];
    this.topicPhrases = phrases(topics);
    for (const t of topics) {
      for (const p of [t.zh, t.en, ...t.aliases.zh, ...t.aliases.en].map((x) => x.toLowerCase().trim())) {
        if (!this.topicsOfPhrase.has(p)) this.topicsOfPhrase.set(p, new Set());
        this.topicsOfPhrase.get(p)!.add(t.key);
      }
    }
    this.measurePhrases = phrases(measures);
    // The thesaurus's colloquial forms too (结了, 一把手): the question is cut where its words are.
    addDomainWords([...this.topicPhrases, ...this.measurePhrases, ...thesaurusWords()]);
    this.places = regionsWith(regions);
    this.topicById = new Map(topics.map((t) => [t.key, t]));
    this.measureById = new Map(measures.map((m) => [m.key, m]));
    // Whole words only: a topic's bigrams (受理 inside 一窗受理) do not make a word a topic word.
    for (const t of topics) for (const token of words(namesOf(t))) if (token.length > 1) this.topicTokens.add(token);
    for (const m of measures) for (const token of words(namesOf(m))) if (token.length > 1) this.measureTokens.add(token);
    const measureCount = new Map<string, number>();
    const wordsOf = new Map(measures.map((m) => [m.key, new Set(words(namesOf(m)).filter((w) => w.length > 1))]));
    for (const set of wordsOf.values()) for (const w of set) measureCount.set(w, (measureCount.get(w) ?? 0) + 1);
    for (const [key, set] of wordsOf) {
      const primary = measures.find((m) => m.key === key)!;
      const own = words(`${primary.zh} ${primary.en}`).filter((w) => w.length > 1);
      this.measureWords.set(key, new Set([...own, ...[...set].filter((w) => measureCount.get(w)! <= 2)]));
    }
    for (const entry of [...topics, ...measures]) {
      for (const w of latinWords(namesOf(entry))) if (w.length >= 3) this.englishWords.add(w);
      for (const name of [entry.en, ...entry.aliases.en]) {
        const ws = latinWords(name);
        for (let i = 0; i + 1 < ws.length; i++) this.englishPhrases.add(`${ws[i]} ${ws[i + 1]}`);
      }
      this.nameTokens.set(entry.key, TokenSet.of(fieldTokens(namesOf(entry))));
    }
  }

  tokensOfTopic(key: string | null): TokenSet {
    return (key && this.topicById.has(key) ? this.nameTokens.get(key) : undefined) ?? TokenSet.EMPTY;
  }

  tokensOfMeasure(key: string | null): TokenSet {
    return (key && this.measureById.has(key) ? this.nameTokens.get(key) : undefined) ?? TokenSet.EMPTY;
  }
}

/**
 * One report's figures, cited documents and sentences, tokenised for matching: built the first
 * time a question needs the report and kept with its cached details.
 */
export class ReportFigures {
  readonly figures: IndexedFigure[];
  readonly byId = new Map<string, IndexedFigure>();
  /** In how many of the report's figures each token occurs. */
  readonly df: TokenCounts;
  /** English words (unstemmed) of the labels, and the word pairs they use (xi jinping). */
  readonly englishWords = new Set<string>();
  readonly englishPhrases = new Set<string>();

  private documentIndex?: IndexedDocument[];
  private sentenceIndex?: IndexedSentence[];
  private postingIndex?: Postings;

  constructor(
    readonly report: Report,
    private readonly text: string,
    metrics: Metric[],
    private readonly citedDocuments: Document[],
    lexicon: QuestionLexicon,
  ) {
    addDomainWords(metrics.flatMap((m) => m.aliases.zh));
    // One token set per distinct text: a sentence with several figures is tokenised once.
    const tokenSets = new Map<string, TokenSet>();
    const tokensOf = (value: string) => {
      let set = tokenSets.get(value);
      if (!set) tokenSets.set(value, (set = TokenSet.of(fieldTokens(value))));
      return set;
    };
    this.figures = metrics.map((metric) => {
      const fields: Record<FieldName, TokenSet> = {
        label: tokensOf(`${labelText(metric)}\n${unitNames(metric.unit)}`),
        aliases: tokensOf([...metric.aliases.zh, ...metric.aliases.en].join('\n')),
        topic: lexicon.tokensOfTopic(metric.topicId),
        measure: lexicon.tokensOfMeasure(metric.measureId),
        clause: tokensOf(clauseOf(metric)),
        quote: tokensOf(withSentenceBefore(text, metric)),
      };
      // One copy of each word: labels repeat their words across figures and reports.
      const chineseWords = (text: string) => words(text).filter((w) => w.length > 1 && /[\u3400-\u9fff]/.test(w)).map(intern);
      const labelWords = {
        zh: chineseWords(metric.labelZh),
        // What the label says of the figure itself, without the topic it opens with (行政复议:各类检察建议).
        own: chineseWords(metric.labelZh.split(/[:：]/).pop()!),
        en: englishStems(metric.labelEn),
        head: headWords(metric),
      };
      return { metric, report, fields, labelWords };
    });
    // Document frequencies counted on token numbers: no strings made back from the sets.
    const df = new Map<number, number>();
    for (const figure of this.figures) {
      this.byId.set(figure.metric.id, figure);
      const seen = new Set<number>();
      for (const set of Object.values(figure.fields)) for (const n of set.numbers) seen.add(n);
      for (const n of seen) df.set(n, (df.get(n) ?? 0) + 1);
      const m = figure.metric;
      for (const w of latinWords([m.labelEn, ...m.aliases.en].join(' '))) if (w.length >= 3) this.englishWords.add(w);
      for (const label of [m.labelEn, ...m.aliases.en]) {
        const ws = latinWords(label);
        for (let i = 0; i + 1 < ws.length; i++) this.englishPhrases.add(`${ws[i]} ${ws[i + 1]}`);
      }
    }
    this.df = TokenCounts.of(df);
  }

  /**
   * Which of the report's figures hold each token in some field: built when a question across
   * reports first needs it, kept with the report (typed arrays, some 60 KB a report).
   */
  get postings(): Postings {
    return this.postingIndex ??= Postings.of(this.figures);
  }

  /** Cited documents with their sentences' words: tokenised when a question first asks for documents. */
  get documents(): IndexedDocument[] {
    return this.documentIndex ??= this.citedDocuments.map((document) => {
      const around = sentenceAround(this.text, document.spanStart, document.spanEnd);
      return { document, tokens: TokenSet.of(fieldTokens(`${document.title}\n${this.text.slice(around.start, around.end)}`)) };
    });
  }

  /** The report's text between two offsets (a sentence's words, for reading a number in it). */
  slice(start: number, end: number): string {
    return this.text.slice(start, end);
  }

  /** Every sentence, for questions answered in words: tokenised when a question first needs a passage. */
  get sentences(): IndexedSentence[] {
    return this.sentenceIndex ??= sentenceSpans(this.text).filter((span) => span.end - span.start >= 8)
      .map((span) => ({ reportId: this.report.id, start: span.start, end: span.end, tokens: TokenSet.of(fieldTokens(this.text.slice(span.start, span.end))) }));
  }
}

/** A sentence this short says what was done, not of what: 全年共收集扫码85次 (of the 入企检查 before it). */
const TERSE_QUOTE = 24;

/**
 * A figure's sentence, and when it is terse and of no topic the sentence before it in the same paragraph, whose
 * subject it continues: 建立入企检查扫码工作台账…。全年共收集扫码85次 is a count of enterprise
 * inspections' scans. Counted as the quote, the field that weighs least.
 */
function withSentenceBefore(text: string, metric: Metric): string {
  if (metric.quoteStart < 2) return metric.quote;
  const before = sentenceAround(text, metric.quoteStart - 1, metric.quoteStart - 1);
  const sentence = text.slice(before.start, Math.min(before.end, metric.quoteStart));
  if (sentence.includes('\n') || before.start >= metric.quoteStart) return metric.quote;
  const continues = !metric.topicId && continuesSentence(metric.quote, sentence);
  // Only for a figure of no topic: one whose sentence names its own (县法律援助中心受理…88件) needs no other.
  const terse = !metric.topicId && metric.quote.length < TERSE_QUOTE;
  return terse || continues ? `${sentence}\n${metric.quote}` : metric.quote;
}

/**
 * A figure of no topic (its sentence names none) in a sentence whose first clause counts a thing
 * the sentence before named (深化行政争议协调化解周例会制度。截至…,已召开51期周例会,涉及单位31家…):
 * the sentence goes on about it, and its figures are of the 周例会 named there. The thing counted
 * is what follows the number (51期周例会); the words before it (县政府常务会专题研究…) are a subject
 * any sentence may share.
 */
function continuesSentence(quote: string, before: string): boolean {
  // The first clause that says something: not a date (截至2023年3月15日, 2022年, 今年以来).
  const first = quote.split(/[,，;；:：]/).find((c) => !/^\s*(?:截至|截止|到)?[\d\s年月日号底末以来今全本]*$/.test(c)) ?? '';
  const counted = /\d[\d.]*\s*[\u3400-\u9fff]?(.*)$/.exec(first)?.[1] ?? '';
  const named = new Set(words(before).filter((w) => w.length > 1 && /^[\u3400-\u9fff]+$/.test(w) && !isStopword(w)));
  return words(counted).some((w) => named.has(w));
}

/**
 * The index a question is parsed against: the lexicon, every report held (to know what a scope
 * names) and the figures of the reports in the question's scope. Token weights are inverse
 * document frequencies over those figures, so a word that names one figure (审结, notarial) counts
 * for more than one that names many (案件, cases).
 */
export class FigureIndex {
  readonly figures: IndexedFigure[];
  readonly byId: Map<string, IndexedFigure>;
  readonly reportById: Map<string, Report>;
  readonly places: Region[];
  readonly topicTokens: Set<string>;
  readonly measureTokens: Set<string>;
  readonly measureWords: Map<string, Set<string>>;
  /** English word pairs of the figures' labels and of the lexicon's names (xi jinping): asked, not copied. */
  readonly englishPhrases: Pick<ReadonlySet<string>, 'has'>;
  /** English words (unstemmed) any figure can be matched by: the targets of typo correction. */
  readonly englishWords: string[];
  readonly topicPhrases: string[];
  readonly measurePhrases: string[];
  readonly topicsOfPhrase: Map<string, Set<string>>;
  readonly topics: TopicEntry[];
  readonly measures: MeasureEntry[];
  /** The reports whose figures are in this index (the rest are known by name only). */
  readonly searched: Set<string>;
  private readonly df: Pick<Map<string, number>, 'get' | 'has'>;

  constructor(
    readonly lexicon: QuestionLexicon,
    /** Every report the hub holds. */
    readonly reports: Report[],
    private readonly parts: ReportFigures[],
  ) {
    this.topics = lexicon.topics;
    this.measures = lexicon.measures;
    this.places = lexicon.places;
    this.topicTokens = lexicon.topicTokens;
    this.measureTokens = lexicon.measureTokens;
    this.measureWords = lexicon.measureWords;
    this.topicPhrases = lexicon.topicPhrases;
    this.measurePhrases = lexicon.measurePhrases;
    this.topicsOfPhrase = lexicon.topicsOfPhrase;
    this.reportById = new Map(reports.map((r) => [r.id, r]));
    this.searched = new Set(parts.map((p) => p.report.id));
    // One report (the usual case): its structures as they are, nothing copied.
    const one = parts.length === 1 ? parts[0] : undefined;
    this.figures = one ? one.figures : parts.flatMap((p) => p.figures);
    this.byId = one ? one.byId : new Map(parts.flatMap((p) => [...p.byId]));
    // The lexicon's pairs too: a report may hold no figure whose label says "Xi Jinping". One report's
    // own set is asked as it is; several reports' are looked up in turn (no copy per index).
    const own = one ? [one.englishPhrases] : parts.map((p) => p.englishPhrases);
    this.englishPhrases = { has: (pair) => lexicon.englishPhrases.has(pair) || own.some((set) => set.has(pair)) };
    this.englishWords = [...new Set([...lexicon.englishWords, ...parts.flatMap((p) => [...p.englishWords])])];
    if (one) this.df = one.df;
    else {
      const df = new Map<string, number>();
      for (const p of parts) for (const [token, n] of p.df) df.set(token, (df.get(token) ?? 0) + n);
      this.df = df;
    }
  }

  get documents(): IndexedDocument[] {
    return this.parts.flatMap((p) => p.documents);
  }

  get sentences(): IndexedSentence[] {
    return this.parts.flatMap((p) => p.sentences);
  }

  /** The text of a searched report right before an offset (up to `length` characters): what a figure's sentence follows. */
  textBefore(reportId: string, at: number, length: number): string {
    return this.parts.find((p) => p.report.id === reportId)?.slice(Math.max(0, at - length), at) ?? '';
  }

  /** The words of one of the index's sentences. */
  sentenceText(sentence: IndexedSentence): string {
    return this.parts.find((p) => p.report.id === sentence.reportId)?.slice(sentence.start, sentence.end) ?? '';
  }

  /** Inverse document frequency; a token no figure has weighs most. */
  idf(token: string): number {
    const n = this.figures.length;
    return Math.log((n + 1) / ((this.df.get(token) ?? 0) + 0.5));
  }

  /** Whether a figure in the index holds the token (not only the lexicon's names). */
  occurs(token: string): boolean {
    return this.df.has(token);
  }

  /** Whether a figure's Chinese label holds a text as it stands (审结各类合同纠纷 holds 各类合同). */
  labelHolds(text: string): boolean {
    return this.figures.some((f) => f.metric.labelZh.includes(text));
  }

  knows(token: string): boolean {
    return this.df.has(token) || this.topicTokens.has(token) || this.measureTokens.has(token);
  }

  figuresOf(reportIds: Set<string>): IndexedFigure[] {
    return this.figures.filter((f) => reportIds.has(f.metric.reportId));
  }

  /** Builds every report's postings now (see ReportFigures.postings). */
  warmPostings(): void {
    for (const part of this.parts) void part.postings;
  }

  /**
   * The figures of the given reports that hold, in some field, question words whose weights add
   * up to at least `least`. A word is held one of several ways, each a list of tokens a figure must
   * hold all of (a long word's bigrams). Looked up in each report's postings, not by testing every
   * figure; in index order.
   */
  figuresHolding(groups: { ways: number[][]; weight: number }[], least: number, reportIds: Set<string>): IndexedFigure[] {
    const out: IndexedFigure[] = [];
    for (const part of this.parts) {
      if (!reportIds.has(part.report.id)) continue;
      const count = part.figures.length;
      if (scratch.held.length < count) scratch = { held: new Float64Array(count), holds: new Uint32Array(count), seen: new Uint32Array(count), times: new Uint16Array(count), stamp: 0 };
      const { held, holds, seen, times } = scratch;
      const postings = part.postings;
      held.fill(0, 0, count);
      for (const { ways, weight } of groups) {
        // Stamps, not cleared arrays: a figure holds the word when holds[i] is this group's stamp.
        const group = ++scratch.stamp;
        for (const way of ways) {
          if (way.length === 0) holds.fill(group, 0, count);
          else if (way.length === 1) for (const i of postings.of(way[0])) holds[i] = group;
          else {
            // Only the figures holding the way's first token can hold all of it: they alone are counted.
            const first = postings.of(way[0]);
            const mark = ++scratch.stamp;
            for (const i of first) (seen[i] = mark), (times[i] = 0);
            for (const n of way) for (const i of postings.of(n)) if (seen[i] === mark) times[i]++;
            for (const i of first) if (times[i] === way.length) holds[i] = group;
          }
        }
        for (let i = 0; i < count; i++) if (holds[i] === group) held[i] += weight;
      }
      for (let i = 0; i < count; i++) if (held[i] >= least) out.push(part.figures[i]);
    }
    return out;
  }
}

/**
 * Scratch arrays for figuresHolding, one per process (it runs synchronously), grown to the largest
 * report; `stamp` numbers each word and each way of holding it, so nothing is cleared per way.
 */
let scratch = { held: new Float64Array(0), holds: new Uint32Array(0), seen: new Uint32Array(0), times: new Uint16Array(0), stamp: 0 };

/** Token number → positions of the figures holding it, as three typed arrays (sorted tokens, offsets, positions). */
export class Postings {
  private constructor(private readonly tokens: Uint32Array, private readonly offsets: Uint32Array, private readonly positions: Uint32Array) {}

  static of(figures: IndexedFigure[]): Postings {
    const byToken = new Map<number, number[]>();
    figures.forEach((figure, i) => {
      const seen = new Set<number>();
      for (const set of Object.values(figure.fields)) for (const n of set.numbers) seen.add(n);
      for (const n of seen) {
        let list = byToken.get(n);
        if (!list) byToken.set(n, (list = []));
        list.push(i);
      }
    });
    const tokens = Uint32Array.from(byToken.keys()).sort();
    const offsets = new Uint32Array(tokens.length + 1);
    let total = 0;
    tokens.forEach((n, k) => {
      offsets[k] = total;
      total += byToken.get(n)!.length;
    });
    offsets[tokens.length] = total;
    const positions = new Uint32Array(total);
    tokens.forEach((n, k) => positions.set(byToken.get(n)!, offsets[k]));
    return new Postings(tokens, offsets, positions);
  }

  /** The positions of the figures holding token number `n` (none for -1). */
  of(n: number): Uint32Array {
    const at = n < 0 ? -1 : positionIn(this.tokens, n);
    return at < 0 ? EMPTY_POSITIONS : this.positions.subarray(this.offsets[at], this.offsets[at + 1]);
  }
}
const EMPTY_POSITIONS = new Uint32Array(0);
