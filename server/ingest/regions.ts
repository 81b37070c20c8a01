/**
 * Places, from seeds/lexicon/regions.json: each region's official name, its short forms and its
 * pinyin, so 紫云苗族布依族自治县, 紫云自治县, 紫云县, 紫云 and Ziyun all name the same county.
 */
import { readFileSync } from 'node:fs';
import { LEXICON_DIR } from './lexicon.js';

export interface Region {
  name: string;
  aliases: string[];
  pinyin: string;
  level: 'province' | 'city' | 'county';
  parent: string | null;
}

let cached: Region[] | undefined;
export function regions(): Region[] {
  cached ??= JSON.parse(readFileSync(LEXICON_DIR + 'regions.json', 'utf8')) as Region[];
  return cached;
}

const LEVEL_RANK = { county: 3, city: 2, province: 1 } as const;

/**
 * The region a text names. A report is about the most local place it names (安顺市紫云县 is
 * about 紫云), and among names of one level the longest match wins.
 */
export function findRegion(text: string): Region | undefined {
  let best: { region: Region; score: number } | undefined;
  for (const region of regions()) {
    for (const name of [region.name, ...region.aliases]) {
      const score = LEVEL_RANK[region.level] * 1000 + name.length;
      if (name && text.includes(name) && (!best || score > best.score)) best = { region, score };
    }
  }
  return best?.region;
}
