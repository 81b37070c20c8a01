/**
 * The one query service over the hub's data. GraphQL resolvers and (later) the ask pipeline both
 * read through it, so a figure served one way is the figure served the other.
 */
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { UserInputError } from '../errors.js';
import { Document, Measure, Metric, Qualifier, Report, Section, SectionKind, SectionRole, Topic, UnansweredQuestion, ConversationTurn, DataVersion, DATA_VERSION_ROW, LabelSuggestion } from '../model/index.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { measureKey, officialRegionName, topicKey } from './names.js';

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

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

export class HubQueries {
  constructor(private readonly em: EntityManager) {}

  /** A region name as people write it (赫章, Ziyun) → the name reports are stored under. */
  private async regionName(name: string): Promise<string> {
    const listed = officialRegionName(name);
    if (listed !== name.trim()) return listed;
    // Not a listed name: match the short forms of the regions of the reports held.
    const held = await this.em.find(Report, {}, { fields: ['region'] });
    return officialRegionName(name, held.map((r) => r.region));
  }

  private async reportWhere(scope: ReportScope): Promise<FilterQuery<Report>> {
    const where: Record<string, unknown> = {};
    if (scope.reportId) where.id = scope.reportId;
    if (scope.region) where.region = await this.regionName(scope.region);
    if (scope.year != null) where.year = scope.year;
    return where as FilterQuery<Report>;
  }

  async reports(scope: ReportScope = {}): Promise<Report[]> {
    return this.em.find(Report, await this.reportWhere(scope), { orderBy: { region: 'asc', year: 'asc' } });
  }

  async reportsByIds(ids: readonly string[]): Promise<Report[]> {
    return this.em.find(Report, { id: { $in: [...ids] } });
  }

  async reportTexts(ids: readonly string[]): Promise<Map<string, string>> {
    const rows = await this.em.find(Report, { id: { $in: [...ids] } }, { fields: ['id', 'text'] });
    return new Map(rows.map((r) => [r.id, r.text]));
  }

  /** Report ids in a scope, or undefined when the scope is empty (all reports). */
  private async scopedReportIds(scope: ReportScope): Promise<string[] | undefined> {
    if (!scope.reportId && !scope.region && scope.year == null) return undefined;
    if (scope.reportId && !scope.region && scope.year == null) return [scope.reportId];
    const rows = await this.em.find(Report, await this.reportWhere(scope), { fields: ['id'] });
    return rows.map((r) => r.id);
  }

  async topics(): Promise<Topic[]> {
    return this.em.find(Topic, {}, { orderBy: { id: 'asc' } });
  }

  async topicsByIds(ids: readonly string[]): Promise<Topic[]> {
    return this.em.find(Topic, { id: { $in: [...ids] } });
  }

  async measures(): Promise<Measure[]> {
    return this.em.find(Measure, {}, { orderBy: { id: 'asc' } });
  }

  async measuresByIds(ids: readonly string[]): Promise<Measure[]> {
    return this.em.find(Measure, { id: { $in: [...ids] } });
  }

  private async metricWhere(query: MetricQuery): Promise<FilterQuery<Metric> | null> {
    const and: FilterQuery<Metric>[] = [];
    const reportIds = await this.scopedReportIds(query);
    if (reportIds) {
      if (reportIds.length === 0) return null;
      and.push({ reportId: { $in: reportIds } });
    }
    if (query.topic) {
      const key = topicKey(query.topic);
      if (!key) throw new UserInputError(`unknown topic "${query.topic}"; the topics query lists them`, 'topic');
      and.push({ topicId: key });
    }
    if (query.measure) {
      const key = measureKey(query.measure);
      if (!key) throw new UserInputError(`unknown measure "${query.measure}"; the measures query lists them`, 'measure');
      and.push({ measureId: key });
    }
    if (query.sectionId) {
      and.push({ $or: [{ sectionId: query.sectionId }, { sectionId: { $like: `${escapeLike(query.sectionId)}.%` } }] });
    }
    if (query.unit) and.push({ unit: query.unit });
    if (query.qualifier) and.push({ qualifier: query.qualifier });
    if (query.ids) and.push({ id: { $in: query.ids } });
    for (const word of (query.search ?? '').toLowerCase().split(/\s+/).filter(Boolean)) {
      and.push({ searchText: { $like: `%${escapeLike(word)}%` } });
    }
    return and.length ? { $and: and } : {};
  }

  async metrics(query: MetricQuery = {}, page: Page = {}): Promise<MetricPage> {
    const first = page.first ?? DEFAULT_PAGE_SIZE;
    if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
      throw new UserInputError(`first must be between 0 and ${MAX_PAGE_SIZE}, got ${first}`, 'first');
    }
    const after = page.after ? decodeCursor(page.after) : undefined;
    const where = await this.metricWhere(query);
    if (!where) return { nodes: [], cursors: [], totalCount: 0, hasNextPage: false, hasPreviousPage: false };
    const paged = after ? { $and: [where, { sortKey: { $gt: after } }] } : where;
    const [rows, totalCount] = await Promise.all([
      this.em.find(Metric, paged as FilterQuery<Metric>, { orderBy: { sortKey: 'asc' }, limit: first + 1 }),
      this.em.count(Metric, where),
    ]);
    const nodes = rows.slice(0, first);
    return {
      nodes,
      cursors: nodes.map((m) => encodeCursor(m.sortKey)),
      totalCount,
      hasNextPage: rows.length > first,
      hasPreviousPage: after !== undefined,
    };
  }

  /** Every figure of the reports in scope, in report order (for building the question index). */
  async allMetrics(scope: ReportScope = {}): Promise<Metric[]> {
    const reportIds = await this.scopedReportIds(scope);
    return this.em.find(Metric, reportIds ? { reportId: { $in: reportIds } } : {}, { orderBy: { sortKey: 'asc' } });
  }

  /** Goes up with every change to reports or labels (see DataVersion): per-process caches key on it. */
  async dataVersion(): Promise<string> {
    const row = await this.em.findOne(DataVersion, { id: DATA_VERSION_ROW }, { disableIdentityMap: true });
    return String(row?.version ?? 0);
  }

  async labelSuggestions(filter: { reportId?: string | null; status?: string | null }): Promise<LabelSuggestion[]> {
    const where: Record<string, unknown> = {};
    if (filter.reportId) where.reportId = filter.reportId;
    if (filter.status) where.status = filter.status;
    return this.em.find(LabelSuggestion, where, { orderBy: { id: 'asc' } });
  }

  async metricsByIds(ids: readonly string[]): Promise<Metric[]> {
    return this.em.find(Metric, { id: { $in: [...ids] } });
  }

  async metricsOfSections(sectionIds: readonly string[]): Promise<Metric[]> {
    return this.em.find(Metric, { sectionId: { $in: [...sectionIds] } }, { orderBy: { sortKey: 'asc' } });
  }

  async partsOf(totalIds: readonly string[]): Promise<Metric[]> {
    return this.em.find(Metric, { partOfId: { $in: [...totalIds] } }, { orderBy: { sortKey: 'asc' } });
  }

  async sections(scope: ReportScope & { kind?: SectionKind | null; role?: SectionRole | null }): Promise<Section[]> {
    const reportIds = await this.scopedReportIds(scope);
    const where: Record<string, unknown> = {};
    if (reportIds) where.reportId = { $in: reportIds };
    if (scope.kind) where.kind = scope.kind;
    if (scope.role) where.role = scope.role;
    return this.em.find(Section, where as FilterQuery<Section>, { orderBy: { reportId: 'asc', position: 'asc' } });
  }

  async sectionsByIds(ids: readonly string[]): Promise<Section[]> {
    return this.em.find(Section, { id: { $in: [...ids] } });
  }

  async sectionsOfReports(reportIds: readonly string[]): Promise<Section[]> {
    return this.em.find(Section, { reportId: { $in: [...reportIds] } }, { orderBy: { position: 'asc' } });
  }

  async childrenOf(parentIds: readonly string[]): Promise<Section[]> {
    return this.em.find(Section, { parentId: { $in: [...parentIds] } }, { orderBy: { position: 'asc' } });
  }

  async documents(scope: ReportScope = {}): Promise<Document[]> {
    const reportIds = await this.scopedReportIds(scope);
    const where = reportIds ? { reportId: { $in: reportIds } } : {};
    return this.em.find(Document, where, { orderBy: { reportId: 'asc', position: 'asc' } });
  }

  async documentsOfReports(reportIds: readonly string[]): Promise<Document[]> {
    return this.em.find(Document, { reportId: { $in: [...reportIds] } }, { orderBy: { position: 'asc' } });
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
