/**
 * An in-memory index of every figure the hub holds, for matching questions. Each figure is known by
 * several fields — its labels, aliases, topic, measure, the clause it stands in and its sentence —
 * tokenised once. Token weights are inverse document frequencies over all figures, so a word that
 * names one figure (审结, notarial) counts for more than one that names many (案件, cases).
 *
 * Built from the query service and kept per process; rebuilt when the data version changes.
 */
import { clauseSpan } from '../ingest/auto-label.js';
import type { MeasureEntry, TopicEntry } from '../ingest/lexicon.js';
import { regionsWith, type Region } from '../ingest/regions.js';
import type { Document, Metric, Report } from '../model/index.js';
import { isStopword } from './stopwords.js';
import { addDomainWords, fieldTokens, latinWords, words } from './tokens.js';

export type FieldName = 'label' | 'aliases' | 'topic' | 'measure' | 'clause' | 'quote';

/** How much a question word found in each field says about the figure. */
export const FIELD_WEIGHT: Record<FieldName, number> = {
  label: 1, aliases: 1, measure: 0.8, topic: 0.5, clause: 0.9, quote: 0.3,
};

export interface IndexedFigure {
  metric: Metric;
  report: Report;
  /** Token sets per field. Sets of equal text are one object (every figure of a topic shares its topic's). */
  fields: Record<FieldName, Set<string>>;
  /** The words of each label, to judge how much of a label a question names. */
  labelWords: { zh: string[]; en: string[] };
}

export interface IndexedDocument {
  document: Document;
  tokens: Set<string>;
}

/** A sentence of a report, for questions answered in words (五个抓手是什么). */
export interface IndexedSentence {
  reportId: string;
  start: number;
  end: number;
  tokens: Set<string>;
}

/** The clause around a figure (其中调解成功5件), by the same rule the automatic labeller uses. */
export function clauseOf(metric: Pick<Metric, 'quote' | 'quoteStart' | 'spanStart' | 'spanEnd'>): string {
  const within = { start: 0, end: metric.quote.length };
  const span = clauseSpan(metric.quote, { start: metric.spanStart - metric.quoteStart, end: metric.spanEnd - metric.quoteStart }, within);
  return metric.quote.slice(span.start, span.end);
}

const namesOf = (entry: TopicEntry | MeasureEntry | undefined) =>
  entry ? [entry.zh, entry.en, ...entry.aliases.zh, ...entry.aliases.en].join('\n') : '';

export class FigureIndex {
  readonly figures: IndexedFigure[];
  readonly byId = new Map<string, IndexedFigure>();
  readonly reportById: Map<string, Report>;
  /** The region list plus the regions of the reports held, so a question can name any of them. */
  readonly places: Region[];
  /** Tokens that name a topic or a measure somewhere in the lexicon. */
  readonly topicTokens = new Set<string>();
  readonly measureTokens = new Set<string>();
  /** Per measure, the words that name it and at most one other measure (审结, accepted, applications). */
  readonly measureWords = new Map<string, Set<string>>();
  /** English word pairs used in labels and names (xi jinping): a place name inside one is no place. */
  readonly englishPhrases = new Set<string>();
  /** English words (unstemmed) any figure can be matched by: the targets of typo correction. */
  readonly englishWords: string[];
  private readonly df = new Map<string, number>();

  /** Topic and measure names and aliases, lower-cased: a part of a question that contains one names it. */
  readonly topicPhrases: string[];
  readonly measurePhrases: string[];
  readonly documents: IndexedDocument[];
  readonly sentences: IndexedSentence[];
  /** Which topics use a phrase as their name or alias. */
  readonly topicsOfPhrase = new Map<string, Set<string>>();

  constructor(
    readonly reports: Report[],
    metrics: Metric[],
    readonly topics: TopicEntry[],
    readonly measures: MeasureEntry[],
    documents: { document: Document; sentence: string }[] = [],
    sentences: { reportId: string; start: number; end: number; text: string }[] = [],
  ) {
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
    addDomainWords([...this.topicPhrases, ...this.measurePhrases, ...metrics.flatMap((m) => m.aliases.zh)]);
    this.documents = documents.map(({ document, sentence }) => ({ document, tokens: fieldTokens(`${document.title}\n${sentence}`) }));
    this.sentences = sentences.map(({ reportId, start, end, text }) => ({ reportId, start, end, tokens: fieldTokens(text) }));
    const reportById = new Map(reports.map((r) => [r.id, r]));
    this.reportById = reportById;
    this.places = regionsWith(reports.map((r) => r.region));
    const topicById = new Map(topics.map((t) => [t.key, t]));
    const measureById = new Map(measures.map((m) => [m.key, m]));
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

    // One token set per distinct text: topics, measures and sentences are shared by many figures,
    // and at thousands of reports the sets are most of the index's memory.
    const tokenSets = new Map<string, Set<string>>();
    const tokensOf = (text: string) => {
      let set = tokenSets.get(text);
      if (!set) tokenSets.set(text, (set = fieldTokens(text)));
      return set;
    };
    this.figures = metrics.flatMap((metric) => {
      const report = reportById.get(metric.reportId);
      if (!report) return [];
      const fields: Record<FieldName, Set<string>> = {
        label: tokensOf(`${metric.labelZh}\n${metric.labelEn}`),
        aliases: tokensOf([...metric.aliases.zh, ...metric.aliases.en].join('\n')),
        topic: tokensOf(namesOf(metric.topicId ? topicById.get(metric.topicId) : undefined)),
        measure: tokensOf(namesOf(metric.measureId ? measureById.get(metric.measureId) : undefined)),
        clause: tokensOf(clauseOf(metric)),
        quote: tokensOf(metric.quote),
      };
      const labelWords = {
        zh: words(metric.labelZh).filter((w) => w.length > 1 && /[\u3400-\u9fff]/.test(w)),
        en: words(metric.labelEn.replace(/[\u3400-\u9fff]+/g, ' ')).filter((w) => /[a-z]/.test(w) && !isStopword(w)),
      };
      return [{ metric, report, fields, labelWords }];
    });
    const english = new Set<string>();
    for (const figure of this.figures) {
      this.byId.set(figure.metric.id, figure);
      for (const token of new Set(Object.values(figure.fields).flatMap((set) => [...set]))) this.df.set(token, (this.df.get(token) ?? 0) + 1);
      const m = figure.metric;
      for (const w of latinWords([m.labelEn, ...m.aliases.en].join(' '))) english.add(w);
      for (const text of [m.labelEn, ...m.aliases.en]) {
        const ws = latinWords(text);
        for (let i = 0; i + 1 < ws.length; i++) this.englishPhrases.add(`${ws[i]} ${ws[i + 1]}`);
      }
    }
    for (const entry of [...topics, ...measures]) for (const w of latinWords(namesOf(entry))) english.add(w);
    this.englishWords = [...english].filter((w) => w.length >= 3);
  }

  /** Inverse document frequency; a token no figure has weighs most. */
  idf(token: string): number {
    const n = this.figures.length;
    return Math.log((n + 1) / ((this.df.get(token) ?? 0) + 0.5));
  }

  knows(token: string): boolean {
    return this.df.has(token) || this.topicTokens.has(token) || this.measureTokens.has(token);
  }

  figuresOf(reportIds: Set<string>): IndexedFigure[] {
    return this.figures.filter((f) => reportIds.has(f.metric.reportId));
  }
}
