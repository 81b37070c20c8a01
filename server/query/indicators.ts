/**
 * Indicators: figures of different reports that measure the same thing — the same topic and
 * measure, in units that count the same kind of thing (人/名/位; 个/家/所). Computed on the
 * catalog's figure table, so a ranking across every report the hub holds costs a scan of a few
 * typed arrays, not the reports' details; kept per data version.
 */
import type { Qualifier, Report } from '../model/index.js';
import type { HubCatalog } from './catalog.js';

/** Units that count the same kind of thing: people (人, 名), bodies and places (个, 家, 所), events (场次, 场). */
const UNIT_FAMILIES = [['人', '名', '位'], ['个', '家', '所'], ['场次', '场']];
/** The unit a family of units is known by: 名 → 人. */
export const unitFamily = (unit: string) => UNIT_FAMILIES.find((f) => f.includes(unit))?.[0] ?? unit;
export const sameUnit = (a: string, b: string) => unitFamily(a) === unitFamily(b);

export interface Indicator {
  /** topic.measure:unit, e.g. legal-aid.accepted:件 */
  id: string;
  topicId: string;
  measureId: string;
  unit: string;
  labelZh: string;
  labelEn: string;
  /** How many reports state it. */
  reportCount: number;
  figureCount: number;
}

/** One figure of an indicator, from the catalog: enough to rank and to link to its source. */
export interface IndicatorValue {
  metricId: string;
  report: Report;
  value: number;
  unit: string;
  qualifier: Qualifier;
  span: { start: number; end: number };
}

interface Built {
  list: Indicator[];
  byId: Map<string, Indicator>;
  rows: Map<string, Uint32Array>;
}
const built = new WeakMap<HubCatalog, Built>();

export const indicatorId = (topicId: string, measureId: string, unit: string) => `${topicId}.${measureId}:${unitFamily(unit)}`;

function build(catalog: HubCatalog): Built {
  let done = built.get(catalog);
  if (done) return done;
  const t = catalog.figures;
  const rows = new Map<string, number[]>();
  const reports = new Map<string, Set<number>>();
  // By the table's string numbers (topic → measure → unit), so a row costs lookups, not a string built.
  const ids = new Map<number, Map<number, Map<number, string>>>();
  for (let row = 0; row < t.length; row++) {
    const topicCode = t.code('topic', row);
    const measureCode = t.code('measure', row);
    if (!t.text('topic', row) || !t.text('measure', row)) continue;
    let byMeasure = ids.get(topicCode);
    if (!byMeasure) ids.set(topicCode, (byMeasure = new Map()));
    let byUnit = byMeasure.get(measureCode);
    if (!byUnit) byMeasure.set(measureCode, (byUnit = new Map()));
    const unitCode = t.code('unit', row);
    let id = byUnit.get(unitCode);
    if (id === undefined) byUnit.set(unitCode, (id = indicatorId(t.text('topic', row)!, t.text('measure', row)!, t.text('unit', row) ?? '')));
    let list = rows.get(id);
    if (!list) {
      rows.set(id, (list = []));
      reports.set(id, new Set());
    }
    list.push(row);
    reports.get(id)!.add(t.code('report', row));
  }
  const list: Indicator[] = [];
  for (const [id, r] of rows) {
    const [key, unit] = [id.slice(0, id.lastIndexOf(':')), id.slice(id.lastIndexOf(':') + 1)];
    const topicId = t.text('topic', r[0])!;
    const measureId = key.slice(topicId.length + 1);
    const topic = catalog.topicById.get(topicId);
    const measure = catalog.measureById.get(measureId);
    list.push({
      id, topicId, measureId, unit,
      labelZh: `${topic?.name ?? topicId}${measure?.name ?? measureId}(${unit})`,
      labelEn: `${topic?.nameEn ?? topicId}: ${measure?.nameEn ?? measureId} (${unit})`,
      reportCount: reports.get(id)!.size,
      figureCount: r.length,
    });
  }
  list.sort((a, b) => b.reportCount - a.reportCount || b.figureCount - a.figureCount || (a.id < b.id ? -1 : 1));
  done = { list, byId: new Map(list.map((i) => [i.id, i])), rows: new Map([...rows].map(([id, r]) => [id, Uint32Array.from(r)])) };
  built.set(catalog, done);
  return done;
}

export function indicatorsOf(catalog: HubCatalog): Indicator[] {
  return build(catalog).list;
}

export function indicatorById(catalog: HubCatalog, id: string): Indicator | undefined {
  return build(catalog).byId.get(id);
}

/** Every figure of an indicator in the given reports (all when undefined), in report order. */
export function indicatorValues(catalog: HubCatalog, id: string, reports?: Set<string>): IndicatorValue[] {
  const t = catalog.figures;
  const out: IndicatorValue[] = [];
  for (const row of build(catalog).rows.get(id) ?? []) {
    const reportId = t.reportId(row);
    if (reports && !reports.has(reportId)) continue;
    out.push({
      metricId: t.figureId(row), report: catalog.reportById.get(reportId)!, value: t.value(row),
      unit: t.text('unit', row) ?? '', qualifier: t.text('qualifier', row) as Qualifier, span: t.span(row),
    });
  }
  return out;
}
