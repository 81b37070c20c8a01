/**
 * The section tree of a report: 一、 parts, (一) sections and 一是/二是 (or 1. / (1)) items, found at
 * line starts and inside run-on paragraphs (一、…。(一)…。一是…),
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
/**
 * Every place a marker may stand, at a line start or inside a run-on paragraph. Whether it is one
 * is decided in parseSections, by where it stands and whether its number follows its predecessor's.
 * `1.` never inside a number (1.5万, 2024.3) and `(一)` never after a word (第(一)项).
 */
const MARKERS = new RegExp([
  `(?<part>(?<partNo>${CN})、)`,
  `(?<section>\\((?<sectionNo>${CN})\\))`,
  `(?<!第)(?<numbered>(?<![\\d.])(?:(?<numberedNo>\\d{1,2})[.、](?![\\d.])|\\((?<bracketNo>\\d{1,2})\\)))`,
  `(?<inline>(?<inlineNo>${CN})是)`,
].join('|'), 'g');

/** Where an inline marker may begin: after a sentence or clause ends, or after a gap of spaces. */
const SENTENCE_END = /[。;;::!!??]$/;

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

/**
 * The heading runs from after the marker to the first full stop, or the end of the line; inside a
 * paragraph also to a semicolon (1.加强培训;2.强化监督).
 */
function headingAfter(folded: string, from: number, lineEnd: number, inParagraph = false): Span {
  let start = from;
  while (start < lineEnd && /\s/.test(folded[start])) start++;
  const stop = folded.slice(start, lineEnd).search(inParagraph ? /[。;;]/ : /。/);
  const end = stop >= 0 ? start + stop : lineEnd;
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
    /** The node opened last on this line: its heading stops where the next marker starts. */
    let opened: ParsedSection | undefined;
    for (const m of line.text.matchAll(MARKERS)) {
      const at = line.start + m.index!;
      const markerEnd = at + m[0].length;
      const g = m.groups!;
      const lineStart = folded.slice(line.start, at).trim() === '';
      const before = folded.slice(line.start, at);
      // Inside a paragraph a marker follows the end of a sentence or a gap (a heading run on
      // without its full stop: 一、2024年度工作情况 (一)发挥…).
      const boundary = lineStart || SENTENCE_END.test(before.trimEnd()) || /\s$/.test(before);
      // 一、二、三 and (一)(二) in a list are not markers: a heading does not start with another number.
      // Inside a paragraph (二、三季度) a heading that starts with a numeral is the same.
      const enumeration = new RegExp(`^\\s*(?:${CN}[、)]|\\(${CN}\\)|[一二三四五六七八九十])`).test(folded.slice(markerEnd, markerEnd + 4));
      // A bracketed section may run straight on from its part's heading: 一、主要工作（一）推进…
      const inHeading = opened !== undefined && at <= opened.headingSpan.end;
      let kind: SectionKind;
      let parent: ParsedSection | undefined;
      let ordinal: number;
      if (g.part) {
        ordinal = parseChineseNumeral(g.partNo);
        if (!lineStart && (!boundary || enumeration || ordinal !== (part?.ordinal ?? 0) + 1)) continue;
        close(item, at); close(section, at); close(part, at);
        item = section = undefined;
        kind = 'PART';
      } else if (g.section) {
        ordinal = parseChineseNumeral(g.sectionNo);
        if (!part) continue;
        const expected = section && section.parentPath === part.path ? section.ordinal + 1 : 1;
        if (!lineStart && (!(boundary || inHeading) || enumeration || ordinal !== expected)) continue;
        close(item, at); close(section, at);
        item = undefined;
        kind = 'SECTION';
        parent = part;
      } else if (g.numbered) {
        ordinal = Number(g.numberedNo ?? g.bracketNo);
        if (!part) continue;
        parent = section ?? part;
        const expected = item && item.parentPath === parent.path && /^\(?\d/.test(item.marker) ? item.ordinal + 1 : 1;
        if (!lineStart && (!boundary || ordinal !== expected)) continue;
        close(item, at);
        kind = 'ITEM';
      } else {
        ordinal = parseChineseNumeral(g.inlineNo);
        parent = section ?? part;
        if (!parent) continue;
        const previous = item && item.parentPath === parent.path ? item.ordinal : 0;
        if (!boundary || ordinal !== previous + 1) continue;
        close(item, at);
        kind = 'ITEM';
      }
      if (opened && opened.headingSpan.end > at) {
        opened.headingSpan.end = trimEnd(folded, opened.headingSpan.start, at);
        opened.heading = text.slice(opened.headingSpan.start, opened.headingSpan.end);
      }
      const node = open(kind, parent, ordinal, asWritten(at, markerEnd), at, headingAfter(folded, markerEnd, line.end, !lineStart));
      if (kind === 'PART') part = node;
      else if (kind === 'SECTION') section = node;
      else item = node;
      opened = node;
    }
  }
  close(item, folded.length); close(section, folded.length); close(part, folded.length);
  return out;
}

/** The deepest section whose span contains `pos`. */
export function sectionAt(sections: ParsedSection[], pos: number): ParsedSection | undefined {
  let best: ParsedSection | undefined;
  for (const s of sections) {
    if (s.span.start <= pos && pos < s.span.end && (!best || s.path.length > best.path.length)) best = s;
  }
  return best;
}
