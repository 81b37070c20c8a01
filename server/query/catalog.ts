/**
 * The small, always-loaded part of the hub's data: the reports (without their text), topics,
 * measures, and one compact row per figure — enough to select and count figures across every
 * report without holding the figures themselves. At 1,000 reports that is about 90,000 rows of a
 * few interned strings each; the figures' labels, quotes and sections are in the per-report cache.
 */
import type { EntityManager } from '@mikro-orm/core';
import { LRUCache } from 'lru-cache';
import { Measure, Report, Topic } from '../model/index.js';

/** What `metrics` filters on, per figure. The figure itself is `${reportId}/${key}`. */
export interface FigureRow {
  readonly reportId: string;
  readonly key: string;
  readonly topicId: string | null;
  readonly measureId: string | null;
  readonly unit: string;
  readonly qualifier: string;
  readonly sectionId: string | null;
  readonly spanStart: number;
}

export const figureId = (row: FigureRow) => `${row.reportId}/${row.key}`;
/** The paging order: report id, then offset in the text (the stored sort key). */
export const sortKeyOf = (row: FigureRow) => `${row.reportId}:${String(row.spanStart).padStart(9, '0')}`;
/** Every stored id (figure, section, document) starts with its report's id. */
export const reportIdOf = (id: string) => id.slice(0, Math.max(0, id.indexOf('/')));
/** Reports in sort-key order: `a:` against `b:`, as the sort keys compare (not the database's collation). */
export const compareReportIds = (a: string, b: string) => (a === b ? 0 : `${a}:` < `${b}:` ? -1 : 1);

interface RawRow {
  report_id: string;
  key: string;
  topic_id: string | null;
  measure_id: string | null;
  unit: string;
  qualifier: string;
  section_id: string | null;
  span_start: number;
}

export class HubCatalog {
  readonly reportById: Map<string, Report>;
  readonly topicById: Map<string, Topic>;
  readonly measureById: Map<string, Measure>;
  /** Each report's rows: [start, end) in `rows`, which are in sort-key order. */
  readonly rowRange = new Map<string, [number, number]>();
  /** Selections of figures by filter, so a repeated list query does not rescan; bounded in rows held. */
  readonly selections = new LRUCache<string, readonly FigureRow[]>({ maxSize: 200_000, sizeCalculation: (rows) => rows.length + 1 });

  constructor(
    readonly version: string,
    readonly reports: Report[],
    readonly rows: FigureRow[],
    readonly topics: Topic[],
    readonly measures: Measure[],
  ) {
    this.reportById = new Map(reports.map((r) => [r.id, r]));
    this.topicById = new Map(topics.map((t) => [t.id, t]));
    this.measureById = new Map(measures.map((m) => [m.id, m]));
    for (let i = 0; i < rows.length;) {
      const reportId = rows[i].reportId;
      let end = i;
      while (end < rows.length && rows[end].reportId === reportId) end++;
      this.rowRange.set(reportId, [i, end]);
      i = end;
    }
  }

  rowsOf(reportId: string): readonly FigureRow[] {
    const range = this.rowRange.get(reportId);
    return range ? this.rows.slice(range[0], range[1]) : [];
  }

  static async load(em: EntityManager, version: string): Promise<HubCatalog> {
    const fork = em.fork();
    const [reports, raw, topics, measures] = await Promise.all([
      // The text is a lazy property: it stays in the database until a report's details are loaded.
      fork.find(Report, {}, { orderBy: { region: 'asc', year: 'asc' } }),
      fork.getConnection().execute('select report_id, key, topic_id, measure_id, unit, qualifier, section_id, span_start from metric') as Promise<RawRow[]>,
      fork.find(Topic, {}, { orderBy: { id: 'asc' } }),
      fork.find(Measure, {}, { orderBy: { id: 'asc' } }),
    ]);
    fork.clear();
    // The same few hundred keys, topics and units recur in every report: one string each.
    const strings = new Map<string, string>();
    const intern = <T extends string | null>(s: T): T => {
      if (s === null) return s;
      const known = strings.get(s);
      if (known !== undefined) return known as T;
      strings.set(s, s);
      return s;
    };
    raw.sort((a, b) => compareReportIds(a.report_id, b.report_id) || Number(a.span_start) - Number(b.span_start));
    const rows = raw.map((r): FigureRow => ({
      reportId: intern(r.report_id),
      key: intern(r.key),
      topicId: intern(r.topic_id),
      measureId: intern(r.measure_id),
      unit: intern(r.unit),
      qualifier: intern(r.qualifier),
      sectionId: intern(r.section_id),
      spanStart: Number(r.span_start),
    }));
    return new HubCatalog(version, reports, rows, topics, measures);
  }
}
