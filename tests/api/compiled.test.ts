/**
 * `npm start` runs the compiled server (dist/), not the TypeScript sources the other tests use:
 * build it as `npm run build` does and check that it finds its files (lexicon, seeds, page) from
 * dist/ and answers.
 */
import { execFileSync } from 'node:child_process';
import { afterAll, expect, it } from 'vitest';
import { sqliteDatabase } from '../support/databases.js';
import { ROOT, spawnHub } from '../support/hub-process.js';
const db = sqliteDatabase();
afterAll(() => db.drop());

it('builds, starts from dist/, seeds and answers', async () => {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
  const { child, url } = await spawnHub(['dist/server/main.js'], { DATABASE_URL: db.url });
  try {
    expect((await fetch(`${url}/health`)).status).toBe(200);
    const response = await fetch(`${url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ metrics { totalCount } ask(question: "行政复议审结了多少件") { value unit facts { quote } } }' }),
    });
    const { data } = await response.json() as { data: { metrics: { totalCount: number }; ask: { value: number; unit: string; facts: { quote: string }[] } } };
    expect([data.metrics.totalCount, data.ask.value, data.ask.unit]).toEqual([88, 22, '件']);
    expect(data.ask.facts[0].quote).toContain('22');
    // The page at / (the built panel, or the placeholder that says how to build it) is found from dist/ too.
    expect((await fetch(`${url}/`)).status).toBe(200);
  } finally {
    child.kill('SIGTERM');
  }
}, 120_000);
