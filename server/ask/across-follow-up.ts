/**
 * Follow-ups after a ranking or comparison across reports keep what they do not change:
 * `河南各县的宣讲活动排名` → `那法律援助呢?` ranks 法律援助 in 河南; `那安徽呢?` the same in 安徽;
 * `那2023年呢?` / `and in 2022?` the same in that year; `前五呢` the same, top five. The previous
 * question is rewritten — its places, years, limit or subject replaced — and then parsed as any
 * question is.
 */
import type { Region } from '../vocabulary/regions.js';
import { isChinese } from '../vocabulary/tokens.js';
import { detectCues, STRUCTURAL_CUES } from './cues.js';
import { isStopword } from './match.js';
import { limitOf, placesLeftOut, rankIntent, says, withoutShaping } from './parse/across.js';
import { detectScope } from './scope.js';

/** Spans of a text that detectScope blanked (places and years), in order. */
function blankedSpans(text: string, rest: string): { start: number; end: number; year: boolean }[] {
  const spans: { start: number; end: number; year: boolean }[] = [];
  for (let i = 0; i < text.length; i++) {
    if (rest[i] !== ' ' || text[i] === ' ') continue;
    const start = i;
    while (i < text.length && rest[i] === ' ' && text[i] !== ' ') i++;
    spans.push({ start, end: i, year: /^\d{4}$/.test(text.slice(start, i)) });
  }
  return spans;
}

/** The text with the span from the first to the last of some spans replaced (年 kept after a year). */
function replaceSpans(text: string, spans: { start: number; end: number }[], by: string): string {
  return text.slice(0, spans[0].start) + by + text.slice(spans.at(-1)!.end);
}

/** The subject of a question across reports: the longest stretch left when places, years and shaping words are blanked. */
function subjectSpan(before: string, rest: string): { start: number; end: number } | undefined {
  let blank = withoutShaping(rest);
  for (const span of detectCues(blank).spans) {
    if (STRUCTURAL_CUES.includes(span.name)) blank = blank.slice(0, span.start) + ' '.repeat(span.end - span.start) + blank.slice(span.end);
  }
  const runs: { start: number; end: number }[] = [];
  if (isChinese(before)) {
    // Not the particles around it: 的宣讲活动 → 宣讲活动.
    for (const m of blank.matchAll(/[\u3400-\u9fff]+/g)) {
      const lead = /^[的了]*/.exec(m[0])![0].length;
      const trail = /[的了]*$/.exec(m[0])![0].length;
      runs.push({ start: m.index! + lead, end: m.index! + m[0].length - trail });
    }
  } else {
    // Words next to each other, without the function words and place nouns at either end.
    const words = [...blank.matchAll(/[a-z][a-z'’-]*/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, word: m[0] }));
    const edge = (w: { word: string }) => isStopword(w.word) || says(w.word, 'hub_report') || /^(?:count(?:y|ies)|places?|regions?|districts?|cities)$/.test(w.word);
    let group: typeof words = [];
    const flush = () => {
      while (group.length && edge(group[0])) group.shift();
      while (group.length && edge(group.at(-1)!)) group.pop();
      if (group.length) runs.push({ start: group[0].start, end: group.at(-1)!.end });
      group = [];
    };
    for (const w of words) {
      if (group.length && /\S/.test(blank.slice(group.at(-1)!.end, w.start))) flush();
      if (group.length && blank.slice(group.at(-1)!.end, w.start).length > 1) flush();
      group.push(w);
    }
    flush();
  }
  return runs.filter((r) => r.end > r.start).sort((a, b) => b.end - b.start - (a.end - a.start))[0];
}

/** The question a follow-up to a question across reports stands for, or undefined when the previous one was not one. */
export function acrossFollowUp(part: string, before: string, places: Region[]): string | undefined {
  const previous = detectScope(before, new Set(), () => false, places);
  if (!rankIntent(previous.rest.replace(/\s+/g, ' '), previous.regions.length)) return undefined;
  const zh = isChinese(before);
  const spans = blankedSpans(before, previous.rest);
  // 前五呢, top 5: the same ranking, that many.
  if (limitOf(part) !== undefined && !withoutShaping(part).trim()) {
    const limit = /前\s*(?:[0-9]{1,3}|[一二两三四五六七八九十])\s*(?:名|位|个|家|份)?|\btop\s+\w+/.exec(before);
    return limit ? before.slice(0, limit.index) + part + before.slice(limit.index + limit[0].length) : `${before.replace(/[??]$/, '')}${zh ? '' : ' '}${part}`;
  }
  const now = detectScope(part, new Set(), () => false, places);
  // 那除了紫云呢, and other than Ziyun?: the same question with that place left out.
  if (placesLeftOut(now, part).length && !withoutShaping(now.rest).replace(/^\s*(?:那|and|what about)?|(?:呢)?\s*[?？]?\s*$/g, '').trim()) {
    const said = part.replace(/^\s*(?:那|and\s+|what about\s+)|(?:呢)?\s*[?？]?\s*$/g, '').trim();
    return zh ? `${said},${before}` : `${before.replace(/[?？]$/, '')}, ${said}?`;
  }
  const left = now.rest.replace(/\b(?:in|for|of|at|from|the|year)\b|年度|年份|年|[的在]/g, '').trim();
  if (!left && (now.years.length || now.regions.length)) {
    const named = part.replace(/^(?:in|for|of|at|from)\s+/, '').trim();
    const kind = spans.filter((s) => s.year === now.years.length > 0);
    if (kind.length) return replaceSpans(before, kind, now.years.length ? String(now.years[0]) : named);
    return zh ? `${named}${before}` : `${before.replace(/[??]$/, '')} in ${named}`;
  }
  // A new subject: the same places, years and ranking words, of it.
  const subject = subjectSpan(before, previous.rest);
  if (!subject) return undefined;
  if (!zh) return before.slice(0, subject.start) + part + before.slice(subject.end);
  // In Chinese what follows the subject is its verb and unit (开展了多少场), which the new subject
  // does not share: keep only the ranking words, places and years after it, and ask 是多少.
  const shaped = withoutShaping(previous.rest);
  const pieces: { at: number; text: string }[] = spans.filter((s) => s.start >= subject.end).map((s) => ({ at: s.start, text: before.slice(s.start, s.end) + (s.year && before[s.end] === '年' ? '年' : '') }));
  for (const m of shaped.slice(subject.end).matchAll(/ +/g)) {
    const at = subject.end + m.index!;
    const text = before.slice(at, at + m[0].length).trim();
    if (text && !pieces.some((p) => p.at === at)) pieces.push({ at, text });
  }
  const tail = pieces.sort((a, b) => a.at - b.at).map((p) => p.text).join('');
  const counting = /多少|几/.test(before.slice(subject.end)) ? '是多少' : '';
  return `${before.slice(0, subject.start)}${part}${tail}${counting}${/[??]$/.test(before) ? '?' : ''}`;
}
