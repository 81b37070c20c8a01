/**
 * One report's details — its text, figures, sections and cited documents — indexed for every
 * lookup the API makes. Loaded from the database in one batch of indexed queries (by report id)
 * the first time a request needs the report, and kept in a bounded per-process cache
 * (hub-cache.ts), so the memory a process uses does not grow with the number of reports held.
 */
import type { EntityManager } from '@mikro-orm/core';
import { Document, Metric, Section, type InvariantCheck, type Report } from '../model/index.js';
import { detach } from './detach.js';

function groupBy<T>(items: readonly T[], key: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    let list = groups.get(k);
    if (!list) groups.set(k, (list = []));
    list.push(item);
  }
  return groups;
}

interface LazyColumns {
  id: string;
  text: string;
  /** JSON: text from SQLite, already parsed from PostgreSQL. */
  warnings: unknown;
  checks: unknown;
}

const json = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;

export class ReportData {
  readonly metricById: Map<string, Metric>;
  readonly metricsBySection: Map<string, Metric[]>;
  readonly partsByTotal: Map<string, Metric[]>;
  readonly sectionById: Map<string, Section>;
  readonly childrenByParent: Map<string, Section[]>;

  constructor(
    readonly report: Report,
    readonly text: string,
    /** What ingest found worth a look, and its consistency checks (lazy columns of the report). */
    readonly warnings: string[],
    readonly checks: InvariantCheck[],
    /** In text order. */
    readonly metrics: Metric[],
    readonly sections: Section[],
    readonly documents: Document[],
  ) {
    this.metricById = new Map(metrics.map((m) => [m.id, m]));
    this.metricsBySection = groupBy(metrics, (m) => m.sectionId);
    this.partsByTotal = groupBy(metrics, (m) => m.partOfId);
    this.sectionById = new Map(sections.map((s) => [s.id, s]));
    this.childrenByParent = groupBy(sections, (s) => s.parentId);
  }

  /** The details of some reports, in four queries whatever their number. */
  static async load(em: EntityManager, reports: Report[]): Promise<ReportData[]> {
    if (!reports.length) return [];
    const ids = reports.map((r) => r.id);
    const fork = em.fork();
    const marks = ids.map(() => '?').join(', ');
    const [texts, loadedMetrics, loadedSections, loadedDocuments] = await Promise.all([
      fork.getConnection().execute(`select id, text, warnings, checks from report where id in (${marks})`, ids) as Promise<LazyColumns[]>,
      // The search text is only searched, in the database (HubQueries.metrics): not kept here.
      fork.find(Metric, { reportId: { $in: ids } }, { orderBy: { sortKey: 'asc' }, exclude: ['searchText'] }),
      fork.find(Section, { reportId: { $in: ids } }, { orderBy: { reportId: 'asc', position: 'asc' } }),
      fork.find(Document, { reportId: { $in: ids } }, { orderBy: { reportId: 'asc', position: 'asc' } }),
    ]);
    // The loading unit of work is dropped: the entities stay as plain, never-flushed objects.
    fork.clear();
    const metrics = loadedMetrics.map((m) => detach(m as Metric));
    const sections = loadedSections.map(detach);
    const documents = loadedDocuments.map(detach);
    // Figures of one sentence share its quote: one string, not one per figure.
    const quotes = new Map<string, string>();
    for (const m of metrics) {
      const known = quotes.get(m.quote);
      if (known === undefined) quotes.set(m.quote, m.quote);
      else m.quote = known;
    }
    const text = new Map(texts.map((t) => [t.id, t]));
    const metricsOf = groupBy(metrics, (m) => m.reportId);
    const sectionsOf = groupBy(sections, (s) => s.reportId);
    const documentsOf = groupBy(documents, (d) => d.reportId);
    // A report deleted since the catalog was read has no text row: it is left out.
    return reports.filter((r) => text.has(r.id)).map((r) => {
      const row = text.get(r.id)!;
      return new ReportData(r, row.text, json(row.warnings), json(row.checks),
        metricsOf.get(r.id) ?? [], sectionsOf.get(r.id) ?? [], documentsOf.get(r.id) ?? []);
    });
  }
}
