/**
 * Two `npm run ingest` processes at once, on the same database: both succeed, whether they write the
 * same report (the second replaces the first) or two different ones (both are kept). Before ingests
 * were serialised, SQLite failed one with "database is locked" and PostgreSQL one with a duplicate key.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/db/orm.js';
import { Report } from '../../server/model/index.js';
import { ingestCli } from '../support/cli.js';
import { createDatabase, databaseKinds, type TestDatabase } from '../support/databases.js';

const FIXTURES = new URL('../fixtures/', import.meta.url).pathname;
const JINPING = [`${FIXTURES}jinping-2024.txt`, '--catalog', `${FIXTURES}jinping-2024.catalog.json`];
const WANGMO = [`${FIXTURES}wangmo-2023.txt`];
const kinds = await databaseKinds();

describe.each(kinds)('concurrent ingests on %s', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createDatabase(kind);
    // The schema and the lexicon exist, as on a database the hub has started on once.
    const first = await ingestCli(db.url, WANGMO);
    expect(first.code, first.output).toBe(0);
  });
  afterAll(() => db?.drop());

  async function reportIds(): Promise<string[]> {
    const orm = await openDatabase(db.url);
    try {
      return (await orm.em.fork().find(Report, {}, { orderBy: { id: 'asc' } })).map((r) => r.id);
    } finally {
      await orm.close();
    }
  }

  it('stores the same report ingested twice at once, once', async () => {
    const results = await Promise.all([ingestCli(db.url, JINPING), ingestCli(db.url, JINPING)]);
    for (const result of results) expect(result.code, result.output).toBe(0);
    expect((await reportIds()).filter((id) => id.startsWith('jinping'))).toEqual(['jinping-2024']);
  }, 120_000);

  it('stores two reports ingested at once, both', async () => {
    const results = await Promise.all([ingestCli(db.url, JINPING), ingestCli(db.url, [...WANGMO, '--year', '2022'])]);
    for (const result of results) expect(result.code, result.output).toBe(0);
    expect(await reportIds()).toEqual(expect.arrayContaining(['jinping-2024', 'wangmo-2022', 'wangmo-2023']));
  }, 120_000);
});
