/**
 * A process killed (SIGKILL) in the middle of an ingest leaves the database consistent: the report
 * as it was before, or wholly the new one, never half of it; and the hub starts on it and serves.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { Metric, Report } from '../../server/model/index.js';
import { sqliteDatabase } from '../support/databases.js';
import { startHub } from '../support/hub.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const db = sqliteDatabase();
afterAll(() => db.drop());

it('keeps the database consistent when ingest is killed with SIGKILL', async () => {
  // A large made-up report (the 金平 fixture, its body repeated) so the kill lands mid-write.
  const fixture = readFileSync(`${ROOT}tests/fixtures/jinping-2024.txt`, 'utf8');
  const [head, ...body] = fixture.split('\n');
  const big = `${db.url.slice('sqlite:'.length)}.big.txt`;
  writeFileSync(big, [head, ...Array.from({ length: 150 }, () => body.slice(3).join('\n'))].join('\n'));

  // A first, complete version of the report.
  let hub = await startHub(db.url);
  const first = await (await fetch(`${hub.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ reports { id figureCount } }' }) })).json();
  expect(first.data.reports).toHaveLength(1);
  await hub.close();

  for (const delay of [300, 700, 1200]) {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/ingest/cli.ts', big], {
      cwd: ROOT, env: { ...process.env, DATABASE_URL: db.url }, stdio: 'ignore',
    });
    await new Promise((resolve) => setTimeout(resolve, delay));
    child.kill('SIGKILL');
    await new Promise((resolve) => child.once('exit', resolve));

    hub = await startHub(db.url);
    const em = hub.orm.em.fork();
    for (const report of await em.find(Report, {})) {
      // Every report is whole: as many figures stored as it says it has.
      expect(await em.count(Metric, { reportId: report.id }), report.id).toBe(report.figureCount);
    }
    expect(await em.count(Report, { id: 'ziyun-2024' })).toBe(1);
    const health = await fetch(`${hub.url}/health`);
    expect(health.status).toBe(200);
    await hub.close();
  }
}, 120_000);
