/**
 * The one query service over the hub's data. GraphQL resolvers, ask and the MCP tools all read
 * through it, so a figure served one way is the figure served the other. Reads come from the
 * process's cache of the data (see hub-cache.ts), not the ORM per request; the logs (unanswered
 * questions, conversations, label suggestions) are read and written in the database.
 */
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import { UserInputError } from '../errors.js';
import { AnswerFeedback, Document as DocumentEntity, Metric as MetricEntity, LabelSuggestion, Section, UnansweredQuestion, type Document, type Measure, type Metric, type Qualifier, type Report, type SectionKind, type SectionRole, type Topic } from '../model/index.js';
import { askLogOf, type FeedbackEntry, type TurnEntry, type UnansweredEntry } from './ask-log.js';
import { compareReportIds, reportIdOf, type HubCatalog } from './catalog.js';
import { decodeCursor, encodeCursor } from './cursor.js';
import { cachedDetails, currentCatalog, reportDetails } from './hub-cache.js';
import { detach } from './detach.js';
import { measureKey, officialRegionName, topicKey } from './names.js';
import type { ReportData } from './report-data.js';
import { indicatorById, indicatorsOf, indicatorValues, type Indicator, type IndicatorValue } from './indicators.js';
import { liesIn } from '../vocabulary/divisions.js';

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

const scopeIsEmpty = (scope: ReportScope) => !scope.reportId && !scope.region && scope.year == null;

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 1000;
export const MAX_SEARCH_WORDS = 20;
/** Scopes wider than this many reports list sections and documents from the database, not the cache. */
const CACHED_LIST_REPORTS = 8;

export class HubQueries {
  constructor(private readonly em: EntityManager) {}

  /** The reports, topics, measures and figure rows of the current data version. */
  catalog(): Promise<HubCatalog> {
    return currentCatalog(this.em);
  }

  /** The details (figures, sections, documents, text) of some reports, from the per-process cache. */
  async details(reports: readonly Report[]): Promise<ReportData[]> {
    return reportDetails(this.em, await this.catalog(), reports);
  }

  /** The details of reports by id (unknown ids are left out). */
  detailsOfReports(ids: readonly string[]): Promise<ReportData[]> {
    return this.detailsOfIds(ids.map((id) => `${id}/`));
  }

  /** Details of the reports some ids (of figures, sections, documents) belong to. */
  private async detailsOfIds(ids: readonly string[]): Promise<ReportData[]> {
    const catalog = await this.catalog();
    const reports = [...new Set(ids.map(reportIdOf))].map((id) => catalog.reportById.get(id)).filter((r): r is Report => !!r);
    return reportDetails(this.em, catalog, reports);
  }

  /**
   * The reports a scope selects; a region may be written any way people write it (赫章, Ziyun), at
   * any level: 河南 selects the reports of 浚县 and 鲁山县 (seeds/lexicon/divisions.json).
   */
  private reportsIn(catalog: HubCatalog, scope: ReportScope): Report[] {
    const region = scope.region ? officialRegionName(scope.region, [...new Set(catalog.reports.map((r) => r.region))]) : undefined;
    return catalog.reports.filter((r) => (!scope.reportId || r.id === scope.reportId)
      && (!region || r.region === region || liesIn(r, region)) && (scope.year == null || r.year === scope.year));
  }

  /** The indicators (figures comparable across reports), those of one topic, or those stated in a scope. */
  async indicators(filter: ReportScope & { topic?: string | null } = {}): Promise<Indicator[]> {
    const catalog = await this.catalog();
    const topic = filter.topic ? topicKey(filter.topic) : undefined;
    if (filter.topic && !topic) throw new UserInputError(`unknown topic "${filter.topic}"; the topics query lists them`, 'topic');
    let list = indicatorsOf(catalog).filter((i) => !topic || i.topicId === topic);
    const reportIds = this.scopedReportIds(catalog, filter);
    if (reportIds) {
      const inScope = new Set(reportIds);
      list = list.filter((i) => indicatorValues(catalog, i.id, inScope).length);
    }
    return list;
  }

  async indicator(id: string): Promise<Indicator | undefined> {
    return indicatorById(await this.catalog(), id);
  }

  /**
   * One indicator across the reports of a scope: every figure stating it, and the reports in scope
   * that do not (not stated is not zero).
   */
  async indicatorAcross(id: string, scope: ReportScope = {}): Promise<{ values: IndicatorValue[]; notStated: Report[] }> {
    const catalog = await this.catalog();
    if (!indicatorById(catalog, id)) throw new UserInputError(`unknown indicator "${id}"; the indicators query lists them`, 'id');
    const reports = this.reportsIn(catalog, scope);
    const values = indicatorValues(catalog, id, scopeIsEmpty(scope) ? undefined : new Set(reports.map((r) => r.id)));
    const stating = new Set(values.map((v) => v.report.id));
    return { values, notStated: reports.filter((r) => !stating.has(r.id)) };
  }

  /** Report ids in a scope, or undefined when the scope is empty (all reports). */
  private scopedReportIds(catalog: HubCatalog, scope: ReportScope): string[] | undefined {
    if (scopeIsEmpty(scope)) return undefined;
    return this.reportsIn(catalog, scope).map((r) => r.id).sort(compareReportIds);
  }

  async reports(scope: ReportScope = {}): Promise<Report[]> {
    return this.reportsIn(await this.catalog(), scope);
  }

  async reportsByIds(ids: readonly string[]): Promise<Report[]> {
    const catalog = await this.catalog();
    return ids.map((id) => catalog.reportById.get(id)).filter((r): r is Report => !!r);
  }

  async reportTexts(ids: readonly string[]): Promise<Map<string, string>> {
    return new Map((await this.detailsOfReports(ids)).map((d) => [d.report.id, d.text]));
  }

  async topics(): Promise<Topic[]> {
    return (await this.catalog()).topics;
  }

  async topicsByIds(ids: readonly string[]): Promise<Topic[]> {
    const catalog = await this.catalog();
    return ids.map((id) => catalog.topicById.get(id)).filter((t): t is Topic => !!t);
  }

  async measures(): Promise<Measure[]> {
    return (await this.catalog()).measures;
  }

  async measuresByIds(ids: readonly string[]): Promise<Measure[]> {
    const catalog = await this.catalog();
    return ids.map((id) => catalog.measureById.get(id)).filter((m): m is Measure => !!m);
  }

  /**
   * The figures a query selects, as rows of the catalog's figure table in report order. A selection
   * is kept per filter (until the data changes), so a list paged through or asked again costs the
   * page, not a scan.
   */
  private async select(catalog: HubCatalog, query: MetricQuery): Promise<Uint32Array> {
    const topic = query.topic ? topicKey(query.topic) : undefined;
    if (query.topic && !topic) throw new UserInputError(`unknown topic "${query.topic}"; the topics query lists them`, 'topic');
    const measure = query.measure ? measureKey(query.measure) : undefined;
    if (query.measure && !measure) throw new UserInputError(`unknown measure "${query.measure}"; the measures query lists them`, 'measure');
    const reportIds = this.scopedReportIds(catalog, query);
    const words = (query.search ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    // Each word is a LIKE in one statement; SQLite allows a thousand terms, people use a few.
    if (words.length > MAX_SEARCH_WORDS) throw new UserInputError(`search takes at most ${MAX_SEARCH_WORDS} words, got ${words.length}`, 'search');
    const key = JSON.stringify([reportIds, topic, measure, query.sectionId, query.unit, query.qualifier, words, query.ids]);
    const cached = catalog.selections.get(key);
    if (cached) return cached;

    const t = catalog.figures;
    const ranges = reportIds ? reportIds.map((id) => catalog.rowRange.get(id)).filter((r): r is [number, number] => !!r) : [[0, t.length] as [number, number]];
    // Filters on codes: a value no figure has (code -1) selects nothing.
    const wanted: [Parameters<typeof t.code>[0], number][] = [];
    if (topic) wanted.push(['topic', t.codeOf(topic)]);
    if (measure) wanted.push(['measure', t.codeOf(measure)]);
    if (query.unit) wanted.push(['unit', t.codeOf(query.unit)]);
    if (query.qualifier) wanted.push(['qualifier', t.codeOf(query.qualifier)]);
    const ids = query.ids ? new Set(query.ids) : undefined;
    // Words are looked for in the stored search text (labels, aliases, quote): the catalog holds no text.
    const found = words.length ? await this.idsWithWords(words, reportIds) : undefined;
    const section = query.sectionId;
    const selected: number[] = [];
    for (const [from, to] of ranges) {
      for (let row = from; row < to; row++) {
        if (!wanted.every(([column, code]) => t.code(column, row) === code)) continue;
        if (section) {
          const s = t.text('section', row);
          if (s !== section && !(s?.startsWith(`${section}.`) ?? false)) continue;
        }
        if (ids && !ids.has(t.figureId(row))) continue;
        if (found && !found.has(t.figureId(row))) continue;
        selected.push(row);
      }
    }
    const rows = Uint32Array.from(selected);
    catalog.selections.set(key, rows);
    return rows;
  }

  private async idsWithWords(words: string[], reportIds: string[] | undefined): Promise<Set<string>> {
    if (reportIds && !reportIds.length) return new Set();
    // LIKE with the pattern characters escaped: a search for 100% is a search for the text 100%.
    const clauses = words.map(() => "search_text like ? escape '\\'");
    const params: unknown[] = words.map((w) => `%${w.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    if (reportIds) {
      clauses.push(`report_id in (${reportIds.map(() => '?').join(', ')})`);
      params.push(...reportIds);
    }
    const rows: { id: string }[] = await this.em.getConnection().execute(`select id from metric where ${clauses.join(' and ')}`, params);
    return new Set(rows.map((r) => r.id));
  }

  async metrics(query: MetricQuery = {}, page: Page = {}): Promise<MetricPage> {
    const first = page.first ?? DEFAULT_PAGE_SIZE;
    if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE) {
      throw new UserInputError(`first must be between 0 and ${MAX_PAGE_SIZE}, got ${first}`, 'first');
    }
    const after = page.after ? decodeCursor(page.after) : undefined;
    const catalog = await this.catalog();
    const selected = await this.select(catalog, query);
    // Keyset paging: the first figure past the cursor, found by binary search on the sort key.
    let from = 0;
    if (after !== undefined) {
      let lo = 0;
      let hi = selected.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (catalog.figures.sortKey(selected[mid]) <= after) lo = mid + 1;
        else hi = mid;
      }
      from = lo;
    }
    const rows = [...selected.subarray(from, from + first)];
    const nodes = await this.metricsByIds(rows.map((row) => catalog.figures.figureId(row)));
    return {
      nodes,
      cursors: nodes.map((m) => encodeCursor(m.sortKey)),
      totalCount: selected.length,
      hasNextPage: from + first < selected.length,
      hasPreviousPage: after !== undefined,
    };
  }

  /** Every figure of the reports in scope, in report order. */
  async allMetrics(scope: ReportScope = {}): Promise<Metric[]> {
    const reports = await this.reports(scope);
    return (await this.details(reports)).flatMap((d) => d.metrics);
  }

  /**
   * Goes up with every change to reports or labels (see DataVersion): per-process caches key on it.
   * The catalog's, so the database is asked at most once a second, whoever asks.
   */
  async dataVersion(): Promise<string> {
    return (await this.catalog()).version;
  }

  async labelSuggestions(filter: { reportId?: string | null; status?: string | null }): Promise<LabelSuggestion[]> {
    const where: Record<string, unknown> = {};
    if (filter.reportId) where.reportId = filter.reportId;
    if (filter.status) where.status = filter.status;
    return this.em.find(LabelSuggestion, where, { orderBy: { id: 'asc' } });
  }

  async metricsByIds(ids: readonly string[]): Promise<Metric[]> {
    const details = new Map((await this.detailsOfIds(ids)).map((d) => [d.report.id, d]));
    return ids.map((id) => details.get(reportIdOf(id))?.metricById.get(id)).filter((m): m is Metric => !!m);
  }

  /**
   * Figures by id for citing them (a ranking's sources across many reports): from the cached
   * details when a report is cached, else read by id in one query — without loading, and caching,
   * the whole of every report a ranking cites.
   */
  async metricsToCite(ids: readonly string[]): Promise<Metric[]> {
    const catalog = await this.catalog();
    const found = new Map<string, Metric>();
    const missing: string[] = [];
    for (const id of ids) {
      const cached = cachedDetails(this.em, catalog, reportIdOf(id));
      const metric = cached?.metricById.get(id) ?? catalog.cited.get(id);
      if (metric) found.set(id, metric);
      else if (!cached) missing.push(id);
    }
    if (missing.length) {
      const fork = this.em.fork();
      for (const m of await fork.find(MetricEntity, { id: { $in: missing } })) {
        const metric = detach(m);
        found.set(m.id, metric);
        catalog.cited.set(m.id, metric);
      }
      fork.clear();
    }
    return ids.map((id) => found.get(id)).filter((m): m is Metric => !!m);
  }

  async metricsOfSections(sectionIds: readonly string[]): Promise<Metric[]> {
    const details = new Map((await this.detailsOfIds(sectionIds)).map((d) => [d.report.id, d]));
    return sectionIds.flatMap((id) => details.get(reportIdOf(id))?.metricsBySection.get(id) ?? []);
  }

  async partsOf(totalIds: readonly string[]): Promise<Metric[]> {
    const details = new Map((await this.detailsOfIds(totalIds)).map((d) => [d.report.id, d]));
    return totalIds.flatMap((id) => details.get(reportIdOf(id))?.partsByTotal.get(id) ?? []);
  }

  async sections(scope: ReportScope & { kind?: SectionKind | null; role?: SectionRole | null }): Promise<Section[]> {
    const catalog = await this.catalog();
    const reportIds = this.scopedReportIds(catalog, scope);
    const keep = (s: Section) => (!scope.kind || s.kind === scope.kind) && (!scope.role || s.role === scope.role);
    if (reportIds && reportIds.length <= CACHED_LIST_REPORTS) {
      const details = await reportDetails(this.em, catalog, reportIds.map((id) => catalog.reportById.get(id)!));
      return details.flatMap((d) => d.sections.filter(keep));
    }
    // Many reports' sections: one indexed query rather than every report through the cache.
    const where: FilterQuery<Section> = {};
    if (reportIds) where.reportId = { $in: reportIds };
    if (scope.kind) where.kind = scope.kind;
    if (scope.role) where.role = scope.role;
    const fork = this.em.fork();
    const rows = await fork.find(Section, where, { orderBy: { reportId: 'asc', position: 'asc' } });
    fork.clear();
    return rows.sort((a, b) => compareReportIds(a.reportId, b.reportId) || a.position - b.position);
  }

  async sectionsByIds(ids: readonly string[]): Promise<Section[]> {
    const details = new Map((await this.detailsOfIds(ids)).map((d) => [d.report.id, d]));
    return ids.map((id) => details.get(reportIdOf(id))?.sectionById.get(id)).filter((s): s is Section => !!s);
  }

  async sectionsOfReports(reportIds: readonly string[]): Promise<Section[]> {
    const details = new Map((await this.detailsOfReports(reportIds)).map((d) => [d.report.id, d]));
    return reportIds.flatMap((id) => details.get(id)?.sections ?? []);
  }

  async childrenOf(parentIds: readonly string[]): Promise<Section[]> {
    const details = new Map((await this.detailsOfIds(parentIds)).map((d) => [d.report.id, d]));
    return parentIds.flatMap((id) => details.get(reportIdOf(id))?.childrenByParent.get(id) ?? []);
  }

  async documents(scope: ReportScope = {}): Promise<Document[]> {
    const catalog = await this.catalog();
    const reportIds = this.scopedReportIds(catalog, scope);
    if (reportIds && reportIds.length <= CACHED_LIST_REPORTS) {
      return (await reportDetails(this.em, catalog, reportIds.map((id) => catalog.reportById.get(id)!))).flatMap((d) => d.documents);
    }
    const fork = this.em.fork();
    const rows = await fork.find(DocumentEntity, reportIds ? { reportId: { $in: reportIds } } : {}, { orderBy: { reportId: 'asc', position: 'asc' } });
    fork.clear();
    return rows.sort((a, b) => compareReportIds(a.reportId, b.reportId) || a.position - b.position);
  }

  async documentsOfReports(reportIds: readonly string[]): Promise<Document[]> {
    const details = new Map((await this.detailsOfReports(reportIds)).map((d) => [d.report.id, d]));
    return reportIds.flatMap((id) => details.get(id)?.documents ?? []);
  }

  /** Unanswered questions and conversation turns go through the process's ask log (ask-log.ts). */
  async recordUnanswered(entry: UnansweredEntry): Promise<void> {
    await askLogOf(this.em).recordUnanswered(entry);
  }

  async unanswered(first: number): Promise<UnansweredQuestion[]> {
    return this.em.find(UnansweredQuestion, {}, { orderBy: { id: 'desc' }, limit: first });
  }

  /** A reader's vote on an answer (ask-log.ts writes it). */
  async recordFeedback(entry: FeedbackEntry): Promise<AnswerFeedback> {
    return askLogOf(this.em).recordFeedback(entry);
  }

  /** Votes, newest first, a page at a time: `after` is the id of the last one seen. */
  async feedback(first: number, afterId?: number): Promise<{ nodes: AnswerFeedback[]; totalCount: number; hasNextPage: boolean }> {
    const fork = this.em.fork();
    const where = afterId === undefined ? {} : { id: { $lt: afterId } };
    const [rows, totalCount] = await Promise.all([
      fork.find(AnswerFeedback, where, { orderBy: { id: 'desc' }, limit: first + 1 }),
      fork.count(AnswerFeedback, {}),
    ]);
    fork.clear();
    return { nodes: rows.slice(0, first), totalCount, hasNextPage: rows.length > first };
  }

  /** The last turn of a conversation, as its owner (the client that made it) sees it; nobody else's. */
  async lastTurn(conversationId: string, owner: string): Promise<{ resolvedQuestion: string } | null> {
    return askLogOf(this.em).lastTurn(this.em, conversationId, owner);
  }

  async recordTurn(turn: TurnEntry): Promise<void> {
    await askLogOf(this.em).recordTurn(turn);
  }

  /** Whether the database answers at all: used by /health. */
  async ping(): Promise<void> {
    await this.em.getConnection().execute('select 1');
  }
}
