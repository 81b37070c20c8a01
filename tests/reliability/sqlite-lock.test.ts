/**
 * The writes asking makes (unanswered questions, conversation turns) never hold the hub: on SQLite,
 * while another process holds the write lock (an `npm run ingest` writing), questions and /health
 * are answered at once, and the rows are written once the lock is free — none lost.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConversationTurn, UnansweredQuestion } from '../../server/model/index.js';
import { sqliteDatabase, type TestDatabase } from '../support/databases.js';
import { startHub, type RunningHub } from '../support/hub.js';
import { ROOT } from '../support/hub-process.js';

/** Another process that takes SQLite's write lock, says so, and keeps it for `ms`. */
function holdWriteLock(file: string, ms: number): Promise<{ done: Promise<void> }> {
  const script = `
    const Database = require('better-sqlite3');
    const db = new Database(process.argv[1]);
    db.exec('begin immediate');
    db.prepare("insert into unanswered_question (question, status, language, asked_at) values ('held', 'UNANSWERABLE', 'zh', ?)").run(Date.now());
    console.log('locked');
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, Number(process.argv[2]));
    db.exec('commit');`;
  const child = spawn(process.execPath, ['-e', script, file, String(ms)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
  const done = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve) => child.stdout.once('data', () => resolve({ done })));
}

describe('the hub while another process writes to its SQLite file', () => {
  let db: TestDatabase;
  let hub: RunningHub;
  beforeAll(async () => {
    db = sqliteDatabase();
    hub = await startHub(db.url);
  });
  afterAll(async () => {
    await hub?.close();
    await db?.drop();
  });

  const timed = async <T>(work: () => Promise<T>) => {
    const started = performance.now();
    const result = await work();
    return { result, ms: performance.now() - started };
  };

  it('answers questions and /health at once, and writes their log rows after', async () => {
    const conversation = randomUUID();
    const { done } = await holdWriteLock(db.url.slice('sqlite:'.length), 3000);
    const latencies: number[] = [];
    for (let i = 0; i < 6; i++) {
      const asked = await timed(() => hub.gql('query($q: String!, $c: String) { ask(question: $q, conversationId: $c) { status } }', { q: `${2010 + i}年行政复议收到多少件?`, c: conversation }));
      expect(asked.result.body.data.ask.status).toBe('UNANSWERABLE');
      const health = await timed(() => fetch(`${hub.url}/health`));
      expect(health.result.status).toBe(200);
      latencies.push(asked.ms, health.ms);
    }
    // Generous: the point is no wait for the lock (5 s before), not a tight timing.
    expect(Math.max(...latencies)).toBeLessThan(1000);
    await done;

    const em = hub.orm.em.fork();
    await expect.poll(() => em.fork().count(UnansweredQuestion, { question: { $like: '%年行政复议收到多少件?' } }), { timeout: 5000 }).toBe(6);
    expect(await em.count(ConversationTurn, { conversationId: conversation })).toBe(6);
    expect(await em.count(UnansweredQuestion, { question: 'held' })).toBe(1);
  }, 60_000);
});

