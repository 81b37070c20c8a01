/**
 * Which report a question is about: the places and years it names. A place or year the hub holds
 * no report for is recorded as such, so the answer can say so instead of giving another county's
 * or another year's figure.
 */
import { knowsWord } from '../vocabulary/dictionary.js';
import { isDivisionShortName, liesIn } from '../vocabulary/divisions.js';
import { regions, type Region } from '../vocabulary/regions.js';
import { englishPlaceNames } from '../vocabulary/romanize.js';
import type { Report } from '../model/index.js';
import { isStopword } from './match.js';
import { englishToken, words } from '../vocabulary/tokens.js';
import { knownEnglish } from './query-expansion.js';

export interface QuestionScope {
  /** Regions named in the question (from the region list). */
  regions: Region[];
  /** Place names that look like a county or city but are not in the region list. */
  unknownPlaces: string[];
  years: number[];
  /** The question with places and years blanked out. */
  rest: string;
}

// Words ending in 县/市/区/省 that name no place: 全县, 县直, 社区 …
const NOT_PLACES = /^(全|本|该|各|每|哪|这|那|此|多|几|一|两|乡|社|城|市|县|辖|片|园|景|小|学|矫|街|郊|地|山|灾|试|全市|全省|全区)/;
const PLACE_SUFFIX = /^[\u4e00-\u9fff]{1,8}(自治县|自治州|自治区|自治旗|县|市|区|州|省)$/;
const ENGLISH_PLACE = /\b([a-z]+(?:\s[a-z]+)?)\s+(county|city|district|province|prefecture|town|township|subdistrict)\b/g;
const ENGLISH_NOT_PLACE = new Set(['the', 'this', 'that', 'which', 'what', 'each', 'every', 'whole', 'entire', 'our', 'your', 'its', 'their', 'a', 'an', 'in', 'of', 'for', 'same', 'level', 'county', 'city']);

/** Two to four pinyin syllables, toneless: what a romanized place name is made of. */
const SYLLABLE = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u)';
const PINYIN_WORD = new RegExp(`^(?:${SYLLABLE}){2,4}$`);

interface RegionName { region: Region; name: string; re?: RegExp; order: number }
const namesCache = new WeakMap<Region[], Map<string, RegionName[]>>();
/**
 * Every name of every region (longest first: 紫云苗族布依族自治县 before 紫云), filed under its
 * first character, compiled once per list. A question is only checked against the names that
 * start with one of its characters: a handful, where the list holds thousands.
 */
function regionNames(places: Region[]): Map<string, RegionName[]> {
  let byFirst = namesCache.get(places);
  if (!byFirst) {
    byFirst = new Map();
    const names = places
      .flatMap((region) => [region.name, ...region.aliases, ...[region.pinyin, ...[region.name, ...region.aliases].flatMap(englishPlaceNames)].map((n) => n.toLowerCase())]
        .map((name) => ({ region, name })))
      .filter((n) => n.name.length >= 2)
      .sort((a, b) => b.name.length - a.name.length)
      .map((n, order) => ({ ...n, order, re: /^[a-z ']+$/.test(n.name) ? new RegExp(`(?<![a-z])${n.name}(?![a-z])`) : undefined }));
    for (const n of names) {
      let list = byFirst.get(n.name[0]);
      if (!list) byFirst.set(n.name[0], (list = []));
      list.push(n);
    }
    namesCache.set(places, byFirst);
  }
  return byFirst;
}

/** The region names that may occur in a text, in the list's order (longest first). */
function namesIn(text: string, places: Region[]): RegionName[] {
  const byFirst = regionNames(places);
  const found: RegionName[] = [];
  for (const ch of new Set(text)) for (const n of byFirst.get(ch) ?? []) if (text.includes(n.name)) found.push(n);
  return found.sort((a, b) => a.order - b.order);
}

function blank(text: string, start: number, length: number): string {
  return text.slice(0, start) + ' '.repeat(length) + text.slice(start + length);
}

/**
 * `phrases`: English word pairs the figures use (xi jinping): a place name inside one of them is
 * part of a name, not a place (Jinping the county).
 */
/** The English word for the level of a place, by the last character of its Chinese name. */
/** Words before a year that make it the base of a change: 比2024年, 较2023年, compared with 2023. */
const COMPARISON_BASE = /(?:[比较]|相比|相较|对比|同比|(?:up|down|rise|increase|decrease) from|compared (?:with|to)|relative to|than)\s*$/;

/**
 * 截至/截止 a date in the first half of a year (截至2023年3月15日): the day a figure was counted in a
 * report on the year before, written in the spring after it, not the year asked. A later date
 * (截至2023年11月底) still falls in the year it names.
 */
const AS_OF_DATE = /(?:截至|截止)到?\s*(?:19|20)\d{2}\s*年\s*0?[1-6]\s*月(?:\s*\d{1,2}\s*[日号])?(?:底|末)?/g;

/** A change the report states is asked for (增长了百分之几, how much did it rise), not a difference of two reports. */
const CHANGE_ASKED = /增长|增加|上升|提高|提升|下降|减少|降低|涨|降|增幅|降幅|\b(?:increase|increased|rise|rose|grow|grew|growth|decline|declined|decrease|decreased|drop|dropped|fell)\b/;

const PLACE_TYPE: Record<string, string> = { 县: 'county', 区: 'district', 市: 'city', 镇: 'town', 乡: 'township', 街道: 'subdistrict' };

/**
 * "Tongcheng: how many times did the town government …": once a place is named, the word for its
 * own level (town for 通城镇) refers to it, as 镇政府 does; it names no figure. Only the level of a
 * place in scope goes: "county and district Party secretaries" of a city still asks about counties.
 */
function withoutPlaceTypes(rest: string, found: Region[]): string {
  const types = new Set(found.map((r) => Object.entries(PLACE_TYPE).find(([zh]) => r.name.endsWith(zh))?.[1]).filter(Boolean));
  if (!types.size || !/[a-z]/.test(rest)) return rest;
  // Not inside a compound: city-level, "district level" (市级, 区级) is a word of its own.
  return rest.replace(/(?<![-\w])(?:the |this |that )?([a-z]+)(?=(?:'s)?(?![-\w])(?!\s+levels?\b))/g, (whole, word: string) => (types.has(word) ? ' '.repeat(whole.length) : whole));
}

/**
 * `capitalized`: the words the question as typed capitalized (Maple in "Ziyun and Maple County"),
 * lower-cased; when given, an English word before a level word is a name only if capitalized.
 */
export function detectScope(question: string, phrases: Pick<ReadonlySet<string>, 'has'> = new Set(), knows: (word: string) => boolean = () => false, places: Region[] = regions(), capitalized?: Set<string>): QuestionScope {
  let rest = question;
  const found: Region[] = [];
  for (const { region, name, re } of namesIn(question, places)) {
    if (!rest.includes(name)) continue;
    const latin = re !== undefined;
    const partOfPhrase = (at: number) => {
      const before = rest.slice(0, at).trim().split(/\s+/).pop() ?? '';
      const after = rest.slice(at + name.length).trim().split(/\s+/)[0] ?? '';
      return phrases.has(`${before} ${name}`) || phrases.has(`${name} ${after}`);
    };
    let at = re ? (re.exec(rest)?.index ?? -1) : rest.indexOf(name);
    while (at >= 0) {
      if (latin && partOfPhrase(at)) break;
      if (!found.includes(region)) found.push(region);
      rest = blank(rest, at, name.length);
      at = re ? (re.exec(rest)?.index ?? -1) : rest.indexOf(name);
    }
  }

  const unknownPlaces: string[] = [];
  // A word like 金平县 the figures never use, or "Jinping County": a place the hub knows nothing of.
  for (const word of words(rest)) {
    if (PLACE_SUFFIX.test(word) && word.length >= 3 && !NOT_PLACES.test(word) && !knows(word)) unknownPlaces.push(word);
  }
  // Names the segmenter does not know split off their 县 (青山|县): two or three unknown characters before it.
  // Not 和县直 / 省市县 / 多少家县级: the two characters hold no connector or counter, and 县 heads no 县直, 县级 ….
  for (const m of rest.matchAll(/([\u4e00-\u9fff]{2})(?=[县市](?![直级委里域城乡政人区场民]))/g)) {
    const name = m[1];
    const suffix = rest[m.index! + 2];
    if (/[和与及跟省市县区乡镇村家个名所多少几全本该各每这那哪的在]/.test(name) || NOT_PLACES.test(name) || knows(name) || knows(name + suffix)) continue;
    if (!unknownPlaces.some((p) => p.includes(name))) unknownPlaces.push(`${name}${suffix}`);
  }
  for (const name of placesWithoutLevel(rest, knows)) if (!unknownPlaces.some((p) => p.includes(name))) unknownPlaces.push(name);
  // A word spelled as pinyin that neither the figures nor the dictionary know (Bengbu, Mianyang):
  // the romanized name of a place the hub holds no report for, even with no County or City after it.
  // …but not a word in quotes, the name of a thing (village-level 'Anyiban' service points).
  const quoted = new Set([...rest.matchAll(/(?<![a-z])['"“‘]([a-z][a-z\s-]{1,40}?)['"”’](?![a-z])/g)].flatMap((m) => m[1].split(/[\s-]+/)));
  // …nor, in a question that capitalizes names (a word besides its first), a word typed in lower case (lead geese).
  const writesCapitals = (capitalized?.size ?? 0) >= 2;
  for (const word of rest.match(/[a-z]{5,}/g) ?? []) {
    if (quoted.has(word) || (writesCapitals && !capitalized!.has(word))) continue;
    if (PINYIN_WORD.test(word) && !isStopword(word) && !knows(englishToken(word)) && !knownEnglish(word)) unknownPlaces.push(word);
  }
  for (const m of rest.matchAll(ENGLISH_PLACE)) {
    // "at district level", "county-level": a level, not a place.
    if (/^\s*-?\s*levels?\b/.test(rest.slice(m.index! + m[0].length))) continue;
    // The name is the words right before the level word: "kept at district" names no place.
    const name: string[] = [];
    for (const w of m[1].split(' ').reverse()) {
      // Nor an English word written in lower case ("smart district", "won city government").
      if (ENGLISH_NOT_PLACE.has(w) || isStopword(w) || knows(englishToken(w)) || (capitalized && !capitalized.has(w) && !PINYIN_WORD.test(w) && knownEnglish(w))) break;
      name.unshift(w);
    }
    if (name.length) unknownPlaces.push(`${name.join(' ')} ${m[2]}`);
  }

  rest = withoutPlaceTypes(rest, found);

  const years: number[] = [];
  const bases: number[] = [];
  // A point in time a figure was counted at (截至2023年3月15日): it scopes no report, and is no figure's word.
  for (const m of rest.matchAll(AS_OF_DATE)) rest = blank(rest, m.index!, m[0].length);
  // A year, not a count: 2000余人, 2000多件, more than 2000 cases.
  // About a year closing the question is what the report is on (which report is about 2022?), not an approximation.
  for (const m of rest.matchAll(/(?<!\d)(?<!(?:than|over|nearly|almost|around)\s)(?<!about\s(?!(?:19|20)\d{2}\s*(?:[?？.。!！]|$)))((?:19|20)\d{2})(?!\d)(?!\s*(?:[余多件人个次名所家份条篇项场万]|cases|people|persons|times|sessions))/g)) {
    // The base of a change the report states (合同审查比2024年增长23%, up from 2024) is no report asked for.
    (COMPARISON_BASE.test(rest.slice(Math.max(0, m.index! - 20), m.index!)) ? bases : years).push(Number(m[1]));
    rest = blank(rest, m.index!, m[1].length);
  }
  // …unless two years' figures are compared (2023年比2024年多多少): each is then a report's.
  if (bases.length && years.length && !CHANGE_ASKED.test(rest)) years.push(...bases);
  return { regions: found, unknownPlaces, years: [...new Set(years)], rest };
}

/** Words that may stand before a place's name: 和赫章, 比盘州, 请问威宁. */
const BEFORE_PLACE = new Set(['和', '与', '及', '跟', '同', '比', '或', '对', '在', '还是', '以及', '对比', '比较']);

/**
 * Places named without their level that the hub knows nothing of (赫章的法律援助案件, 紫云和盘州):
 * the short name of a county or city in the divisions, standing as words of their own in the
 * segmented question (赫章 | 的, 盘 | 州 | 的), at the start of a phrase, and neither a common word
 * (平安, 大方) nor a word the figures use.
 */
function placesWithoutLevel(rest: string, knows: (word: string) => boolean): string[] {
  const found: string[] = [];
  for (const m of rest.matchAll(/[\u3400-\u9fff]+/g)) {
    const run = m[0];
    const tokens = words(run);
    const starts: number[] = [];
    let at = 0;
    for (const t of tokens) {
      const i = run.indexOf(t, at);
      if (i < 0) return found;
      starts.push(i);
      at = i + t.length;
    }
    const boundary = new Set([...starts, run.length]);
    tokens.forEach((token, k) => {
      const previous = tokens[k - 1];
      if (previous !== undefined && !BEFORE_PLACE.has(previous) && !isStopword(previous)) return;
      for (const length of [4, 3, 2]) {
        const name = run.slice(starts[k], starts[k] + length);
        if (name.length !== length || !boundary.has(starts[k] + length) || !isDivisionShortName(name)) continue;
        if (knowsWord(name) || knows(name)) continue;
        found.push(name);
        return;
      }
    });
  }
  return found;
}

/**
 * What a question names that the hub holds no report for, as the scope of its refusal: the first
 * unknown place (赫章), else the first place named with no report in or under it, or the first year.
 */
export function missingScope(scope: QuestionScope, reports: Report[], reason: 'NO_SUCH_REGION' | 'NO_SUCH_PERIOD'): { region?: string; year?: number } {
  if (reason === 'NO_SUCH_PERIOD') {
    const year = scope.years.find((y) => !reports.some((r) => r.year === y));
    return year ? { year } : {};
  }
  const region = scope.unknownPlaces[0]
    ?? scope.regions.find((p) => !reports.some((r) => r.region === p.name || liesIn(r, p.name)))?.name;
  return region ? { region } : {};
}

/** Words that join two places as things compared or added: 和, 比, and, or, vs … */
const JOINS_PLACES = /(?:和|与|及|跟|同|比|或|还是|、|,|，|\band\b|\bor\b|\bthan\b|\bvs\.?|\bversus\b|\bwith\b)\s*$/;
const JOINED_AFTER = /^\s*(?:和|与|及|跟|同|比|或|还是|、|\band\b|\bor\b|\bvs\.?|\bversus\b)/;

/**
 * A province or city named as what a figure is about rather than whose report it is
 * (通州区跨省通办的天津市政务服务事项, Hebei Province items handled across provinces in Tongzhou): an
 * area no held report is of or lies in, named in a question that also names a held place it does not
 * contain, and not joined to another place (和, 比, and, or …: 紫云和贵阳哪个多 still asks of 贵阳). Such an
 * area leaves the scope, and its name goes back into the question's words, where it tells one
 * figure from another.
 */
export function withSubjectAreas(scope: QuestionScope, question: string, reports: Report[]): QuestionScope {
  const heldPlaces = scope.regions.filter((p) => reports.some((r) => r.region === p.name));
  if (!heldPlaces.length || heldPlaces.length === scope.regions.length) return scope;
  let rest = scope.rest;
  const subjects: Region[] = [];
  const heldNames = heldPlaces.flatMap((p) => [p.name, ...p.aliases, p.pinyin.toLowerCase(), ...englishPlaceNames(p.name).map((n) => n.toLowerCase())]).filter((n) => n.length >= 2);
  for (const area of scope.regions) {
    if (heldPlaces.includes(area) || (area.level !== 'province' && area.level !== 'city')) continue;
    if (reports.some((r) => liesIn(r, area.name)) || heldPlaces.some((p) => liesIn(p.name, area.name))) continue;
    const names = [area.name, ...area.aliases, area.pinyin.toLowerCase(), ...englishPlaceNames(area.name).map((n) => n.toLowerCase())]
      .filter((n) => n.length >= 2).sort((a, b) => b.length - a.length);
    const spans: [number, number][] = [];
    for (const name of names) {
      for (let at = question.indexOf(name); at >= 0; at = question.indexOf(name, at + 1)) {
        if (rest.slice(at, at + name.length).trim() || spans.some(([s, e]) => at < e && at + name.length > s)) continue;
        spans.push([at, at + name.length]);
      }
    }
    if (!spans.length || spans.some(([s, e]) => JOINS_PLACES.test(question.slice(Math.max(0, s - 8), s)) || JOINED_AFTER.test(question.slice(e, e + 8)))) continue;
    // Right before a held place (江西省遂昌县, Jiangxi's Suichang) it says where that place lies: asked for.
    const before = (e: number) => { const next = question.slice(e).replace(/^(?:['’]s)?[\s,，]*/, ''); return heldNames.some((n) => next.startsWith(n)); };
    if (spans.some(([, e]) => before(e))) continue;
    for (const [s, e] of spans) rest = rest.slice(0, s) + question.slice(s, e) + rest.slice(e);
    subjects.push(area);
  }
  if (!subjects.length) return scope;
  // Named in English, the area's Chinese name is the word the figures write (河北省 for Hebei Province).
  const chinese = subjects.filter((a) => !question.includes(a.name)).map((a) => a.name);
  return { ...scope, regions: scope.regions.filter((r) => !subjects.includes(r)), rest: chinese.length ? `${rest} ${chinese.join(' ')}` : rest };
}

/** The reports a question's scope selects, and why none, when none does. */
export function reportsInScope(scope: QuestionScope, reports: Report[]):
  { reports: Report[]; missing?: 'NO_SUCH_REGION' | 'NO_SUCH_PERIOD' } {
  // Any place the hub knows nothing of: answering for the others would look like an answer for it.
  if (scope.unknownPlaces.length) return { reports: [], missing: 'NO_SUCH_REGION' };
  let selected = reports;
  // 安顺市紫云县, 贵州省紫云县: the city or province only says where the county is.
  const named = scope.regions.filter((r) => !scope.regions.some((o) => o !== r && (o.parent === r.name || liesIn(o.name, r.name))));
  if (named.length) {
    // Every place named must be held: a city's report is not its counties', nor the reverse.
    if (named.some((region) => !reports.some((r) => r.region === region.name))) return { reports: [], missing: 'NO_SUCH_REGION' };
    const names = new Set(named.map((r) => r.name));
    selected = selected.filter((r) => names.has(r.region));
  }
  if (scope.years.length) {
    // 2023年比2024年: a year with no report makes the question unanswerable, even if another is held.
    if (scope.years.some((year) => !selected.some((r) => r.year === year))) return { reports: [], missing: 'NO_SUCH_PERIOD' };
    selected = selected.filter((r) => scope.years.includes(r.year));
  }
  return { reports: selected };
}

/**
 * A year written before a noun (the 2023 assessment, the 2023 inspection feedback) names what that
 * noun was, not the report asked for: when the places named hold no report of that year, it is a
 * word of the question, and the places' reports are read. "The 2023 report" still asks the year. So
 * are the years of a plan period (the Outline for 2021—2025).
 */
export function withYearsAsWords(scope: QuestionScope, reports: Report[], question: string): QuestionScope {
  const named = scope.regions.map((r) => r.name);
  const inPlace = reports.filter((r) => !named.length || named.some((n) => r.region === n || liesIn(r, n)));
  const attributive = (year: number) => new RegExp(`\\b(?:the|their|its|our|this|that)\\s+${year}\\s+(?!(?:annual\\s+|work\\s+)?reports?\\b|year\\b)[a-z]`).test(question.toLowerCase());
  // A plan period (纲要(2021—2025年), the Outline (2021-2025)) names a plan, never one report's year.
  const period = (year: number) => new RegExp(`(?:(?:19|20)\\d{2}\\s*[-—–~至到]\\s*${year}|${year}\\s*[-—–~至到]\\s*(?:19|20)\\d{2})(?!\\d)`).test(question);
  const words = scope.years.filter((y) => inPlace.length && !inPlace.some((r) => r.year === y) && (attributive(y) || period(y)));
  if (!words.length) return scope;
  return { ...scope, years: scope.years.filter((y) => !words.includes(y)), rest: `${scope.rest} ${words.join(' ')}` };
}

/** The words a question as typed capitalizes, lower-cased, for detectScope. */
export function capitalizedWords(raw: string): Set<string> {
  return new Set((raw.match(/\b[A-Z][a-z]+/g) ?? []).map((w) => w.toLowerCase()));
}
