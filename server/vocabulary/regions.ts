/**
 * Places, from seeds/lexicon/regions.json: each region's official name, its short forms and its
 * pinyin, so 紫云苗族布依族自治县, 紫云自治县, 紫云县, 紫云 and Ziyun all name the same county.
 */
import { readFileSync } from 'node:fs';
import { pinyin } from 'pinyin-pro';
import { divisionLevel, parentOf } from './divisions.js';
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

/**
 * The short forms people use for a region's name: 紫云苗族布依族自治县 → 紫云自治县, 紫云县, 紫云;
 * 赫章县 → 赫章. Used for regions not in the list, which real reports will often be.
 */
export function shortForms(name: string): string[] {
  const autonomous = /^(.{2,4}?)((?:[\u4e00-\u9fff]{1,3}族)+)自治(县|州|旗)$/.exec(name);
  if (autonomous) {
    const [, base, , level] = autonomous;
    return [`${base}自治${level}`, `${base}${level}`, base];
  }
  const plain = /^(.{2,}?)(县|市|区|旗|州|盟)$/.exec(name);
  return plain ? [plain[1]] : [];
}

const named = new Map<string, Region>();
/** A region from its name: the listed one, or one derived from the name (short forms, pinyin). Remembered: answers name hundreds. */
export function regionNamed(name: string): Region {
  let region = named.get(name);
  if (!region) {
    region = regionFromName(name);
    if (named.size > 20_000) named.clear();
    named.set(name, region);
  }
  return region;
}

function regionFromName(name: string): Region {
  const listed = regions().find((r) => r.name === name || r.aliases.includes(name));
  if (listed) return listed;
  const forms = shortForms(name);
  const base = forms.at(-1) ?? name;
  const spelled = pinyin(base, { toneType: 'none', type: 'array' }).join('');
  return {
    name,
    aliases: forms,
    pinyin: spelled.charAt(0).toUpperCase() + spelled.slice(1),
    level: divisionLevel(name) ?? (/(省|自治区)$/.test(name) ? 'province' : /(市|州|盟)$/.test(name) ? 'city' : 'county'),
    parent: parentOf(name),
  };
}

/** The region list, plus a derived entry for each region a report is about that the list lacks. */
export function regionsWith(reportRegions: Iterable<string>): Region[] {
  const list = regions();
  const extra = [...new Set(reportRegions)].filter((name) => !list.some((r) => r.name === name)).map(regionNamed);
  return extra.length ? [...list, ...extra] : list;
}
