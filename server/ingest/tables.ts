/**
 * Figures written as a table: a header row of categories, then rows such as `数量 | 15件 | 20件`, as
 * 行政复议 statistics reports print them. Cells are separated by tabs, `|` or runs of two or more
 * spaces; a table is two or more consecutive lines with the same number of cells, the first of them a
 * header without numbers. Each number in a data row is a figure whose meaning is its row's first cell
 * × its column's header. A bare number takes its unit from its column header or row label (`受理(件)`),
 * or from a `单位:件` line above the table; one with no unit anywhere is not a figure.
 */
import { extractFigures, type ExtractedFigure } from './figures.js';
import { lexicon } from '../vocabulary/lexicon.js';
import { parseArabic } from '../vocabulary/numbers.js';
import type { Span } from '../vocabulary/span.js';

export interface TableCell {
  /** The figure's column header and row label, as written (without their unit). */
  column: string;
  row: string;
  /** The line just above the table (its caption, often naming the topic), and the table's first header cell. */
  caption: string;
  corner: string;
  /** From the header line's start to the end of the figure's row: the figure's quote. */
  quote: Span;
}

export interface TableFigure extends ExtractedFigure {
  table: TableCell;
}

interface Cell {
  text: string;
  start: number;
}
interface Line {
  start: number;
  end: number;
  cells: Cell[];
}

const SEPARATOR = /\t+|\s*[|｜]\s*|[ \u3000]{2,}/g;
const UNIT_IN_NAME = /[(（]([^()（）]{1,4})[)）]\s*$/;
const BARE_NUMBER = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d+(?:\.\d+)?$/;

/** The cells of one line, each with its offset; a markdown rule line (|---|---|) has none. */
function cellsOf(text: string, start: number, end: number): Cell[] {
  const line = text.slice(start, end);
  if (/^[\s|｜:\-—]+$/.test(line)) return [];
  const cells: Cell[] = [];
  let last = 0;
  const push = (from: number, to: number) => {
    const raw = line.slice(from, to);
    const lead = raw.length - raw.trimStart().length;
    const value = raw.trim();
    if (value) cells.push({ text: value, start: start + from + lead });
  };
  for (const m of line.matchAll(SEPARATOR)) {
    push(last, m.index!);
    last = m.index! + m[0].length;
  }
  push(last, line.length);
  return cells;
}

function linesOf(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (const part of text.split('\n')) {
    const end = start + part.length;
    out.push({ start, end, cells: cellsOf(text, start, end) });
    start = end + 1;
  }
  return out;
}

const knownUnits = () => new Set(lexicon().units.map((u) => u.unit));

/** The unit a header or label names in brackets (受理(件) → 件), and the name without it. */
function splitUnit(name: string): { name: string; unit?: string } {
  const m = UNIT_IN_NAME.exec(name);
  if (m && knownUnits().has(m[1].trim())) return { name: name.slice(0, m.index).trim(), unit: m[1].trim() };
  return { name };
}

/** Every figure of every table in the text, in order. */
export function tableFigures(text: string): TableFigure[] {
  const lines = linesOf(text);
  const out: TableFigure[] = [];
  for (let i = 0; i < lines.length; i++) {
    const header = lines[i];
    if (header.cells.length < 2 || header.cells.some((c) => /\d/.test(c.text))) continue;
    // The data rows: same number of cells as the header (a rule line between is skipped).
    const rows: Line[] = [];
    let j = i + 1;
    while (j < lines.length) {
      const l = lines[j];
      if (!l.cells.length && /[-—]{3,}/.test(text.slice(l.start, l.end))) {
        j++;
        continue;
      }
      if (l.cells.length !== header.cells.length || !l.cells.slice(1).some((c) => /\d/.test(c.text)) || /\d/.test(l.cells[0].text)) break;
      rows.push(l);
      j++;
    }
    if (!rows.length) continue;
    const captionLine = lines.slice(0, i).reverse().find((l) => text.slice(l.start, l.end).trim());
    const caption = captionLine ? text.slice(captionLine.start, captionLine.end).trim() : '';
    const declared = /单位\s*[:：]\s*([\u3400-\u9fff%]{1,4})/.exec(caption)?.[1];
    const corner = splitUnit(header.cells[0].text).name;
    for (const row of rows) {
      const label = splitUnit(row.cells[0].text);
      row.cells.slice(1).forEach((cell, k) => {
        const column = splitUnit(header.cells[k + 1].text);
        const quote = { start: header.start, end: row.end };
        const table = { column: column.name, row: label.name, caption, corner, quote };
        const found = extractFigures(cell.text);
        if (found.length === 1 && found[0].text.trim().length >= cell.text.replace(/\s+/g, '').length - 1) {
          const f = found[0];
          out.push({ ...f, span: { start: cell.start + f.span.start, end: cell.start + f.span.end }, table });
          return;
        }
        const unit = column.unit ?? label.unit ?? (declared && knownUnits().has(declared) ? declared : undefined);
        if (found.length === 0 && unit && BARE_NUMBER.test(cell.text)) {
          out.push({
            value: parseArabic(cell.text), unit, qualifier: 'EXACT', text: cell.text,
            span: { start: cell.start, end: cell.start + cell.text.length }, table,
          });
        }
      });
    }
    i = j - 1;
  }
  return out;
}

/** The text's figures with each table's cells read as table figures (the same span read once). */
export function withTableFigures<T extends ExtractedFigure>(text: string, figures: T[]): (T | TableFigure)[] {
  const tables = tableFigures(text);
  if (!tables.length) return figures;
  const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
  const rest = figures.filter((f) => !tables.some((t) => overlaps(t.span, f.span)));
  return [...rest, ...tables].sort((a, b) => a.span.start - b.span.start);
}
