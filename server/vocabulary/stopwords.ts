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
