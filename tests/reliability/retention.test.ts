/** Unanswered questions older than the retention (UNANSWERED_RETENTION_DAYS) are pruned. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../server/config.js';
import { UnansweredQuestion } from '../../server/model/index.js';
import { createDatabase, databaseKinds, type TestDatabase } from '../support/databases.js';
import { startHub, type RunningHub } from '../support/hub.js';

const kinds = await databaseKinds();

describe.each(kinds)('retention of the unanswered log on %s', (kind) => {
  let db: TestDatabase;
  let hub: RunningHub;
  beforeAll(async () => {
    db = await createDatabase(kind);
    hub = await startHub(db.url, { seed: false });
  });
  afterAll(async () => {
    await hub?.close();
    await db?.drop();
  });

  it('prunes questions older than the retention (90 days by default) when it next logs one, and keeps the rest', async () => {
    const day = 24 * 60 * 60 * 1000;
    const em = hub.orm.em.fork();
    await em.insertMany(UnansweredQuestion, [
      { question: 'old', status: 'UNANSWERABLE', reason: null, language: 'zh', askedAt: new Date(Date.now() - 100 * day) },
      { question: 'recent', status: 'UNANSWERABLE', reason: null, language: 'zh', askedAt: new Date(Date.now() - 20 * day) },
    ]);
    const { body } = await hub.gql('{ ask(question: "2019年行政复议收到多少件?") { status } }');
    expect(body.data.ask.status).toBe('UNANSWERABLE');
    await expect.poll(async () => (await em.fork().find(UnansweredQuestion, {}, { orderBy: { id: 'asc' } })).map((q) => q.question), { timeout: 3000 })
      .toEqual(['recent', '2019年行政复议收到多少件?']);
  });

  it('reads the retention from UNANSWERED_RETENTION_DAYS, 90 days by default', () => {
    expect(readConfig({}).unansweredRetentionDays).toBe(90);
    expect(readConfig({ UNANSWERED_RETENTION_DAYS: '7' }).unansweredRetentionDays).toBe(7);
    expect(() => readConfig({ UNANSWERED_RETENTION_DAYS: '0' })).toThrow(/UNANSWERED_RETENTION_DAYS/);
    expect(() => readConfig({ UNANSWERED_RETENTION_DAYS: 'forever' })).toThrow(/UNANSWERED_RETENTION_DAYS/);
  });
});
