/** Words that say nothing about what a question is about (seeds/lexicon/stopwords.json). */
import { readFileSync } from 'node:fs';
import { LEXICON_DIR } from './lexicon.js';
import { englishToken } from './tokens.js';

let stopwords: Set<string> | undefined;

export function isStopword(token: string): boolean {
  if (!stopwords) {
    const lists = JSON.parse(readFileSync(LEXICON_DIR + 'stopwords.json', 'utf8')) as { zh: string[]; en: string[] };
    stopwords = new Set([...lists.zh, ...lists.en.flatMap((w) => [w.toLowerCase(), englishToken(w.toLowerCase())])]);
  }
  return stopwords.has(token);
}

/** English words that only build a question (how many … did …): never part of a phrase to translate or a name. */
export const ENGLISH_GRAMMAR_WORDS: ReadonlySet<string> = new Set(['how', 'many', 'much', 'what', 'which', 'who', 'when', 'where', 'why', 'did', 'do', 'does', 'done',
  'the', 'a', 'an', 'of', 'in', 'on', 'at', 'for', 'to', 'by', 'with', 'from', 'and', 'or', 'was', 'were', 'is', 'are', 'be',
  'been', 'has', 'have', 'had', 'that', 'this', 'these', 'those', 'there', 'their', 'its', 'it', 'as', 'than', 'number']);
