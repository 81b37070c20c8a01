/**
 * The read-mostly data as one immutable snapshot per process: reports, sections, figures,
 * documents, topics and measures, indexed for every lookup the API makes. Reads never touch the
 * ORM per request; the snapshot is rebuilt when the data version (raised in the transaction of every
 * write, on any instance) changes — checked at most once a second, at once after a write here.
 */
import type { EntityManager } from '@mikro-orm/core';
import { Document, Measure, Metric, Report, Section, Topic } from '../model/index.js';

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

export class HubSnapshot {
  readonly reportById: Map<string, Report>;
  readonly metricById: Map<string, Metric>;
  readonly metricsByReport: Map<string, Metric[]>;
  readonly metricsBySection: Map<string, Metric[]>;
  readonly partsByTotal: Map<string, Metric[]>;
  readonly sectionById: Map<string, Section>;
  readonly sectionsByReport: Map<string, Section[]>;
  readonly childrenByParent: Map<string, Section[]>;
  readonly documentsByReport: Map<string, Document[]>;
  readonly topicById: Map<string, Topic>;
  readonly measureById: Map<string, Measure>;
  /** Report texts, read from the database the first time each is needed. */
  readonly texts = new Map<string, string>();

  constructor(
    readonly version: string,
    readonly reports: Report[],
    /** In report order (sortKey). */
    readonly metrics: Metric[],
    readonly sections: Section[],
    readonly documents: Document[],
    readonly topics: Topic[],
    readonly measures: Measure[],
  ) {
    this.reportById = new Map(reports.map((r) => [r.id, r]));
    this.metricById = new Map(metrics.map((m) => [m.id, m]));
    this.metricsByReport = groupBy(metrics, (m) => m.reportId);
    this.metricsBySection = groupBy(metrics, (m) => m.sectionId);
    this.partsByTotal = groupBy(metrics, (m) => m.partOfId);
    this.sectionById = new Map(sections.map((s) => [s.id, s]));
    this.sectionsByReport = groupBy(sections, (s) => s.reportId);
    this.childrenByParent = groupBy(sections, (s) => s.parentId);
    this.documentsByReport = groupBy(documents, (d) => d.reportId);
    this.topicById = new Map(topics.map((t) => [t.id, t]));
    this.measureById = new Map(measures.map((m) => [m.id, m]));
  }

  static async load(em: EntityManager, version: string): Promise<HubSnapshot> {
    const fork = em.fork();
    const [reports, metrics, sections, documents, topics, measures] = await Promise.all([
      fork.find(Report, {}, { orderBy: { region: 'asc', year: 'asc' } }),
      fork.find(Metric, {}, { orderBy: { sortKey: 'asc' } }),
      fork.find(Section, {}, { orderBy: { reportId: 'asc', position: 'asc' } }),
      fork.find(Document, {}, { orderBy: { reportId: 'asc', position: 'asc' } }),
      fork.find(Topic, {}, { orderBy: { id: 'asc' } }),
      fork.find(Measure, {}, { orderBy: { id: 'asc' } }),
    ]);
    // The loading unit of work is dropped: the entities stay as plain, never-flushed objects.
    fork.clear();
    return new HubSnapshot(version, reports, metrics, sections, documents, topics, measures);
  }
}

/** How long a snapshot is used without asking the database whether the data changed. */
export const SNAPSHOT_CHECK_MS = 1000;

interface Cached {
  snapshot: HubSnapshot;
  checkedAt: number;
}

/** Per database (driver), so tests with several databases in one process keep them apart. */
const caches = new WeakMap<object, { cached?: Cached; loading?: Promise<Cached> }>();

async function readVersion(em: EntityManager): Promise<string> {
  const rows = await em.getConnection().execute<{ version: number }[]>('select version from data_version where id = 1');
  return String(rows[0]?.version ?? 0);
}

export async function currentSnapshot(em: EntityManager): Promise<HubSnapshot> {
  const key = em.getDriver();
  let entry = caches.get(key);
  if (!entry) caches.set(key, (entry = {}));
  const { cached } = entry;
  if (cached && Date.now() - cached.checkedAt < SNAPSHOT_CHECK_MS) return cached.snapshot;
  const version = await readVersion(em);
  if (cached && cached.snapshot.version === version) {
    cached.checkedAt = Date.now();
    return cached.snapshot;
  }
  // One load at a time; concurrent requests wait for it rather than each loading their own.
  const state = entry;
  state.loading ??= HubSnapshot.load(em, version)
    .then((snapshot) => ({ snapshot, checkedAt: Date.now() }))
    .finally(() => { state.loading = undefined; });
  state.cached = await state.loading;
  return state.cached.snapshot;
}

/** After a write in this process: the next read loads the new data at once. */
export function invalidateSnapshot(em: EntityManager): void {
  const entry = caches.get(em.getDriver());
  if (entry) entry.cached = undefined;
}
