/**
 * Seeding on start: idempotent across restarts, transactional per report, and polite to reports
 * that came from elsewhere. Run on SQLite and on PostgreSQL.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { Metric, Report, Section } from '../../server/model/index.js';
import { parseReport } from '../../server/ingest/report.js';
import { storeReport } from '../../server/ingest/store.js';
import { createDatabase, databaseKinds, type TestDatabase } from '../support/databases.js';
import { startHub, type RunningHub } from '../support/hub.js';

const kinds = await databaseKinds();

// A made-up report, for tests only: not a real county's figures.
const MADE_UP = `测试县2023年度法治政府建设工作报告
日期:2024-02-01 09:00
来源: 测试县司法局
一、工作开展情况
(一)行政复议。2023年共收到行政复议案件申请12件,受理10件,审结9件。
`;

async function counts(hub: RunningHub) {
  const em = hub.orm.em.fork();
  return {
    reports: await em.count(Report, {}),
    metrics: await em.count(Metric, {}),
    sections: await em.count(Section, {}),
    ids: (await em.find(Metric, {}, { orderBy: { sortKey: 'asc' }, fields: ['id'] })).map((m) => m.id),
  };
}

describe.each(kinds)('seeding on %s', (kind) => {
  let db: TestDatabase;
  let hub: RunningHub | undefined;
  afterEach(async () => {
    await hub?.close();
    hub = undefined;
    await db?.drop();
  });

  it('seeds the bundled report once: a second start duplicates nothing', async () => {
    db = await createDatabase(kind);
    hub = await startHub(db.url);
    const first = await counts(hub);
    expect(first.reports).toBe(1);
    expect(first.metrics).toBe(88);
    await hub.close();

    hub = await startHub(db.url);
    expect(await counts(hub)).toEqual(first);
  });

  it('keeps reports ingested from elsewhere when it seeds again', async () => {
    db = await createDatabase(kind);
    hub = await startHub(db.url);
    await storeReport(hub.orm.em.fork(), parseReport(MADE_UP, { metadata: { region: '测试县' } }), { source: 'ingest', checksum: 'x' });
    await hub.close();

    hub = await startHub(db.url);
    const { body } = await hub.gql(`{ reports { region year figureCount } }`);
    expect(body.data.reports).toEqual([
      { region: '测试县', year: 2023, figureCount: 3 },
      { region: '紫云苗族布依族自治县', year: 2024, figureCount: 88 },
    ]);
  });

  it('leaves the database as it was when writing a report fails halfway', async () => {
    db = await createDatabase(kind);
    hub = await startHub(db.url);
    const before = await counts(hub);
    const { body: { data: { report: { text } } } } = await hub.gql(`{ report(id: "ziyun-2024") { text } }`);
    const broken = parseReport(text, { metadata: {} });
    // Two figures under one key: the metric insert violates the primary key after the report
    // row and its sections were already written in the same transaction.
    broken.figures[1].key = broken.figures[0].key;
    await expect(storeReport(hub.orm.em.fork(), broken, { source: 'ingest', checksum: 'y' })).rejects.toThrow();
    expect(await counts(hub)).toEqual(before);
    const { body } = await hub.gql(`{ metric(id: "ziyun-2024/administrative-reconsideration.concluded") { value } }`);
    expect(body.data.metric.value).toBe(22);
  });
});
