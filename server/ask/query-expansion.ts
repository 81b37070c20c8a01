/**
 * The words that stand for a question's word when matching figures (query expansion):
 * - its synonyms in the genre's thesaurus (案子 → 案件, 官司 → 诉讼, lawsuit → litigation);
 * - for an English word or word pair, its Chinese translations from the bilingual dictionary
 *   (dictionary-based query translation, as cross-language retrieval does): contract → 合同,
 *   "government contract" → 政府合同. So an English question reaches a figure whose only words
 *   are the report's Chinese, with no English label written for it.
 * Only words the figures in scope can hold are kept: a dictionary offers dozens of translations,
 * the reports' own vocabulary picks the ones that matter (as translation candidates are filtered
 * by the target collection). An alternative counts a little less than the word itself, and a
 * translation less the further down the dictionary's ranking it is.
 */
import { LRUCache } from 'lru-cache';
import { chineseFor, chineseForDeep, chineseForPhrase, morphemesFor } from '../vocabulary/dictionary.js';
import { isStopword } from '../vocabulary/stopwords.js';
import { synonymsOf } from '../vocabulary/thesaurus.js';
import { chineseGrams, englishToken, isChinese } from '../vocabulary/tokens.js';
import type { FigureIndex } from './figure-index.js';
import type { Alternative } from './match.js';

/**
 * What a match through a synonym counts for, against the question's own word: less when a figure
 * holds the word itself, which then tells figures apart (审结 and 办结 are two measures where a
 * report states both).
 */
export const SYNONYM_FACTOR = 0.9;
export const SYNONYM_FACTOR_BESIDE_OWN = 0.6;
/** A translation's factor: the dictionary's best, then less for each one after it. */
export const TRANSLATION_FACTOR = 0.85;
export const TRANSLATION_STEP = 0.03;
export const MIN_TRANSLATION_FACTOR = 0.6;
/** Translations kept per English word (after filtering by what the figures hold). */
export const MAX_TRANSLATIONS = 8;

const LATIN = /^[a-z0-9' -]+$/;

/**
 * Dictionary look-ups, per process (the dictionary is data shipped with the code): a word's
 * translations, and a phrase's as a whole, of two characters or more and no stopword.
 */
function cachedLookup(lookup: (english: string) => string[]): (english: string) => string[] {
  const cache = new LRUCache<string, string[]>({ max: 5_000 });
  return (english) => {
    let found = cache.get(english);
    if (!found) cache.set(english, (found = lookup(english).filter((w) => w.length >= 2 && !isStopword(w))));
    return found;
  };
}
const chineseOf = cachedLookup(chineseFor);
const deepChineseOf = cachedLookup(chineseForDeep);
const phraseChineseOf = cachedLookup(chineseForPhrase);

/**
 * An English word's Chinese words for matching a report's sentences (answers in words): read far down
 * its list, for the sentences in scope pick the report's own word, as the figures do for theirs.
 */
export function translationsForSentences(raw: string): string[] {
  return LATIN.test(raw) && raw.length >= 3 ? deepChineseOf(raw) : [];
}

/** A pair of English words' Chinese as a whole (leading cadres → 领导干部), for matching sentences. */
export function phraseTranslationsForSentences(pair: string): string[] {
  return LATIN.test(pair) ? phraseChineseOf(pair) : [];
}

/** Whether a figure of the index can hold the token: as a word, or (3+ characters) through its bigrams. */
function reachable(token: string, index: FigureIndex): boolean {
  if (index.knows(token)) return true;
  return isChinese(token) && token.length >= 3 && chineseGrams(token).filter((g) => g.length === 2).every((g) => index.knows(g));
}

/**
 * The alternatives of a question token (`raw`: the word as typed, before stemming, for the
 * dictionary). `phrase`: a pair of English words, translated only as a whole.
 */
export function alternativesOf(token: string, raw: string, index: FigureIndex, phrase = false): Alternative[] {
  // Per index (one per data version and scope, cached by the ask service): its words repeat.
  let known = expansions.get(index);
  if (!known) expansions.set(index, (known = new Map()));
  const key = `${phrase ? 'p' : 'w'}\u0000${token}\u0000${raw}`;
  let found = known.get(key);
  if (!found) {
    if (known.size >= MAX_EXPANSIONS_PER_INDEX) known.clear();
    known.set(key, (found = expand(token, raw, index, phrase)));
  }
  return found;
}

const MAX_EXPANSIONS_PER_INDEX = 20_000;
const expansions = new WeakMap<FigureIndex, Map<string, Alternative[]>>();

function expand(token: string, raw: string, index: FigureIndex, phrase: boolean): Alternative[] {
  const out = new Map<string, Alternative>();
  const offer = (t: string, factor: number, translation: boolean) => {
    if (t === token || (isChinese(t) && t.length < 2) || (out.get(t)?.factor ?? 0) >= factor || !reachable(t, index)) return;
    out.set(t, translation ? { token: t, factor, translation } : { token: t, factor });
  };
  const synonymFactor = index.occurs(token) ? SYNONYM_FACTOR_BESIDE_OWN : SYNONYM_FACTOR;
  for (const synonym of synonymsOf(token)) offer(synonym, synonymFactor, false);
  if (LATIN.test(raw) && raw.length >= 3) {
    let factor = TRANSLATION_FACTOR;
    let kept = 0;
    // A pair is translated as a phrase only: the words both of its words translate to (政府合同, back pay → 欠薪).
    const candidates = phrase ? phraseChineseOf(raw) : chineseOf(raw);
    const take = (list: string[]) => {
      for (const chinese of list) {
        if (kept >= MAX_TRANSLATIONS) break;
        if (!reachable(chinese, index)) continue;
        offer(chinese, factor, true);
        kept++;
        factor = Math.max(MIN_TRANSLATION_FACTOR, factor - TRANSLATION_STEP);
      }
    };
    take(candidates);
    // None of a word's best translations in the figures: the figures' word may be further down its
    // list (landed → 落地, actually → 实际, general → 一般), for as much as the last of a list counts.
    if (!phrase && !kept) {
      factor = MIN_TRANSLATION_FACTOR;
      take(deepChineseOf(raw).slice(candidates.length));
    }
    if (phrase && !kept) for (const compound of compoundsOf(raw, index)) offer(compound, COMPOUND_FACTOR, true);
    // A word whose only translations the figures hold are single characters (weekly → 周 of 周例会,
    // industry → 业 of 一业一证): those, among its best, for half a match — a character alone is a
    // piece of many words.
    if (!phrase && !kept && !out.size) {
      for (const chinese of singleCharactersOf(raw)) {
        if (out.size >= MAX_SINGLE_CHARACTERS) break;
        if (index.knows(chinese)) out.set(chinese, { token: chinese, factor: SINGLE_CHARACTER_FACTOR, translation: true });
      }
    }
  }
  return [...out.values()];
}

const SINGLE_CHARACTER_FACTOR = 0.5;
const MAX_SINGLE_CHARACTERS = 2;
function singleCharactersOf(english: string): string[] {
  return chineseFor(english).filter((w) => w.length === 1 && /[\u3400-\u9fff]/.test(w) && !isStopword(w));
}

/** A compound built of its words' translations counts as little as a translation far down the list. */
const COMPOUND_FACTOR = MIN_TRANSLATION_FACTOR + 0.1;
const MAX_COMPOUNDS = 3;

/**
 * A pair of English words no dictionary translates as a phrase, as the Chinese compound of their
 * translations that the figures hold: contact point → 联系 + 点 = 联系点, village adviser → 村 +
 * 法律顾问 = 村法律顾问. Chinese builds such words freely, so no dictionary
 * lists them; one of the pieces may be a single character (a bound morpheme), found however far
 * down its English word's list it is, but the compound must be three characters or more and a
 * word some figure holds.
 */
function compoundsOf(raw: string, index: FigureIndex): string[] {
  const [a, b] = raw.split(' ');
  if (!a || !b) return [];
  const pieces = (w: string) => [...new Set([...chineseOf(w), ...morphemesFor(w).filter((m) => m.length === 1)])];
  const found: string[] = [];
  for (const x of pieces(a)) {
    for (const y of pieces(b)) {
      const compound = x + y;
      // A word the figures hold as it is: its bigrams alone would make words of pieces (服务中).
      if (compound.length < 3 || !index.knows(compound)) continue;
      found.push(compound);
      if (found.length >= MAX_COMPOUNDS) return found;
    }
  }
  return found;
}

/** Whether the dictionary or the thesaurus knows an English word (then it is no typo). */
export function knownEnglish(word: string): boolean {
  return chineseOf(word).length > 0 || synonymsOf(englishToken(word)).length > 0;
}
