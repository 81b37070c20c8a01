/**
 * Running a StructuredQuery on the query service — the same one the GraphQL resolvers use. The
 * executor is the only source of numbers in an answer: derived values (sums, differences, ratios)
 * are computed here from stored figures, with the formula that produced them.
 */
import { parseDigitsOrNumeral } from '../vocabulary/numbers.js';
import { UserInputError } from '../errors.js';
import { Qualifier, type Document, type Metric, type Report, type Section } from '../model/index.js';
import type { HubQueries } from '../query/hub-queries.js';
import { derivedRates, type DerivedRate } from '../query/rates.js';
import { comparableUnits } from './parse/comparable.js';
import { headlineRates, itemsOf, keyFigures } from '../query/headlines.js';
import { executeAcross, type AcrossOutcome } from './execute-across.js';
import type { StructuredQuery, UnanswerableReason } from './structured-query.js';

export interface Derivation {
  /** The operands, in the order the formula uses them. */
  operands: Metric[];
  operator: '+' | '−' | '÷';
  result: number;
  qualifier: Qualifier;
}

export type Outcome =
  | { op: 'lookup'; metrics: Metric[]; reports: Map<string, Report> }
  | { op: 'sum' | 'difference' | 'ratio'; derivation: Derivation; unit: string; reports: Map<string, Report> }
  | { op: 'compare'; metrics: Metric[]; largest: Metric; reports: Map<string, Report> }
  | { op: 'breakdown'; total: Metric; parts: Metric[]; reports: Map<string, Report> }
  | { op: 'sections'; role: string; sections: Section[]; texts: Map<string, string>; reports: Map<string, Report> }
  | { op: 'documents'; documents: Document[]; near?: Metric; texts: Map<string, string>; reports: Map<string, Report> }
  | { op: 'metadata'; field: 'publisher' | 'publishedOn' | 'title' | 'region' | 'year'; report: Report; text: string; reports: Map<string, Report> }
  | { op: 'passage'; report: Report; text: string; start: number; end: number; ordinal?: { value: number; start: number; end: number }; reports: Map<string, Report> }
  | { op: 'overview'; topics: { topicId: string; metrics: Metric[]; rates: DerivedRate[] }[]; reports: Map<string, Report> }
  | SummaryOutcome
  | { op: 'none'; reason: UnanswerableReason; nearest: Metric[]; reports: Map<string, Report>; /** The place or year asked of that the hub holds nothing for. */ place?: string;
      /** The report in scope that does not state the figure (NOT_IN_REPORT). */ lacking?: Report }
  | AcrossOutcome;

/** What a whole report says: the parts of it the hub holds, each empty when the report has none. */
export interface SummaryOutcome {
  op: 'summary';
  report: Report;
  /** The report's text, for quoting its title and headings. */
  text: string;
  /** Top-level sections, in report order. */
  outline: Section[];
  /** Headline figures by the brief's rule (server/query/headlines.ts keyFigures). */
  figures: Metric[];
  /** Rates the report's figures imply (not stated), the headline topics' first. */
  rates: DerivedRate[];
  /** The lines of 存在的问题 and of 下一步. */
  problems: Section[];
  nextSteps: Section[];
  reports: Map<string, Report>;
}

/** An overview lists at most this many figures of each topic. */
export const MAX_OVERVIEW_FIGURES = 30;

/** One decimal place for percentages: 36 ÷ 39 = 92.3%. */
export const roundPercent = (x: number) => Math.round(x * 1000) / 10;

/** The qualifier of a derived value: "more than" if any operand is only a lower bound. */
function combinedQualifier(metrics: Metric[], op: 'sum' | 'difference' | 'ratio'): Qualifier {
  if (metrics.every((m) => m.qualifier === Qualifier.EXACT)) return Qualifier.EXACT;
  if (op === 'sum' && metrics.every((m) => [Qualifier.EXACT, Qualifier.MORE_THAN, Qualifier.AT_LEAST].includes(m.qualifier))) {
    return metrics.some((m) => m.qualifier === Qualifier.MORE_THAN) ? Qualifier.MORE_THAN : Qualifier.AT_LEAST;
  }
  return Qualifier.APPROXIMATE;
}


async function metricsIn(queries: HubQueries, ids: string[]): Promise<Metric[]> {
  const found = new Map((await queries.metricsByIds(ids)).map((m) => [m.id, m]));
  const missing = ids.filter((id) => !found.has(id));
  if (missing.length) throw new UserInputError(`unknown metric id: ${missing.join(', ')}`, 'query');
  return ids.map((id) => found.get(id)!);
}

/** Where reports come from: the caller's catalog when it has one, else the query service. */
export type ReportSource = (ids: string[]) => Promise<Report[]>;

export async function execute(query: StructuredQuery, queries: HubQueries, reportSource?: ReportSource): Promise<Outcome> {
  const reportsOf = async (ids: Iterable<string>): Promise<Map<string, Report>> => {
    const unique = [...new Set(ids)];
    if (!unique.length) return new Map();
    return new Map((await (reportSource ?? ((x) => queries.reportsByIds(x)))(unique)).map((r) => [r.id, r]));
  };
  switch (query.op) {
    case 'rank':
    case 'reports':
      return executeAcross(query, queries);
    case 'lookup': {
      const metrics = await metricsIn(queries, query.metrics);
      return { op: 'lookup', metrics, reports: await reportsOf(metrics.map((m) => m.reportId)) };
    }
    case 'sum':
    case 'difference':
    case 'ratio': {
      const ids = query.op === 'sum' ? query.metrics
        : query.op === 'difference' ? [query.minuend, query.subtrahend] : [query.numerator, query.denominator];
      const operands = await metricsIn(queries, ids);
      const reports = await reportsOf(operands.map((m) => m.reportId));
      if (query.op === 'ratio') {
        const [numerator, denominator] = operands;
        if (denominator.value === 0) throw new UserInputError('the denominator of the ratio is zero', 'query');
        const result = roundPercent(numerator.value / denominator.value);
        return { op: 'ratio', unit: '%', reports, derivation: { operands, operator: '÷', result, qualifier: combinedQualifier(operands, 'ratio') } };
      }
      const unit = operands[0].unit;
      // Units of one kind (件 and 份 of contracts, 场 and 场次 of lectures) add up as the reports count them.
      if (!operands.every((m) => comparableUnits(m.unit, unit))) {
        throw new UserInputError(`figures in different units cannot be combined: ${operands.map((m) => m.unit).join(', ')}`, 'query');
      }
      const result = query.op === 'sum'
        ? operands.reduce((acc, m) => acc + m.value, 0)
        : operands[0].value - operands[1].value;
      return {
        op: query.op, unit, reports,
        derivation: { operands, operator: query.op === 'sum' ? '+' : '−', result: Math.round(result * 1e6) / 1e6, qualifier: combinedQualifier(operands, query.op) },
      };
    }
    case 'compare': {
      const metrics = await metricsIn(queries, query.metrics);
      const largest = metrics.reduce((a, b) => (b.value > a.value ? b : a));
      return { op: 'compare', metrics, largest, reports: await reportsOf(metrics.map((m) => m.reportId)) };
    }
    case 'breakdown': {
      const [total] = await metricsIn(queries, [query.total]);
      const parts = await queries.partsOf([total.id]);
      return { op: 'breakdown', total, parts, reports: await reportsOf([total.reportId]) };
    }
    case 'sections': {
      const all = await queries.sections({ ...query.scope, role: query.role as Section['role'] });
      const parents = new Set(all.map((s) => s.parentId));
      // The items themselves: the sections of that role that have no children of their own.
      const sections = all.filter((s) => !parents.has(s.id) && s.parentId !== null);
      const reports = await reportsOf(sections.map((s) => s.reportId));
      return { op: 'sections', role: query.role, sections, texts: await queries.reportTexts([...reports.keys()]), reports };
    }
    case 'documents': {
      let documents = await queries.documents(query.scope);
      if (query.ids) documents = documents.filter((d) => query.ids!.includes(d.id));
      let near: Metric | undefined;
      if (query.near) {
        [near] = await metricsIn(queries, [query.near]);
        const at = near;
        documents = documents.filter((d) => d.reportId === at.reportId && d.spanStart >= at.quoteStart && d.spanEnd <= at.quoteEnd);
      }
      const reports = await reportsOf(documents.map((d) => d.reportId));
      return { op: 'documents', documents, near, texts: await queries.reportTexts([...reports.keys()]), reports };
    }
    case 'metadata': {
      const [report] = await queries.reports(query.scope);
      if (!report) throw new UserInputError('no report in that scope', 'query');
      const text = (await queries.reportTexts([report.id])).get(report.id) ?? '';
      return { op: 'metadata', field: query.field, report, text, reports: new Map([[report.id, report]]) };
    }
    case 'passage': {
      const reports = await reportsOf([query.reportId]);
      const report = reports.get(query.reportId);
      const text = (await queries.reportTexts([query.reportId])).get(query.reportId);
      if (!report || text === undefined || query.end > text.length) throw new UserInputError('no such passage', 'query');
      const ordinal = query.ordinal ? ordinalAt(text, query.ordinal) : undefined;
      if (query.ordinal && !ordinal) throw new UserInputError('no ordinal (第N) at that span', 'query');
      return { op: 'passage', report, text: text.slice(query.start, query.end), start: query.start, end: query.end, ...(ordinal ? { ordinal } : {}), reports };
    }
    case 'overview': {
      const { topic: _ignored, ...scope } = query.scope;
      const all = await queries.allMetrics(scope);
      const topics = query.topics.map((topicId) => {
        const metrics = all.filter((m) => m.topicId === topicId).slice(0, MAX_OVERVIEW_FIGURES);
        // Rates within each report: a funnel is one report's.
        const byReport = new Map<string, Metric[]>();
        for (const m of metrics) byReport.set(m.reportId, [...(byReport.get(m.reportId) ?? []), m]);
        return { topicId, metrics, rates: [...byReport.values()].flatMap((ms) => derivedRates(ms)) };
      });
      return { op: 'overview', topics, reports: await reportsOf(topics.flatMap((t) => t.metrics.map((m) => m.reportId))) };
    }
    case 'summary': {
      const { topic: _ignored, ...scope } = query.scope;
      const [report, ...others] = scope.reportId ? [...(await reportsOf([scope.reportId])).values()] : await queries.reports(scope);
      if (!report) throw new UserInputError('no report in that scope', 'query');
      // One report is summarised; which one, among several, is the asker's choice (the parser's CLARIFY).
      if (others.length) throw new UserInputError('several reports in that scope: give scope.reportId', 'query');
      const [sections, metrics, texts] = await Promise.all([
        queries.sectionsOfReports([report.id]), queries.allMetrics({ reportId: report.id }), queries.reportTexts([report.id]),
      ]);
      const figures = keyFigures(metrics);
      return {
        op: 'summary', report, text: texts.get(report.id) ?? '',
        outline: sections.filter((s) => s.parentId === null).sort((a, b) => a.spanStart - b.spanStart),
        figures,
        rates: headlineRates(metrics, figures),
        problems: itemsOf(sections, 'PROBLEM'),
        nextSteps: itemsOf(sections, 'RECOMMENDATION'),
        reports: new Map([[report.id, report]]),
      };
    }
    case 'none': {
      const nearest = query.nearest.length ? await metricsIn(queries, query.nearest) : [];
      const place = query.reason === 'NO_SUCH_REGION' ? query.scope.region : query.reason === 'NO_SUCH_PERIOD' && query.scope.year ? String(query.scope.year) : undefined;
      const reports = await reportsOf([...nearest.map((m) => m.reportId), ...(query.reason === 'NOT_IN_REPORT' && query.scope.reportId ? [query.scope.reportId] : [])]);
      const lacking = query.reason === 'NOT_IN_REPORT' && query.scope.reportId ? reports.get(query.scope.reportId) : undefined;
      return { op: 'none', reason: query.reason, nearest, reports, ...(place ? { place } : {}), ...(lacking ? { lacking } : {}) };
    }
  }
}

/** The number a 第N states at a span of the report (第4, 第五十六): as the report writes it, in digits. */
function ordinalAt(text: string, span: { start: number; end: number }): { value: number; start: number; end: number } | undefined {
  const m = /^第\s*([0-9]+|[〇零一二两三四五六七八九十百千]+)$/.exec(text.slice(span.start, span.end));
  if (!m) return undefined;
  const value = parseDigitsOrNumeral(m[1]);
  return Number.isFinite(value) ? { value, ...span } : undefined;
}
