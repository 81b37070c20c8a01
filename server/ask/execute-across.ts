/**
 * Running the questions across reports: a ranking of the reports in scope by one figure (an
 * indicator from the catalog, or figures chosen per report), and the reports the hub holds. Every
 * report in scope is counted, whatever the hub holds; a report that does not state the figure is
 * listed as not stated, never as zero.
 */
import type { Metric, Qualifier, Report } from '../model/index.js';
import type { HubQueries } from '../query/hub-queries.js';
import type { Indicator } from '../query/indicators.js';
import { topicKey } from '../query/names.js';
import { liesIn } from '../vocabulary/divisions.js';
import { groupReports, type GroupedReports } from './group-reports.js';
import type { AcrossScope, StructuredQuery } from './structured-query.js';

/** How many of a ranking's figures come with their source sentence as facts (the table has them all). */
export const RANKED_FACTS = 10;

export interface RankedValue {
  report: Report;
  metricId: string;
  value: number;
  unit: string;
  qualifier: Qualifier;
  span: { start: number; end: number };
  /** How many figures of the indicator the report states (the largest is ranked: a total before its parts). */
  among: number;
}

export type AcrossOutcome =
  | { op: 'rank'; order: 'desc' | 'asc'; limit?: number; position?: number; place?: string; indicator?: Indicator; ranked: readonly RankedValue[]; notStated: Report[]; metrics: Metric[]; reports: Map<string, Report> }
  | { op: 'reports'; list: Report[]; count: boolean; topic?: string; reports: Map<string, Report>; grouped?: GroupedReports; recency?: 'latest' | 'earliest' };

/** The reports an across scope selects: an area (any level) and year less the places left out, then the places named. */
async function reportsOf(scope: AcrossScope, queries: HubQueries): Promise<Report[]> {
  const all = await queries.reports({ region: scope.area, year: scope.year });
  const inArea = scope.except?.length ? all.filter((r) => !scope.except!.some((p) => r.region === p || liesIn(r, p))) : all;
  if (!scope.regions?.length) return inArea;
  const named = new Set(scope.regions);
  return inArea.filter((r) => named.has(r.region));
}

/** The row a ranking's question asks for: the n-th (第二多), or a named place's (紫云排第几); undefined for the first. */
export function askedRow<T extends { report: Report }>(ranked: readonly T[], query: { position?: number; place?: string }): T | undefined {
  if (query.position) return ranked[query.position - 1];
  if (query.place) return ranked.find((r) => r.report.region === query.place);
  return undefined;
}

const byValue = (order: 'desc' | 'asc') => (a: RankedValue, b: RankedValue) =>
  (order === 'desc' ? b.value - a.value : a.value - b.value) || b.report.year - a.report.year || (a.report.region < b.report.region ? -1 : 1);

/** Per data version (catalog) and indicator and order: every report's value, ranked (the catalog holds the data version). */
const rankings = new WeakMap<object, Map<string, readonly RankedValue[]>>();

/**
 * An indicator across every report the hub holds, ranked: one value per report, the largest it
 * states (a total, not one of its parts). Computed once per data version, indicator and order; a
 * scope is a filter of it, which keeps the order.
 */
async function rankedIndicator(id: string, order: 'desc' | 'asc', queries: HubQueries): Promise<readonly RankedValue[]> {
  const catalog = await queries.catalog();
  let byKey = rankings.get(catalog);
  if (!byKey) rankings.set(catalog, (byKey = new Map()));
  const key = `${id}\n${order}`;
  let ranked = byKey.get(key);
  if (ranked) return ranked;
  const { values } = await queries.indicatorAcross(id, {});
  const best = new Map<string, RankedValue>();
  for (const v of values) {
    const held = best.get(v.report.id);
    if (!held || v.value > held.value) best.set(v.report.id, { ...v, among: (held?.among ?? 0) + 1 });
    else held.among++;
  }
  ranked = [...best.values()].sort(byValue(order));
  byKey.set(key, ranked);
  return ranked;
}

export async function executeAcross(query: Extract<StructuredQuery, { op: 'rank' | 'reports' }>, queries: HubQueries): Promise<AcrossOutcome> {
  const inScope = await reportsOf(query.scope, queries);
  if (query.op === 'reports') {
    let list = inScope;
    const topic = query.topic ? topicKey(query.topic) : undefined;
    if (topic) {
      const catalog = await queries.catalog();
      const t = catalog.figures;
      const code = t.codeOf(topic);
      list = list.filter((r) => {
        const [from, to] = catalog.rowRange.get(r.id) ?? [0, 0];
        for (let row = from; row < to; row++) if (t.code('topic', row) === code) return true;
        return false;
      });
    }
    // The most recent first, or the earliest when that is asked for.
    const byYear = query.recency === 'earliest' ? 1 : -1;
    list = [...list].sort((a, b) => byYear * (a.year - b.year) || (a.region < b.region ? -1 : 1));
    const grouped = query.groupBy ? groupReports(list, query.groupBy, query.groups, query.order) : undefined;
    return { op: 'reports', list, count: query.count, topic, reports: new Map(list.map((r) => [r.id, r])), ...(grouped ? { grouped } : {}), ...(query.recency ? { recency: query.recency } : {}) };
  }

  let ranked: readonly RankedValue[];
  let indicator: Indicator | undefined;
  if (query.indicator) {
    indicator = await queries.indicator(query.indicator);
    const ids = new Set(inScope.map((r) => r.id));
    const all = await rankedIndicator(query.indicator, query.order, queries);
    // Every report in scope (all of them, usually): the ranking as kept, the same array each time.
    ranked = all.every((r) => ids.has(r.report.id)) ? all : all.filter((r) => ids.has(r.report.id));
  } else {
    const metrics = await queries.metricsByIds(query.metrics ?? []);
    const reports = new Map(inScope.map((r) => [r.id, r]));
    ranked = metrics.filter((m) => reports.has(m.reportId)).map((m) => ({
      report: reports.get(m.reportId)!, metricId: m.id, value: m.value, unit: m.unit, qualifier: m.qualifier, span: m.span, among: 1,
    })).sort(byValue(query.order));
  }
  const stating = new Set(ranked.map((r) => r.report.id));
  const notStated = inScope.filter((r) => !stating.has(r.id));
  const shown = query.limit ? ranked.slice(0, query.limit) : ranked;
  // The row asked for (第二多, 紫云排第几) is cited with the first ones, wherever it stands.
  const asked = askedRow(shown, query);
  const cited = shown.slice(0, RANKED_FACTS).map((r) => r.metricId);
  const metrics = await queries.metricsToCite(asked && !cited.includes(asked.metricId) ? [...cited, asked.metricId] : cited);
  return {
    op: 'rank', order: query.order, limit: query.limit, position: query.position, place: query.place, indicator, ranked: shown, notStated, metrics,
    reports: new Map([...ranked.map((r) => r.report), ...notStated].map((r) => [r.id, r])),
  };
}
