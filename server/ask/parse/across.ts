/**
 * Questions across reports: 哪个县的法律援助案件最多, 各县…排名, 前三, 紫云和金平…分别, which county
 * handled the most, rank, compare. The phrases are data (seeds/lexicon/across.json). The figure is
 * chosen by the same matching as any question — in each report in scope, so every report that
 * states it is ranked and the others are named as not stated — and, where the hub holds more
 * reports than one question searches, as an indicator (topic and measure) from the catalog, across
 * every report whatever their number.
 */
import { englishOrdinal } from '../../vocabulary/numbers.js';
import { readFileSync } from 'node:fs';
import { LRUCache } from 'lru-cache';
import type { Report } from '../../model/index.js';
import { indicatorId } from '../../query/indicators.js';
import { bestOf, comparableFigures, comparableUnits, type Comparable } from './comparable.js';
import { best, bestConfident, bestHolding } from './figures.js';
import { knowsWord } from '../../vocabulary/dictionary.js';
import { liesIn } from '../../vocabulary/divisions.js';
import { LEXICON_DIR } from '../../vocabulary/lexicon.js';
import type { Region } from '../../vocabulary/regions.js';
import { STRUCTURAL_CUES, withoutCues, type CueMatch } from '../cues.js';
import { parseHubQuestion } from '../hub-questions.js';
import { questionTerms, type ScoredFigure, type Term } from '../match.js';
import type { FigureIndex } from '../figure-index.js';
import { missingScope, type QuestionScope } from '../scope.js';
import type { AcrossScope } from '../structured-query.js';
import { confident, NEAREST_COVERAGE, result, unanswerable, type Context, type ParseResult } from './context.js';

export type Group = 'except' | 'place_question' | 'places_asked' | 'superlative' | 'ascending' | 'descending' | 'ranking' | 'each_place' | 'respectively' | 'compare' | 'place_noun'
  | 'hub_report' | 'hub_list' | 'hub_itself' | 'hub_count' | 'hub_latest' | 'hub_earliest' | 'mention' | 'states' | 'group_province' | 'group_city' | 'group_county' | 'group_year';
type Phrases = Record<Group, { zh: string[]; en: string[] }>;

let phrases: Phrases | undefined;
const patterns = new Map<string, RegExp>();

const loaded = (): Phrases => (phrases ??= JSON.parse(readFileSync(LEXICON_DIR + 'across.json', 'utf8')) as Phrases);

/** The phrases of a group (seeds/lexicon/across.json), in the file's order. */
export function phrasesOf(group: Group): { zh: string[]; en: string[] } {
  return loaded()[group];
}
/** Whether a text holds a phrase of a group: Chinese as a substring, English as whole words. */
export function says(text: string, group: Group): boolean {
  const { zh, en } = loaded()[group];
  if (zh.some((p) => text.includes(p))) return true;
  if (!/[a-z]/.test(text)) return false;
  return en.some((p) => {
    let re = patterns.get(p);
    if (!re) patterns.set(p, (re = new RegExp(`(?<![a-z])${p.replace(/ /g, '\\s+')}(?![a-z])`)));
    return re.test(text);
  });
}

/** A phrase as a pattern to blank: Chinese as a substring, English as whole words, each match. */
export const phrasePattern = (p: string): RegExp =>
  (/[\u3400-\u9fff]/.test(p) ? new RegExp(p, 'g') : new RegExp(`(?<![a-z])${p.replace(/ /g, '\\s+')}(?![a-z])`, 'g'));

/** Groups whose phrases shape a question across reports, not its subject. */
const SHAPING: Group[] = ['except', 'place_question', 'superlative', 'ascending', 'descending', 'ranking', 'each_place', 'respectively', 'compare', 'place_noun', 'states'];
let shaping: RegExp[] | undefined;

const CLOSING_COMPARATIVE = /([多少高低大小])(?:一些|一点|些)?(?=\s*[呢啊]?\s*[?？。!！]*\s*$)/;
/** The comparative closing a which-question (哪个审核的合同多, 哪个县的宣讲少一些): 多, 少, 高 …, or undefined. */
function closingComparative(text: string): string | undefined {
  return /哪|谁/.test(text) ? CLOSING_COMPARATIVE.exec(text)?.[1] : undefined;
}
/** The subject of a question across reports: its shaping phrases (哪个县, 最多, 排名, 前三) blanked. */
export function withoutShaping(text: string): string {
  let out = text.replace(/前\s*([0-9]{1,3}|[一二两三四五六七八九十])\s*(?:名|位|个|家|份)?|\btop\s+\w+/g, (m) => ' '.repeat(m.length));
  for (const re of [POSITION_ZH, POSITION_EN, STANDING_ZH, STANDING_EN]) out = out.replace(re, (m) => ' '.repeat(m.length));
  // Longest first; compiled once.
  shaping ??= SHAPING.flatMap((g) => [...loaded()[g].zh, ...loaded()[g].en]).sort((a, b) => b.length - a.length)
    .map(phrasePattern);
  // 哪个审核的合同多 / 谁的学法次数多: the comparative closing a which-question, its words between.
  if (closingComparative(text)) out = out.replace(CLOSING_COMPARATIVE, (m) => ' '.repeat(m.length));
  // 除紫云外, 除了紫云以外: the frame around a place left out (the place blanked already).
  out = out.replace(/(?<![\u3400-\u9fff])除(?:了|去|开)?\s{2,}(?:以外|之外|外)?/g, (m) => ' '.repeat(m.length));
  for (const re of shaping) out = out.replace(re, (m) => ' '.repeat(m.length));
  return out;
}

const ZH_DIGITS: Record<string, number> = { 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
const EN_NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
/** 前三, 前5名, top 3, top three: how many of a ranking are asked for. */
export function limitOf(text: string): number | undefined {
  const zh = /前\s*([0-9]{1,3}|[一二两三四五六七八九十])\s*(?:名|位|个|家|份)?/.exec(text);
  if (zh) return Number(zh[1]) || ZH_DIGITS[zh[1]];
  const en = /\btop\s+([0-9]{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\b/.exec(text);
  if (en) return Number(en[1]) || EN_NUMBERS[en[1]];
  return undefined;
}

/** 第二多, 第三高, 第2少: the n-th of a ranking asked for. */
const POSITION_ZH = /第\s*([2-9]|1[0-9]|[二三四五六七八九十])\s*(?:名)?\s*([多高大少低小])/;
/** second most, third-highest, 2nd largest. */
const POSITION_EN = /\b(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|2nd|3rd|4th|5th|6th|7th|8th|9th|10th)[\s-]+(most|highest|largest|biggest|greatest|fewest|least|lowest|smallest)\b/;
/** 排第几, 排名第几, 第几名: a place's position asked (with the places it stands among: 在各县中). */
const STANDING_ZH = /排(?:名|行)?(?:在|居)?第几(?:名|位)?|名列第几|位居第几|第几名/;
/** what rank, what position, where does … rank, how does … rank. */
const STANDING_EN = /\bwhat (?:rank|position|place)\b|\b(?:where|how) (?:does|did|do)\b(?=.*\brank)/;

/** The n-th of a ranking a question asks for (第二多, the third highest), and whether the lower first. */
export function positionOf(text: string): { position: number; lower: boolean } | undefined {
  const zh = POSITION_ZH.exec(text);
  if (zh) return { position: Number(zh[1]) || ZH_DIGITS[zh[1]], lower: /[少低小]/.test(zh[2]) };
  const en = POSITION_EN.exec(text);
  if (en) return { position: englishOrdinal(en[1])!, lower: /fewest|least|lowest|smallest/.test(en[2]) };
  return undefined;
}

/**
 * Whether a question asks where one place stands among others (紫云的法律援助案件数在各县中排第几,
 * where does Ziyun rank among the counties): the position words and the places it stands among —
 * not a rank a report states of its own place (位列全省第4).
 */
export function asksStanding(text: string): boolean {
  return (STANDING_ZH.test(text) || STANDING_EN.test(text)) && (says(text, 'each_place') || says(text, 'place_noun'));
}

export interface AcrossIntent {
  order: 'desc' | 'asc';
  limit?: number;
  /** The n-th asked for (第二多): its report is the answer. */
  position?: number;
  /** Asked only by naming several places (哪些地方开展了宣讲活动): a ranking only when a figure is found. */
  loose?: true;
}

/** Whether a question asks across reports, given how many held places it names. */
export function rankIntent(text: string, placesNamed: number): AcrossIntent | undefined {
  const limit = limitOf(text);
  const nth = positionOf(text);
  // 哪份报告披露了案卷评查的数量, which report gives a one-window rate: each report that states it.
  const whoStates = says(text, 'place_question') && (says(text, 'states') || says(text, 'mention'));
  const asked = (says(text, 'place_question') && says(text, 'superlative')) || whoStates || says(text, 'ranking') || says(text, 'each_place') || limit !== undefined || !!nth
    || (placesNamed >= 2 && (says(text, 'compare') || says(text, 'respectively') || says(text, 'superlative') || says(text, 'place_question')));
  // 哪些地方开展了宣讲活动, which places held lectures: the places stating it, if a figure is found.
  if (!asked) return says(text, 'places_asked') ? { order: 'desc', loose: true } : undefined;
  // An order said outright (from most to least) wins over the words in it (least); a which-question
  // closing on 少/低/小 (哪个县的宣讲少一些) asks the lower first.
  const lower = nth ? nth.lower : says(text, 'ascending') || /[少低小]/.test(closingComparative(text) ?? '');
  return { order: lower && !says(text, 'descending') ? 'asc' : 'desc', ...(limit ? { limit } : {}), ...(nth ? { position: nth.position } : {}) };
}

export interface AcrossPlaces {
  /** Places named that reports are about (official names). */
  regions: string[];
  /** Places named as left out (除了紫云, other than Ziyun): official names. */
  except?: string[];
  /** A province or city named, that held reports lie in. */
  area?: string;
  year?: number;
  reports: Report[];
  missing?: 'NO_SUCH_REGION' | 'NO_SUCH_PERIOD';
}

/**
 * The places a question names right after a word that leaves them out (除了紫云, 不包括河南, other than
 * Ziyun, except the Ziyun report): by any of their names, as the question says it.
 */
export function placesLeftOut(scope: QuestionScope, normalized: string): Region[] {
  const { zh, en } = phrasesOf('except');
  // 除紫云外: the bare 除 of 除…外, not a 除 of 解除 or 废除.
  const before = new RegExp(`(?:${zh.join('|')}|(?<![\\u3400-\\u9fff])除|(?<![a-z])(?:${en.map((p) => p.replace(/ /g, '\\s+')).join('|')})\\s+(?:the\\s+)?)$`);
  return scope.regions.filter((r) => [r.name, ...r.aliases, r.pinyin.toLowerCase()].some((name) => {
    for (let at = normalized.indexOf(name); at >= 0; at = normalized.indexOf(name, at + 1)) if (before.test(normalized.slice(Math.max(0, at - 16), at))) return true;
    return false;
  }));
}

/** The reports a question across reports is about: places named (less those left out), a province or city, a year. */
export function acrossPlaces(scope: QuestionScope, held: Report[], normalized = ''): AcrossPlaces {
  const out: AcrossPlaces = { regions: [], reports: held };
  if (scope.unknownPlaces.length) return { ...out, reports: [], missing: 'NO_SUCH_REGION' };
  const left = normalized ? placesLeftOut(scope, normalized) : [];
  if (left.length) {
    out.except = left.map((r) => r.name);
    held = held.filter((r) => !out.except!.some((p) => r.region === p || liesIn(r, p)));
    out.reports = held;
  }
  // 安顺市紫云县: the city only says where the county is.
  const named = scope.regions.filter((r) => !left.includes(r) && !scope.regions.some((o) => o.parent === r.name));
  for (const region of named) {
    if (held.some((r) => r.region === region.name)) out.regions.push(region.name);
    else if (!out.area && held.some((r) => liesIn(r, region.name))) out.area = region.name;
    else return { ...out, reports: [], missing: 'NO_SUCH_REGION' };
  }
  let reports = held;
  if (out.area) reports = reports.filter((r) => liesIn(r, out.area!));
  if (out.regions.length) reports = reports.filter((r) => out.regions.includes(r.region));
  if (scope.years.length === 1) {
    out.year = scope.years[0];
    reports = reports.filter((r) => r.year === out.year);
    if (!reports.length) return { ...out, reports, missing: 'NO_SUCH_PERIOD' };
  }
  return { ...out, reports };
}

export function acrossScopeOf(places: AcrossPlaces): AcrossScope {
  return {
    ...(places.regions.length ? { regions: places.regions } : {}),
    ...(places.area ? { area: places.area } : {}),
    ...(places.year ? { year: places.year } : {}),
    ...(places.except ? { except: places.except } : {}),
  };
}

/**
 * The best confident figure of a ranking by indicator, kept per index (one data version, one set of
 * reports searched) and question: a ranking asked again (people ask the same few) is not scored
 * again over the figures of 24 reports, the most of its parse. The key holds everything the choice
 * reads — the question, its terms with their weights and alternatives, the hints, the reports — so
 * what is kept is what would be found again.
 */
const anchors = new WeakMap<FigureIndex, LRUCache<string, { anchor?: ScoredFigure }>>();
const ANCHORS_PER_INDEX = 256;
function rankingAnchor(terms: Term[], ctx: Context, ids: Set<string>): ScoredFigure | undefined {
  let kept = anchors.get(ctx.index);
  if (!kept) anchors.set(ctx.index, (kept = new LRUCache({ max: ANCHORS_PER_INDEX })));
  const key = JSON.stringify([ctx.normalized, terms, ctx.hints, [...ids]], (_key, value: unknown) => (value instanceof Set ? [...value] : value));
  let found = kept.get(key);
  if (!found) kept.set(key, (found = { anchor: bestOf(bestConfident(terms, ctx, ids)) }));
  return found.anchor;
}

/**
 * Two places compared each by its own measure: 靖边县部署法治建设的会议比长寿镇的党委专题会议多开了几次 (the
 * words before 比 are the first place's figure, those after it the second's), or 武义县的考试场数和三亚市的
 * 测试次数哪个多 (each half of 和 opens with its place); in English the halves are joined by than, or,
 * and, plus, minus, versus, with (how many more sessions did A's study group hold than B's group
 * meetings; the number of task assignments in A's plan or the inspection items B sorted out), each
 * naming its place anywhere in it. Each must be a confident figure of its report, in units of one
 * kind; undefined otherwise.
 */
export function eachOwnMeasure(subject: string, reports: Report[], ctx: Context, asked: { rest: string; cues: CueMatch }): ScoredFigure[] | undefined {
  if (reports.length !== 2) return undefined;
  let order = inQuestionOrder(reports.map((r) => ({ figure: { metric: { reportId: r.id } } })), ctx).map((o) => o.figure.metric.reportId);
  let halves: string[] | undefined;
  if (/[\u3400-\u9fff]/.test(subject)) {
    halves = subject.split('比');
    // 和 joins two measures only when each half opens with its place, blanked in the subject (   的…):
    // the one 和 before the second place, whatever 和 the measures hold (听取和研究法治建设工作的次数).
    if (halves.length !== 2) {
      const joints = [...subject.matchAll(/[和与跟](?=\s{2,})/g)];
      halves = joints.length === 1 ? [subject.slice(0, joints[0].index), subject.slice(joints[0].index + 1)] : [];
    }
    if (halves.length !== 2 || (!subject.includes('比') && !halves.every((h) => /^\s{2,}的?\S/.test(h)))) return undefined;
  } else {
    const cut = englishHalves(asked.rest, asked.cues, ctx.normalized);
    if (!cut) return undefined;
    halves = cut.halves;
    // The place found where the question names it says which half is whose (a name the lists do not
    // hold, Guangxi-ASEAN …, is the other's).
    const at = order.map((id) => namedAt(ctx.index.reportById.get(id)!, ctx.normalized, ctx.index.places));
    if (at[0] === Number.MAX_SAFE_INTEGER) return undefined;
    if (at[0] > cut.at) order = [order[1], order[0]];
  }
  // Each half names its own topic too (the inspection items of one place, the tasks of the other's plan).
  const chosen = order.map((id, i) => best(questionTerms(halves[i], ctx.index), { ...ctx, figures: ctx.index.figuresOf(new Set([id])) }, halves[i])[0]);
  if (!chosen.every((c) => confident(c))) return undefined;
  return comparableUnits(chosen[0].figure.metric.unit, chosen[1].figure.metric.unit) ? chosen : undefined;
}

/** The words joining two places' own measures in English: the first place's before, the second's after. */
const ENGLISH_JOINTS = /(?<![a-z])(?:than|or|and|plus|minus|versus|vs|with|compared (?:with|to))(?![a-z])/g;

/**
 * An English question cut at the one joint between the places it names (blanked in `rest`, which
 * keeps the question's positions: a place's own words, Guangxi-ASEAN Economic and …, are no joint),
 * each half without its shaping phrases and cues; undefined when no single joint stands there.
 */
function englishHalves(rest: string, cues: CueMatch, normalized: string): { halves: string[]; at: number } | undefined {
  if (rest.length !== normalized.length) return undefined;
  const blanked = [...rest].flatMap((c, i) => (c === ' ' && normalized[i] !== ' ' ? [i] : []));
  if (!blanked.length) return undefined;
  const [first, last] = [blanked[0], blanked[blanked.length - 1]];
  const joints = [...rest.matchAll(ENGLISH_JOINTS)].filter((m) => m.index > first && m.index < last);
  if (joints.length !== 1) return undefined;
  const j = joints[0];
  const end = j.index + j[0].length;
  const part = (from: number, to: number) => withoutCues(withoutShaping(rest.slice(from, to)), {
    cues: cues.cues, spans: cues.spans.filter((s) => s.start >= from && s.end <= to).map((s) => ({ ...s, start: s.start - from, end: s.end - from })),
  }, STRUCTURAL_CUES);
  return { halves: [part(0, j.index), part(end, rest.length)], at: j.index };
}

/**
 * A ranking of the reports in scope by the figure the question names: each report's own figure of
 * what the best figure counts (parse/comparable.ts) when every report in scope was searched, else
 * the indicator of the best figure found, across every report from the catalog.
 */
export function parseRank(intent: AcrossIntent, places: AcrossPlaces, subject: string, ctx: Context, total = false, asked?: { rest: string; cues: CueMatch }): ParseResult {
  const shaped = withoutShaping(subject);
  const terms = questionTerms(shaped, ctx.index);
  const scope = acrossScopeOf(places);
  // Two places, each asked by its own measure (武义县的考试场数和三亚市的测试次数,哪个多).
  const own = places.regions.length === 2 && asked ? eachOwnMeasure(shaped, places.reports, ctx, asked) : undefined;
  if (own) return result(ctx, { op: 'rank', order: intent.order, metrics: own.map((c) => c.figure.metric.id), scope }, Math.min(...own.map((c) => c.coverage)));
  const searched = places.reports.filter((r) => ctx.index.searched.has(r.id));
  const limit = { ...(intent.limit ? { limit: intent.limit } : {}), ...(intent.position ? { position: intent.position } : {}) };
  let found: Comparable | undefined;
  if (searched.length < places.reports.length) {
    // More reports in scope than searched: the ranking is the best figure's indicator, and only the
    // best figure is needed — found among the figures that can be confident, not by scoring all.
    const ids = new Set(searched.map((r) => r.id));
    const anchor = rankingAnchor(terms, ctx, ids);
    const m = anchor?.figure.metric;
    if (anchor && m?.topicId && m.measureId) {
      return result(ctx, { op: 'rank', order: intent.order, ...limit, indicator: indicatorId(m.topicId, m.measureId, m.unit), scope }, anchor.coverage);
    }
    // None: the nearest facts of the refusal, likewise only among the figures that can be near.
    if (!anchor) found = { chosen: new Map(), ranked: bestHolding(terms, ctx, ids, NEAREST_COVERAGE) };
  }
  const { anchor, chosen, ranked } = found ?? comparableFigures(terms, searched, ctx);
  const known = terms.some((t) => ctx.index.knows(t.token) || (!t.bonus && knowsWord(t.token)));
  // Asked of some places or a year whose reports do not state it (那法律援助呢 after 河南各县…): each
  // report in scope named as not stating it, rather than a bare refusal.
  const narrowed = !!(places.regions.length || places.area || places.year);
  if (!anchor && narrowed && known) return result(ctx, { op: 'rank', order: intent.order, metrics: [], scope }, 0);
  if (!anchor) return unanswerable({ ...ctx, scope: {} }, terms.some((t) => ctx.index.knows(t.token)) ? 'NOT_IN_REPORT' : 'OUT_OF_SCOPE', ranked);
  const m = anchor.figure.metric;
  const figures = [...chosen.values()];
  // 河南各县一共…: the figures of the area's reports added up, when they are in one unit.
  if (total && figures.length >= 2 && figures.every((f) => comparableUnits(f.figure.metric.unit, m.unit))) {
    return result(ctx, { op: 'sum', metrics: figures.map((f) => f.figure.metric.id) }, Math.min(...figures.map((c) => c.coverage)));
  }
  const query = { op: 'rank' as const, order: intent.order, ...limit, metrics: figures.map((c) => c.figure.metric.id), scope };
  const unsearched = places.reports.length - searched.length;
  return result({ ...ctx, unsearched: unsearched || undefined }, query, Math.min(...figures.map((c) => c.coverage)));
}

/**
 * A difference asked with a verb between the comparative and the question word: 郎溪比鲁山多开展了多少场,
 * 多办了几件, 少审查了多少件 — A比B多/少 + verb + (了) + 多少/几. The comparative is a difference cue
 * (blanked, so 多 is not read as a word of the subject); the verb stays, naming the figure.
 */
export function withComparative(cues: CueMatch, text: string): CueMatch {
  if (cues.cues.has('difference')) return cues;
  const m = /比[^比]{1,16}?([多少])([\u4e00-\u9fff]{1,4}?)了?(?:多少|几)/.exec(text);
  if (!m) return cues;
  const start = m.index + m[0].indexOf(m[1] + m[2]);
  return { cues: new Set([...cues.cues, 'difference']), spans: [...cues.spans, { name: 'difference', start, end: start + 1 }] };
}

/** The position in the question where a report's place is named (its name, short forms or pinyin). */
function namedAt(report: Report, normalized: string, places: Region[]): number {
  const region = places.find((p) => p.name === report.region);
  const names = region ? [region.name, ...region.aliases, region.pinyin.toLowerCase()] : [report.region];
  const at = names.map((n) => normalized.indexOf(n)).filter((i) => i >= 0);
  return at.length ? Math.min(...at) : Number.MAX_SAFE_INTEGER;
}

/** Figures of several reports in the order the question names their places: A比B多多少 is A − B. */
export function inQuestionOrder<T extends { figure: { metric: { reportId: string } } }>(chosen: T[], ctx: Context): T[] {
  const at = (s: T) => {
    const report = ctx.index.reportById.get(s.figure.metric.reportId);
    return report ? namedAt(report, ctx.normalized, ctx.index.places) : Number.MAX_SAFE_INTEGER;
  };
  return [...chosen].sort((a, b) => at(a) - at(b));
}

/** The hook parse.ts calls: a question about the hub, or a ranking across reports, or undefined. */
export function parseAcrossReports(scope: QuestionScope, cues: CueMatch, ctx: Context): ParseResult | undefined {
  const hub = parseHubQuestion(scope, cues, ctx);
  if (hub) return hub;
  const text = scope.rest.replace(/\s+/g, ' ');
  const places = acrossPlaces(scope, ctx.index.reports, ctx.normalized);
  const named = places.regions.length;
  // A difference or a sum of named places is the figure in each, combined (parse.ts).
  if (named >= 2 && (cues.cues.has('difference') || cues.cues.has('sum') || cues.cues.has('ratio'))) return undefined;
  // A province or city named that holds reports but is no report's own place (河南的宣讲活动有多少场):
  // the figure in each of its reports.
  // So does a place left out (除了紫云,其他地方…一共): the figure in each of the others.
  const intent = rankIntent(text, named) ?? ((places.area || places.except) && !named && !places.missing ? { order: 'desc' as const } : undefined);
  if (!intent) return undefined;
  const subject = withoutCues(withoutShaping(scope.rest), cues, STRUCTURAL_CUES);
  const asked = { rest: scope.rest, cues };
  // Where one place stands among the others (紫云…在各县中排第几): the ranking of them all, the place's row the answer.
  if (named === 1 && !places.missing && asksStanding(text)) {
    const place = places.regions[0];
    const among = acrossPlaces({ ...scope, regions: scope.regions.filter((r) => r.name !== place && !scope.regions.some((o) => o.name === place && o.parent === r.name)) }, ctx.index.reports, ctx.normalized);
    const ranked = parseRank(intent, among, subject, ctx, false, asked);
    return ranked.query.op === 'rank' ? { ...ranked, query: { ...ranked.query, place } } : ranked;
  }
  // One report named and no ranking words: a comparison within the report (收到和审结哪个多).
  if (named === 1 && !places.area && !says(text, 'ranking') && !says(text, 'each_place')) return undefined;
  if (places.missing) return unanswerable({ ...ctx, scope: missingScope(scope, ctx.index.reports, places.missing) }, places.missing, []);
  // The shaping phrases go first, whole (哪个地方, not 哪个 as a cue leaving 地方), then the cues.
  const ranked = parseRank(intent, places, subject, ctx, cues.cues.has('sum'), asked);
  // Several places asked for with no figure found: a question of words, answered as any other.
  const found = ranked.query.op === 'rank' && (!!ranked.query.indicator || !!ranked.query.metrics?.length);
  return intent.loose && !found ? undefined : ranked;
}
