/**
 * The memory attack of issue 17: distinct oversized filter values, read after read. Before, each
 * `sectionId` became the key of a cached selection counted as one row, and 1,400 reads of 3 MB
 * values took the process to 4.2 GB and killed it. Now the value is refused (BAD_USER_INPUT) before
 * any cache sees it, and every cache is bounded in bytes: the hub's resident memory stays within a
 * stated ceiling. The hub runs as its own process so its memory can be read from /proc.
 */
import type { ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { FigureTable, HubCatalog, SELECTION_CACHE_BYTES } from '../../server/query/catalog.js';
import { rssMb } from '../bench/processes.js';
import { sqliteDatabase } from '../support/databases.js';
import { spawnHub } from '../support/hub-process.js';

const db = sqliteDatabase();
let child: ChildProcess | undefined;
let url: string;

beforeAll(async () => {
  ({ child, url } = await spawnHub(['--import', 'tsx', 'server/main.ts'], { DATABASE_URL: db.url, LOG_LEVEL: 'info' }));
}, 60_000);
afterAll(async () => {
  child?.kill('SIGKILL');
  await db.drop();
});

/** Growth allowed over the warmed-up process: the response and operation caches and the heap's slack. */
const GROWTH_CEILING_MB = 150;
const READS = 2000;
const VALUE_CHARS = 100_000;

it(`keeps resident memory within ${GROWTH_CEILING_MB} MB of its start over ${READS} distinct oversized filters`, async () => {
  const read = (sectionId: string) => fetch(`${url}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'query($s: ID) { metrics(filter: { sectionId: $s }, first: 1) { totalCount } }', variables: { s: sectionId } }),
  }).then((r) => r.json());
  for (let i = 0; i < 20; i++) await read(`warm-${i}`);
  const start = rssMb(child!.pid!);
  let peak = start;
  const codes = new Set<string>();
  const padding = 'x'.repeat(VALUE_CHARS);
  for (let i = 0; i < READS; i += 8) {
    const batch = await Promise.all(Array.from({ length: 8 }, (_, j) => read(`${i + j}-${padding}`)));
    for (const body of batch) codes.add(body.errors?.[0]?.extensions?.code ?? 'OK');
    if (i % 200 === 0) peak = Math.max(peak, rssMb(child!.pid!));
  }
  peak = Math.max(peak, rssMb(child!.pid!));
  expect(peak - start).toBeLessThan(GROWTH_CEILING_MB);
  expect([...codes]).toEqual(['BAD_USER_INPUT']);
  // The hub still answers.
  expect((await fetch(`${url}/health`)).status).toBe(200);
}, 240_000);

it('bounds the catalog\'s selection cache in bytes, keys included', () => {
  const catalog = new HubCatalog('1', [], new FigureTable().seal(), [], []);
  for (let i = 0; i < 200; i++) catalog.selections.set(`${i}-${'x'.repeat(100_000)}`, new Uint32Array(10));
  const held = [...catalog.selections.entries()].reduce((bytes, [key, rows]) => bytes + key.length * 2 + rows.byteLength, 0);
  expect(held).toBeLessThanOrEqual(SELECTION_CACHE_BYTES);
  expect(catalog.selections.size).toBeGreaterThan(0);
});
