/**
 * Figures stated respectively (分别): 受理、办结行政复议案件分别为25件、22件 says two things at once, and
 * each figure is one item of the enumeration before 分别 with the words the items share — 受理行政复议案件
 * 25件, 办结行政复议案件 22件 — never its sibling's item. The enumeration is read as a shared lead, the
 * items and a shared tail: items are parallel (of about one length, all actions or all things), on the
 * dictionary's word boundaries, so 行政许可、行政确认事项办理时限 shares 事项办理时限 and 审查规范性文件、重大行政决策
 * shares 审查. When the items and the figures do not pair up one to one, or no split reads parallel,
 * nothing is read (the clause-by-clause reading stands).
 */
import { isVerb, knowsWord, longestKnownWord } from '../vocabulary/dictionary.js';
import type { Span } from '../vocabulary/span.js';
import { words } from '../vocabulary/tokens.js';
import { CHANGE, DOWN, REMARK, SETS_VALUE, stripEnds, YEAR, type Direction } from './label-words.js';

export interface FigureSpan {
  span: Span;
  unit: string;
}

export interface RespectiveReading {
  /** The figure's own words: the shared lead, its item and the shared tail (受理行政复议案件). */
  phrase: string;
  /** A change stated respectively (行政许可、行政确认事项办理时限分别压缩83%、82%): the phrase changed, and how. */
  change: { base: string; words: string; direction: Direction } | null;
  /** The enumeration through the figures (受理、办结行政复议案件分别为25件、22件). */
  clause: Span;
}

/** What joins the figures stated respectively: 25件、22件; 120件和197件. */
const FIGURE_JOIN = /^\s*(?:、|和|及|与|以及)\s*$/;
/** Where the clause of the enumeration starts: not at 、, which joins its items. */
const CLAUSE_START = /[,，;；:：。!?！？\n]/;
/** A comparison said before 分别 (同比分别增长): it is each change's. */
const YOY_BEFORE = /(?:同比|环比|较上年同期|较上年|比上年|较去年|比去年|较同期)$/;
/** Opening and closing quotation marks and title brackets: “…”, 《…》, 「…」, 『…』. */
const OPEN_MARK = /[\u201C\u300A\u300C\u300E]/;
const CLOSE_MARK = /[\u201D\u300B\u300D\u300F]/;
/** Quoted names side by side (“法律进企业”“法律进社区”) are joined as by 、. */
const ITEM_JOIN = new RegExp(`、|(?<=${CLOSE_MARK.source})(?=${OPEN_MARK.source})`, 'g');
/** A split whose items differ more than this (in characters, plus penalties) is no parallel reading. */
const MAX_COST = 2.5;

/**
 * The figures of the run `figure` stands in (25件、22件), from the sentence's figures sorted by start.
 */
function runOf(text: string, figure: FigureSpan, within: Span, all: readonly FigureSpan[]): FigureSpan[] {
  const inSentence = all.filter((f) => f.span.start >= within.start && f.span.end <= within.end);
  const at = inSentence.findIndex((f) => f.span.start === figure.span.start);
  if (at < 0) return [figure];
  let first = at;
  let last = at;
  const joined = (a: FigureSpan, b: FigureSpan) => FIGURE_JOIN.test(text.slice(a.span.end, b.span.start));
  while (first > 0 && joined(inSentence[first - 1], inSentence[first])) first--;
  while (last < inSentence.length - 1 && joined(inSentence[last], inSentence[last + 1])) last++;
  return inSentence.slice(first, last + 1);
}

/**
 * Where a phrase may be cut between a shared part and an item: where jieba's words and the
 * dictionary's longest words both end, so no known word is cut (规范性文件 stays whole though jieba
 * reads 规范性|文件), nor a quoted name.
 */
function boundaries(phrase: string): number[] {
  const jieba = new Set(jiebaWords(phrase).map(({ at, word }) => at + word.length));
  const quoted = quotedAt(phrase);
  const cuts: number[] = [];
  for (let i = 0; i < phrase.length; ) {
    i += longestKnownWord(phrase, i, 8)?.length ?? 1;
    if (i < phrase.length && jieba.has(i) && !(quoted[i - 1] && quoted[i])) cuts.push(i);
  }
  // Around a quoted name (开展“法律进企业”活动): its marks end words.
  for (let i = 1; i < phrase.length; i++) if (CLOSE_MARK.test(phrase[i - 1]) || OPEN_MARK.test(phrase[i])) cuts.push(i);
  return [...new Set(cuts)].sort((a, b) => a - b);
}

/** Whether an item opens with an action (受理, 办结), as the dictionary reads it. */
const opensWithVerb = (item: string) => isVerb(longestKnownWord(item, 0, 4) ?? item.slice(0, 1));

/** Where jieba's words of a phrase start, with each word. */
function jiebaWords(phrase: string): { at: number; word: string }[] {
  const out: { at: number; word: string }[] = [];
  let at = 0;
  for (const word of words(phrase)) {
    const found = phrase.indexOf(word, at);
    if (found < 0) break;
    out.push({ at: found, word });
    at = found + word.length;
  }
  return out;
}

/**
 * Where the items are joined: every 、 outside quotation marks, and a 和/及/与 that is no part of a
 * word (not the 与 of 参与, the 及 of 及时, the 和 of 和解), when the 、 alone are one too few. Undefined
 * when the joins are not exactly `n - 1`.
 */
function itemJoins(phrase: string, n: number): { at: number; length: number }[] | undefined {
  const quoted = quotedAt(phrase);
  const commas = [...phrase.matchAll(ITEM_JOIN)]
    .filter((m) => !quoted[m.index!] || m[0] === '')
    .map((m) => ({ at: m.index!, length: m[0].length }));
  if (commas.length === n - 1) return commas;
  if (commas.length !== n - 2) return undefined;
  const after = commas.at(-1)?.at ?? -1;
  const alone = new Set(jiebaWords(phrase).filter(({ word }) => CONJUNCTION_WORD.test(word)).map(({ at }) => at));
  const conjunctions = [...phrase.matchAll(/以及|和|及|与/g)]
    .filter((m) => !quoted[m.index!] && m.index! > after + 1 && m.index! + m[0].length < phrase.length)
    .filter((m) => {
      const at = m.index!;
      const end = at + m[0].length;
      // jieba reads it alone, or no word of two the dictionary knows holds it (参与, 涉及, 及时, 和解).
      return alone.has(at) || (m[0].length === 1 && !knowsWord(phrase.slice(at - 1, end)) && !knowsWord(phrase.slice(at, end + 1)));
    })
    .map((m) => ({ at: m.index!, length: m[0].length }));
  return conjunctions.length === 1 ? [...commas, conjunctions[0]] : undefined;
}
const CONJUNCTION_WORD = /^(?:以及|和|及|与)$/;

/**
 * Which characters stand inside quotation marks or a title's brackets, the marks too (“双随机、一公开”,
 * 《…》): no join or cut there.
 */
function quotedAt(phrase: string): boolean[] {
  const inside: boolean[] = [];
  let depth = 0;
  for (const ch of phrase) {
    if (OPEN_MARK.test(ch)) depth++;
    inside.push(depth > 0);
    if (CLOSE_MARK.test(ch)) depth = Math.max(0, depth - 1);
  }
  return inside;
}

/**
 * The enumeration read as shared lead, items and shared tail: the split whose items are most
 * parallel (lengths alike, all actions or all things), a shared part costing a little, so items that
 * are parallel as written share nothing. A lead is shared only when it ends in a verb (审查 of
 * 审查规范性文件、重大行政决策), the items are actions (县法院 of 县法院受理、审结…), a tail is shared too
 * (the items in the middle: 行政诉讼案件一审、二审败诉率) or the items after it are exactly parallel
 * (行政复议案件纠错率、调解率); a tail only when the first item does not end as the last one does
 * (律师事务所、基层法律服务所 are two whole names, as are …出庭应诉率、行政复议纠错率, however their lengths
 * differ). Undefined when no split is parallel enough, or two are equally so.
 */
function splitItems(parts: string[]): { lead: string; items: string[]; tail: string } | undefined {
  const first = parts[0];
  const last = parts.at(-1)!;
  const middle = parts.slice(1, -1);
  const wholeItems = first.at(-1) === last.at(-1);
  let best: { cost: number; lead: string; items: string[]; tail: string } | undefined;
  let tied = false;
  for (const l of [0, ...boundaries(first)]) {
    for (const t of wholeItems ? [last.length] : [last.length, ...boundaries(last)]) {
      const items = [first.slice(l), ...middle, last.slice(0, t)];
      const actions = items.map(opensWithVerb);
      const lengths = items.map((i) => i.length);
      // Items that share a character at one end (一审、二审; 行政许可、行政确认) are the more parallel.
      const alike = items.every((i) => i.at(-1) === items[0].at(-1)) || items.every((i) => i[0] === items[0][0]);
      const exact = alike && lengths.every((n) => n === lengths[0]);
      if (l > 0 && t === last.length && !isVerb(lastWord(first.slice(0, l))) && !actions.every(Boolean) && !exact) continue;
      const cost = Math.max(...lengths) - Math.min(...lengths) + (new Set(actions).size > 1 ? 2 : 0) + (l > 0 ? 0.5 : 0) + (t < last.length ? 0.5 : 0) - (alike ? 0.25 : 0);
      // Names that end alike may be read whole however their lengths differ; a split must be parallel.
      if (cost > MAX_COST && !(wholeItems && l === 0)) continue;
      if (best && Math.abs(cost - best.cost) < 1e-9) tied = true;
      if (!best || cost < best.cost - 1e-9) {
        best = { cost, lead: first.slice(0, l), items, tail: last.slice(t) };
        tied = false;
      }
    }
  }
  // A tail that counts the items together (市、县两级, 县、乡两个) is no word of each item.
  if (!best || tied || best.items.some((i) => !i) || COLLECTIVE.test(best.tail)) return undefined;
  return best;
}

const COLLECTIVE = /^[两二三四五六七八九十几][级个项类方家所]/;

/** The last word of a phrase, as jieba reads it. */
const lastWord = (phrase: string) => jiebaWords(phrase).at(-1)?.word ?? phrase;

/**
 * The reading of `figure` when it is one of figures stated respectively, each for one item of the
 * enumeration before 分别; undefined when it is not, or the enumeration does not pair up with them.
 */
export function readRespectively(text: string, figure: FigureSpan, within: Span, all: readonly FigureSpan[]): RespectiveReading | undefined {
  const run = runOf(text, figure, within, all);
  if (run.length < 2) return undefined;
  let start = run[0].span.start;
  while (start > within.start && !CLAUSE_START.test(text[start - 1])) start--;
  const before = text.slice(start, run[0].span.start);
  const at = before.lastIndexOf('分别');
  if (at < 0) return undefined;
  // What 分别 is followed by: a copula (为, 是, 达), a change (压缩, 同比增长) or an action (受理). A rate
  // or a multiple may be a change (as in label-phrase.ts); a count after 增加 is the count added.
  const how = before.slice(at + 2).replace(/\s+/g, '');
  if (/[^\u3400-\u9fff]/.test(how)) return undefined;
  let enumeration = before.slice(0, at).replace(REMARK, '').replace(/\s+/g, '');
  const yoy = YOY_BEFORE.exec(enumeration)?.[0] ?? '';
  enumeration = stripEnds(enumeration.slice(0, enumeration.length - yoy.length));
  if (/\d/.test(enumeration.replace(YEAR, ''))) return undefined;
  enumeration = stripEnds(enumeration.replace(YEAR, ''));

  const joins = itemJoins(enumeration, run.length);
  if (!joins) return undefined;
  const parts: string[] = [];
  let from = 0;
  for (const j of joins) {
    parts.push(enumeration.slice(from, j.at));
    from = j.at + j.length;
  }
  parts.push(enumeration.slice(from));
  if (parts.some((p) => !p)) return undefined;
  const split = splitItems(parts);
  if (!split) return undefined;
  const item = split.items[run.findIndex((f) => f.span.start === figure.span.start)];
  const own = split.lead + item + split.tail;
  const clause = { start, end: run.at(-1)!.span.end };

  const mayChange = figure.unit === '%' || /^[\d.]+倍|个百分点/.test(text.slice(figure.span.start, figure.span.end));
  const change = mayChange && !SETS_VALUE.test(how) ? CHANGE.exec(how) : null;
  if (change && change.index === 0) {
    const said = yoy + (change.groups!.yoy ?? '') + change.groups!.verb;
    return { phrase: own + said, change: { base: own, words: said, direction: DOWN.test(change.groups!.verb) ? 'DOWN' : 'UP' }, clause };
  }
  // A share (分别占60%、40%) is the item's share; an action after 分别 (分别受理案件…) is the item's action.
  const action = stripEnds(how.replace(SETS_VALUE, ''));
  const share = figure.unit === '%' && /^占(?:比)?$/.test(how) ? '占比' : '';
  return { phrase: own + (share || action), change: null, clause };
}
