/**
 * The genre's synonym sets (seeds/lexicon/thesaurus.json): what a report writes and what people
 * type for the same thing — 案件 and 案子, 诉讼 and 官司, 审结 and 结了, 主要负责人 and 一把手. A
 * question's word reaches a figure stated with another word of its set. Sets may mix languages:
 * an English member (lawsuit) reaches the Chinese ones (诉讼), as a domain glossary does. English
 * members are kept as stems (single words) or stem pairs (phrases), the tokens matching uses.
 */
import { readFileSync } from 'node:fs';
import { LEXICON_DIR } from './lexicon.js';
import { englishToken, latinWords } from './tokens.js';

const CJK = /[\u3400-\u9fff]/;

/** Words a question's phrase never keeps between its content words (in force, rule of law). */
const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with']);

/** A member as matching sees it: Chinese as written, English as its stems joined by a space. */
export function thesaurusToken(member: string): string {
  // Without the words matching drops from a question (in force → force), or a phrase never meets it.
  return CJK.test(member) ? member : latinWords(member).filter((w) => !FUNCTION_WORDS.has(w)).map(englishToken).join(' ');
}

let bySynonym: Map<string, string[]> | undefined;
let chineseMembers: string[] | undefined;

function load(): Map<string, string[]> {
  if (!bySynonym) {
    const { sets } = JSON.parse(readFileSync(LEXICON_DIR + 'thesaurus.json', 'utf8')) as { sets: string[][] };
    bySynonym = new Map();
    for (const set of sets) {
      const tokens = [...new Set(set.map(thesaurusToken).filter(Boolean))];
      // A word in several sets (审查 reviews, 备案 files) reaches the members of each.
      for (const t of tokens) bySynonym.set(t, [...new Set([...(bySynonym.get(t) ?? []), ...tokens.filter((o) => o !== t)])]);
    }
    chineseMembers = [...bySynonym.keys()].filter((t) => CJK.test(t));
  }
  return bySynonym;
}

/** The other words of every set a token belongs to (empty when it belongs to none). */
export function synonymsOf(token: string): readonly string[] {
  return load().get(token) ?? [];
}

/** Chinese members, for the segmenter to keep whole (结了, 一把手, 打官司). */
export function thesaurusWords(): readonly string[] {
  load();
  return chineseMembers!;
}
