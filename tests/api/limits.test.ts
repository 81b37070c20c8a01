/**
 * The limits an outside attacker meets (issue 17): every string argument capped and free of NUL,
 * with BAD_USER_INPUT at once; the rate limit counting each limited field however it arrives
 * (aliases, fragments, persisted queries, batches) and a cost limit on public reads; slow bodies
 * and connection floods cut off; the SQLite rate-limit counter never waiting for another process's
 * write; short errors for bad dates, huge catalogs and invisible questions; admin-only label
 * suggestions, and a bearer scheme in any case.
 */
import { createHash } from 'node:crypto';
import { connect, type Socket } from 'node:net';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { MAX_STRING_LENGTH } from '../../server/graphql/argument-limits.js';
import { requestCost } from '../../server/http/operation-kind.js';
import { sqliteDatabase, type TestDatabase } from '../support/databases.js';
import { startHub, type RunningHub } from '../support/hub.js';

const TOKEN = 'limits-admin-token';
const ASK = 'ask(question: "行政复议审结了多少件") { value }';

let db: TestDatabase;
let hub: RunningHub;

async function post(hubUrl: string, body: unknown, headers: Record<string, string> = {}) {
  const started = performance.now();
  const response = await fetch(`${hubUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, ms: performance.now() - started, text, json: JSON.parse(text) as { data?: any; errors?: any[] } };
}
const gql = (query: string, variables?: object, headers?: Record<string, string>) => post(hub.url, { query, variables }, headers);
const codeOf = (r: { json: { errors?: any[] } }) => r.json.errors?.[0]?.extensions?.code;

beforeAll(async () => {
  db = sqliteDatabase();
  hub = await startHub(db.url, { rateLimitPerMinute: 5, adminToken: TOKEN });
});
afterAll(async () => {
  await hub?.close();
  await db?.drop();
});
// Each test starts with the client's minute unspent (the limit is 5 questions or changes).
beforeEach(async () => {
  await hub.orm.em.getConnection().execute('delete from rate_limit');
});

describe('string arguments', () => {
  const long = 'x'.repeat(1_000_000);
  const cases: [string, string][] = [
    ['metrics region', 'query($s: String) { metrics(filter: { region: $s }) { totalCount } }'],
    ['metrics topic', 'query($s: String) { metrics(filter: { topic: $s }) { totalCount } }'],
    ['metrics measure', 'query($s: String) { metrics(filter: { measure: $s }) { totalCount } }'],
    ['metrics reportId', 'query($s: ID) { metrics(filter: { reportId: $s }) { totalCount } }'],
    ['metrics sectionId', 'query($s: ID) { metrics(filter: { sectionId: $s }) { totalCount } }'],
    ['metrics unit', 'query($s: String) { metrics(filter: { unit: $s }) { totalCount } }'],
    ['metrics search', 'query($s: String) { metrics(filter: { search: $s }) { totalCount } }'],
    ['reports region', 'query($s: String) { reports(region: $s) { id } }'],
    ['sections region', 'query($s: String) { sections(region: $s) { id } }'],
    ['documents reportId', 'query($s: ID) { documents(reportId: $s) { title } }'],
    ['metric id', 'query($s: ID!) { metric(id: $s) { id } }'],
    ['report id', 'query($s: ID!) { report(id: $s) { id } }'],
  ];

  it.each(cases)('refuses a 1,000,000-character %s with BAD_USER_INPUT, well under a second', async (_name, query) => {
    const response = await gql(query, { s: long });
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    expect(response.json.errors![0].message.length).toBeLessThan(300);
    expect(response.ms).toBeLessThan(1000);
  });

  it('refuses a long string written in the document itself, not only in a variable', async () => {
    const response = await gql(`{ metrics(filter: { region: "${'紫'.repeat(MAX_STRING_LENGTH + 1)}" }) { totalCount } }`);
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
  });

  it('refuses a long labelSuggestions status (admin) and a long question', async () => {
    expect(codeOf(await gql('query($s: String) { labelSuggestions(status: $s) { id } }', { s: long }, { authorization: `Bearer ${TOKEN}` }))).toBe('BAD_USER_INPUT');
    expect(codeOf(await gql('query($q: String!) { ask(question: $q) { text } }', { q: '复'.repeat(501) }))).toBe('BAD_USER_INPUT');
  });

  it('still answers strings of ordinary length', async () => {
    const response = await gql('query($s: String) { metrics(filter: { region: $s, search: "行政复议" }) { totalCount } }', { s: '紫云' });
    expect(response.json.errors).toBeUndefined();
    expect(response.json.data.metrics.totalCount).toBeGreaterThan(0);
  });

  it.each([
    ['region', 'query($s: String) { metrics(filter: { region: $s }) { totalCount } }'],
    ['search', 'query($s: String) { metrics(filter: { search: $s }) { totalCount } }'],
    ['question', 'query($s: String!) { ask(question: $s) { text } }'],
  ])('refuses a NUL character in %s with BAD_USER_INPUT', async (_name, query) => {
    const response = await gql(query, { s: '行政\u0000复议' });
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    expect(response.json.errors![0].message).toMatch(/NUL/);
  });

  it('refuses a NUL in labelSuggestions(status) and in an ingested title', async () => {
    const admin = { authorization: `Bearer ${TOKEN}` };
    expect(codeOf(await gql('{ labelSuggestions(status: "PEND\\u0000ING") { id } }', undefined, admin))).toBe('BAD_USER_INPUT');
    const ingest = await gql('mutation($t: String) { ingestReport(input: { text: "x", title: $t }) { reportId } }', { t: 'a\u0000b' }, admin);
    expect(codeOf(ingest)).toBe('BAD_USER_INPUT');
  });

  it('refuses a search of 50,000 characters or of 1,000 words, and of more than 20 words', async () => {
    for (const search of ['复'.repeat(50_001), Array.from({ length: 1000 }, (_, i) => `w${i}`).join(' '), Array.from({ length: 30 }, () => 'a').join(' ')]) {
      const response = await gql('query($s: String) { metrics(filter: { search: $s }) { totalCount } }', { s: search });
      expect(codeOf(response)).toBe('BAD_USER_INPUT');
    }
  });

  it('cuts a long error message: a 1 MB enum value is not echoed back whole', async () => {
    const response = await gql(`{ metrics(filter: { qualifier: ${'X'.repeat(1_000_000)} }) { totalCount } }`);
    expect(response.status).toBe(400);
    expect(response.text.length).toBeLessThan(3000);
  });
});

describe('bad input reported as bad input', () => {
  it('answers a persisted-query hash that does not match its query with BAD_USER_INPUT', async () => {
    const response = await post(hub.url, { query: '{ reports { id } }', extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } });
    expect(response.status).toBe(400);
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
  });

  it('answers deeply nested variables on a cacheable read with BAD_USER_INPUT, not a 500', async () => {
    const depth = 100_000;
    const body = `{"query":"query($v: String) { reports(region: $v) { id } }","variables":{"v":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}}`;
    const response = await fetch(`${hub.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect(response.status).toBe(400);
    expect((await response.json()).errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses publishedOn 2024-13-45', async () => {
    const response = await gql('mutation($t: String!) { ingestReport(input: { text: $t, region: "测试县", year: 2024, publishedOn: "2024-13-45" }) { reportId } }',
      { t: '测试县2024年法治政府建设工作报告\n一、工作情况\n共受理8件。' }, { authorization: `Bearer ${TOKEN}` });
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    expect(response.json.errors![0].message).toMatch(/2024-13-45/);
  });

  it('answers a huge invalid catalog with a short error: the first problems and their count', async () => {
    const catalog = JSON.stringify({ report: 'x', figures: Array.from({ length: 5000 }, (_, i) => ({ key: `BAD KEY ${i}`, anchor: 'y'.repeat(100) })) });
    const response = await gql('mutation($t: String!, $c: String) { ingestReport(input: { text: $t, catalog: $c }) { reportId } }',
      { t: '测试县2024年法治政府建设工作报告\n一、工作情况\n共受理8件。', c: catalog }, { authorization: `Bearer ${TOKEN}` });
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    expect(response.text.length).toBeLessThan(5000);
    expect(response.json.errors![0].message).toMatch(/\d{4,} problems/);
  });

  it('treats a question of only zero-width spaces as empty', async () => {
    const response = await gql('query($q: String!) { ask(question: $q) { text } }', { q: '\u200B\u200B\u200C\uFEFF \u2060' });
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    expect(response.json.errors![0].message).toMatch(/empty/);
  });
});

describe('admin access', () => {
  it('refuses labelSuggestions without the admin token', async () => {
    const response = await gql('{ labelSuggestions { id } }');
    expect(codeOf(response)).toBe('FORBIDDEN');
    expect(response.json.data?.labelSuggestions).toBeUndefined();
  });

  it('accepts the bearer scheme in any case (RFC 7235)', async () => {
    for (const scheme of ['bearer', 'BEARER', 'Bearer']) {
      const response = await gql('{ labelSuggestions { id } unansweredQuestions { question } }', undefined, { authorization: `${scheme} ${TOKEN}` });
      expect(response.json.errors).toBeUndefined();
    }
    expect(codeOf(await gql('{ labelSuggestions { id } }', undefined, { authorization: `bearer wrong-${TOKEN}` }))).toBe('FORBIDDEN');
  });
});

describe('the rate limit counts every limited field', () => {
  it('refuses more than 5 questions in one request, whatever the limit', async () => {
    const aliases = Array.from({ length: 6 }, (_, i) => `a${i}: ${ASK}`).join(' ');
    const response = await gql(`{ ${aliases} }`);
    expect(response.status).toBe(400);
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
  });

  it('counts each alias of ask: 3 and 3 are over a limit of 5', async () => {
    const three = Array.from({ length: 3 }, (_, i) => `a${i}: ${ASK}`).join(' ');
    expect((await gql(`{ ${three} }`)).status).toBe(200);
    expect((await gql(`{ ${three} }`)).status).toBe(429);
  });

  it('counts ask fields reached through fragments', async () => {
    const query = `{ ...F } fragment F on Query { a: ${ASK} ... on Query { b: ${ASK} c: ${ASK} } }`;
    expect((await gql(query)).status).toBe(200);
    expect((await gql(query)).status).toBe(429);
  });

  it('counts a query sent only by its persisted-query hash, POST and GET', async () => {
    const query = `{ ${ASK} }`;
    const extensions = { persistedQuery: { version: 1, sha256Hash: createHash('sha256').update(query).digest('hex') } };
    expect((await post(hub.url, { query, extensions })).status).toBe(200);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      statuses.push((await post(hub.url, { extensions })).status);
      const get = await fetch(`${hub.url}/graphql?extensions=${encodeURIComponent(JSON.stringify(extensions))}`, { headers: { 'apollo-require-preflight': 'true' } });
      statuses.push(get.status);
    }
    // One registration and four more fit in five; the other four are refused.
    expect(statuses.filter((s) => s === 200)).toHaveLength(4);
    expect(statuses.filter((s) => s === 429)).toHaveLength(4);
  });

  it('counts each operation of a batch and each mutation field', () => {
    const ask = { query: `{ ${ASK} }` };
    expect(requestCost([ask, ask, { query: `{ x: ${ASK} y: ${ASK} }` }])).toMatchObject({ limited: 4, questions: 4 });
    expect(requestCost({ query: 'mutation { a: acceptLabelSuggestion(id: "1") { id } b: rejectLabelSuggestion(id: "2") { id } }' }).limited).toBe(2);
    expect(requestCost({ query: 'query A { reports { id } } query B { ask(question: "x") { text } }', operationName: 'A' }).limited).toBe(0);
  });

  it('prices reads by root fields and pages', () => {
    expect(requestCost({ query: '{ reports { id } topics { id } }' }).reads).toBe(2);
    expect(requestCost({ query: 'query($n: Int) { metrics(first: $n) { totalCount } }', variables: { n: 1000 } }).reads).toBe(11);
    expect(requestCost({ query: `{ ${Array.from({ length: 30 }, (_, i) => `r${i}: reports { id }`).join(' ')} }` }).reads).toBe(30);
  });
});

describe('the cost limit on public reads', () => {
  let reads: RunningHub;
  beforeAll(async () => {
    reads = await startHub('sqlite::memory:', { readCostPerMinute: 50 });
  });
  afterAll(() => reads?.close());

  it('refuses reads past the client\'s points for the minute, aliases and pages included', async () => {
    const aliases = `{ ${Array.from({ length: 30 }, (_, i) => `r${i}: reports { id }`).join(' ')} }`;
    expect((await post(reads.url, { query: aliases })).status).toBe(200);
    // 30 spent; a page of 1,000 figures is 11 more, the second is over 50.
    expect((await post(reads.url, { query: '{ metrics(first: 1000) { totalCount } }' })).status).toBe(200);
    const refused = await post(reads.url, { query: '{ metrics(first: 1000) { totalCount } }' });
    expect(refused.status).toBe(429);
    expect(codeOf(refused)).toBe('RATE_LIMITED');
    // Served from the response cache or not, a read costs the same.
    expect((await post(reads.url, { query: aliases })).status).toBe(429);
  });
});

describe('the rate-limit counter on SQLite', () => {
  it('does not wait for another process holding the write lock, and still limits', async () => {
    const other = new Database(db.url.slice('sqlite:'.length));
    other.exec('begin immediate');
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 7; i++) {
        const response = await gql(`{ ${ASK} }`);
        expect(response.ms).toBeLessThan(1000);
        statuses.push(response.status);
      }
      expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(2);
    } finally {
      other.exec('rollback');
      other.close();
    }
  });
});

describe('slow clients and connection floods', () => {
  let guarded: RunningHub;
  const warnings: string[] = [];
  beforeAll(async () => {
    guarded = await startHub('sqlite::memory:', { http: { requestTimeoutMs: 1000, headersTimeoutMs: 500, maxConnectionsPerClient: 5 } });
    // The hub logs silently in tests: catch its warnings instead.
    guarded.app.log.warn = ((_detail: object, message: string) => void warnings.push(message)) as unknown as typeof guarded.app.log.warn;
  });
  afterAll(() => guarded?.close());

  const open = (): Promise<Socket> => new Promise((resolve, reject) => {
    const socket = connect(Number(new URL(guarded.url).port), '127.0.0.1', () => resolve(socket));
    socket.once('error', reject);
  });
  const closed = (socket: Socket) => new Promise<string>((resolve) => {
    let received = '';
    socket.on('data', (chunk) => (received += chunk));
    socket.once('close', () => resolve(received));
  });

  it('answers 408 and closes a connection whose body trickles in past the request timeout', async () => {
    const socket = await open();
    const ended = closed(socket);
    socket.write('POST /graphql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{');
    const started = Date.now();
    const trickle = setInterval(() => socket.writable && socket.write(' '), 200);
    const outcome = await Promise.race([ended, new Promise<string>((resolve) => setTimeout(() => resolve('still open'), 5000))]);
    clearInterval(trickle);
    socket.destroy();
    expect(outcome).toMatch(/^HTTP\/1.1 408/);
    expect(Date.now() - started).toBeLessThan(3000);
    expect(warnings.some((w) => /took too long/.test(w))).toBe(true);
  });

  it('closes connections beyond the cap per client at once, and serves again once they are gone', async () => {
    const sockets = await Promise.all(Array.from({ length: 8 }, open));
    const outcomes = await Promise.all(sockets.map((s) => Promise.race([closed(s).then(() => 'closed'), new Promise<string>((resolve) => setTimeout(() => resolve('open'), 500))])));
    expect(outcomes.filter((o) => o === 'closed')).toHaveLength(3);
    expect(warnings.some((w) => /MAX_CONNECTIONS_PER_CLIENT/.test(w))).toBe(true);
    for (const s of sockets) s.destroy();
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await fetch(`${guarded.url}/health`)).status).toBe(200);
  });
});
