/**
 * `npm run bench`: one run on this machine, every figure next to baselines measured in the same run.
 *  - GraphQL list query (metrics(first: 20) with labels, values, quotes) on the hub, on a raw
 *    node:http server returning the identical body, and on a minimal Apollo Server 5 serving it
 *    from memory; `ask` over HTTP on the hub — autocannon at a fixed concurrency, each server in its
 *    own process;
 *  - `ask` parse + execute + render in process, p50 and p99;
 *  - ingest time for one report, cold start to /health 200, resident memory after load.
 * Prints a table and writes its section of bench/RESULTS.md. BENCH_ROUNDS (default 3), BENCH_SECONDS
 * (default 5) and BENCH_CONNECTIONS (default 50) change the load runs. The machines are shared and
 * noisy: read the ratios, and their spread over the rounds.
 */
import 'reflect-metadata';
import { cpus, totalmem, tmpdir } from 'node:os';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { AskService } from '../../server/ask/ask.service.js';
import { openDatabase } from '../../server/db/orm.js';
import { ingestReport } from '../../server/ingest/ingest.service.js';
import { seedBundledReports } from '../../server/ingest/seed.js';
import { HubQueries } from '../../server/query/hub-queries.js';
import { readQuestions } from '../support/eval.js';
import { buildServer, percentile, ROOT, rssMb, start, startHub, stopAll, writeSection } from './processes.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const LIST = '{ metrics(first: 20) { totalCount nodes { id label value unit quote span { start end } } } }';
const dir = mkdtempSync(join(tmpdir(), 'hub-bench-'));

async function load(port: number, body: string) {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}/graphql`, connections: CONNECTIONS, duration: SECONDS, timeout: 30,
    requests: [{ method: 'POST', path: '/graphql', headers: { 'content-type': 'application/json' }, body }],
  });
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, errors: result.errors + result.timeouts + result.non2xx };
}
type Run = Awaited<ReturnType<typeof load>>;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fixed = (x: number) => x.toFixed(2);

try {
  buildServer();
  // Cold start: process start to /health 200, on a fresh database (includes seeding).
  const hub = await startHub(`sqlite:${join(dir, 'hub.sqlite')}`);
  const coldStartMs = hub.listeningMs;
  // The same hub without its response cache: what computing the list each time costs.
  const uncached = await startHub(`sqlite:${join(dir, 'uncached.sqlite')}`, { RESPONSE_CACHE_MB: '0' });

  // The identical response body, for the baselines.
  const sample = await (await fetch(`http://127.0.0.1:${hub.port}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: LIST }) })).text();
  writeFileSync(join(dir, 'body.json'), sample);
  const raw = await start('tests/bench/baselines/raw.ts', [join(dir, 'body.json')]);
  const apollo = await start('tests/bench/baselines/apollo.ts', [join(dir, 'body.json')]);

  const listBody = JSON.stringify({ query: LIST });
  const askBody = JSON.stringify({ query: '{ ask(question: "行政复议审结了多少件?") { status value text facts { quote } } }' });
  await load(hub.port, listBody); // warm up
  await load(uncached.port, listBody);
  await load(hub.port, askBody);
  // Rounds, each measuring every server in turn: the ratios of a round share its machine state,
  // and their spread over the rounds says how far to trust them.
  const runs: Record<'raw' | 'apollo' | 'hubList' | 'hubListUncached' | 'hubAsk', Run[]> = { raw: [], apollo: [], hubList: [], hubListUncached: [], hubAsk: [] };
  for (let round = 0; round < ROUNDS; round++) {
    runs.raw.push(await load(raw.port, listBody));
    runs.apollo.push(await load(apollo.port, listBody));
    runs.hubList.push(await load(hub.port, listBody));
    runs.hubListUncached.push(await load(uncached.port, listBody));
    runs.hubAsk.push(await load(hub.port, askBody));
  }
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
    const t = performance.now();
    await ingestReport(orm.em.fork(), { text: report });
    ingestMs.push(performance.now() - t);
  }
  await orm.close();

  /** A server's median over the rounds, and its ratio to a baseline: median (lowest–highest) of the per-round ratios. */
  const row = (name: string, key: keyof typeof runs) => {
    const r = runs[key];
    const ratios = (base: Run[]) => {
      const each = r.map((x, i) => x.rps / base[i].rps);
      return `${fixed(median(each))} (${fixed(Math.min(...each))}–${fixed(Math.max(...each))})`;
    };
    return `| ${name} | ${median(r.map((x) => x.rps)).toFixed(0)} | ${median(r.map((x) => x.p50))} | ${median(r.map((x) => x.p99))} | ${ratios(runs.raw)} | ${ratios(runs.apollo)} | ${r.reduce((a, x) => a + x.errors, 0)} |`;
  };
  const lines = [
    `## Throughput and latency — ${new Date().toISOString().slice(0, 10)}`,
    '',
    `Machine: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}. Load: autocannon on loopback, ${CONNECTIONS} connections, ${ROUNDS} rounds × ${SECONDS} s per server; the hub as \`npm start\` runs it (compiled, NODE_ENV=production, SQLite, the bundled report). Ratios: median of the rounds (lowest–highest).`,
    '',
    '| measure | req/s | p50 ms | p99 ms | ÷ raw node:http | ÷ minimal Apollo | errors |',
    '|---|---|---|---|---|---|---|',
    row('raw node:http, same body', 'raw'),
    row('minimal Apollo Server 5, same body from memory', 'apollo'),
    row('hub: metrics(first: 20)', 'hubList'),
    row('hub: metrics(first: 20), response cache off', 'hubListUncached'),
    row('hub: ask', 'hubAsk'),
    '',
    '| in process / one-off | value |',
    '|---|---|',
    `| ask parse + execute + render, p50 / p99 (3,000 questions from the eval sets, 1 report) | ${fixed(percentile(samples, 50))} ms / ${fixed(percentile(samples, 99))} ms |`,
    `| ingest one report (金平 fixture), median of 10 (lowest–highest) | ${fixed(median(ingestMs))} ms (${fixed(Math.min(...ingestMs))}–${fixed(Math.max(...ingestMs))}) |`,
    `| cold start of the compiled hub to /health 200 (fresh database, seeding included) | ${coldStartMs} ms |`,
    `| hub resident memory after the load runs | ${hubRss.toFixed(0)} MB |`,
  ];
  const text = lines.join('\n');
  console.log(text);
  writeSection('bench', text);
} finally {
  stopAll();
  rmSync(dir, { recursive: true, force: true });
}
