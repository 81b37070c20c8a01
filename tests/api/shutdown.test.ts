/**
 * Graceful shutdown: on SIGTERM `npm start`'s process stops taking requests, lets the ones in
 * flight finish, and exits 0. The request in flight here waits for a (local, slow) model.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { sqliteDatabase } from '../support/databases.js';
import { startFakeModel } from '../support/fake-model.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const db = sqliteDatabase();
afterAll(() => db.drop());

it('finishes the request in flight on SIGTERM, then exits 0', async () => {
  const model = await startFakeModel();
  // The model answers after a second: the question is in flight when SIGTERM arrives.
  model.behave(() => ({ hang: true }));
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', DATABASE_URL: db.url, ASK_MODE: 'llm', OPENAI_BASE_URL: model.url, OPENAI_API_KEY: 'k', ASK_LLM_TIMEOUT_MS: '1500', RATE_LIMIT_PER_MINUTE: '0' },
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
      child.once('exit', () => reject(new Error(`the hub exited before it was ready:\n${out}`)));
    });
    const inFlight = fetch(`${url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ ask(question: "行政复议审结了多少件") { value resolvedBy } }' }),
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect((await response.json()).data.ask).toEqual({ value: 22, resolvedBy: 'RULES' });
    expect(await exited).toBe(0);
  } finally {
    if (child.exitCode === null) child.kill('SIGKILL');
    await model.close();
  }
}, 60_000);
