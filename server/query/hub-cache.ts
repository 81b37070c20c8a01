/**
 * The process's copy of the read-mostly data, in two parts:
 *  - the catalog (catalog.ts): reports, topics, measures and one compact row per figure, always in
 *    memory, reloaded when the data version changes;
 *  - report details (report-data.ts): loaded on first use and kept in a least-recently-used cache
 *    of REPORT_CACHE_SIZE reports, so memory is bounded however many reports the hub holds.
 *
 * The data version is a row raised in the transaction of every write, on any instance; it is read
 * at most once a second (VERSION_CHECK_MS), and at once after a write in this process, whose next
 * read waits for the new data. A write by another instance is loaded in the background while the
 * old catalog still answers. A new version drops every cached report: an ingest is rare, and a
 * report reloads in a few milliseconds.
 */
import type { EntityManager } from '@mikro-orm/core';
import { LRUCache } from 'lru-cache';
import { readReportCacheSize } from '../config.js';
import type { Report } from '../model/index.js';
import { HubCatalog } from './catalog.js';
import { ReportData } from './report-data.js';

/** How long a catalog is used without asking the database whether the data changed. */
export const VERSION_CHECK_MS = 1000;

interface Entry {
  catalog?: HubCatalog;
  checkedAt: number;
  loading?: Promise<HubCatalog>;
  /** Raised by every write in this process: a load begun before it is not installed. */
  epoch: number;
  reports: LRUCache<string, ReportData>;
  /** Reports being loaded, so concurrent requests for one report share one load. */
  pending: Map<string, Promise<ReportData | undefined>>;
}

/** Per database (driver), so tests with several databases in one process keep them apart. */
const caches = new WeakMap<object, Entry>();

function entryOf(em: EntityManager): Entry {
  const key = em.getDriver();
  let entry = caches.get(key);
  if (!entry) {
    entry = { checkedAt: 0, epoch: 0, reports: new LRUCache({ max: readReportCacheSize(process.env.REPORT_CACHE_SIZE) }), pending: new Map() };
    caches.set(key, entry);
  }
  return entry;
}

async function readVersion(em: EntityManager): Promise<string> {
  const rows = await em.getConnection().execute<{ version: number }[]>('select version from data_version where id = 1');
  return String(rows[0]?.version ?? 0);
}

export async function currentCatalog(em: EntityManager): Promise<HubCatalog> {
  const entry = entryOf(em);
  const cached = entry.catalog;
  if (cached && Date.now() - entry.checkedAt < VERSION_CHECK_MS) return cached;
  const version = await readVersion(em);
  if (cached && cached.version === version) {
    entry.checkedAt = Date.now();
    return cached;
  }
  const load = loadCatalog(em, entry, version);
  if (!cached) return load;
  // Another instance wrote: answer from the catalog held until the new one is in, so requests do
  // not queue behind the load (about a second at thousands of reports). A failed load is retried
  // at the next check.
  entry.checkedAt = Date.now();
  load.catch(() => undefined);
  return cached;
}

/** One load at a time; concurrent requests share it. Installed unless a write here came meanwhile. */
function loadCatalog(em: EntityManager, entry: Entry, version: string): Promise<HubCatalog> {
  if (entry.loading) return entry.loading;
  const epoch = entry.epoch;
  const load: Promise<HubCatalog> = HubCatalog.load(em, version).then((catalog) => {
    if (entry.epoch === epoch) {
      if (entry.catalog?.version !== catalog.version) {
        entry.reports.clear();
        entry.pending.clear();
      }
      entry.catalog = catalog;
      entry.checkedAt = Date.now();
    }
    return catalog;
  }).finally(() => {
    if (entry.loading === load) entry.loading = undefined;
  });
  entry.loading = load;
  return load;
}

/** A report's details when this process has them cached (without loading, or refreshing its place). */
export function cachedDetails(em: EntityManager, catalog: HubCatalog, reportId: string): ReportData | undefined {
  const entry = entryOf(em);
  return entry.catalog === catalog ? entry.reports.peek(reportId) : undefined;
}

/**
 * The details of some reports of a catalog, from the cache or loaded together in one batch.
 * A batch larger than the cache is loaded and returned without being cached, so one wide query
 * does not evict every report the others use.
 */
export async function reportDetails(em: EntityManager, catalog: HubCatalog, reports: readonly Report[]): Promise<ReportData[]> {
  const entry = entryOf(em);
  const found = new Map<string, ReportData>();
  const waiting: Promise<ReportData | undefined>[] = [];
  const missing: Report[] = [];
  for (const report of reports) {
    const hit = entry.reports.get(report.id);
    if (hit) found.set(report.id, hit);
    else if (entry.pending.has(report.id)) waiting.push(entry.pending.get(report.id)!);
    else missing.push(report);
  }
  if (missing.length) {
    const cacheable = missing.length <= entry.reports.max;
    const load = ReportData.load(em, missing).then((loaded) => {
      // Only cache what was read for the catalog still current: an ingest meanwhile makes it stale.
      if (cacheable && entry.catalog === catalog) for (const data of loaded) entry.reports.set(data.report.id, data);
      return new Map(loaded.map((data) => [data.report.id, data]));
    });
    for (const report of missing) {
      const one = load.then((loaded) => loaded.get(report.id));
      if (cacheable) {
        entry.pending.set(report.id, one);
        one.finally(() => { if (entry.pending.get(report.id) === one) entry.pending.delete(report.id); }).catch(() => undefined);
      }
      waiting.push(one);
    }
  }
  for (const data of await Promise.all(waiting)) if (data) found.set(data.report.id, data);
  return reports.map((r) => found.get(r.id)).filter((d): d is ReportData => !!d);
}

/** After a write in this process: the next read loads the new data at once. */
export function invalidateCaches(em: EntityManager): void {
  const entry = caches.get(em.getDriver());
  if (!entry) return;
  entry.epoch++;
  entry.catalog = undefined;
  // A load in flight may predate the write: the next read starts its own.
  entry.loading = undefined;
  entry.reports.clear();
  entry.pending.clear();
}
