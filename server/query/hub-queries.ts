/**
 * The one query service over the hub's data. GraphQL resolvers, ask and the MCP tools all read
 * through it, so a figure served one way is the figure served the other. Reads come from the
 * process's snapshot of the data (see snapshot.ts); the logs (unanswered questions, conversations,
 * label suggestions) are read and written in the database.
 */
import type { EntityManager } from '@mikro-orm/core';
import { UserInputError } from '../errors.js';
import { ConversationTurn, LabelSuggestion, UnansweredQuestion, type Document, type Measure, type Metric, type Qualifier, type Report, type Section, type SectionKind, type SectionRole, type Topic } from '../model/index.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { measureKey, officialRegionName, topicKey } from './names.js';
import { currentSnapshot, type HubSnapshot } from './snapshot.js';

export interface ReportScope {
  reportId?: string | null;
  region?: string | null;
  year?: number | null;
}

export interface MetricQuery extends ReportScope {
  /** Topic key, name or alias (行政复议, administrative-reconsideration). */
  topic?: string | null;
  measure?: string | null;
  /** A section id; figures in its subsections are included. */
  sectionId?: string | null;
  unit?: string | null;
  qualifier?: Qualifier | null;
  /** Words looked for in labels, aliases and quotes. */
  search?: string | null;
  ids?: string[] | null;
}

export interface Page {
  first?: number | null;
  after?: string | null;
}

export interface MetricPage {
  nodes: Metric[];
  cursors: string[];
  totalCount: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 1000;


export class HubQueries {
  constructor(private readonly em: EntityManager) {}

  private snapshot(): Promise<HubSnapshot> {
    return currentSnapshot(this.em);
  }

  /** The reports a scope selects; a region may be written any way people write it (赫章, Ziyun). */
  private reportsIn(snap: HubSnapshot, scope: ReportScope): Report[] {
    const region = scope.region ? officialRegionName(scope.region, [...new Set(snap.reports.map((r) => r.region))]) : undefined;
    return snap.reports.filter((r) => (!scope.reportId || r.id === scope.reportId)
      && (!region || r.region === region) && (scope.year == null || r.year === scope.year));
  }

  /** Report ids in a scope, or undefined when the scope is empty (all reports). */
  private scopedReportIds(snap: HubSnapshot, scope: ReportScope): Set<string> | undefined {
    if (!scope.reportId && !scope.region && scope.year == null) return undefined;
    return new Set(this.reportsIn(snap, scope).map((r) => r.id));
  }

  async reports(scope: ReportScope = {}): Promise<Report[]> {
    return this.reportsIn(await this.snapshot(), scope);
  }

  async reportsByIds(ids: readonly string[]): Promise<Report[]> {
    const snap = await this.snapshot();
    return ids.map((id) => snap.reportById.get(id)).filter((r): r is Report => !!r);
  }

  async reportTexts(ids: readonly string[]): Promise<Map<string, string>> {
    const snap = await this.snapshot();
    const missing = ids.filter((id) => !snap.texts.has(id) && snap.reportById.has(id));
    if (missing.length) {
      const rows = await this.em.getConnection().execute<{ id: string; text: string }[]>(
        `select id, text from report where id in (${missing.map(() => '?').join(', ')})`, missing,
      );
      for (const row of rows) snap.texts.set(row.id, row.text);
    }
    return new Map(ids.filter((id) => snap.texts.has(id)).map((id) => [id, snap.texts.get(id)!]));
  }

  async topics(): Promise<Topic[]> {
    return (await this.snapshot()).topics;
  }

  async topicsByIds(ids: readonly string[]): Promise<Topic[]> {
    const snap = await this.snapshot();
    return ids.map((id) => snap.topicById.get(id)).filter((t): t is Topic => !!t);
  }

  async measures(): Promise<Measure[]> {
    return (await this.snapshot()).measures;
  }

  async measuresByIds(ids: readonly string[]): Promise<Measure[]> {
    const snap = await this.snapshot();
    return ids.map((id) => snap.measureById.get(id)).filter((m): m is Measure => !!m);
  }

  /** The figures a query selects, in report order. */
  private select(snap: HubSnapshot, query: MetricQuery): Metric[] {
    const reportIds = this.scopedReportIds(snap, query);
    let pool: Metric[] = reportIds
      ? [...reportIds].flatMap((id) => snap.metricsByReport.get(id) ?? [])
      : snap.metrics;
    if (reportIds && reportIds.size > 1) pool = pool.sort((a, b) => (a.sortKey < b.sortKey ? -1 : 1));
    const topic = query.topic ? topicKey(query.topic) : undefined;
    if (query.topic && !topic) throw new UserInputError(`unknown topic "${query.topic}"; the topics query lists them`, 'topic');
    const measure = query.measure ? measureKey(query.measure) : undefined;
    if (query.measure && !measure) throw new UserInputError(`unknown measure "${query.measure}"; the measures query lists them`, 'measure');
    const ids = query.ids ? new Set(query.ids) : undefined;
    const words = (query.search ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    const section = query.sectionId;
    return pool.filter((m) => (!topic || m.topicId === topic)
      && (!measure || m.measureId === measure)
      && (!section || m.sectionId === section || (m.sectionId?.startsWith(`${section}.`) ?? false))
      && (!query.unit || m.unit === query.unit)
      && (!query.qualifier || m.qualifier === query.qualifier)
      && (!ids || ids.has(m.id))
      && words.every((w) => m.searchText.includes(w)));
  }

  async metrics(query: MetricQuery = {}, page: Page = {}): Promise<MetricPage> {
    const first = page.first ?? DEFAULT_PAGE_SIZE;
    if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
      throw new UserInputError(`first must be between 0 and ${MAX_PAGE_SIZE}, got ${first}`, 'first');
    }
    const after = page.after ? decodeCursor(page.after) : undefined;
    const selected = this.select(await this.snapshot(), query);
    // Keyset paging: the first figure past the cursor, found by binary search on the sort key.
    let from = 0;
    if (after !== undefined) {
      let lo = 0;
      let hi = selected.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (selected[mid].sortKey <= after) lo = mid + 1;
        else hi = mid;
      }
      from = lo;
    }
    const nodes = selected.slice(from, from + first);
    return {
      nodes,
      cursors: nodes.map((m) => encodeCursor(m.sortKey)),
      totalCount: selected.length,
      hasNextPage: from + first < selected.length,
      hasPreviousPage: after !== undefined,
    };
  }

  /** Every figure of the reports in scope, in report order (for building the question index). */
  async allMetrics(scope: ReportScope = {}): Promise<Metric[]> {
    return this.select(await this.snapshot(), scope);
  }

  /**
   * Goes up with every change to reports or labels (see DataVersion): per-process caches key on it.
   * The snapshot's, so the database is asked at most once a second, whoever asks.
   */
  async dataVersion(): Promise<string> {
    return (await this.snapshot()).version;
  }

  async labelSuggestions(filter: { reportId?: string | null; status?: string | null }): Promise<LabelSuggestion[]> {
    const where: Record<string, unknown> = {};
    if (filter.reportId) where.reportId = filter.reportId;
    if (filter.status) where.status = filter.status;
    return this.em.find(LabelSuggestion, where, { orderBy: { id: 'asc' } });
  }

  async metricsByIds(ids: readonly string[]): Promise<Metric[]> {
    const snap = await this.snapshot();
    return ids.map((id) => snap.metricById.get(id)).filter((m): m is Metric => !!m);
  }

  async metricsOfSections(sectionIds: readonly string[]): Promise<Metric[]> {
    const snap = await this.snapshot();
    return sectionIds.flatMap((id) => snap.metricsBySection.get(id) ?? []);
  }

  async partsOf(totalIds: readonly string[]): Promise<Metric[]> {
    const snap = await this.snapshot();
    return totalIds.flatMap((id) => snap.partsByTotal.get(id) ?? []);
  }

  async sections(scope: ReportScope & { kind?: SectionKind | null; role?: SectionRole | null }): Promise<Section[]> {
    const snap = await this.snapshot();
    const reportIds = this.scopedReportIds(snap, scope);
    return snap.sections.filter((s) => (!reportIds || reportIds.has(s.reportId))
      && (!scope.kind || s.kind === scope.kind) && (!scope.role || s.role === scope.role));
  }

  async sectionsByIds(ids: readonly string[]): Promise<Section[]> {
    const snap = await this.snapshot();
    return ids.map((id) => snap.sectionById.get(id)).filter((s): s is Section => !!s);
  }

  async sectionsOfReports(reportIds: readonly string[]): Promise<Section[]> {
    const snap = await this.snapshot();
    return reportIds.flatMap((id) => snap.sectionsByReport.get(id) ?? []);
  }

  async childrenOf(parentIds: readonly string[]): Promise<Section[]> {
    const snap = await this.snapshot();
    return parentIds.flatMap((id) => snap.childrenByParent.get(id) ?? []);
  }

  async documents(scope: ReportScope = {}): Promise<Document[]> {
    const snap = await this.snapshot();
    const reportIds = this.scopedReportIds(snap, scope);
    return reportIds ? snap.documents.filter((d) => reportIds.has(d.reportId)) : snap.documents;
  }

  async documentsOfReports(reportIds: readonly string[]): Promise<Document[]> {
    const snap = await this.snapshot();
    return reportIds.flatMap((id) => snap.documentsByReport.get(id) ?? []);
  }

  async recordUnanswered(entry: Omit<UnansweredQuestion, 'id'>): Promise<void> {
    await this.em.insert(UnansweredQuestion, entry);
  }

  async unanswered(first: number): Promise<UnansweredQuestion[]> {
    return this.em.find(UnansweredQuestion, {}, { orderBy: { id: 'desc' }, limit: first });
  }

  async lastTurn(conversationId: string): Promise<ConversationTurn | null> {
    return this.em.findOne(ConversationTurn, { conversationId }, { orderBy: { id: 'desc' } });
  }

  async recordTurn(turn: Omit<ConversationTurn, 'id'>): Promise<void> {
    await this.em.insert(ConversationTurn, turn);
  }

  /** Whether the database answers at all: used by /health. */
  async ping(): Promise<void> {
    await this.em.getConnection().execute('select 1');
  }
}
