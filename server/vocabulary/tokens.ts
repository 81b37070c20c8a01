/**
 * Tokens for matching questions against figures: Chinese is segmented with jieba (plus character
 * bigrams on the figure side, so a question's word is found even where the segmenter cut the
 * report's text differently); English is lower-cased, irregular forms and British spellings are
 * mapped to one base form (seeds/lexicon/lemmas.json) and words are stemmed (Porter).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Jieba } from '@node-rs/jieba';
import { stemmer } from 'stemmer';
import { LEXICON_DIR } from './lexicon.js';

let jieba: Jieba | undefined;
/**
 * Words jieba's dictionary has seen fewer times than this are left out of it: 60% of its 349,000
 * entries (rare names and idioms), and about 20 MB of memory. The domain's own words are added
 * back (addDomainWords); the eval sets answer the same with the trimmed dictionary as with the whole.
 */
export const MIN_WORD_FREQUENCY = 5;

/** The dictionary that ships with @node-rs/jieba, read from the package (never downloaded), trimmed. */
function dictionary(): Buffer {
  const file = createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt');
  const lines = readFileSync(file, 'utf8').split('\n').filter((line) => Number(line.split(' ')[1]) >= MIN_WORD_FREQUENCY);
  return Buffer.from(lines.join('\n'), 'utf8');
}

function segmenter(): Jieba {
  jieba ??= Jieba.withDict(dictionary());
  return jieba;
}

const domainWords = new Set<string>();
/**
 * Teach the segmenter the domain's words (律师事务所, 调委会, 法律明白人), so a question is cut the
 * way the lexicon names things: 律师事务所有几家 → 律师事务所|有|几家, not 律师|事务|所有.
 */
export function addDomainWords(phrases: Iterable<string>): void {
  const fresh = [...phrases].filter((p) => /^[\u3400-\u9fff]{2,12}$/.test(p) && !domainWords.has(p));
  if (!fresh.length) return;
  for (const p of fresh) domainWords.add(p);
  segmenter().loadDict(Buffer.from(fresh.map((p) => `${p} 20000 n`).join('\n'), 'utf8'));
}

let lemmas: Record<string, string> | undefined;
function lemma(word: string): string {
  lemmas ??= (JSON.parse(readFileSync(LEXICON_DIR + 'lemmas.json', 'utf8')) as { en: Record<string, string> }).en;
  return lemmas[word] ?? word;
}

const CJK_RUN = /[\u3400-\u9fff]+/g;
const LATIN_WORD = /[a-z0-9]+(?:['’][a-z]+)?/g;

/** A word's base form before stemming: county's → county, lost → lose, centre → center. */
export function baseWord(word: string): string {
  return lemma(word.replace(/['’]s$/, '').replace(/['’]/g, ''));
}

/**
 * Stems of words seen: labels repeat their words in every report. Bounded: cleared when full, and
 * only words of a real word's length are kept (about 3 MB at most).
 */
const stems = new Map<string, string>();
const REMEMBERED_WORD_CHARS = 30;

/** A word's stem, not remembered (for one-off builds over many words: the bilingual dictionary's index). */
export function stemOf(word: string): string {
  const base = baseWord(word);
  if (/^\d+$/.test(base)) return base;
  // The stemmer undoubles a consonant where it takes off -ing or -ed (hopping → hop), so staffing
  // and added become staf and ad while staff and add keep theirs: a base ending in such a double
  // (not ll, ss, zz, which it keeps throughout) loses it too, so all forms of a word meet.
  return stemmer(base).replace(/([bcdfgkmnprtv])\1$/, '$1');
}

export function englishToken(word: string): string {
  let stem = stems.get(word);
  if (stem === undefined) {
    stem = stemOf(word);
    if (stems.size >= 50_000) stems.clear();
    if (word.length <= REMEMBERED_WORD_CHARS) stems.set(word, stem);
  }
  return stem;
}

/** The English words of a text, lower-cased, in base form but not stemmed (for typo correction). */
export function latinWords(text: string): string[] {
  return [...text.toLowerCase().matchAll(LATIN_WORD)].map((m) => baseWord(m[0]));
}

/** Words of a normalised text, in order: jieba words for Chinese, stems for English. */
export function words(text: string): string[] {
  const out: string[] = [];
  const lower = text.toLowerCase();
  let last = 0;
  const flushLatin = (chunk: string) => {
    for (const m of chunk.matchAll(LATIN_WORD)) out.push(englishToken(m[0]));
  };
  for (const m of lower.matchAll(CJK_RUN)) {
    flushLatin(lower.slice(last, m.index));
    for (const w of chineseWords(m[0])) out.push(w);
    last = m.index! + m[0].length;
  }
  flushLatin(lower.slice(last));
  return out;
}

/** A negation that opens a word: 非诉讼 (non-litigation), 不规范, 未整改. */
const NEGATION = /^[非不未无]/;

/**
 * jieba's words of a Chinese run, a negation cut off on its own joined to the word it negates
 * (非|诉讼案件 → 非诉讼案件, 不|满意 → 不满意): the two count one thing, the opposite of the word alone.
 */
function chineseWords(run: string): string[] {
  const out: string[] = [];
  for (const w of segmenter().cut(run, false)) {
    if (!w.trim()) continue;
    const last = out.at(-1);
    if (last && last.length === 1 && NEGATION.test(last) && w.length >= 2 && /^[\u3400-\u9fff]+$/.test(w)) out[out.length - 1] = last + w;
    else out.push(w);
  }
  return out;
}

/**
 * The characters of a text that only a negated word holds: in 非诉讼案件 the 诉讼 of 非诉讼. A word
 * the segmenter reads as a negation and a word of its own (非 + 诉讼) counts the opposite thing, so
 * its inner word is no token of the text (a question's 诉讼案件 is not 非诉讼案件).
 */
export function negatedSpans(text: string): [number, number][] {
  const out: [number, number][] = [];
  if (!/[非不未无]/.test(text)) return out;
  for (const m of text.matchAll(CJK_RUN)) {
    let at = m.index!;
    for (const w of chineseWords(m[0])) {
      if (w.length >= 3 && NEGATION.test(w) && segmenter().cut(w.slice(1), false).length === 1) out.push([at + 1, at + w.length]);
      at += w.length;
    }
  }
  return out;
}

/**
 * Character bigrams of every Chinese run, and its single characters — less those inside a negated
 * word (negatedSpans): 非诉讼 gives 非 and 非诉, never 诉讼.
 */
export function chineseGrams(text: string): string[] {
  const negated = negatedSpans(text);
  const inside = (start: number, end: number) => negated.some(([s, e]) => start >= s && end <= e);
  const out: string[] = [];
  for (const m of text.matchAll(CJK_RUN)) {
    const run = m[0];
    for (let i = 0; i < run.length; i++) {
      const at = m.index! + i;
      if (!inside(at, at + 1)) out.push(run[i]);
      if (i + 1 < run.length && !inside(at, at + 2)) out.push(run.slice(i, i + 2));
    }
  }
  return out;
}

/** Consecutive English stems as one token ("law firm"), so a phrase outweighs its scattered words. */
export function englishPairs(text: string): string[] {
  const out: string[] = [];
  for (const line of text.toLowerCase().split(/[\n,;()]/)) {
    const stems = latinWords(line).map(englishToken);
    for (let i = 0; i + 1 < stems.length; i++) out.push(`${stems[i]} ${stems[i + 1]}`);
  }
  return out;
}

/** A short bracketed alternative inside a word (县(区)委书记), read without its brackets: 县区委书记. */
const INNER_BRACKETS = /([\u3400-\u9fff])[(（]([\u3400-\u9fff]{1,4})[)）](?=[\u3400-\u9fff])/g;

/**
 * Everything a figure's field can be matched by: words, English word pairs, Chinese bigrams and
 * characters — also across a bracketed alternative, so 县(区)委书记 holds 区委 as 区委书记 says it.
 */
export function fieldTokens(text: string): Set<string> {
  const grams = chineseGrams(text);
  if (INNER_BRACKETS.test(text)) grams.push(...chineseGrams(text.replace(INNER_BRACKETS, '$1$2')));
  INNER_BRACKETS.lastIndex = 0;
  return new Set([...words(text), ...englishPairs(text), ...grams]);
}

export const isChinese = (token: string) => /[\u3400-\u9fff]/.test(token);
