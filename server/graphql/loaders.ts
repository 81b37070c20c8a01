/**
 * Per-request batching: every field that follows a link (a metric's report, a section's children)
 * goes through one of these, so a page of 100 metrics costs one query per link, not 100.
 */
import DataLoader from 'dataloader';
import type { Document, Measure, Metric, Report, Section, Topic } from '../model/index.js';
import type { HubQueries } from '../query/hub-queries.js';
import type { ReportData } from '../query/report-data.js';

function one<V>(fetch: (keys: readonly string[]) => Promise<V[]>, keyOf: (v: V) => string) {
  return new DataLoader<string, V | null>(async (keys) => {
    const found = new Map((await fetch(keys)).map((v) => [keyOf(v), v]));
    return keys.map((k) => found.get(k) ?? null);
  });
}

function many<V>(fetch: (keys: readonly string[]) => Promise<V[]>, keyOf: (v: V) => string | null) {
  return new DataLoader<string, V[]>(async (keys) => {
    const groups = new Map<string, V[]>(keys.map((k) => [k, []]));
    for (const v of await fetch(keys)) groups.get(keyOf(v) ?? '')?.push(v);
    return keys.map((k) => groups.get(k)!);
  });
}

export function createLoaders(queries: HubQueries) {
  return {
    report: one<Report>((ids) => queries.reportsByIds(ids), (r) => r.id),
    /** A report's text, warnings and checks: its details, from the per-process cache. */
    reportDetails: one<ReportData>((ids) => queries.detailsOfReports(ids), (d) => d.report.id),
    section: one<Section>((ids) => queries.sectionsByIds(ids), (s) => s.id),
    sectionsOfReport: many<Section>((ids) => queries.sectionsOfReports(ids), (s) => s.reportId),
    children: many<Section>((ids) => queries.childrenOf(ids), (s) => s.parentId),
    metric: one<Metric>((ids) => queries.metricsByIds(ids), (m) => m.id),
    metricsOfSection: many<Metric>((ids) => queries.metricsOfSections(ids), (m) => m.sectionId),
    parts: many<Metric>((ids) => queries.partsOf(ids), (m) => m.partOfId),
    documentsOfReport: many<Document>((ids) => queries.documentsOfReports(ids), (d) => d.reportId),
    topic: one<Topic>((ids) => queries.topicsByIds(ids), (t) => t.id),
    measure: one<Measure>((ids) => queries.measuresByIds(ids), (m) => m.id),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
