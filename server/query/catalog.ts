/**
 * The small, always-loaded part of the hub's data: the reports (without their text), topics,
 * measures, and a table of what `metrics` filters on for every figure — enough to select, count and
 * page figures across all reports without holding the figures themselves. The table is columnar
 * (a typed array per column, strings numbered once), about 32 bytes a figure: some 3 MB at 1,000
 * reports, where objects per figure took tens of megabytes. The figures' labels, quotes and
 * sections are in the per-report cache (hub-cache.ts).
 */
import type { EntityManager } from '@mikro-orm/core';
import { LRUCache } from 'lru-cache';
import { Measure, Report, Topic, type Metric } from '../model/index.js';
import { detach } from './detach.js';

/** Every stored id (figure, section, document) starts with its report's id. */
export const reportIdOf = (id: string) => id.slice(0, Math.max(0, id.indexOf('/')));
/** Reports in sort-key order: `a:` against `b:`, as the sort keys compare (not the database's collation). */
export const compareReportIds = (a: string, b: string) => (a === b ? 0 : `${a}:` < `${b}:` ? -1 : 1);

const COLUMNS = ['report', 'key', 'topic', 'measure', 'unit', 'qualifier', 'section', 'spanStart', 'spanEnd'] as const;
type Column = (typeof COLUMNS)[number];

/** One row per figure, in sort-key order (report, then offset in the text). */
export class FigureTable {
  /** Strings by number; 0 is null. */
  private readonly strings: (string | null)[] = [null];
  private readonly numbers = new Map<string, number>();
  private readonly columns: Record<Column, Uint32Array>;
  private building: Record<Column, number[]> | undefined = { report: [], key: [], topic: [], measure: [], unit: [], qualifier: [], section: [], spanStart: [], spanEnd: [] };
  /** The figures' values (8 bytes each): rankings across reports are computed here, without the figures. */
  private values = new Float64Array(0);
  private buildingValues: number[] | undefined = [];
  length = 0;

  constructor() {
    this.columns = Object.fromEntries(COLUMNS.map((c) => [c, new Uint32Array(0)])) as Record<Column, Uint32Array>;
  }

  private number(s: string | null): number {
    if (s === null) return 0;
    let n = this.numbers.get(s);
    if (n === undefined) {
      n = this.strings.length;
      this.strings.push(s);
      this.numbers.set(s, n);
    }
    return n;
  }

  /** The number of a string, or -1 when no row has it (a filter on it selects nothing). */
  codeOf(s: string): number {
    return this.numbers.get(s) ?? -1;
  }

  add(row: { reportId: string; key: string; topicId: string | null; measureId: string | null; unit: string; qualifier: string; sectionId: string | null; spanStart: number; spanEnd: number; value: number }): void {
    const b = this.building!;
    b.report.push(this.number(row.reportId));
    b.key.push(this.number(row.key));
    b.topic.push(this.number(row.topicId));
    b.measure.push(this.number(row.measureId));
    b.unit.push(this.number(row.unit));
    b.qualifier.push(this.number(row.qualifier));
    b.section.push(this.number(row.sectionId));
    b.spanStart.push(row.spanStart);
    b.spanEnd.push(row.spanEnd);
    this.buildingValues!.push(row.value);
    this.length++;
  }

  /** Done adding: the columns become typed arrays. */
  seal(): this {
    for (const c of COLUMNS) this.columns[c] = Uint32Array.from(this.building![c]);
    this.values = Float64Array.from(this.buildingValues!);
    this.building = undefined;
    this.buildingValues = undefined;
    return this;
  }

  value(row: number): number {
    return this.values[row];
  }

  span(row: number): { start: number; end: number } {
    return { start: this.columns.spanStart[row], end: this.columns.spanEnd[row] };
  }

  code(column: Exclude<Column, 'spanStart' | 'spanEnd'>, row: number): number {
    return this.columns[column][row];
  }

  text(column: Exclude<Column, 'spanStart' | 'spanEnd'>, row: number): string | null {
    return this.strings[this.columns[column][row]];
  }

  reportId(row: number): string {
    return this.strings[this.columns.report[row]]!;
  }

  figureId(row: number): string {
    return `${this.reportId(row)}/${this.strings[this.columns.key[row]]}`;
  }

  /** The paging order: report id, then offset in the text (the stored sort key). */
  sortKey(row: number): string {
    return `${this.reportId(row)}:${String(this.columns.spanStart[row]).padStart(9, '0')}`;
  }
}

interface RawRow {
  report_id: string;
  key: string;
  topic_id: string | null;
  measure_id: string | null;
  unit: string;
  qualifier: string;
  section_id: string | null;
  span_start: number;
  span_end: number;
  value: number;
}

/** Bytes of row selections (and their keys) a catalog keeps: 500,000 rows of 4 bytes. */
export const SELECTION_CACHE_BYTES = 2 * 2 ** 20;

/** Figures a catalog keeps cited (a few hundred bytes each, with their quotes). */
export const CITED_FIGURES = 500;

/**
 * Reports whose figure rows are read from the database at once: bounds the memory of a load. About
 * 2,000 rows (a megabyte of row objects and their strings): small enough that they die in V8's
 * young generation; batches of 100 reports were promoted to the old one, and a hub at 1,000 reports
 * started with some 40 MB more resident memory.
 */
const LOAD_CHUNK = 20;

export class HubCatalog {
  readonly reportById: Map<string, Report>;
  readonly topicById: Map<string, Topic>;
  readonly measureById: Map<string, Measure>;
  /** Each report's rows: [start, end) in the figure table. */
  readonly rowRange = new Map<string, [number, number]>();
  /**
   * Selections of rows by filter, so a repeated list query does not rescan. Bounded in bytes, the
   * key's as well as the rows': keys are built from what clients send.
   */
  readonly selections = new LRUCache<string, Uint32Array>({ maxSize: SELECTION_CACHE_BYTES, sizeCalculation: (rows, key) => rows.byteLength + key.length * 2 + 100 });
  /**
   * Figures cited without their reports' details (the top of a ranking across reports), as read
   * from the database: a ranking asked again cites them without reading them again.
   */
  readonly cited = new LRUCache<string, Metric>({ max: CITED_FIGURES });

  constructor(
    readonly version: string,
    readonly reports: Report[],
    readonly figures: FigureTable,
    readonly topics: Topic[],
    readonly measures: Measure[],
  ) {
    this.reportById = new Map(reports.map((r) => [r.id, r]));
    this.topicById = new Map(topics.map((t) => [t.id, t]));
    this.measureById = new Map(measures.map((m) => [m.id, m]));
    for (let i = 0; i < figures.length;) {
      const report = figures.code('report', i);
      let end = i;
      while (end < figures.length && figures.code('report', end) === report) end++;
      this.rowRange.set(figures.reportId(i), [i, end]);
      i = end;
    }
  }

  static async load(em: EntityManager, version: string): Promise<HubCatalog> {
    const fork = em.fork();
    const [reports, topics, measures] = await Promise.all([
      // The text is a lazy property: it stays in the database until a report's details are loaded.
      fork.find(Report, {}, { orderBy: { region: 'asc', year: 'asc' } }),
      fork.find(Topic, {}, { orderBy: { id: 'asc' } }),
      fork.find(Measure, {}, { orderBy: { id: 'asc' } }),
    ]);
    fork.clear();
    const table = new FigureTable();
    const ids = reports.map((r) => r.id).sort(compareReportIds);
    for (let at = 0; at < ids.length; at += LOAD_CHUNK) {
      const chunk = ids.slice(at, at + LOAD_CHUNK);
      const order = new Map(chunk.map((id, i) => [id, i]));
      const raw = await em.getConnection().execute(
        `select report_id, key, topic_id, measure_id, unit, qualifier, section_id, span_start, span_end, value from metric where report_id in (${chunk.map(() => '?').join(', ')})`,
        chunk,
      ) as RawRow[];
      raw.sort((a, b) => order.get(a.report_id)! - order.get(b.report_id)! || Number(a.span_start) - Number(b.span_start));
      for (const r of raw) {
        table.add({ reportId: r.report_id, key: r.key, topicId: r.topic_id, measureId: r.measure_id, unit: r.unit, qualifier: r.qualifier, sectionId: r.section_id, spanStart: Number(r.span_start), spanEnd: Number(r.span_end), value: Number(r.value) });
      }
    }
    return new HubCatalog(version, reports.map(detach), table.seal(), topics.map(detach), measures.map(detach));
  }
}
