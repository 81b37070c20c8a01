/**
 * Places by their official romanization. A place name is read syllable by syllable with pinyin-pro,
 * except where seeds/lexicon/place-readings.json says a place reads its characters otherwise
 * (浚县 Xùn Xiàn, where pinyin-pro says jùn; 六安 Lù'ān; 乐亭 Lào): those readings are place names'
 * own and no general-purpose converter knows them. The level a name ends in becomes its English
 * word (县 County, 镇 Town, 街道 Subdistrict …), so `Xun County`, `Xiashu Town` and `Zhengxiang
 * District` name 浚县, 下蜀镇 and 蒸湘区.
 */
import { readFileSync } from 'node:fs';
import { pinyin } from 'pinyin-pro';
import { englishOf } from './dictionary.js';
import { LEXICON_DIR } from './lexicon.js';

interface PlaceReadings {
  readings: { chars: string; pinyin: string }[];
  suffixes: { zh: string; en: string; plain?: string }[];
}

let cached: PlaceReadings | undefined;
function placeReadings(): PlaceReadings {
  cached ??= JSON.parse(readFileSync(LEXICON_DIR + 'place-readings.json', 'utf8')) as PlaceReadings;
  return cached;
}

/** The syllables of a place name, toneless: 浚县 → xun, xian (the listed readings win over pinyin-pro's). */
export function placeSyllables(name: string): string[] {
  const chars = [...name];
  const syllables = pinyin(name, { toneType: 'none', type: 'array', nonZh: 'consecutive' });
  // pinyin-pro gives one syllable per Chinese character (other characters are kept, run together: a
  // name with digits keeps them, so 合成0001县 and 合成0002县 are not one place); anything else leaves the name as read.
  if (syllables.length !== chars.length) return syllables;
  for (const { chars: piece, pinyin: reading } of placeReadings().readings) {
    const replacement = reading.split(' ');
    for (let at = name.indexOf(piece); at >= 0; at = name.indexOf(piece, at + 1)) {
      const index = [...name.slice(0, at)].length;
      syllables.splice(index, replacement.length, ...replacement);
    }
  }
  return syllables;
}

/**
 * A place's name in pinyin as maps spell it: one word, capitalised, an apostrophe where a syllable
 * starting with a vowel would run into the one before (六安 → Lu'an, 西安 → Xi'an).
 */
export function placePinyin(name: string): string {
  return spell(placeSyllables(name));
}

function spell(syllables: string[]): string {
  const spelled = syllables.map((s, i) => (i > 0 && /^[aoe]/.test(s) && syllables[i - 1] !== '-' ? `'${s}` : s)).join('');
  // Each name of a hyphenated pair is a word of its own: 广西-东盟 → Guangxi-Dongmeng.
  return spelled.replace(/(^|-)([a-z])/g, (_, lead: string, first: string) => lead + first.toUpperCase());
}

/**
 * A hyphenated name with a part English writes by its own name, not in pinyin (东盟 → ASEAN of
 * 广西-东盟): the dictionary's first sense of the part, when it is a proper name (capitalised, one word).
 */
function withEnglishParts(core: string, spelled: string): string | undefined {
  if (!core.includes('-')) return undefined;
  const parts = core.split('-');
  const spelledParts = spelled.split('-');
  if (parts.length !== spelledParts.length) return undefined;
  let changed = false;
  const out = parts.map((part, i) => {
    const own = englishOf(part)[0];
    if (own && /^(?:[A-Z]{2,}|[A-Z][a-z]+)$/.test(own)) {
      changed = true;
      return own;
    }
    return spelledParts[i];
  });
  return changed ? out.join('-') : undefined;
}

/** The administrative level a name ends in, with its English word: 蒸湘区 → 区, District. */
export function placeSuffix(name: string): { zh: string; en: string; plain?: string } | undefined {
  return placeReadings().suffixes.find((s) => name.endsWith(s.zh) && name.length > s.zh.length);
}

/**
 * The English names of a place: the pinyin of its name without the level (and without the
 * peoples of an autonomous county) and the level's English word (Xun County; Ziyun Autonomous
 * County and Ziyun County); a one-character name also run together with its level (Xunxian,
 * Shanxian), as maps write those. Apostrophes are optional in what people type: Lu'an City and
 * Luan City.
 */
export function englishPlaceNames(name: string): string[] {
  const suffix = placeSuffix(name);
  if (!suffix) return [];
  const withoutLevel = name.slice(0, -suffix.zh.length);
  const core = /^(.{2,}?)(?:[\u4e00-\u9fff]{1,3}族)+$/.exec(withoutLevel)?.[1] ?? withoutLevel;
  // Read in the whole name, so that a reading listed for 浚县 applies to 浚.
  const syllables = placeSyllables(core + suffix.zh).slice(0, [...core].length);
  const base = spell(syllables);
  const names = new Set<string>();
  for (const b of [base, withEnglishParts(core, base)]) {
    if (!b) continue;
    names.add(`${b} ${suffix.en}`);
    if (suffix.plain) names.add(`${b} ${suffix.plain}`);
  }
  if ([...core].length === 1) names.add(placePinyin(name));
  for (const n of [...names]) if (n.includes("'")) names.add(n.replace(/'/g, ''));
  return [...names];
}
