/**
 * Report ids are unique by region: two regions whose names read the same in pinyin (长宁县, 长宁区)
 * keep a report each, and a report already stored keeps its id (links use it: ziyun-2024).
 * Ingests of the same report at the same moment on separate connections both succeed.
 */
import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/db/orm.js';
import { shortDatabaseMessage } from '../../server/db/errors.js';
import { parseReport } from '../../server/ingest/report.js';
import { storeReport } from '../../server/ingest/store.js';
import { Metric, Report } from '../../server/model/index.js';
import { seedBundledReports } from '../../server/ingest/seed.js';
import { createDatabase, databaseKinds, type TestDatabase } from '../support/databases.js';

const report = (region: string, received: number) => `${region}2024年度法治政府建设工作报告
日期:2025-02-01 09:00
来源: ${region}司法局
一、工作开展情况
(一)行政复议。2024年共收到行政复议案件申请${received}件,受理10件,审结9件。
`;

const kinds = await databaseKinds();

describe.each(kinds)('report ids on %s', (kind) => {
  let db: TestDatabase;
  let orm: MikroORM;
  beforeAll(async () => {
    db = await createDatabase(kind);
    orm = await openDatabase(db.url);
    await seedBundledReports(orm);
  });
  afterAll(async () => {
    await orm?.close();
    await db?.drop();
  });

  const store = (region: string, received: number) =>
    storeReport(orm.em.fork(), parseReport(report(region, received), { metadata: { region } }), { source: 'ingest', checksum: `${region}-${received}` });

  it('keeps both reports of two regions with the same pinyin', async () => {
    const county = await store('长宁县', 12);
    const district = await store('长宁区', 34);
    expect(county).toMatchObject({ reportId: 'changning-2024', replaced: false });
    expect(district.replaced).toBe(false);
    expect(district.reportId).not.toBe(county.reportId);
    const reports = await orm.em.fork().find(Report, { id: { $in: [county.reportId, district.reportId] } });
    expect(Object.fromEntries(reports.map((r) => [r.region, r.id]))).toEqual({ 长宁县: county.reportId, 长宁区: district.reportId });
    const received = await orm.em.fork().find(Metric, { reportId: { $in: [county.reportId, district.reportId] }, value: { $in: [12, 34] } });
    expect(received.map((m) => [m.reportId, m.value]).sort()).toEqual([[county.reportId, 12], [district.reportId, 34]].sort());
  });

  it('replaces a region’s report under the id it already has', async () => {
    const again = await store('长宁区', 56);
    expect(again.replaced).toBe(true);
    const ids = (await orm.em.fork().find(Report, { region: '长宁区' })).map((r) => r.id);
    expect(ids).toEqual([again.reportId]);
    expect((await orm.em.fork().findOne(Report, { region: '长宁县' }))?.id).toBe('changning-2024');
    expect((await orm.em.fork().findOne(Report, { id: 'ziyun-2024' }))?.region).toBe('紫云苗族布依族自治县');
  });

  it('stores the same report written on two connections at once, once', async () => {
    const results = await Promise.all([store('赫章县', 7), store('赫章县', 7), store('赫章县', 7)]);
    expect(results.filter((r) => r.replaced)).toHaveLength(2);
    expect(await orm.em.fork().count(Report, { region: '赫章县' })).toBe(1);
  });
});

describe('database error messages', () => {
  it('keep the driver’s reason and drop the statement with its data', () => {
    const statement = `insert into \`report\` (\`text\`) values ('${'法'.repeat(3_000_000)}\n二、存在的问题')`;
    const message = shortDatabaseMessage(new Error(`${statement} - database is locked`));
    expect(message).toBe('database is locked');
    expect(shortDatabaseMessage(new Error('x'.repeat(10_000))).length).toBeLessThanOrEqual(301);
  });
});
