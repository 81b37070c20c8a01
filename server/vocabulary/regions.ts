/**
 * Places, from seeds/lexicon/regions.json: each region's official name, its short forms, its
 * pinyin, its level and its parent (province → city → county → town), so 紫云苗族布依族自治县,
 * 紫云自治县, 紫云县, 紫云 and Ziyun all name the same county, and 下蜀镇 lies in 句容市. Places the
 * list lacks take their parent from the divisions (divisions.ts).
 */
import { readFileSync } from 'node:fs';
import { knowsWord } from './dictionary.js';
import { chainOf, divisionLevel, parentOf, splitPlaceChain, type PlaceOfReport } from './divisions.js';
import { LEXICON_DIR } from './lexicon.js';
import { placePinyin, placeSuffix } from './romanize.js';

export interface Region {
  name: string;
  aliases: string[];
  pinyin: string;
  level: 'province' | 'city' | 'county' | 'town';
  parent: string | null;
}

let cached: Region[] | undefined;
export function regions(): Region[] {
  cached ??= JSON.parse(readFileSync(LEXICON_DIR + 'regions.json', 'utf8')) as Region[];
  return cached;
}

const LEVEL_RANK = { town: 4, county: 3, city: 2, province: 1 } as const;

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
/** A development zone and the short names people give it: 长春经济技术开发区 is 长春经开区 and 长春开发区. */
// The base may join two names with a hyphen (广西-东盟经济技术开发区, 中国-东盟…).
const ZONE = /^([\u4e00-\u9fff]{2,4}(?:-[\u4e00-\u9fff]{2,4})?)(经济技术开发区|高新技术产业开发区|经济开发区|高新区|开发区)$/;
const ZONE_SHORT: Record<string, string[]> = {
  经济技术开发区: ['经开区', '开发区'], 高新技术产业开发区: ['高新区', '开发区'], 经济开发区: ['经开区', '开发区'], 高新区: [], 开发区: [],
};

/** The city a development zone is named after (长春经济技术开发区 → 长春), when it is one. */
export function zoneBase(name: string): string | undefined {
  return ZONE.exec(name)?.[1];
}

export function shortForms(name: string): string[] {
  // Not the bare city: 长春 is 长春市, not its development zone.
  const zone = ZONE.exec(name);
  // …and written without its hyphen too (广西东盟经开区).
  if (zone) return ZONE_SHORT[zone[2]].flatMap((s) => [zone[1] + s, ...(zone[1].includes('-') ? [zone[1].replace('-', '') + s] : [])]);
  const autonomous = /^(.{2,4}?)((?:[\u4e00-\u9fff]{1,3}族)+)自治(县|州|旗)$/.exec(name);
  if (autonomous) {
    const [, base, , level] = autonomous;
    return [`${base}自治${level}`, `${base}${level}`, base];
  }
  const plain = /^(.{2,}?)(县|市|区|旗|州|盟|镇|乡|街道)$/.exec(name);
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
  // 杭州市钱塘区 is 钱塘区, 钱塘 and Qiantang in questions and answers, and lies in 杭州市.
  const { local } = splitPlaceChain(name);
  const forms = local === name ? shortForms(name) : [local, ...shortForms(local)];
  const base = forms.at(-1) ?? name;
  const zone = zoneBase(local);
  return {
    name,
    aliases: forms,
    // A zone goes by its city and its kind in English too (Changchun Development Zone).
    pinyin: zone ? `${placePinyin(zone)} ${placeSuffix(local)?.plain ?? placeSuffix(local)?.en ?? 'Development Zone'}` : placePinyin(base),
    level: divisionLevel(local) ?? (/(省|自治区)$/.test(local) ? 'province' : /(市|州|盟)$/.test(local) ? 'city' : /(镇|乡|街道)$/.test(local) ? 'town' : 'county'),
    parent: parentOf(name),
  };
}

/**
 * The region list, plus a derived entry for each region a report is about that the list lacks, and
 * for each place such a region lies in (鹤壁市 for 浚县, 彭山区 for 公义镇), so a question can name
 * the area. An area's short form that is also a common word (平安 of 平安区) is left out.
 */
export function regionsWith(reports: Iterable<string | PlaceOfReport>): Region[] {
  const list = regions();
  const listed = new Set(list.map((r) => r.name));
  const extra = new Map<string, Region>();
  const given = [...reports];
  for (const report of given) {
    const name = typeof report === 'string' ? report : report.region;
    const chain = chainOf(report);
    if (!listed.has(name) && !extra.has(name)) {
      const region = regionNamed(name);
      extra.set(name, region.parent || !chain.length ? region : { ...region, parent: chain[0] });
    }
    for (const area of chain) {
      if (listed.has(area) || extra.has(area)) continue;
      const region = regionNamed(area);
      extra.set(area, { ...region, aliases: region.aliases.filter((a) => !knowsWord(a)) });
    }
  }
  // The reports' own places first: a short name a held place shares with a listed division
  // (三都 of 三都镇 and of 三都水族自治县) means the place the hub holds a report of.
  const all = extra.size ? [...list, ...extra.values()] : list;
  const held = new Set(given.map((r) => (typeof r === 'string' ? r : r.region)));
  return [...all.filter((r) => held.has(r.name)), ...all.filter((r) => !held.has(r.name))];
}
