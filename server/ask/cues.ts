/**
 * Operation cues from seeds/lexicon/operations.json: the phrases that say what a question wants —
 * a sum (一共, in total), a difference (多几, how many more), a ratio (比例, share), a comparison
 * (哪个…多, which), a breakdown (构成, by type), a list of problems or recommendations, cited
 * documents, or a fact about the report itself.
 */
import { ENGLISH_GRAMMAR_WORDS } from '../vocabulary/stopwords.js';
import { englishToken } from '../vocabulary/tokens.js';
import { readFileSync } from 'node:fs';
import { LEXICON_DIR } from '../vocabulary/lexicon.js';

export const CUE_NAMES = [
  'sum', 'difference', 'ratio', 'compare', 'breakdown', 'problems', 'recommendations', 'measures_taken',
  'documents', 'publisher', 'published_on', 'title', 'count_question', 'list_question', 'word_question',
  'manner_question', 'ordinal_question',
] as const;
export type CueName = (typeof CUE_NAMES)[number];

type CueLexicon = Record<CueName, { zh: string[]; en: string[] }>;

interface Cue {
  name: CueName;
  /** Chinese phrase, matched as a substring. */
  text?: string;
  /** English phrase, as stems matched word by word: "problem" finds "problems". */
  stems?: string[];
  /** The stems are the words as typed: "issues" does not find "issue". */
  exact?: boolean;
  length: number;
}

let cueList: Cue[] | undefined;
function cues(): Cue[] {
  if (!cueList) {
    const lexicon = JSON.parse(readFileSync(LEXICON_DIR + 'operations.json', 'utf8')) as CueLexicon;
    cueList = CUE_NAMES.flatMap((name) => [...(lexicon[name]?.zh ?? []), ...(lexicon[name]?.en ?? [])].flatMap((raw): Cue[] => {
      const phrase = raw.toLowerCase().trim();
      if (!phrase) return [];
      if (/[\u3400-\u9fff]/.test(phrase)) return [{ name, text: phrase, length: phrase.length }];
      // `=issues`: the words as typed, not stemmed (issues is the problems cue, issue the verb of "did X issue").
      if (phrase.startsWith('=')) return [{ name, stems: phrase.slice(1).split(/\s+/), exact: true, length: phrase.length - 1 }];
      return [{ name, stems: phrase.split(/\s+/).map(cueStem), length: phrase.length }];
    }));
    // Longest first, so "how many more" is taken before "how many", 哪个部门发布 before 哪个.
    cueList.sort((a, b) => b.length - a.length);
  }
  return cueList;
}

/**
 * Cue words are compared after a light stemming (plural s, possessive): "problems" finds "problem",
 * but "published" stays apart from "publisher", which a full Porter stem would merge.
 */
const cueStem = (word: string) => word.replace(/['’]s$/, '').replace(/(?<=[a-z]{3}[^s])s$/, '');

export interface CueMatch {
  cues: Set<CueName>;
  spans: { name: CueName; start: number; end: number }[];
}

/** Whether the word at [start, end) is joined by a hyphen to a word before or after it. */
function inCompound(text: string, start: number, end: number): boolean {
  return /^-[a-z]/.test(text.slice(end, end + 2)) || /[a-z]-$/.test(text.slice(Math.max(0, start - 2), start));
}

export function detectCues(question: string): CueMatch {
  const found = new Set<CueName>();
  const spans: CueMatch['spans'] = [];
  // Each character and word belongs to at most one cue: the longest phrase claims it first.
  let masked = question;
  const englishWords = [...question.matchAll(/[a-z0-9%]+(?:['’][a-z]+)?/g)]
    // A word of a hyphenated compound is no cue of its own: higher-level is a level, not "higher than".
    .map((m) => ({ word: m[0], stem: cueStem(m[0]), start: m.index!, end: m.index! + m[0].length, used: inCompound(question, m.index!, m.index! + m[0].length) }));
  for (const cue of cues()) {
    if (cue.text) {
      for (let at = masked.indexOf(cue.text); at >= 0; at = masked.indexOf(cue.text)) {
        found.add(cue.name);
        spans.push({ name: cue.name, start: at, end: at + cue.text.length });
        masked = masked.slice(0, at) + '\u0000'.repeat(cue.text.length) + masked.slice(at + cue.text.length);
      }
      continue;
    }
    const stems = cue.stems!;
    for (let i = 0; i + stems.length <= englishWords.length; i++) {
      if (stems.every((stem, k) => !englishWords[i + k].used && (cue.exact ? englishWords[i + k].word : englishWords[i + k].stem) === stem)) {
        for (let k = 0; k < stems.length; k++) englishWords[i + k].used = true;
        found.add(cue.name);
        spans.push({ name: cue.name, start: englishWords[i].start, end: englishWords[i + stems.length - 1].end });
      }
    }
  }
  return asPublisherQuestion(asWordQuestion({ cues: found, spans }, question), question);
}

/** Which body, office or agency — the one who put a report out, not when it came out. */
const WHICH_BODY = /\b(?:which|what)\s+(?:body|office|department|agency|organ|organi[sz]ation|unit|bureau|authority|institution)\b/;

/**
 * "Which body of Laobian District published the report": the publication word asks who published
 * it when the question asks which body did, not when.
 */
function asPublisherQuestion(match: CueMatch, question: string): CueMatch {
  if (!WHICH_BODY.test(question)) return match;
  if (match.cues.has('published_on')) {
    const spans = match.spans.map((s) => (s.name === 'published_on' ? { ...s, name: 'publisher' as const } : s));
    return { cues: new Set(spans.map((s) => s.name)), spans };
  }
  // "Which office issued Jianghan's report": issued, of a report, is its publication.
  const issued = /\b(?:issued|released|put out|compiled)\b(?=.*\breports?\b)/.exec(question);
  if (!issued || match.cues.has('publisher')) return match;
  const span = { name: 'publisher' as const, start: issued.index, end: issued.index + issued[0].length };
  return { cues: new Set([...match.cues, 'publisher']), spans: [...match.spans, span] };
}

/** The compare cues that are only a question word (哪个, 哪项, which is): they compare only with a comparative. */
const WHICH_ONLY = /^(?:哪个|哪一个|哪项|哪一项|哪一类|哪类|which (?:is|was|has|had)|which one (?:is|was|has|had))$/;
/** A comparative: 最, 更, 比较, 还是, 多/少/高/低… ending a clause (哪个县学法多?), more, the most, higher … */
const COMPARATIVE = /最|更|比较|相比|对比|还是|[多少高低大小快慢长短强弱](?:一些|一点|些|点)?(?=[\s,，;；?？。!！吗呢啊]|$)|\b(?:more|less|fewer|most|least|higher|lower|larger|smaller|bigger|greater|better|worse|faster|slower|compar\w*|versus|vs)\b/;

/**
 * 哪个村入选了…, which measures were taken: a question word that compares nothing asks for a thing
 * the report names in words. Its compare cues become word_question cues, unless the question holds
 * a comparative (哪个县学法多, which county held more).
 */
function asWordQuestion(match: CueMatch, question: string): CueMatch {
  const compare = match.spans.filter((s) => s.name === 'compare');
  if (!compare.length || !compare.every((s) => WHICH_ONLY.test(question.slice(s.start, s.end))) || COMPARATIVE.test(question)) return match;
  const spans = match.spans.map((s) => (s.name === 'compare' ? { ...s, name: 'word_question' as const } : s));
  return { cues: new Set(spans.map((s) => s.name)), spans };
}

/**
 * An English cue whose first word ends a name the figures state is part of that name, not an
 * operation: "compression ratio of …" is the figure 压缩比, "the ratio of A to B" is an operation. `knows`
 * tells whether the figures' English holds a pair of stems; `named` whether a figure's Chinese label
 * holds a text (a Chinese cue with the two characters after it).
 */
export function withoutNamedCues(question: string, match: CueMatch, knows: (pair: string) => boolean, named: (words: string) => boolean = () => false): CueMatch {
  const operations: readonly CueName[] = ['sum', 'difference', 'ratio', 'compare', 'breakdown'];
  const spans = match.spans.filter((span) => {
    const text = question.slice(span.start, span.end);
    // "How many categories of information…" counts categories (a unit, 类), it asks no breakdown.
    if (span.name === 'breakdown' && /\bhow many\W*$/.test(question.slice(0, span.start))) return false;
    // A Chinese cue that opens a name the figures state, with the words after it, is that name's
    // word: 审结各类合同纠纷 is one figure (审结各类合同纠纷2687件), not a breakdown by type.
    if (operations.includes(span.name) && /^[\u3400-\u9fff]+$/.test(text)) {
      const next = /^[\u3400-\u9fff]{2}/.exec(question.slice(span.end))?.[0];
      return !next || !named(text + next);
    }
    const word = /^[a-z]+/.exec(text)?.[0];
    // A cue opening with a grammar word (in total, of all) names nothing: "held in" is no name it ends.
    if (!operations.includes(span.name) || !word || ENGLISH_GRAMMAR_WORDS.has(word)) return true;
    const before = /([a-z]+)\W*$/.exec(question.slice(0, span.start))?.[1];
    return !before || !knows(`${englishToken(before)} ${englishToken(word)}`);
  });
  if (spans.length === match.spans.length) return match;
  return { cues: new Set(spans.map((s) => s.name)), spans };
}

/** Marks where a cue stood: the parts of a question around a cue (比…多几, 占…比例) name different figures. */
export const CUE_MARK = '\u00A6';

/** The question with the given kinds of cue cut out, so they are not taken for its subject. */
/** Cues that shape the operation, not the subject: blanked before matching figures. */
export const STRUCTURAL_CUES: readonly CueName[] = ['sum', 'difference', 'ratio', 'compare', 'breakdown', 'count_question', 'list_question', 'word_question', 'manner_question', 'ordinal_question'];

export function withoutCues(question: string, match: CueMatch, names: readonly CueName[]): string {
  let out = question;
  for (const span of [...match.spans].sort((a, b) => b.start - a.start)) {
    if (!names.includes(span.name)) continue;
    // 进驻了多少个部门: a count question before its counted noun is inside one phrase, not between two parts.
    const insidePhrase = span.name === 'count_question' && /[\u3400-\u9fff]/.test(out[span.start - 1] ?? '') && /^[\u3400-\u9fff]/.test(out.slice(span.end));
    out = `${out.slice(0, span.start)} ${insidePhrase ? ' ' : CUE_MARK} ${out.slice(span.end)}`;
  }
  return out;
}
