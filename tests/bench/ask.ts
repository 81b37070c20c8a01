/**
 * `npm run bench:ask`: in-process latency of ask (parse + execute + render) over a few thousand
 * questions from the eval sets, on SQLite, with a baseline measured in the same run: the bare
 * query-service read of one figure by id that every lookup answer also performs.
 * Prints p50 / p99 and their ratio to the baseline. Machines are shared and noisy: compare ratios.
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AskService } from '../../server/ask/ask.service.js';
import { openDatabase } from '../../server/db/orm.js';
import { seedBundledReports } from '../../server/ingest/seed.js';
import { HubQueries } from '../../server/query/hub-queries.js';
import { readQuestions } from '../support/eval.js';

const ROUNDS = Number(process.env.BENCH_QUESTIONS ?? 3000);
const here = fileURLToPath(new URL('../eval/', import.meta.url));
const questions = ['questions.dev.jsonl', 'questions.own.jsonl', 'negatives.jsonl'].flatMap((f) => readQuestions(join(here, f)).map((q) => q.q));

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function time(label: string, run: (i: number) => Promise<unknown>) {
  for (let i = 0; i < 200; i++) await run(i); // warm up: JIT, caches, the figure index
  const samples: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const start = process.hrtime.bigint();
    await run(i);
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  samples.sort((a, b) => a - b);
  return { label, p50: percentile(samples, 50), p99: percentile(samples, 99) };
}

const dir = mkdtempSync(join(tmpdir(), 'hub-bench-'));
const orm = await openDatabase(`sqlite:${join(dir, 'hub.sqlite')}`);
try {
  await seedBundledReports(orm);
  const ask = new AskService();
  const baseline = await time('baseline: metricsByIds (one figure)', () =>
    new HubQueries(orm.em.fork()).metricsByIds(['ziyun-2024/administrative-reconsideration.concluded']));
  const full = await time('ask: parse + execute + render', (i) => ask.ask(questions[i % questions.length], new HubQueries(orm.em.fork())));
  const parse = await time('ask: parse only', (i) => ask.parse(questions[i % questions.length], new HubQueries(orm.em.fork())));
  console.log(`${ROUNDS} questions (cycling ${questions.length} from tests/eval), Node ${process.version}, SQLite`);
  console.log('| measure | p50 ms | p99 ms | p50 ÷ baseline | p99 ÷ baseline |');
  console.log('|---|---|---|---|---|');
  for (const r of [baseline, full, parse]) {
    console.log(`| ${r.label} | ${r.p50.toFixed(3)} | ${r.p99.toFixed(3)} | ${(r.p50 / baseline.p50).toFixed(1)} | ${(r.p99 / baseline.p99).toFixed(1)} |`);
  }
  console.log(`target (issue 3): ask p50 < 2 ms, p99 < 10 ms → ${full.p50 < 2 && full.p99 < 10 ? 'met' : 'NOT met'} on this run`);
} finally {
  await orm.close();
  rmSync(dir, { recursive: true, force: true });
}
