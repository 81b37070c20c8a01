/**
 * Links between entities are batched per request (dataloaders) and read from the process's cache:
 * following report, section, topic, measure, partOf and parts from 88 metrics costs a handful of
 * database queries at most, not one per metric.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { sqliteDatabase, type TestDatabase } from '../support/databases.js';
import { startHub, type RunningHub } from '../support/hub.js';

let db: TestDatabase;
let hub: RunningHub;
beforeAll(async () => {
  db = sqliteDatabase();
  hub = await startHub(db.url);
});
afterAll(async () => {
  await hub.close();
  await db.drop();
});

it('resolves the links of a page of metrics in a bounded number of queries', async () => {
  const connection = hub.orm.em.getConnection();
  const execute = connection.execute.bind(connection);
  let queries = 0;
  connection.execute = ((...args: Parameters<typeof execute>) => {
    queries++;
    return execute(...args);
  }) as typeof connection.execute;
  try {
    const { body } = await hub.gql(`{ metrics(first: 1000) { nodes { id
      report { id } section { id parent { id } } topic { id } measure { id } partOf { id } parts { id } } } }`);
    expect(body.data.metrics.nodes).toHaveLength(88);
  } finally {
    connection.execute = execute;
  }
  // Reads come from the process's cache: at most a version check, a catalog load (4 queries) and
  // one batch of report details (4 queries), however many links are followed — never one per metric.
  expect(queries).toBeLessThanOrEqual(9);
});
