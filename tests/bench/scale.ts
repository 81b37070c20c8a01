/**
 * `npm run bench:scale`: the hub at 1, 100 and 1,000 reports (BENCH_SCALE=1,100,1000), on SQLite
 * and, when it answers, PostgreSQL. Per size: ingest time per report (in process), database size,
 * then the compiled hub started on that database (as `npm start` runs it) and timed from outside by
 * one client: cold start, `ask` scoped to one report (first question about a report, and the rest),
 * a question naming no report, filtered `metrics` within a report and across all, and the hub's
 * resident memory at the end. Synthetic reports only (tests/bench/synthetic.ts). Writes its
 * section of bench/RESULTS.md. BENCH_DATABASES=sqlite leaves PostgreSQL out.
 */
import 'reflect-metadata';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../../server/db/orm.js';
import { ingestReport } from '../../server/ingest/ingest.service.js';
import { seedBundledReports } from '../../server/ingest/seed.js';
import { postgresAvailable, postgresDatabase } from '../support/databases.js';
import { buildServer, gql, percentile, ROOT, rssMb, startHub, stopAll, writeSection } from './processes.js';
import { syntheticReport } from './synthetic.js';

const SCALES = (process.env.BENCH_SCALE ?? '1,100,1000').split(',').map(Number);
const template = readFileSync(join(ROOT, 'seeds/ziyun-2024-rule-of-law-report.txt'), 'utf8');
const QUESTIONS = ['行政复议审结了多少件', '人民调解委员会有多少个', '法律援助中心受理了多少件案件', '法官和检察官一共有多少人', '行政复议受理率是多少'];
/** Reports asked about, in turn: within the hub's report cache (64), so later questions find theirs cached. */
const ASKED_REPORTS = 50;
const ms = (x: number) => x.toFixed(1);

async function timed<T>(f: () => Promise<T>): Promise<[number, T]> {
  const t = performance.now();
  const value = await f();
  return [performance.now() - t, value];
}

async function run(kind: 'sqlite' | 'postgresql', reports: number) {
  const dir = mkdtempSync(join(tmpdir(), 'hub-scale-'));
  const pg = kind === 'postgresql' ? await postgresDatabase() : undefined;
  const url = pg?.url ?? `sqlite:${join(dir, 'hub.sqlite')}`;
  try {
    const orm = await openDatabase(url);
    await seedBundledReports(orm);
    const ingestMs: number[] = [];
    for (let i = 1; i < reports; i++) {
      const { text, region, year } = syntheticReport(template, i);
      const [t] = await timed(() => ingestReport(orm.em.fork(), { text, metadata: { region, year } }));
      ingestMs.push(t);
    }
    ingestMs.sort((a, b) => a - b);
    const size = pg
      ? Number((await orm.em.getConnection().execute<{ size: string }[]>('select pg_database_size(current_database()) as size'))[0].size)
      : ['', '-wal'].reduce((sum, suffix) => { try { return sum + statSync(join(dir, `hub.sqlite${suffix}`)).size; } catch { return sum; } }, 0);
    await orm.close();

    // The response cache off: these lists would otherwise be answered from it after the first time.
    const hub = await startHub(url, { RESPONSE_CACHE_MB: '0' });
    // Questions about one report each, reports in turn: the first about a report loads and indexes it.
    const asked = Array.from({ length: Math.min(reports, ASKED_REPORTS) }, (_, i) => i === 0
      ? { region: '紫云', year: 2024 } : { region: `合成${String(i).padStart(4, '0')}县`, year: 2015 + (i % 10) });
    const first: number[] = [];
    const again: number[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < 1500; i++) {
      const { region, year } = asked[i % asked.length];
      const [t, body] = await timed(() => gql(hub.port, 'query($q: String!) { ask(question: $q) { status } }', { q: `${region}${year}年${QUESTIONS[i % QUESTIONS.length]}` }));
      if (!body.data?.ask) throw new Error(`ask failed: ${JSON.stringify(body)}`);
      (seen.has(region) ? again : first).push(t);
      seen.add(region);
    }
    const unscoped: number[] = [];
    for (let i = 0; i < 100; i++) unscoped.push((await timed(() => gql(hub.port, '{ ask(question: "行政复议审结了多少件") { status } }')))[0]);
    // Across every report: a ranking by one figure, and the hub's own lists (no report limit).
    const ranking: number[] = [];
    const reportList: number[] = [];
    const acrossAsk = async (q: string, into: number[]) => {
      const [t, body] = await timed(() => gql(hub.port, 'query($q: String!) { ask(question: $q) { status value } }', { q }));
      if (body.data?.ask?.status !== 'ANSWERED') throw new Error(`${q}: ${JSON.stringify(body)}`);
      into.push(t);
    };
    for (let i = 0; i < 100; i++) {
      await acrossAsk(['哪个县受理的法律援助案件最多', '各县行政复议审结案件排名', 'Rank the counties by administrative reconsideration cases concluded'][i % 3], ranking);
      await acrossAsk(['库里有几份报告', '2024年的报告有哪些', 'How many reports are there?'][i % 3], reportList);
    }
    const within: number[] = [];
    const across: number[] = [];
    const list = async (filter: string) => {
      const [t, body] = await timed(() => gql(hub.port, `{ metrics(filter: ${filter}, first: 20) { totalCount nodes { id value quote } } }`));
      if (!body.data?.metrics?.totalCount) throw new Error(`metrics failed: ${JSON.stringify(body)}`);
      return t;
    };
    for (let i = 0; i < 300; i++) {
      within.push(await list('{ reportId: "ziyun-2024", topic: "行政复议" }'));
      across.push(await list(`{ topic: "${i % 2 ? '行政复议' : '法律援助'}" }`));
    }
    const rss = rssMb(hub.child.pid!);
    stopAll();
    for (const list of [first, again, unscoped, within, across, ranking, reportList]) list.sort((a, b) => a - b);
    return {
      kind, reports,
      ingest: reports > 1 ? `${ms(percentile(ingestMs, 50))} ms` : '—',
      size: `${(size / 2 ** 20).toFixed(1)} MB`,
      cold: `${hub.listeningMs} ms`,
      first: `${ms(percentile(first, 50))} / ${ms(percentile(first, 99))}`,
      again: `${ms(percentile(again, 50))} / ${ms(percentile(again, 99))}`,
      unscoped: `${ms(percentile(unscoped, 50))}`,
      list: `${ms(percentile(within, 50))} / ${ms(percentile(across, 50))}`,
      ranking: `${ms(percentile(ranking, 50))} / ${ms(percentile(ranking, 99))}`,
      reportList: `${ms(percentile(reportList, 50))} / ${ms(percentile(reportList, 99))}`,
      rss: `${rss.toFixed(0)} MB`,
    };
  } finally {
    stopAll();
    await pg?.drop();
    rmSync(dir, { recursive: true, force: true });
  }
}

buildServer();
const wanted = (process.env.BENCH_DATABASES ?? 'sqlite,postgresql').split(',');
const pgUp = await postgresAvailable();
const kinds = (['sqlite', 'postgresql'] as const).filter((k) => wanted.includes(k) && (k === 'sqlite' || pgUp));
const lines = [`## Scale — ${new Date().toISOString().slice(0, 10)} (synthetic reports)`, '',
  `Ingest in process; everything else over HTTP from one client against the compiled hub on that database (NODE_ENV=production, REPORT_CACHE_SIZE 64, the response cache off so that lists are computed each time). Questions are scoped to one report each, ${ASKED_REPORTS} reports in turn (fewer when the hub holds fewer): the first question about a report loads and indexes it; later ones find it cached, unless evicted. Rankings (哪个县…最多, 排名, which county … the most) and lists of reports are asked across every report held. Times in ms, p50 / p99.`, '',
  '| database | reports | ingest per report (median) | database size | cold start to /health | ask, first about a report | ask, again | ask naming no report (p50) | metrics p50: one report / all reports | ranking across all reports | list of reports | hub RSS at the end |',
  '|---|---|---|---|---|---|---|---|---|---|---|---|'];
for (const kind of kinds) {
  for (const reports of SCALES) {
    const r = await run(kind, reports);
    const line = `| ${r.kind} | ${r.reports} | ${r.ingest} | ${r.size} | ${r.cold} | ${r.first} | ${r.again} | ${r.unscoped} | ${r.list} | ${r.ranking} | ${r.reportList} | ${r.rss} |`;
    console.log(line);
    lines.push(line);
  }
}
writeSection('scale', lines.join('\n'));
