/**
 * Finding the figures in a report: a number, an optional multiplier (万), an optional qualifier
 * (余 "more than", 以上 "at least") and a unit from the lexicon, each with its exact span.
 */
import { foldWidth } from './fold.js';
import { lexicon } from './lexicon.js';
import { MULTIPLIERS, parseArabic } from './numbers.js';
import type { Span } from './span.js';

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

let pattern: RegExp | undefined;
function figurePattern(): RegExp {
  if (!pattern) {
    // Longest unit first, so 人次 wins over 人 and 场次 over 场.
    const units = lexicon().units.map((u) => u.unit).sort((a, b) => b.length - a.length).map(escape);
    const suffixes = Object.keys(SUFFIX_QUALIFIERS).join('|');
    pattern = new RegExp(
      String.raw`(?<![\d.])(?<num>${NUMBER})(?<mult>\s*[${Object.keys(MULTIPLIERS).join('')}])?(?<more>\s*[余多])?\s*(?<unit>${units.join('|')})(?<suffix>${suffixes})?`,
      'g',
    );
  }
  return pattern;
}

/** Every figure in the text, in order. Works on width-folded text, so full-width digits count too. */
export function extractFigures(text: string): ExtractedFigure[] {
  const folded = foldWidth(text);
  const figures: ExtractedFigure[] = [];
  for (const m of folded.matchAll(figurePattern())) {
    const g = m.groups!;
    const start = m.index!;
    const end = start + m[0].length;
    // `第3次` is an ordinal, not a quantity.
    if (folded[start - 1] === '第') continue;
    let value = parseArabic(g.num);
    if (g.mult) value *= MULTIPLIERS[g.mult.trim()];
    value = Math.round(value * 1e6) / 1e6; // 1.3 万 is 13000, not 12999.999999999998
    let qualifier: Qualifier = 'EXACT';
    if (g.more) qualifier = 'MORE_THAN';
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
