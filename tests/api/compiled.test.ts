/**
 * `npm start` runs the compiled server (dist/), not the TypeScript sources the other tests use:
 * build it as `npm run build` does and check that it finds its files (lexicon, seeds, page) from
 * dist/ and answers.
 */
import { execFileSync, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { sqliteDatabase } from '../support/databases.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const db = sqliteDatabase();
afterAll(() => db.drop());

it('builds, starts from dist/, seeds and answers', async () => {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
  const child = spawn(process.execPath, ['dist/server/main.js'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATABASE_URL: db.url, RATE_LIMIT_PER_MINUTE: '0', LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (chunk) => {
        out += chunk;
        const ready = /hub ready at (http:\/\/[^\s"]+?) \(GraphQL/.exec(out);
        if (ready) resolve(ready[1]);
      });
      child.once('exit', () => reject(new Error(`the compiled hub exited before it was ready:\n${out}`)));
    });
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
