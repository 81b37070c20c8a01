/**
 * Automatic labelling of figures that no curated catalog names: a topic and a measure from the
 * bilingual lexicon, found in the words around the number — the clause first, then the sentence's
 * lead-in clauses, then the headings of the sections it stands in — with a confidence that says how
 * near the evidence was. The Chinese label is the clause's own phrase (label-phrase.ts); the English
 * one is the topic's English name and the phrase translated through the bilingual dictionary, word
 * by word where no phrase is known. `受理法律援助案件 537 件` → 法律援助 · 受理 · 件,
 * "Legal aid: accepted (cases)".
 */
import type { ExtractedFigure } from './figures.js';
import { labelPhrase, type FigureAt } from './label-phrase.js';
import type { TableFigure } from './tables.js';
import { englishName } from '../vocabulary/dictionary.js';
import { lexicon, type MeasureEntry, type TopicEntry } from '../vocabulary/lexicon.js';
import type { ParsedSection } from './sections.js';
import { CLAUSE_DELIMITERS } from '../vocabulary/sentences.js';
import type { Span } from '../vocabulary/span.js';
import { englishToken, negatedSpans } from '../vocabulary/tokens.js';
import { translatePhrase } from '../vocabulary/translate.js';

/** An automatic label below this confidence (or without a topic or measure) is worth a person's review (ingest summaries, --llm); below LOW_LABEL_CONFIDENCE it is a guess. */
export const REVIEW_BELOW = 0.7;

export interface AutoLabel {
  topic: string | null;
  measure: string | null;
  labelZh: string;
  labelEn: string;
  /** 0–1: 0.9 when clause names both topic and measure, lower as the evidence gets further away. */
  confidence: number;
}

interface Phrase<T> {
  text: string;
  entry: T;
}

let phrases: { topics: Phrase<TopicEntry>[]; measures: Phrase<MeasureEntry>[] } | undefined;
/** Chinese names and aliases of topics and measures, longest first. */
function lexiconPhrases() {
  if (!phrases) {
    const collect = <T extends TopicEntry>(entries: T[]) => entries
      .flatMap((entry) => [entry.zh, ...entry.aliases.zh].filter((t) => t.length >= 2).map((text) => ({ text, entry })))
      .sort((a, b) => b.text.length - a.text.length);
    phrases = { topics: collect(lexicon().topics), measures: collect(lexicon().measures) };
  }
  return phrases;
}


interface Found<T> {
  phrase: Phrase<T>;
  at: number;
}

/**
 * Topic and measure phrases in a text, longest first at each place: 调解成功 (a measure) is not also
 * 调解 (a topic), 人民调解委员会 not also 调解. A topic name followed by 法 or inside 《》 names a
 * law or a document (行政复议法), not the topic.
 */
function phrasesIn<T>(text: string, candidates: Phrase<T>[], others: Phrase<unknown>[]): Found<T>[] {
  const all = [...candidates.map((p) => ({ p, own: true })), ...others.map((p) => ({ p, own: false }))]
    .sort((a, b) => b.p.text.length - a.p.text.length);
  const taken = new Array<boolean>(text.length).fill(false);
  // A phrase inside a negated word (the 诉讼 of 非诉讼案件) names the opposite: no topic, no measure.
  for (const [s, e] of negatedSpans(text)) for (let i = s; i < e; i++) taken[i] = true;
  const found: Found<T>[] = [];
  for (const { p, own } of all) {
    for (let at = text.indexOf(p.text); at >= 0; at = text.indexOf(p.text, at + 1)) {
      const end = at + p.text.length;
      if (taken.slice(at, end).some(Boolean)) continue;
      for (let i = at; i < end; i++) taken[i] = true;
      // 行政复议法 (a law), but not 受理法律援助 (a word that starts with 法).
      const lawName = (text[end] === '法' && !/[律治院规官学人务]/.test(text[end + 1] ?? ''))
        || text.lastIndexOf('\u300A', at) > text.lastIndexOf('\u300B', at);
      if (own && !lawName) found.push({ phrase: p as Phrase<T>, at });
    }
  }
  return found;
}

/** The phrase found nearest to `anchor` (an offset in `text`). */
function nearest<T>(text: string, anchor: number, candidates: Phrase<T>[], others: Phrase<unknown>[]): Phrase<T> | undefined {
  let best: { phrase: Phrase<T>; distance: number } | undefined;
  for (const { phrase, at } of phrasesIn(text, candidates, others)) {
    const distance = at + phrase.text.length <= anchor ? anchor - (at + phrase.text.length) : Math.max(0, at - anchor);
    if (!best || distance < best.distance) best = { phrase, distance };
  }
  return best?.phrase;
}

export interface LabelContext {
  /** Every figure span of the text, sorted: a label never takes a neighbouring figure's words. */
  figures: readonly FigureAt[];
  /** Fixed English for words of this report (its place names: 下蜀镇 → Xiashu Town). */
  english?: ReadonlyMap<string, string>;
}

/** Confidence below which a label is a guess: shown as such, never a brief headline. */
export { LOW_LABEL_CONFIDENCE } from '../model/label-confidence.js';

let measureEnglish: Map<string, string> | undefined;
/**
 * The lexicon's measures named by a verb in English (受理 → accepted, 审结 → concluded, 出具 → issued),
 * by their Chinese names and aliases: in a label they read as the action ("accepted (cases)"). Measures
 * named by a noun (sessions held, participants) are not words of a phrase.
 */
function measureWords(): Map<string, string> {
  measureEnglish ??= new Map(
    lexicon().measures
      .filter((m) => /^[a-z]+ed$/.test(m.en))
      .flatMap((m) => [m.zh, ...m.aliases.zh].filter((w) => w.length >= 2).map((w): [string, string] => [w, m.en])),
  );
  return measureEnglish;
}

/**
 * The clauses of a sentence before `clause` whose topic may be the figure's: those that hold no
 * figure (the lead-in: 办理行政复议案件,…), and, for a clause that is only a continuation (受理8件,
 * after 收到行政复议申请10件), every earlier one. A clause with words of its own (一证即办…办理5万件)
 * never takes the topic of a neighbouring clause's figure.
 */
function leadIns(text: string, quote: Span, clause: Span, figures: readonly Span[], continuation: boolean): Span[] {
  const out: Span[] = [];
  let start = quote.start;
  for (let i = quote.start; i <= clause.start; i++) {
    if (i === clause.start || CLAUSE_DELIMITERS.test(text[i])) {
      const part = { start, end: i };
      const own = !figures.some((f) => f.start < part.end && f.end > part.start) && !/\d/.test(text.slice(part.start, part.end));
      if (part.end > part.start && (own || continuation)) out.push(part);
      start = i + 1;
    }
  }
  return out;
}

/** Lead-in parts joined by 、 are one enumeration (把司法建议、检察建议、行政复议意见书…). */
function enumerations(text: string, parts: Span[]): Span[] {
  const out: Span[] = [];
  for (const part of parts) {
    const last = out.at(-1);
    if (last && part.start === last.end + 1 && text[last.end] === '\u3001') last.end = part.end;
    else out.push({ ...part });
  }
  return out;
}

/** Longest run of characters two texts share. */
function sharedRun(a: string, b: string): number {
  let best = 0;
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      let k = 0;
      while (a[i + k] !== undefined && a[i + k] === b[j + k]) k++;
      if (k > best) best = k;
    }
  }
  return best;
}

/**
 * A lead-in that enumerates several things (把司法建议、检察建议、行政复议意见书作为…抓手): the item
 * that names the figure's own words is its context, not a sibling's topic (检察建议53件 is not 行政复议's).
 * A lead-in with no such item is read whole.
 */
function ownItem(leadIn: string, phrase: string): string {
  const items = leadIn.split('\u3001');
  if (items.length < 2 || !phrase) return leadIn;
  const scored = items.map((item) => ({ item, run: sharedRun(item, phrase) })).sort((a, b) => b.run - a.run);
  return scored[0].run >= 3 && scored[0].run > (scored[1]?.run ?? 0) ? scored[0].item : leadIn;
}

/** English of the words a label shares with the unit (案件 with 件: cases) are said once, by the unit. */
function dropUnitWord(english: string, unitEn: string): string {
  const words = english.split(' ');
  const last = words.at(-1);
  return last && words.length > 1 && englishToken(last) === englishToken(unitEn.split(' ').at(-1) ?? '') ? words.slice(0, -1).join(' ') : english;
}

/** Whether a clause's words are only a measure (受理, 审结, 办结率): it continues the clause before. */
function isContinuation(phrase: string): boolean {
  return phrase.length <= 2 || lexiconPhrases().measures.some((m) => m.text === phrase);
}

export function autoLabel(
  text: string,
  figure: ExtractedFigure,
  quote: Span,
  sections: ParsedSection[],
  unitNameEn: (unit: string, value: number) => string,
  context: LabelContext = { figures: [figure] },
): AutoLabel {
  const { topics, measures } = lexiconPhrases();
  const rate = figure.unit === '%';
  const own = labelPhrase(text, figure, quote, context.figures);
  const clause = own.clause;
  // Figures stated respectively share a clause that names every item: each reads its own words only
  // (办结行政复议案件, not the clause's 受理、办结…), so a sibling's item lends it no topic or measure.
  const clauseText = own.respectively ? own.phrase : text.slice(clause.start, clause.end);
  const anchor = own.respectively ? clauseText.length : figure.span.start - clause.start;

  // A clause of a measure only, a bare rate (录入率100%) or one whose subject was the clause before's
  // (…,占比95.87%) continues that clause: the topic may come from it.
  const continues = isContinuation(own.phrase) || own.borrowed || (rate && /^[\u3400-\u9fff]{0,3}率$/.test(own.phrase));
  // Topic: the figure's own words and clause, then the sentence's lead-in clauses (never a clause
  // that holds a figure of its own: its topic is that figure's), then the headings, innermost first.
  const headings = sections
    .filter((s) => s.span.start <= figure.span.start && figure.span.start < s.span.end)
    .sort((a, b) => b.path.length - a.path.length)
    .map((s) => s.heading);
  const contexts: [string, number, number][] = [
    [clauseText, anchor, 0.9],
    // Words the phrase took from outside the clause (the whole of a part after 其中: 办理刑事法律援助案件).
    [own.phrase, own.phrase.length, 0.75],
    ...enumerations(text, leadIns(text, quote, clause, context.figures.map((f) => f.span), continues)).reverse()
      .map((s): [string, number, number] => { const words = ownItem(text.slice(s.start, s.end), own.phrase); return [words, words.length, 0.75]; }),
    ...headings.map((h, i): [string, number, number] => [h, h.length, i === 0 ? 0.6 : 0.45]),
  ];
  let topic: TopicEntry | undefined;
  let topicConfidence = 0.2;
  for (const [words, at, confidence] of contexts) {
    const found = nearest(words, at, topics, measures);
    if (found) {
      topic = found.entry;
      topicConfidence = confidence;
      break;
    }
  }

  // Measure: in the clause only; a rate needs a rate measure (…率), a count a count measure.
  const measure = own.change ? undefined : nearest(clauseText, anchor, measures.filter((m) => (m.entry.kind === 'rate') === rate), topics)?.entry;

  const phrase = own.phrase || (measure?.zh ?? '');
  const topicNames = topic ? [topic.zh, ...topic.aliases.zh].filter((n) => phrase.includes(n)) : [];
  const labelZh = `${topic && !topicNames.length ? `${topic.zh}:` : ''}${phrase || topic?.zh || '数量'}(${figure.unit})`;
  // The topic's own name is said once, before the colon: 受理法律援助案件 → "Legal aid: accepted".
  const dropTopic = topic && phrase.includes(topic.zh) ? [topic.zh] : [];

  const unitEn = unitNameEn(figure.unit, 2);
  const known = new Map([...measureWords(), ...(context.english ?? [])]);
  const topicEn = topic ? englishName(topic.en) : '';
  let phraseEn: string;
  let coverage = 1;
  if (own.change) {
    const base = translatePhrase(own.change.base, known, dropTopic);
    const how = translatePhrase(own.change.words, known);
    coverage = base.coverage;
    phraseEn = [base.english, how.english || (own.change.direction === 'UP' ? 'increase' : 'decrease')].filter(Boolean).join(': ');
  } else {
    const t = translatePhrase(phrase, known, dropTopic);
    coverage = phrase ? t.coverage : 1;
    phraseEn = dropUnitWord(t.english, unitEn);
    if (!phraseEn) phraseEn = measure ? englishName(measure.en) : rate ? 'rate' : `number of ${unitEn}`;
  }
  const labelEn = `${topicEn ? `${topicEn}: ` : ''}${phraseEn}${rate ? '' : ` (${unitEn})`}`
    .replace(/[\u3400-\u9fff]/g, '').replace(/\s+/g, ' ').trim().replace(/^[a-z]/, (c) => c.toUpperCase());

  // Honest confidence: how near the topic was, whether a measure was named, whether the words are
  // the figure's own, and how much of them the dictionary could translate.
  let confidence = topicConfidence * (measure || own.change ? 1 : 0.7);
  if (own.borrowed) confidence *= 0.75;
  if (!own.phrase) confidence *= 0.6;
  if (coverage < 0.75) confidence *= 0.8;
  confidence = Math.round(confidence * 100) / 100;
  return { topic: topic?.key ?? null, measure: measure?.key ?? null, labelZh, labelEn, confidence };
}

/**
 * The label of a table cell: row × column (数量 · 受理). The topic from the table's caption, its corner
 * cell, the column header or the row label, else the headings; the measure from the column header or
 * the row label. English word by word through the bilingual dictionary.
 */
export function tableLabel(
  figure: TableFigure,
  sections: ParsedSection[],
  unitNameEn: (unit: string, value: number) => string,
  english: ReadonlyMap<string, string> = new Map(),
): AutoLabel {
  const { topics, measures } = lexiconPhrases();
  const { row, column, caption, corner } = figure.table;
  const headings = sections
    .filter((s) => s.span.start <= figure.span.start && figure.span.start < s.span.end)
    .sort((a, b) => b.path.length - a.path.length)
    .map((s) => s.heading);
  const contexts: [string, number][] = [[column, 0.85], [row, 0.85], [corner, 0.8], [caption, 0.8], ...headings.map((h, i): [string, number] => [h, i === 0 ? 0.6 : 0.45])];
  let topic: TopicEntry | undefined;
  let topicConfidence = 0.2;
  for (const [words, confidence] of contexts) {
    const found = nearest(words, words.length, topics, measures);
    if (found) {
      topic = found.entry;
      topicConfidence = confidence;
      break;
    }
  }
  const rate = figure.unit === '%';
  const candidates = measures.filter((m) => (m.entry.kind === 'rate') === rate);
  const measure = nearest(column, column.length, candidates, topics)?.entry ?? nearest(row, row.length, candidates, topics)?.entry;
  const cell = `${row}·${column}`;
  const labelZh = `${topic && !cell.includes(topic.zh) ? `${topic.zh}:` : ''}${cell}(${figure.unit})`;
  const unitEn = unitNameEn(figure.unit, 2);
  const known = new Map([...measureWords(), ...english]);
  const rowEn = translatePhrase(row, known);
  const columnEn = translatePhrase(column, known);
  const say = (t: { english: string }, zh: string) => t.english || (zh ? 'item' : '');
  const labelEn = `${topic ? `${englishName(topic.en)}: ` : ''}${say(columnEn, column)}, ${say(rowEn, row)}${rate ? '' : ` (${unitEn})`}`
    .replace(/[\u3400-\u9fff]/g, '').replace(/\s+/g, ' ').trim().replace(/^[a-z]/, (c) => c.toUpperCase());
  let confidence = topicConfidence * (measure ? 1 : 0.8);
  if (Math.min(rowEn.coverage, columnEn.coverage) < 0.75) confidence *= 0.8;
  return { topic: topic?.key ?? null, measure: measure?.key ?? null, labelZh, labelEn, confidence: Math.round(confidence * 100) / 100 };
}
