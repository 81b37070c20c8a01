/**
 * `npm run load`: a mix of list queries, figure lookups and questions at 100 concurrent connections
 * for 30 s on loopback (autocannon), against the hub as `npm start` runs it (compiled, production
 * mode), started as its own process on a fresh SQLite file, so the load tool does not share its
 * event loop.
 * Prints requests, errors (anything but 2xx, not counting 429s from a limit set low on purpose),
 * latency and resident memory before and after. LOAD_SECONDS, LOAD_CONNECTIONS and
 * LOAD_RATE_LIMIT (questions a minute per client; 0 = off, the default here) change the run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { buildServer, rssMb, startHub } from './processes.js';

const seconds = Number(process.env.LOAD_SECONDS ?? 30);
const connections = Number(process.env.LOAD_CONNECTIONS ?? 100);
const rateLimit = Number(process.env.LOAD_RATE_LIMIT ?? 0);

const body = (query: string, variables?: object) => JSON.stringify({ query, variables });
const QUESTIONS = ['行政复议审结了多少件?', 'How many law firms are there?', '法官和检察官一共有多少人', 'What share of reconsideration applications were accepted?', '2023年行政复议收到多少件?'];
const requests = [
  { body: body('{ metrics(first: 20) { totalCount nodes { id label value unit quote span { start end } } } }') },
  { body: body('{ reports { id title region year figureCount } }') },
  { body: body('{ metric(id: "ziyun-2024/people-mediation.committees") { value parts { label value } } }') },
  ...QUESTIONS.map((q) => ({ body: body('query($q: String!) { ask(question: $q) { status value text } }', { q }) })),
].map((r) => ({ ...r, method: 'POST' as const, path: '/graphql', headers: { 'content-type': 'application/json' } }));

const mb = (megabytes: number) => `${megabytes.toFixed(0)} MB`;

const dir = mkdtempSync(join(tmpdir(), 'hub-load-'));
// The hub as `npm start` runs it: compiled, production mode, npm start's node flags.
buildServer();
const started = await startHub(`sqlite:${join(dir, 'hub.sqlite')}`, { RATE_LIMIT_PER_MINUTE: String(rateLimit) });
const hub = started.child;
const url = `http://127.0.0.1:${started.port}/graphql`;
const before = rssMb(hub.pid!);
// A slow answer is latency, reported below; only a request with no answer in 30 s is an error.
const result = await autocannon({ url, connections, duration: seconds, requests, timeout: 30 });
const after = rssMb(hub.pid!);
hub.kill('SIGTERM');
await new Promise((resolve) => hub.once('exit', resolve));
rmSync(dir, { recursive: true, force: true });

const limited = result.statusCodeStats?.['429']?.count ?? 0;
const errors = result.non2xx - limited + result.errors + result.timeouts;
console.log(`${connections} connections, ${seconds} s, mix of ${requests.length} operations (3 reads, ${QUESTIONS.length} questions)`);
console.log(`requests: ${result.requests.total} (${result.requests.average.toFixed(0)}/s), latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms`);
console.log(`errors: ${errors} (non-2xx ${result.non2xx - limited}, socket errors ${result.errors}, timeouts ${result.timeouts}); rate-limited (429): ${limited}${rateLimit ? ` (limit ${rateLimit}/min)` : ''}`);
if (errors) console.log('status codes:', JSON.stringify(result.statusCodeStats));
console.log(`resident memory: ${mb(before)} before, ${mb(after)} after`);
process.exitCode = errors === 0 ? 0 : 1;
