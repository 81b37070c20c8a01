/**
 * Word-by-word English for a Chinese phrase nobody translated (an automatic label such as
 * 审查备案政府合同 → "review filing government contract"), from the bilingual dictionary: at each
 * place the longest word the glossary or CC-CEDICT knows, its first gloss. A word neither knows is
 * left out when jieba reads it as one word (its characters one by one would be nonsense: 入驻 is not
 * "enter halt"), and otherwise read character by character. The result never contains Chinese.
 */
import { englishOf, knowsWord, longestKnownWord } from './dictionary.js';
import { synonymsOf, thesaurusWords } from './thesaurus.js';
import { englishToken, words as segment } from './tokens.js';

/** Words that join or qualify and carry no meaning a label needs, or that are read as "and". */
const AND = new Set(['和', '及', '与', '以及', '、', '并', '暨']);
const SILENT = new Set(['现', '的', '了', '等', '之', '各', '均', '共', '已', '其', '对', '在', '将', '把', '被', '所', '中', '内', '个', '项', '件', '次', '名', '类', '余', '多', '全', '本', '该', '该项', '有关', '相关', '进行']);

/**
 * 我 before a level of place or an office is the report speaking of itself (我县, 我区, 我局): in a
 * label it is that place or office ("county"), not "I county".
 */
const OURS: Record<string, string> = { 县: 'county', 区: 'district', 市: 'city', 镇: 'town', 乡: 'township', 村: 'village', 省: 'province', 局: 'bureau' };

/** Negations that open a word (非诉讼 is no 诉讼): how English says each. */
const NEGATION: Record<string, (english: string) => string> = {
  非: (e) => `non-${e}`,
  不: (e) => `not ${e}`,
  未: (e) => `not ${e}`,
  无: (e) => `without ${e}`,
};

/**
 * The dictionary word to read at `at`: the longest the dictionary holds (常务会 of 常务/会议 too), but
 * where jieba reads a character alone, only a word that ends where one of jieba's words ends: a word
 * the dictionary happens to hold across that character and the next word (法会 in 涉/法/会议) is not read.
 */
function alignedWord(text: string, at: number, jiebaWord: ReadonlyMap<number, number>, ends: ReadonlySet<number>): string | undefined {
  if (jiebaWord.get(at) !== 1) return longestKnownWord(text, at);
  for (let n = Math.min(8, text.length - at); n >= 2; n--) {
    if (ends.has(at + n) && knowsWord(text.slice(at, at + n))) return text.slice(at, at + n);
  }
  return undefined;
}

/**
 * The English of the longest phrase at `at`, longer than `longerThan`, that the dictionary holds once
 * one of its words is replaced by a synonym of the genre's thesaurus (审核 → 审查).
 */
function synonymPhrase(text: string, at: number, longerThan: number, ends: ReadonlySet<number>): { length: number; english: string } | undefined {
  // A phrase that ends where one of jieba's words ends (开展法… holds no 组织法).
  for (let n = Math.min(8, text.length - at); n > Math.max(longerThan, 2); n--) {
    if (!ends.has(at + n)) continue;
    const phrase = text.slice(at, at + n);
    for (const member of thesaurusWords()) {
      if (member.length < 2 || !phrase.includes(member)) continue;
      for (const other of synonymsOf(member)) {
        // One word for another of its length (审核, 审查): a shorter member (决策 for 行政决策) drops meaning.
        if (!/^[\u3400-\u9fff]{2,}$/.test(other) || other.length !== member.length) continue;
        const english = knowsWord(phrase.replace(member, other)) ? englishOf(phrase.replace(member, other))[0] : undefined;
        if (english) return { length: n, english: /^[A-Z][a-z'-]*(?: [a-z]|$)/.test(english) ? english[0].toLowerCase() + english.slice(1) : english.replace(/^to /, '') };
      }
    }
  }
  return undefined;
}

export interface Translation {
  english: string;
  /** Share of the phrase's Chinese characters that a dictionary word covered (0–1). */
  coverage: number;
}

/**
 * English for `phrase`. `known` maps words to fixed English first (the lexicon's measures: 受理 →
 * accepted), and words in `drop` are left out (the topic, already named before the label).
 */
export function translatePhrase(phrase: string, known: Map<string, string> = new Map(), drop: string[] = []): Translation {
  const out: string[] = [];
  let covered = 0;
  let chinese = 0;
  const text = phrase.replace(/[“”"‘’《》〈〉「」()()\s]/g, '');
  // Where jieba's words start, and how long each is: a word the dictionaries lack is skipped whole.
  const jiebaWord = new Map<number, number>();
  let at = 0;
  for (const w of segment(text)) {
    const found = text.indexOf(w, at);
    if (found < 0) break;
    jiebaWord.set(found, w.length);
    at = found + w.length;
  }
  const ends = new Set([...jiebaWord].map(([start, length]) => start + length));
  let i = 0;
  while (i < text.length) {
    const ch = text[i];
    if (!/[\u3400-\u9fff、]/.test(ch)) {
      i++;
      continue;
    }
    const dropped = drop.find((d) => d && text.startsWith(d, i));
    if (dropped) {
      chinese += dropped.length;
      covered += dropped.length;
      i += dropped.length;
      continue;
    }
    if (ch === '我' && OURS[text[i + 1]]) {
      out.push(OURS[text[i + 1]]);
      chinese += 2;
      covered += 2;
      i += 2;
      continue;
    }
    // 涉 before a word says what a thing concerns (涉法会议 law-related meeting, 涉农 …): "X-related".
    if (ch === '涉' && !longestKnownWord(text, i)) {
      // Read as one word by jieba (涉农) or alone (涉/法/会议): what follows 涉 in that word, or the next word.
      const length = jiebaWord.get(i) ?? 1;
      const next = length > 1 ? text.slice(i + 1, i + length) : alignedWord(text, i + 1, jiebaWord, ends) ?? (jiebaWord.get(i + 1) === 1 ? text[i + 1] : undefined);
      const gloss = next && englishOf(next)[0];
      if (next && gloss && !/\s/.test(gloss.replace(/^to /, ''))) {
        out.push(`${gloss.replace(/^to /, '')}-related`);
        chinese += 1 + next.length;
        covered += 1 + next.length;
        i += 1 + next.length;
        continue;
      }
    }
    let fixed: string | undefined = [...known.keys()].filter((k) => text.startsWith(k, i)).sort((a, b) => b.length - a.length)[0];
    const general = alignedWord(text, i, jiebaWord, ends);
    // A phrase the dictionary holds with a synonym's word (合法性审核 as 合法性审查, legality review) is
    // read as that phrase: its English fits the whole better than its words one by one.
    const synonym = synonymPhrase(text, i, Math.max(fixed?.length ?? 0, general?.length ?? 0), ends);
    if (synonym) {
      out.push(synonym.english);
      chinese += synonym.length;
      covered += synonym.length;
      i += synonym.length;
      continue;
    }
    // A longer dictionary word wins over a fixed one inside it: 办理时限 is a time limit, not "handled".
    if (fixed && general && general.length > fixed.length) fixed = undefined;
    const word = fixed ?? general ?? ch;
    if (word === ch && (jiebaWord.get(i) ?? 1) > 1) {
      const length = jiebaWord.get(i)!;
      // A negated word (非诉讼, 非公有制): the negation and the word it negates, never the word alone.
      const negated = NEGATION[ch] && longestKnownWord(text, i + 1) === text.slice(i + 1, i + length) ? englishOf(text.slice(i + 1, i + length))[0] : undefined;
      if (negated) {
        out.push(NEGATION[ch](negated.replace(/^to /, '')));
        chinese += length;
        covered += length;
        i += length;
        continue;
      }
      // jieba reads a longer word here that no dictionary knows: leave it out, uncovered.
      chinese += length;
      i += length;
      continue;
    }
    i += word.length;
    if (word !== '、') chinese += word.length;
    if (AND.has(word)) {
      if (out.length && out[out.length - 1] !== 'and') out.push('and');
      covered += word === '、' ? 0 : word.length;
      continue;
    }
    if (SILENT.has(word)) {
      covered += word.length;
      continue;
    }
    const gloss = fixed ? known.get(fixed) : englishOf(word)[0];
    if (gloss) {
      covered += word.length;
      // "Government services" mid-phrase reads "government services"; "Xi Jinping Thought" keeps its capitals.
      out.push(/^[A-Z][a-z'-]*(?: [a-z]|$)/.test(gloss) && !fixed ? gloss[0].toLowerCase() + gloss.slice(1) : gloss);
    }
  }
  while (out[out.length - 1] === 'and') out.pop();
  while (out[0] === 'and') out.shift();
  // One meaning said twice in a row (审查审核 → review review): say it once.
  const words = out.filter((w, k) => k === 0 || englishToken(w) !== englishToken(out[k - 1]));
  return { english: words.join(' ').replace(/[\u3400-\u9fff]/g, '').replace(/\s+/g, ' ').trim(), coverage: chinese ? covered / chinese : 0 };
}
