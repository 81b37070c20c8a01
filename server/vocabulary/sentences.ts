/** Sentence spans, used as the quote that grounds each figure. */
import type { Span } from './span.js';

// Written as escapes: full-width ！ and ？ look like their ASCII forms in many editors.
const TERMINATORS = new Set(['\u3002', '!', '?', '\uFF01', '\uFF1F', '\n']);

/** Sentences in order, each trimmed of surrounding whitespace and ending with its full stop. */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (let i = 0; i < text.length; i++) {
    if (TERMINATORS.has(text[i])) {
      // A closing quote right after a full stop belongs to the sentence: 。” ends it.
      let end = i + 1;
      while (end < text.length && /[\u201D\u2019\u300D\u300F)\uFF09]/.test(text[end])) end++;
      push(end);
      start = end;
      i = end - 1;
    }
  }
  push(text.length);
  return spans;
}

/** The span in `spans` (sorted, disjoint) that contains `pos`, by binary search. */
export function spanAt(spans: Span[], pos: number): Span | undefined {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (pos < s.start) hi = mid - 1;
    else if (pos >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** The sentence around a span (a citation, a figure), by the nearest full stops or line ends. */
export function sentenceAround(text: string, start: number, end: number): Span {
  let s = start;
  let e = end;
  while (s > 0 && !TERMINATORS.has(text[s - 1])) s--;
  while (e < text.length && !TERMINATORS.has(text[e])) e++;
  return { start: s, end: Math.min(text.length, e + 1) };
}

/** Punctuation that ends a clause inside a sentence. */
export const CLAUSE_DELIMITERS = /[,\uFF0C\u3001;\uFF1B:\uFF1A\u3002!?\uFF01\uFF1F\n()\uFF08\uFF09]/;

/** The clause around a figure: between the delimiters before and after it. */
export function clauseSpan(text: string, figure: Span, within: Span): Span {
  let start = figure.start;
  let end = figure.end;
  while (start > within.start && !CLAUSE_DELIMITERS.test(text[start - 1])) start--;
  while (end < within.end && !CLAUSE_DELIMITERS.test(text[end])) end++;
  return { start, end };
}
