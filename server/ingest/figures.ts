/**
 * Finding the figures in a report: a number, an optional multiplier (万), an optional qualifier
 * (余 "more than", before or after the multiplier: 15万余家次, 10余万人次; 以上 "at least") and a
 * unit from the lexicon's inventory of measure words and compound units (处, 家次, 件次, 个工作日 …),
 * each with its exact span.
 */
import { foldWidth } from '../vocabulary/fold.js';
import { lexicon } from '../vocabulary/lexicon.js';
import { CHINESE_NUMERAL_CHARS, MULTIPLIERS, parseArabic, parseChineseNumeral } from '../vocabulary/numbers.js';
import { verbEndingAt } from '../vocabulary/dictionary.js';
import type { Span } from '../vocabulary/span.js';

export type Qualifier = 'EXACT' | 'MORE_THAN' | 'AT_LEAST' | 'APPROXIMATE' | 'LESS_THAN' | 'AT_MOST';

export interface ExtractedFigure {
  value: number;
  unit: string;
  qualifier: Qualifier;
  /** The figure as written: `text.slice(span.start, span.end)`, e.g. `8万余份`. */
  span: Span;
  text: string;
}

/** Qualifiers written after the figure. */
const SUFFIX_QUALIFIERS: Record<string, Qualifier> = {
  以上: 'AT_LEAST', 左右: 'APPROXIMATE', 以下: 'AT_MOST', 以内: 'AT_MOST',
};
/** Qualifiers written just before the number: 约 500, 超过 200, 近 300, 不足 10. */
const PREFIX_QUALIFIERS: [RegExp, Qualifier][] = [
  [/(?:大约|(?<![签节合预条公契制履违缔特邀])约)$/, 'APPROXIMATE'],
  [/(?:超过|逾|超)$/, 'MORE_THAN'],
  [/(?:不足|不到|近)$/, 'LESS_THAN'],
];

const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

let notBefore: Map<string, string> | undefined;
/** Whether the unit matched at `end` is really the first character of a longer word (3处理, 2部门). */
function startsAWord(unit: string, next: string | undefined): boolean {
  notBefore ??= new Map(lexicon().units.filter((u) => u.notBefore).map((u) => [u.unit, u.notBefore!]));
  return next !== undefined && (notBefore.get(unit)?.includes(next) ?? false);
}

/** Units that count wherever they stand; those with `onlyAfter` are found by contextPattern. */
const countingUnits = () => lexicon().units.filter((u) => !u.onlyAfter?.length).map((u) => u.unit);

let contextual: RegExp[] | undefined;
/** Units that count only after certain words: 连续8年, 连续六年 (years running), not 2024年. */
function contextPatterns(): RegExp[] {
  contextual ??= lexicon().units.filter((u) => u.onlyAfter?.length).map((u) => new RegExp(
    String.raw`(?<=${u.onlyAfter!.map(escape).join('|')})(?<num>\d{1,3}|[${CHINESE_NUMERAL_CHARS.replace('万亿', '')}]{1,3})(?<unit>${escape(u.unit)})(?![度底初末月内前后间])`, 'g'));
  return contextual;
}

let pattern: RegExp | undefined;
function figurePattern(): RegExp {
  if (!pattern) {
    // Longest unit first, so 人次 wins over 人 and 场次 over 场.
    const units = countingUnits().sort((a, b) => b.length - a.length).map(escape);
    const suffixes = Object.keys(SUFFIX_QUALIFIERS).join('|');
    pattern = new RegExp(
      String.raw`(?<![\d.])(?<num>${NUMBER})(?<early>\s*[余多])?(?<mult>\s*[${Object.keys(MULTIPLIERS).join('')}])?(?<more>\s*[余多])?\s*(?<unit>${units.join('|')})(?<suffix>${suffixes})?`,
      'g',
    );
  }
  return pattern;
}

let chinesePattern: RegExp | undefined;
/**
 * Chinese numerals before a unit: 三十九件, 两个, 一百余人. A single-character numeral other than 两
 * counts only right after a verb (开展三次检查, 成立三个协调小组): elsewhere 五个抓手, 三项制度, 一件事 are
 * names, not counts.
 */
function chineseFigurePattern(): RegExp {
  if (!chinesePattern) {
    const units = countingUnits().filter((u) => u !== '%').sort((a, b) => b.length - a.length).map(escape);
    const suffixes = Object.keys(SUFFIX_QUALIFIERS).join('|');
    chinesePattern = new RegExp(
      `(?<![${CHINESE_NUMERAL_CHARS}第])(?<num>[${CHINESE_NUMERAL_CHARS.replace('万亿', '')}]{2,}|两|[二三四五六七八九十])(?<early>[余多])?(?<mult>[万亿])?(?<more>[余多])?(?<unit>${units.join('|')})(?<suffix>${suffixes})?`,
      'g',
    );
  }
  return chinesePattern;
}

/** Every figure in the text, in order. Works on width-folded text, so full-width digits count too. */
export function extractFigures(text: string): ExtractedFigure[] {
  const folded = foldWidth(text);
  const figures: ExtractedFigure[] = [];
  const matches = [
    ...[...folded.matchAll(figurePattern())].map((m) => ({ m, parse: parseArabic })),
    ...[...folded.matchAll(chineseFigurePattern())].map((m) => ({ m, parse: parseChineseNumeral, bare: true })),
    ...contextPatterns().flatMap((re) => [...folded.matchAll(re)].map((m) => ({ m, parse: /\d/.test(m.groups!.num) ? parseArabic : parseChineseNumeral }))),
  ].sort((a, b) => a.m.index! - b.m.index!);
  let last = -1;
  for (const { m, parse, bare } of matches as { m: RegExpMatchArray; parse: (s: string) => number; bare?: boolean }[]) {
    const g = m.groups!;
    const start = m.index!;
    const end = start + m[0].length;
    // `第3次` is an ordinal, not a quantity; overlapping matches keep the first.
    if (folded[start - 1] === '第' || start < last) continue;
    // “两个确立”, “五个抓手”: a Chinese numeral inside quotation marks names a slogan, it counts nothing.
    if (parse === parseChineseNumeral && /[\u201C\u2018\u300C\u300E\u300A"']/.test(folded[start - 1] ?? '')) continue;
    // (Not after a word that makes it a count: 连续六年.)
    if (bare && /^[二三四五六七八九十]$/.test(g.num) && !verbEndingAt(folded, start)) continue;
    let value = parse(g.num);
    if (!Number.isFinite(value) || startsAWord(g.unit, folded[end])) continue;
    last = end;
    if (g.mult) value *= MULTIPLIERS[g.mult.trim()];
    value = Math.round(value * 1e6) / 1e6; // 1.3 万 is 13000, not 12999.999999999998
    let qualifier: Qualifier = 'EXACT';
    if (g.more || g.early) qualifier = 'MORE_THAN';
    else if (g.suffix) qualifier = SUFFIX_QUALIFIERS[g.suffix];
    else {
      const before = folded.slice(Math.max(0, start - 4), start).trimEnd();
      for (const [re, q] of PREFIX_QUALIFIERS) {
        if (re.test(before)) {
          qualifier = q;
          break;
        }
      }
    }
    figures.push({ value, unit: g.unit, qualifier, span: { start, end }, text: text.slice(start, end) });
  }
  return figures;
}
