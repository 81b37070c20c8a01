/**
 * The writes asking makes (unanswered questions, conversation turns) never hold the hub: on SQLite,
 * while another process holds the write lock (an `npm run ingest` writing), questions and /health
 * are answered at once, and the rows are written once the lock is free — none lost. Unanswered
 * questions older than the retention are pruned.
 */
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../server/config.js';
import { AskLog } from '../../server/query/ask-log.js';
import { ConversationTurn, UnansweredQuestion } from '../../server/model/index.js';
import { createDatabase, databaseKinds, sqliteDatabase, type TestDatabase } from '../support/databases.js';
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

  it('prunes questions older than the retention when it next writes, and keeps the rest', async () => {
    const day = 24 * 60 * 60 * 1000;
    const em = hub.orm.em.fork();
    await em.insertMany(UnansweredQuestion, [
      { question: 'old', status: 'UNANSWERABLE', reason: null, language: 'zh', askedAt: new Date(Date.now() - 40 * day) },
      { question: 'recent', status: 'UNANSWERABLE', reason: null, language: 'zh', askedAt: new Date(Date.now() - 20 * day) },
    ]);
    const log = new AskLog(hub.orm.em, { retentionDays: 30 });
    await log.recordUnanswered({ question: 'new', status: 'UNANSWERABLE', reason: null, language: 'zh', askedAt: new Date() });
    const kept = await em.fork().find(UnansweredQuestion, {}, { orderBy: { id: 'asc' } });
    expect(kept.map((q) => q.question)).toEqual(['recent', 'new']);
  });

  it('reads the retention from UNANSWERED_RETENTION_DAYS, 90 days by default', () => {
    expect(readConfig({}).unansweredRetentionDays).toBe(90);
    expect(readConfig({ UNANSWERED_RETENTION_DAYS: '7' }).unansweredRetentionDays).toBe(7);
    expect(() => readConfig({ UNANSWERED_RETENTION_DAYS: '0' })).toThrow(/UNANSWERED_RETENTION_DAYS/);
    expect(() => readConfig({ UNANSWERED_RETENTION_DAYS: 'forever' })).toThrow(/UNANSWERED_RETENTION_DAYS/);
  });
});
