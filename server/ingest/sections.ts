/**
 * The section tree of a report: 一、 parts, (一) sections and 一是/二是 (or 1. / (1)) items,
 * each with its heading and span. A part's heading also gives the role of everything under it:
 * the work done, the problems found, or the recommendations for next year.
 */
import { foldWidth } from '../vocabulary/fold.js';
import { parseChineseNumeral } from '../vocabulary/numbers.js';
import type { Span } from '../vocabulary/span.js';

export type SectionKind = 'PART' | 'SECTION' | 'ITEM';
export type SectionRole = 'WORK' | 'PROBLEM' | 'RECOMMENDATION';

export interface ParsedSection {
  /** Position in the tree: "1", "1.3", "1.3.2". Stable for a given text. */
  path: string;
  kind: SectionKind;
  role: SectionRole;
  /** 1-based number written in the marker (三 → 3). */
  ordinal: number;
  /** The marker as written: `一、`, `(三)`, `二是`. */
  marker: string;
  heading: string;
  headingSpan: Span;
  span: Span;
  parentPath: string | null;
}

const CN = '[一二三四五六七八九十]+';
const PART_LINE = new RegExp(`^(\\s*)(${CN})、`);
const SECTION_LINE = new RegExp(`^(\\s*)\\((${CN})\\)`);
const NUMBERED_LINE = /^(\s*)(?:(\d{1,2})[.、](?!\d)|\((\d{1,2})\))/;
const INLINE_ITEM = new RegExp(`(${CN})是`, 'g');

export function roleOf(heading: string): SectionRole {
  if (/下一步|建议|计划|打算|思路|安排|展望|努力方向/.test(heading)) return 'RECOMMENDATION';
  if (/问题|不足|短板|差距|困难/.test(heading)) return 'PROBLEM';
  return 'WORK';
}

interface Line {
  start: number;
  end: number;
  text: string;
}

function linesOf(folded: string, from: number): Line[] {
  const lines: Line[] = [];
  let start = from;
  while (start <= folded.length) {
    let end = folded.indexOf('\n', start);
    if (end < 0) end = folded.length;
    lines.push({ start, end, text: folded.slice(start, end) });
    start = end + 1;
  }
  return lines;
}

/** The heading runs from after the marker to the first full stop, or the end of the line. */
function headingAfter(folded: string, from: number, lineEnd: number): Span {
  let start = from;
  while (start < lineEnd && /\s/.test(folded[start])) start++;
  const stop = folded.indexOf('。', start);
  const end = stop >= 0 && stop < lineEnd ? stop : lineEnd;
  return { start, end: trimEnd(folded, start, end) };
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1])) end--;
  return end;
}

/**
 * Parse the tree from `bodyStart` on (the lines before it are the title block).
 * Sections are returned in document order, parents before their children.
 */
export function parseSections(text: string, bodyStart: number): ParsedSection[] {
  const folded = foldWidth(text);
  const out: ParsedSection[] = [];
  let part: ParsedSection | undefined;
  let section: ParsedSection | undefined;
  let item: ParsedSection | undefined;
  /** Markers are matched in the folded text but recorded as the report writes them: （一）. */
  const asWritten = (start: number, end: number) => text.slice(start, end).trim();
  const close = (s: ParsedSection | undefined, at: number) => {
    if (s) s.span.end = trimEnd(folded, s.span.start, Math.max(s.span.start, at));
  };
  const open = (kind: SectionKind, parent: ParsedSection | undefined, ordinal: number, marker: string,
    start: number, heading: Span): ParsedSection => {
    const siblings = out.filter((s) => s.parentPath === (parent?.path ?? null)).length;
    const s: ParsedSection = {
      path: parent ? `${parent.path}.${siblings + 1}` : String(siblings + 1),
      kind,
      role: parent ? parent.role : roleOf(text.slice(heading.start, heading.end)),
      ordinal,
      marker,
      heading: text.slice(heading.start, heading.end),
      headingSpan: heading,
      span: { start, end: text.length },
      parentPath: parent?.path ?? null,
    };
    out.push(s);
    return s;
  };

  for (const line of linesOf(folded, bodyStart)) {
    let m: RegExpExecArray | null;
    if ((m = PART_LINE.exec(line.text))) {
      close(item, line.start); close(section, line.start); close(part, line.start);
      item = section = undefined;
      const markerStart = line.start + m[1].length;
      part = open('PART', undefined, parseChineseNumeral(m[2]), asWritten(markerStart, line.start + m[0].length), markerStart,
        headingAfter(folded, line.start + m[0].length, line.end));
      continue;
    }
    if (part && (m = SECTION_LINE.exec(line.text))) {
      close(item, line.start); close(section, line.start);
      item = undefined;
      const markerStart = line.start + m[1].length;
      section = open('SECTION', part, parseChineseNumeral(m[2]), asWritten(markerStart, line.start + m[0].length), markerStart,
        headingAfter(folded, line.start + m[0].length, line.end));
      scanInlineItems(section.headingSpan.end, line.end);
      continue;
    }
    if (part && (m = NUMBERED_LINE.exec(line.text))) {
      close(item, line.start);
      const parent = section ?? part;
      const markerStart = line.start + m[1].length;
      item = open('ITEM', parent, Number(m[2] ?? m[3]), asWritten(markerStart, line.start + m[0].length), markerStart,
        headingAfter(folded, line.start + m[0].length, line.end));
      continue;
    }
    if (part) scanInlineItems(line.start, line.end);
  }
  close(item, folded.length); close(section, folded.length); close(part, folded.length);
  return out;

  /** 一是…二是… inside a paragraph; an item must start a sentence and follow its predecessor's number. */
  function scanInlineItems(from: number, to: number) {
    const parent = section ?? part;
    if (!parent) return;
    const paragraph = folded.slice(from, to);
    for (const m of paragraph.matchAll(INLINE_ITEM)) {
      const at = from + m.index!;
      const before = folded.slice(Math.max(from, at - 2), at).trim();
      const startsSentence = at === from || before === '' || /[。;;:]$/.test(before);
      const ordinal = parseChineseNumeral(m[1]);
      const previous = item && item.parentPath === parent.path ? item.ordinal : 0;
      if (!startsSentence || ordinal !== previous + 1) continue;
      close(item, at);
      item = open('ITEM', parent, ordinal, asWritten(at, at + m[0].length), at, headingAfter(folded, at + m[0].length, to));
    }
  }
}

/** The deepest section whose span contains `pos`. */
export function sectionAt(sections: ParsedSection[], pos: number): ParsedSection | undefined {
  let best: ParsedSection | undefined;
  for (const s of sections) {
    if (s.span.start <= pos && pos < s.span.end && (!best || s.path.length > best.path.length)) best = s;
  }
  return best;
}
