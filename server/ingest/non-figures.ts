/**
 * Numbers in a report that are not figures: years, dates, times, plan periods and ordinals.
 * Each is recorded with the reason it is not served, so that every number in the text is
 * accounted for (a served figure, or one of these).
 */
import { foldWidth } from '../vocabulary/fold.js';
import { contains, type Span } from '../vocabulary/span.js';

export type NonFigureReason = 'DATE' | 'TIME' | 'YEAR' | 'PLAN_PERIOD' | 'ORDINAL' | 'UNCLASSIFIED';

export interface NonFigure {
  text: string;
  span: Span;
  reason: NonFigureReason;
}

/** Tried in order at each unexplained number; the first that matches there wins. */
const RULES: [RegExp, NonFigureReason][] = [
  [/^\d{4}\s*[-—–~~至到]\s*\d{4}\s*年?/, 'PLAN_PERIOD'],
  [/^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}/, 'DATE'],
  [/^\d{4}年\d{1,2}月(?:\d{1,2}日|底|初|中旬|上旬|下旬)?/, 'DATE'],
  [/^\d{4}年度?/, 'YEAR'],
  [/^\d{1,2}月(?:\d{1,2}日|底|初|中旬|上旬|下旬|份)?/, 'DATE'],
  [/^\d{1,2}日/, 'DATE'],
  [/^\d{1,2}:\d{2}(?::\d{2})?/, 'TIME'],
];

/** Every run of digits not inside a figure span, with the reason it is not a figure. */
export function classifyNonFigures(text: string, figureSpans: Span[]): NonFigure[] {
  const folded = foldWidth(text);
  const out: NonFigure[] = [];
  const digitRun = /\d+(?:[.,]\d+)*/g;
  let m: RegExpExecArray | null;
  while ((m = digitRun.exec(folded))) {
    const run = { start: m.index, end: m.index + m[0].length };
    if (figureSpans.some((f) => contains(f, run))) continue;
    let matched: NonFigure | undefined;
    const lineStart = folded.lastIndexOf('\n', run.start - 1) + 1;
    const listMarker = /^\s*\(?$/.test(folded.slice(lineStart, run.start)) && /^[.、)]/.test(folded.slice(run.end, run.end + 1));
    if (folded[run.start - 1] === '第' || listMarker) {
      // 第3, or a list marker at the start of a line: 1. 2、 (3)
      matched = { text: text.slice(run.start, run.end), span: run, reason: 'ORDINAL' };
    } else {
      const rest = folded.slice(run.start);
      for (const [re, reason] of RULES) {
        const r = re.exec(rest);
        if (r) {
          const span = { start: run.start, end: run.start + r[0].length };
          matched = { text: text.slice(span.start, span.end), span, reason };
          break;
        }
      }
    }
    matched ??= { text: text.slice(run.start, run.end), span: run, reason: 'UNCLASSIFIED' };
    out.push(matched);
    // A plan period or full date covers later digit runs: continue after it.
    digitRun.lastIndex = Math.max(digitRun.lastIndex, matched.span.end);
  }
  return out;
}
