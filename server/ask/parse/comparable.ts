/**
 * Which figure of each report answers a question across reports. Reports word the same figure
 * differently (入驻率 of 政务服务事项, 聘请法律顾问 3名, 宣讲 in one report and 讲座 in another), so the
 * figure is not chosen by exact words alone: the best figure found anywhere (the anchor) says
 * what is counted, and each report's own figure must count that too —
 * - the indicator: the anchor's topic when the question names it or a person filed it (an automatic
 *   topic is only the heading a report put it under), in units of the same kind (人/名, 场/场次/次 …);
 * - the counted object: the nouns of the question the anchor explains (规范性文件, 干部职工, lecture),
 *   most of whose weight the report's figure must explain as well — verbs differ by report (开展,
 *   举办), what is counted does not, nor does the level of place in its name (依法治镇/治县委员会);
 * - within a report, the figure that explains most of the question's whole words (not its
 *   character pairs: 继续有效的规范性文件 is not 审查规范性文件), and of a total and its parts
 *   (审查和备案规范性文件 54件, 其中市级 27件) the total.
 */
import { readFileSync } from 'node:fs';
import type { Report } from '../../model/index.js';
import { sameUnit } from '../../query/indicators.js';
import { chineseFor, englishOf, isVerb } from '../../vocabulary/dictionary.js';
import { LEXICON_DIR } from '../../vocabulary/lexicon.js';
import { clauseSpan } from '../../vocabulary/sentences.js';
import { fieldTokens, isChinese } from '../../vocabulary/tokens.js';
import { holdsTerm, type ScoredFigure, type Term } from '../match.js';
import { TokenSet } from '../token-set.js';
import { confident, type Context } from './context.js';
import { best } from './figures.js';
import { topicsNamed } from './overview.js';

/** Share of the counted object's weight a report's figure must explain to count the same thing. */
export const COUNTED_SHARE = 0.7;
/** Share of the question a report's figure worded its own way must explain, holding all of the anchor's object. */
const REWORDED_COVERAGE = 0.5;
/** Figures whose whole-word score is within this share of the best one's explain the question as well. */
const SPECIFIC_MARGIN = 0.1;

let kin: string[][] | undefined;
/** Units of the same kind across reports: the indicator families, and the lexicon's kindred units (场次, 次, 期). */
export function comparableUnits(a: string, b: string): boolean {
  if (sameUnit(a, b)) return true;
  kin ??= (JSON.parse(readFileSync(LEXICON_DIR + 'across.json', 'utf8')) as { comparable_units: string[][] }).comparable_units;
  return kin.some((family) => family.includes(a) && family.includes(b));
}

/**
 * The question's nouns the anchor explains fully: what it counts, which another report's figure must
 * count too. Not its topic's name (the topic is required anyway, and every figure of the topic
 * carries its name: Study of Xi Jinping Thought on the Rule of Law: …), nor verbs.
 */
function countedObject(anchor: ScoredFigure, terms: Term[], ctx: Context): Term[] {
  const topicWords = ctx.index.lexicon.tokensOfTopic(anchor.figure.metric.topicId);
  return terms.filter((t) => !t.bonus && !t.token.startsWith('#') && (anchor.strength.get(t.token) ?? 0) >= 0.8 * t.weight
    && !topicWords.has(t.token) && !(isChinese(t.token) ? isVerb(t.token) : isEnglishVerb(t)) && !PLACE_LEVELS.has(t.token));
}

/** Past forms not ending in -ed, of the verbs questions across reports are asked with. */
const IRREGULAR_PAST = new Set(['held', 'made', 'gave', 'given', 'took', 'taken', 'ran', 'run', 'built', 'sent', 'set', 'did', 'done', 'won', 'put']);
/**
 * Whether an English word of the question is its verb: a past form (which place handled the most
 * procuratorial suggestions, which held more lectures), or an action as typed (did A handle). As
 * with 办理 and 开展 in Chinese, each report says what it did its own way (办理“司法建议”11件,
 * “检察建议”61件 says 办理 once, before its list), so a verb is no part of what is counted.
 */
function isEnglishVerb(t: Term): boolean {
  const word = t.raw ?? t.token;
  if (/^[a-z]{3,}ed$/.test(word) || IRREGULAR_PAST.has(word)) return true;
  // …or a word its first translation, an action, is glossed by (did A handle: 办理, handle).
  const first = chineseFor(word)[0];
  return !!first && isVerb(first) && englishOf(first).includes(word);
}

/**
 * A level of place said alone (the 镇 of 依法治镇/治县委员会) is each report's own: a town's report names
 * its 依法治镇委员会, a county's its 依法治县委员会, and both count the same body's meetings.
 */
const PLACE_LEVELS = new Set(['省', '市', '县', '区', '镇', '乡', '村', '街道']);

/**
 * Whether the question names the anchor's topic: only then must another report's figure be filed
 * under it too. An automatic topic comes from the headings a figure stands under, which reports
 * arrange differently (the same executive meetings under 重大行政决策 in one, 学习贯彻 in another).
 */
function namesTopic(anchor: ScoredFigure, ctx: Context): boolean {
  return topicsNamed(ctx.normalized, ctx).includes(anchor.figure.metric.topicId!);
}

/**
 * Whether a figure explains most of what the anchor counts: a word is held when the figure holds at
 * least half of it (宣讲 of 宣讲活动, a synonym, a translation).
 */
function countsTheSame(figure: ScoredFigure, object: Term[], terms: Term[], ctx: Context, share = COUNTED_SHARE): boolean {
  const total = object.reduce((n, t) => n + t.weight, 0);
  if (!total) return true;
  const held = object.reduce((n, t) => n + (holds(figure, t, terms, ctx) ? t.weight : 0), 0);
  return held >= share * total;
}

/**
 * Whether a figure holds a word of what is counted: wholly, or half of it with the characters that
 * lead it (宣讲活动 is held by 宣讲, not by 活动 and a 讲 of 讲座: a Chinese compound's first word
 * says which thing it is).
 */
function holds(figure: ScoredFigure, t: Term, terms: Term[], ctx: Context): boolean {
  const x = figure.strength.get(t.token) ?? 0;
  if (x >= 0.8 * t.weight) return true;
  if (x > 0 && holdsTerm(settingOf(figure.figure.metric), t)) return true;
  if (holdsTerm(headingOf(figure.figure.metric, ctx), t)) return true;
  if (t.token === '会议' && CONVENED_SHORT.test(figure.figure.metric.labelZh)) return true;
  if (x < 0.5 * t.weight) return false;
  if (!isChinese(t.token) || t.token.length < 3) return true;
  const lead = terms.find((o) => o.bonus && o.token === t.token.slice(0, 2));
  return !lead || (figure.strength.get(lead.token) ?? 0) >= 0.5 * lead.weight;
}

/**
 * A meeting convened, named short (召开5次常委会, 3次政府常务会 for 常委会议, 常务会议): its label holds
 * 会议 as reports shorten it, a word ending in 会 after 召开 — not the 会 of a body (委员会, 协会).
 */
const CONVENED_SHORT = /召开[^,，、;；]*?[\u4e00-\u9fff](?<![员协学])会(?!议)/;

/**
 * The clause leading a figure's own in its sentence when it states no figure itself: what the
 * figure is of, said once before it (严格落实县政府常务会议学法制度,年内组织专题法治学习8次 counts the
 * executive meetings' study sessions, though its own clause names only 专题法治学习). Empty when the
 * clause before states a figure of its own (召开部署会4次,推进会6次: 推进会 is not of 部署会).
 */
const settings = new WeakMap<object, TokenSet>();
function settingOf(metric: ScoredFigure['figure']['metric']): TokenSet {
  let found = settings.get(metric);
  if (found) return found;
  const quote = metric.quote;
  const own = clauseSpan(quote, { start: metric.spanStart - metric.quoteStart, end: metric.spanEnd - metric.quoteStart }, { start: 0, end: quote.length });
  const joint = quote[own.start - 1];
  const before = own.start >= 2 && /[,，]/.test(joint ?? '') ? clauseSpan(quote, { start: own.start - 1, end: own.start - 1 }, { start: 0, end: own.start - 1 }) : undefined;
  const text = before ? quote.slice(before.start, before.end) : '';
  settings.set(metric, (found = TokenSet.of(/[0-9０-９]/.test(text) ? [] : fieldTokens(text))));
  return found;
}

/**
 * The heading an item opens with, when the figure's sentence follows it right away: 二是全面落实政府常务会
 * 学法制度。研究制定…学法计划,…2024年按计划学法12次 counts the executive meetings' study sessions,
 * though its sentence never names the meetings. Only the sentence right after the heading (the
 * item's later sentences may count other things: 推动各政府部门学法116次), and only a heading of words,
 * stating no figure, after an item's marker (一是, （二）, 3.).
 */
const headings = new WeakMap<object, TokenSet>();
const ITEM_HEADING = /(?:^|[。；;：:\n])\s*(?:[一二三四五六七八九十]+是|[（(][一二三四五六七八九十0-9]+[)）]|[0-9]+[.、．])\s*([^。；;：:\n0-9０-９]{2,30})[。：:]\s*$/;
function headingOf(metric: ScoredFigure['figure']['metric'], ctx: Context): TokenSet {
  let found = headings.get(metric);
  if (found) return found;
  const heading = ITEM_HEADING.exec(ctx.index.textBefore(metric.reportId, metric.quoteStart, 48))?.[1];
  headings.set(metric, (found = TokenSet.of(heading ? fieldTokens(heading) : [])));
  return found;
}

/** A figure's coverage of the question, its item's heading (headingOf) counted among its words. */
function withHeading(figure: ScoredFigure, terms: Term[], ctx: Context): number {
  const heading = headingOf(figure.figure.metric, ctx);
  if (!heading.size) return figure.coverage;
  const words = terms.filter((t) => !t.bonus);
  const total = words.reduce((n, t) => n + t.weight, 0);
  const added = words.filter((t) => (figure.strength.get(t.token) ?? 0) < 0.5 * t.weight && holdsTerm(heading, t)).reduce((n, t) => n + t.weight, 0);
  return total ? figure.coverage + added / total : figure.coverage;
}

/** Words that open a part of the figure before them in a sentence: 54件,其中市级27件. */
const PART_OPENERS = /其中|包括|含/;

/** Whether a figure is a part the sentence gives of another (its total, stated before it with 其中). */
function isPartOf(part: ScoredFigure, total: ScoredFigure): boolean {
  const p = part.figure.metric;
  const t = total.figure.metric;
  if (p.partOfId) return p.partOfId === t.id;
  if (p.reportId !== t.reportId || p.quoteStart !== t.quoteStart || t.spanEnd > p.spanStart || p.value > t.value) return false;
  return PART_OPENERS.test(p.quote.slice(t.spanEnd - t.quoteStart, p.spanStart - p.quoteStart));
}

/**
 * Of figures equally good for a question, the one that explains most of its whole words, not a
 * part of another of them (a total before its parts), the best scored (an unsure label counting less).
 */
export function bestOf(ranked: ScoredFigure[]): ScoredFigure | undefined {
  const candidates = ranked.filter(confident);
  if (!candidates.length) return undefined;
  const top = Math.max(...candidates.map((c) => c.specific));
  // An unsure automatic label (法治建设第一责任人职责与述法:乡镇) weighs less than a sure one: the
  // label's confidence scales most of the score, so a fragment of a heading does not outrank a
  // figure whose own words were read with confidence.
  const trust = (c: ScoredFigure) => c.score * (0.2 + 0.8 * c.figure.metric.labelConfidence);
  const good = candidates.filter((c) => c.specific >= top * (1 - SPECIFIC_MARGIN)).sort((a, b) => trust(b) - trust(a));
  return good.find((c) => !good.some((o) => o !== c && isPartOf(c, o))) ?? good[0];
}

export interface Comparable {
  /** The best figure over every report: what is counted. */
  anchor?: ScoredFigure;
  /** Per report id, its own figure of that; reports without one do not state it. */
  chosen: Map<string, ScoredFigure>;
  /** The anchor's best ranking, for the nearest facts of a refusal. */
  ranked: ScoredFigure[];
}

/** The figure of each report that answers the question, all counting what the best of them counts. */
export function comparableFigures(terms: Term[], reports: Report[], ctx: Context): Comparable {
  const within = (list: Report[]) => ({ ...ctx, figures: ctx.index.figuresOf(new Set(list.map((r) => r.id))) });
  const ranked = best(terms, within(reports));
  const anchor = bestOf(ranked);
  const chosen = new Map<string, ScoredFigure>();
  if (!anchor) return { chosen, ranked };
  const m = anchor.figure.metric;
  const object = countedObject(anchor, terms, ctx);
  const topicNamed = !!m.topicId && (m.labelledBy !== 'AUTO' || namesTopic(anchor, ctx));
  const fits = (s: ScoredFigure) => {
    const o = s.figure.metric;
    return comparableUnits(o.unit, m.unit) && (!topicNamed || o.topicId === m.topicId) && countsTheSame(s, object, terms, ctx);
  };
  const sameIndicator = (s: ScoredFigure) => !!m.topicId && !!m.measureId && s.figure.metric.topicId === m.topicId
    && s.figure.metric.measureId === m.measureId && sameUnit(s.figure.metric.unit, m.unit);
  for (const report of reports) {
    const mine = ranked.filter((s) => s.figure.metric.reportId === report.id);
    // The report's own best figure of what the anchor counts; else one of the anchor's indicator
    // that counts it too, though the question's words fit it less (another report's wording).
    // …or, worded so differently that the question's other words miss it (常委会 for 委员会会议), a
    // figure that counts all the anchor's object and most of the question.
    const own = report.id === m.reportId ? anchor : bestOf(mine.filter(fits)) ?? mine.find((s) => sameIndicator(s) && countsTheSame(s, object, terms, ctx))
      ?? mine.find((s) => fits(s) && s.specific > 0 && withHeading(s, terms, ctx) >= REWORDED_COVERAGE && countsTheSame(s, object, terms, ctx, 1));
    if (own) chosen.set(report.id, own);
  }
  return { anchor, chosen, ranked };
}
