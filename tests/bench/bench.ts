/**
 * `npm run bench`: one run on this machine, every figure next to baselines measured in the same run.
 *  - GraphQL list query (metrics(first: 20) with labels, values, quotes) on the hub, on a raw
 *    node:http server returning the identical body, and on a minimal Apollo Server 5 serving it
 *    from memory; `ask` over HTTP on the hub — autocannon at a fixed concurrency, each server in its
 *    own process;
 *  - `ask` parse + execute + render in process, p50 and p99;
 *  - ingest time for one report, cold start to /health 200, resident memory after load.
 * Prints a table and writes bench/RESULTS.md. BENCH_SECONDS (default 10) and BENCH_CONNECTIONS
 * (default 50) change the load runs. The machines are shared and noisy: read the ratios.
 */
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpus, totalmem, tmpdir } from 'node:os';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { AskService } from '../../server/ask/ask.service.js';
import { openDatabase } from '../../server/db/orm.js';
import { ingestReport } from '../../server/ingest/ingest.service.js';
import { seedBundledReports } from '../../server/ingest/seed.js';
import { HubQueries } from '../../server/query/hub-queries.js';
import { readQuestions } from '../support/eval.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const LIST = '{ metrics(first: 20) { totalCount nodes { id label value unit quote span { start end } } } }';
const dir = mkdtempSync(join(tmpdir(), 'hub-bench-'));
const children: ChildProcess[] = [];

function start(args: string[], env: Record<string, string> = {}): Promise<{ port: number; child: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const m = /listening (\d+)|hub ready at http:\/\/[^:]+:(\d+)/.exec(out);
      if (m) {
        child.stdout!.resume();
        resolve({ port: Number(m[1] ?? m[2]), child });
      }
    });
    child.once('exit', () => reject(new Error(`${args.join(' ')} exited:\n${out}`)));
  });
}

async function load(port: number, body: string) {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}/graphql`, connections: CONNECTIONS, duration: SECONDS, timeout: 30,
    requests: [{ method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json' }, body }],
  });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.timeouts + result.non2xx };
}

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

try {
  // Cold start: process start to /health 200, on a fresh database (includes seeding).
  const startedAt = Date.now();
  const hub = await start(['server/main.ts'], { PORT: '0', HOST: '127.0.0.1', DATABASE_URL: `sqlite:${join(dir, 'hub.sqlite')}`, RATE_LIMIT_PER_MINUTE: '0', NODE_ENV: 'production', LOG_LEVEL: 'info' });
  for (;;) {
    const health = await fetch(`http://127.0.0.1:${hub.port}/health`).catch(() => undefined);
    if (health?.status === 200) break;
    await new Promise((r) => setTimeout(r, 20));
  }
  const coldStartMs = Date.now() - startedAt;

  // The identical response body, for the baselines.
  const sample = await (await fetch(`http://127.0.0.1:${hub.port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: LIST }) })).text();
  writeFileSync(join(dir, 'body.json'), sample);
  const raw = await start(['tests/bench/baselines/raw.ts', join(dir, 'body.json')]);
  const apollo = await start(['tests/bench/baselines/apollo.ts', join(dir, 'body.json')]);

  const listBody = JSON.stringify({ query: LIST });
  const askBody = JSON.stringify({ query: '{ ask(question: "行政复议审结了多少件?") { status value text facts { quote } } }' });
  await load(hub.port, listBody); // warm up
  const rows = {
    raw: await load(raw.port, listBody),
    apollo: await load(apollo.port, listBody),
    hubList: await load(hub.port, listBody),
    hubAsk: await load(hub.port, askBody),
  };
  const hubRss = rssMb(hub.child.pid!);

  // ask in process, and ingest, on their own database.
  const orm = await openDatabase(`sqlite:${join(dir, 'inproc.sqlite')}`);
  await seedBundledReports(orm);
  const ask = new AskService();
  const questions = ['questions.dev.jsonl', 'questions.own.jsonl', 'negatives.jsonl'].flatMap((f) => readQuestions(join(ROOT, 'tests/eval', f)).map((q) => q.q));
  for (let i = 0; i < 200; i++) await ask.ask(questions[i % questions.length], new HubQueries(orm.em.fork()));
  const samples: number[] = [];
  for (let i = 0; i < 3000; i++) {
    const t = process.hrtime.bigint();
    await ask.ask(questions[i % questions.length], new HubQueries(orm.em.fork()));
    samples.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  samples.sort((a, b) => a - b);
  const report = readFileSync(join(ROOT, 'tests/fixtures/jinping-2024.txt'), 'utf8');
  const ingestMs: number[] = [];
  for (let i = 0; i < 10; i++) {
    const t = Date.now();
    await ingestReport(orm.em.fork(), { text: report });
    ingestMs.push(Date.now() - t);
  }
  ingestMs.sort((a, b) => a - b);
  await orm.close();

  const ratio = (x: number, base: number) => (x / base).toFixed(3);
  const lines = [
    `# Benchmark — ${new Date().toISOString().slice(0, 10)}`,
    '',
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}; ${CONNECTIONS} connections × ${SECONDS} s per load run (autocannon, loopback); SQLite; NODE_ENV=production.`,
    '',
    '| measure | req/s | p50 ms | p99 ms | ÷ raw | ÷ minimal Apollo | errors |',
    '|---|---|---|---|---|---|---|',
    `| raw node:http, same body | ${rows.raw.rps.toFixed(0)} | ${rows.raw.p50} | ${rows.raw.p99} | 1.000 | ${ratio(rows.raw.rps, rows.apollo.rps)} | ${rows.raw.errors} |`,
    `| minimal Apollo Server 5, from memory | ${rows.apollo.rps.toFixed(0)} | ${rows.apollo.p50} | ${rows.apollo.p99} | ${ratio(rows.apollo.rps, rows.raw.rps)} | 1.000 | ${rows.apollo.errors} |`,
    `| hub: metrics(first: 20) | ${rows.hubList.rps.toFixed(0)} | ${rows.hubList.p50} | ${rows.hubList.p99} | ${ratio(rows.hubList.rps, rows.raw.rps)} | ${ratio(rows.hubList.rps, rows.apollo.rps)} | ${rows.hubList.errors} |`,
    `| hub: ask | ${rows.hubAsk.rps.toFixed(0)} | ${rows.hubAsk.p50} | ${rows.hubAsk.p99} | ${ratio(rows.hubAsk.rps, rows.raw.rps)} | ${ratio(rows.hubAsk.rps, rows.apollo.rps)} | ${rows.hubAsk.errors} |`,
    '',
    '| in process / one-off | value |',
    '|---|---|',
    `| ask parse + execute + render, p50 / p99 (3,000 questions, 1 report) | ${percentile(samples, 50).toFixed(2)} ms / ${percentile(samples, 99).toFixed(2)} ms |`,
    `| ingest one report (金平 fixture), median of 10 | ${ingestMs[5]} ms |`,
    `| cold start to /health 200 (fresh database, seeding included) | ${coldStartMs} ms |`,
    `| hub resident memory after the load runs | ${hubRss.toFixed(0)} MB |`,
    '',
    'Not measured yet: the 1 / 100 / 1,000-report scale runs on SQLite and PostgreSQL (issue 9).',
  ];
  const text = lines.join('\n');
  console.log(text);
  mkdirSync(join(ROOT, 'bench'), { recursive: true });
  writeFileSync(join(ROOT, 'bench', 'RESULTS.md'), `${text}\n`);
} finally {
  for (const child of children) child.kill('SIGTERM');
  rmSync(dir, { recursive: true, force: true });
}
