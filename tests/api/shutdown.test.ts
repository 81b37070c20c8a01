/**
 * Graceful shutdown: on SIGTERM `npm start`'s process stops taking requests, lets the ones in
 * flight finish, and exits 0. The request in flight here waits for a (local, slow) model.
 */
import type { ChildProcess } from 'node:child_process';
import { afterAll, expect, it } from 'vitest';
import { sqliteDatabase } from '../support/databases.js';
import { startFakeModel } from '../support/fake-model.js';
import { spawnHub } from '../support/hub-process.js';

const db = sqliteDatabase();
afterAll(() => db.drop());

it('finishes the request in flight on SIGTERM, then exits 0', async () => {
  const model = await startFakeModel();
  // The model answers after a second: the question is in flight when SIGTERM arrives.
  model.behave(() => ({ hang: true }));
  let child: ChildProcess | undefined;
  try {
    const started = await spawnHub(['--import', 'tsx', 'server/main.ts'], {
      DATABASE_URL: db.url, ASK_MODE: 'llm', OPENAI_BASE_URL: model.url, OPENAI_API_KEY: 'k', ASK_LLM_TIMEOUT_MS: '1500',
    });
    child = started.child;
    const inFlight = fetch(`${started.url}/graphql`, {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ ask(question: "行政复议审结了多少件") { value resolvedBy } }' }),
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    const exited = new Promise<number | null>((resolve) => started.child.once('exit', resolve));
    started.child.kill('SIGTERM');
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect((await response.json()).data.ask).toEqual({ value: 22, resolvedBy: 'RULES' });
    expect(await exited).toBe(0);
  } finally {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    await model.close();
  }
}, 60_000);
