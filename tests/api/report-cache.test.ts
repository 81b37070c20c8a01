/**
 * The per-process cache of report details is bounded (REPORT_CACHE_SIZE) and follows the data
 * version in the database: answers must not depend on which reports happen to be cached, and a
 * write by another instance must be seen within VERSION_CHECK_MS.
 */
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AskService } from '../../server/ask/ask.service.js';
import { openDatabase } from '../../server/db/orm.js';
import { ingestReport } from '../../server/ingest/ingest.service.js';
import { seedBundledReports } from '../../server/ingest/seed.js';
import { Metric } from '../../server/model/index.js';
import { currentCatalog, invalidateCaches, VERSION_CHECK_MS } from '../../server/query/hub-cache.js';
import { bumpDataVersion } from '../../server/db/data-version.js';
import { HubQueries } from '../../server/query/hub-queries.js';
import { sqliteDatabase, type TestDatabase } from '../support/databases.js';

const FIXTURES = new URL('../fixtures/', import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, FIXTURES), 'utf8');

describe('a cache of one report, three reports held', () => {
  let db: TestDatabase;
  let orm: MikroORM;
  let stored: Metric[];
  const queries = () => new HubQueries(orm.em.fork());

  beforeAll(async () => {
    // Read when the cache for this database is made, on its first query.
    process.env.REPORT_CACHE_SIZE = '1';
    db = sqliteDatabase();
    orm = await openDatabase(db.url);
    await seedBundledReports(orm);
    await ingestReport(orm.em.fork(), { text: fixture('jinping-2024.txt'), catalog: JSON.parse(fixture('jinping-2024.catalog.json')) });
    await ingestReport(orm.em.fork(), { text: fixture('wangmo-2023.txt') });
    stored = await orm.em.fork().find(Metric, {}, { orderBy: { sortKey: 'asc' } });
  });
  afterAll(async () => {
    delete process.env.REPORT_CACHE_SIZE;
    await orm.close();
    await db.drop();
  });

  it('pages through every figure of every report once, in sort-key order', async () => {
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await queries().metrics({}, { first: 7, after });
      expect(page.totalCount).toBe(stored.length);
      seen.push(...page.nodes.map((m) => m.id));
      if (!page.hasNextPage) break;
      after = page.cursors.at(-1);
    }
    expect(seen).toEqual(stored.map((m) => m.id));
  });

  it('serves figures, sections and texts of reports the cache has evicted', async () => {
    const ids = [stored[0].id, stored.at(-1)!.id, stored[Math.floor(stored.length / 2)].id];
    expect((await queries().metricsByIds(ids)).map((m) => [m.id, m.value])).toEqual(ids.map((id) => [id, stored.find((m) => m.id === id)!.value]));
    const reports = await queries().reports();
    expect(reports).toHaveLength(3);
    const sections = await queries().sectionsOfReports(reports.map((r) => r.id));
    expect(new Set(sections.map((s) => s.reportId))).toEqual(new Set(reports.map((r) => r.id)));
    const texts = await queries().reportTexts(reports.map((r) => r.id));
    expect([...texts.keys()].sort()).toEqual(reports.map((r) => r.id).sort());
  });

  it('filters across reports as the stored figures say', async () => {
    const page = await queries().metrics({ topic: 'administrative-reconsideration', unit: '件' }, { first: 1000 });
    expect(page.nodes.map((m) => m.id)).toEqual(stored.filter((m) => m.topicId === 'administrative-reconsideration' && m.unit === '件').map((m) => m.id));
    const searched = await queries().metrics({ search: '调解' }, { first: 1000 });
    expect(searched.nodes.map((m) => m.id)).toEqual(stored.filter((m) => m.searchText.includes('调解')).map((m) => m.id));
    expect(searched.totalCount).toBeGreaterThan(0);
    // LIKE's own characters are searched for as text.
    expect((await queries().metrics({ search: '%' }, { first: 1000 })).nodes.map((m) => m.id))
      .toEqual(stored.filter((m) => m.searchText.includes('%')).map((m) => m.id));
  });

  it('answers each report from its own figures, whichever was cached last', async () => {
    const ask = new AskService();
    for (const [question, reportId] of [['紫云2024年行政复议审结了多少件', 'ziyun-2024'], ['金平2024年行政复议审结了多少件', 'jinping-2024'], ['紫云2024年行政复议审结了多少件', 'ziyun-2024']] as const) {
      const answer = await ask.ask(question, queries());
      expect(answer.facts.map((f) => f.reportId)).toEqual([reportId]);
      const metric = stored.find((m) => m.id === answer.facts[0].metricId)!;
      expect(answer.value).toBe(metric.value);
    }
  });
});

describe('a write while the catalog is loading', () => {
  it('is seen by the next read in the same process', async () => {
    const db = sqliteDatabase();
    const orm = await openDatabase(db.url);
    try {
      await seedBundledReports(orm);
      const before = await currentCatalog(orm.em);
      invalidateCaches(orm.em);
      // A load begins; a write (here: the data version raised, as every write does) lands while it runs.
      const loading = currentCatalog(orm.em);
      await bumpDataVersion(orm.em);
      invalidateCaches(orm.em);
      expect((await loading).version).toBe(before.version);
      // The load that predates the write is not installed: the next read has the write's version.
      expect(Number((await currentCatalog(orm.em)).version)).toBe(Number(before.version) + 1);
    } finally {
      await orm.close();
      await db.drop();
    }
  });
});

describe('two instances on one database', () => {
  let db: TestDatabase;
  let one: MikroORM;
  let two: MikroORM;

  beforeAll(async () => {
    db = sqliteDatabase();
    one = await openDatabase(db.url);
    await seedBundledReports(one);
    two = await openDatabase(db.url);
  });
  afterAll(async () => {
    await one.close();
    await two.close();
    await db.drop();
  });

  it('sees a report ingested by the other soon after the check interval, answering meanwhile', async () => {
    const ask = new AskService();
    expect((await new HubQueries(one.em.fork()).reports()).map((r) => r.id)).toEqual(['ziyun-2024']);
    await ask.ask('紫云2024年行政复议审结了多少件', new HubQueries(one.em.fork()));
    await ingestReport(two.em.fork(), { text: fixture('wangmo-2023.txt') });
    // Within the interval the first instance answers from what it holds, without asking the database.
    expect((await new HubQueries(one.em.fork()).reports()).map((r) => r.region)).not.toContain('望谟县');
    await new Promise((r) => setTimeout(r, VERSION_CHECK_MS + 100));
    // Then it notices the new version and loads it in the background, still answering meanwhile.
    const started = Date.now();
    let reports: string[] = [];
    while (!reports.includes('望谟县') && Date.now() - started < 5000) {
      reports = (await new HubQueries(one.em.fork()).reports()).map((r) => r.region);
      if (!reports.includes('望谟县')) await new Promise((r) => setTimeout(r, 20));
    }
    expect(reports).toContain('望谟县');
    const answer = await ask.ask('望谟2023年行政复议收到多少件', new HubQueries(one.em.fork()));
    expect(answer.facts.map((f) => f.reportId)).toEqual(['wangmo-2023']);
  });
});
