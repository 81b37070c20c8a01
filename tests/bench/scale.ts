/**
 * `npm run bench:scale`: the hub at 1, 100 and 1,000 reports (BENCH_SCALE=1,100,1000), on SQLite and,
 * when it answers, PostgreSQL: ingest time per report, database size, ask p50/p99 for questions
 * scoped to one report, filtered `metrics` p50, resident memory. Synthetic reports only
 * (tests/bench/synthetic.ts). Appends its table to bench/RESULTS.md.
 */
import 'reflect-metadata';
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AskService } from '../../server/ask/ask.service.js';
import { openDatabase } from '../../server/db/orm.js';
import { ingestReport } from '../../server/ingest/ingest.service.js';
import { seedBundledReports } from '../../server/ingest/seed.js';
import { HubQueries } from '../../server/query/hub-queries.js';
import { postgresAvailable, postgresDatabase } from '../support/databases.js';
import { syntheticReport } from './synthetic.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SCALES = (process.env.BENCH_SCALE ?? '1,100,1000').split(',').map(Number);
const template = readFileSync(join(ROOT, 'seeds/ziyun-2024-rule-of-law-report.txt'), 'utf8');
const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
const QUESTIONS = ['行政复议审结了多少件', '人民调解委员会有多少个', '法律援助中心受理了多少件案件', '法官和检察官一共有多少人', '行政复议受理率是多少'];

async function run(kind: 'sqlite' | 'postgresql', reports: number) {
  const dir = mkdtempSync(join(tmpdir(), 'hub-scale-'));
  const pg = kind === 'postgresql' ? await postgresDatabase() : undefined;
  const url = pg?.url ?? `sqlite:${join(dir, 'hub.sqlite')}`;
  const orm = await openDatabase(url);
  try {
    await seedBundledReports(orm);
    const ingestMs: number[] = [];
    for (let i = 1; i < reports; i++) {
      const { text, region, year } = syntheticReport(template, i);
      const t = performance.now();
      await ingestReport(orm.em.fork(), { text, metadata: { region, year } });
      ingestMs.push(performance.now() - t);
    }
    ingestMs.sort((a, b) => a - b);
    const size = pg
      ? Number((await orm.em.getConnection().execute<{ size: string }[]>('select pg_database_size(current_database()) as size'))[0].size)
      : statSync(join(dir, 'hub.sqlite')).size + (() => { try { return statSync(join(dir, 'hub.sqlite-wal')).size; } catch { return 0; } })();

    const ask = new AskService();
    const queries = () => new HubQueries(orm.em.fork());
    await ask.ask(QUESTIONS[0], queries()); // build the index
    const regions = ['紫云', ...Array.from({ length: Math.min(reports - 1, 50) }, (_, i) => `合成${String(i + 1).padStart(4, '0')}县`)];
    const askMs: number[] = [];
    for (let i = 0; i < 1000; i++) {
      const region = regions[i % regions.length];
      const year = region === '紫云' ? 2024 : 2015 + ((i % regions.length) % 10);
      const t = performance.now();
      await ask.ask(`${region}${year}年${QUESTIONS[i % QUESTIONS.length]}`, queries());
      askMs.push(performance.now() - t);
    }
    askMs.sort((a, b) => a - b);
    const listMs: number[] = [];
    for (let i = 0; i < 500; i++) {
      const t = performance.now();
      await queries().metrics({ reportId: 'ziyun-2024', topic: '行政复议' }, { first: 20 });
      listMs.push(performance.now() - t);
    }
    listMs.sort((a, b) => a - b);
    return {
      kind, reports,
      ingest: reports > 1 ? `${percentile(ingestMs, 50).toFixed(0)} ms` : '—',
      size: `${(size / 2 ** 20).toFixed(1)} MB`,
      ask: `${percentile(askMs, 50).toFixed(2)} / ${percentile(askMs, 99).toFixed(2)} ms`,
      list: `${percentile(listMs, 50).toFixed(3)} ms`,
      rss: `${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MB`,
    };
  } finally {
    await orm.close();
    await pg?.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

const kinds: ('sqlite' | 'postgresql')[] = (await postgresAvailable()) ? ['sqlite', 'postgresql'] : ['sqlite'];
const lines = ['', `## Scale — ${new Date().toISOString().slice(0, 10)} (synthetic reports, in process)`, '',
  '| database | reports | ingest per report (median) | database size | ask p50 / p99 (scoped to one report) | filtered metrics p50 | process RSS |', '|---|---|---|---|---|---|---|'];
for (const kind of kinds) {
  for (const reports of SCALES) {
    const r = await run(kind, reports);
    const line = `| ${r.kind} | ${r.reports} | ${r.ingest} | ${r.size} | ${r.ask} | ${r.list} | ${r.rss} |`;
    console.log(line);
    lines.push(line);
  }
}
mkdirSync(join(ROOT, 'bench'), { recursive: true });
appendFileSync(join(ROOT, 'bench', 'RESULTS.md'), `${lines.join('\n')}\n`);
