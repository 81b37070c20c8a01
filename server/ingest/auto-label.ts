/**
 * Automatic labelling of figures that no curated catalog names: a topic and a measure from the
 * bilingual lexicon, found in the words around the number — the clause first, then the sentence,
 * then the headings of the sections it stands in — with a confidence that says how near the
 * evidence was, and a label in both languages. `受理法律援助案件 537 件` → 法律援助 · 受理 · 件.
 */
import type { ExtractedFigure } from './figures.js';
import { lexicon, type MeasureEntry, type TopicEntry } from '../vocabulary/lexicon.js';
import type { ParsedSection } from './sections.js';
import { clauseSpan } from '../vocabulary/sentences.js';
import type { Span } from '../vocabulary/span.js';

/** An automatic label below this confidence (or without a topic or measure) is worth a person's review. */
export const LOW_CONFIDENCE = 0.7;

export interface AutoLabel {
  topic: string | null;
  measure: string | null;
  labelZh: string;
  labelEn: string;
  /** 0–1: 0.9 when clause names both topic and measure, lower as the evidence gets further away. */
  confidence: number;
}

/** Words that open a clause without saying what it counts. */
const LEADING_FILLER = /^(?:其中|共计|共|累计|全年|全县|全市|全区|先后|已|合计|总计|截至目前|目前|同时|并|另|此外|还|实现|达到|达)+/;

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

export function autoLabel(
  text: string,
  figure: ExtractedFigure,
  quote: Span,
  sections: ParsedSection[],
  unitNameEn: (unit: string, value: number) => string,
): AutoLabel {
  const { topics, measures } = lexiconPhrases();
  const clause = clauseSpan(text, figure.span, quote);
  const clauseText = text.slice(clause.start, clause.end);
  const anchor = figure.span.start - clause.start;

  // Topic: the clause, then the sentence, then the headings from the innermost section out.
  const headings = sections
    .filter((s) => s.span.start <= figure.span.start && figure.span.start < s.span.end)
    .sort((a, b) => b.path.length - a.path.length)
    .map((s) => s.heading);
  const contexts: [string, number, number][] = [
    [clauseText, anchor, 0.9],
    [text.slice(quote.start, quote.end), figure.span.start - quote.start, 0.75],
    ...headings.map((h, i): [string, number, number] => [h, h.length, i === 0 ? 0.6 : 0.45]),
  ];
  let topic: TopicEntry | undefined;
  let topicConfidence = 0.2;
  for (const [context, at, confidence] of contexts) {
    const found = nearest(context, at, topics, measures);
    if (found) {
      topic = found.entry;
      topicConfidence = confidence;
      break;
    }
  }

  // Measure: in the clause only; a rate needs a rate measure (…率), a count a count measure.
  const rate = figure.unit === '%';
  const measure = nearest(clauseText, anchor, measures.filter((m) => (m.entry.kind === 'rate') === rate), topics)?.entry;

  const words = (clauseText.slice(0, anchor) + clauseText.slice(anchor + figure.text.length))
    .replace(/\s+/g, '').replace(LEADING_FILLER, '') || clauseText.trim();
  const labelZh = `${topic && !words.includes(topic.zh) ? `${topic.zh}:` : ''}${words}(${figure.unit})`;
  const unitEn = unitNameEn(figure.unit, 2);
  const labelEn = topic
    ? `${topic.en}: ${measure ? measure.en : rate ? 'rate' : `number of ${unitEn}`}${rate ? '' : ` (${unitEn})`}`
    : `Figure “${words}” (${unitEn})`;
  const confidence = Math.round(topicConfidence * (measure ? 1 : 0.7) * 100) / 100;
  return { topic: topic?.key ?? null, measure: measure?.key ?? null, labelZh, labelEn, confidence };
}
