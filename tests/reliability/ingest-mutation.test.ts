/**
 * `ingestReport` reads a long report in a worker thread: the instance serving the mutation keeps
 * answering /health meanwhile. Texts beyond the mutation's limit are refused with BAD_USER_INPUT.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrap, type Hub } from '../../server/http/app.js';
import { warmDictionary } from '../../server/vocabulary/dictionary.js';
import { sqliteDatabase, type TestDatabase } from '../support/databases.js';
import { savedPage } from '../documents/made-documents.js';

/** The mutation's documented limit (README, Reliability). */
const MAX_INGEST_MUTATION_CHARS = 200_000;
const TOKEN = 'ingest-mutation-test-token';
const FIXTURE = readFileSync(new URL('../fixtures/jinping-2024.txt', import.meta.url), 'utf8');

/** A long report: the fixture's title and header, then its body again and again, up to `length`. */
function longReport(length: number): string {
  const [title, date, source, ...body] = FIXTURE.split('\n');
  let text = `${title}\n${date}\n${source}\n`;
  while (text.length < length) text += `${body.join('\n')}\n`;
  return text.slice(0, length);
}

const MUTATION = 'mutation($text: String!) { ingestReport(input: { text: $text }) { reportId figures } }';
const FILE_MUTATION = 'mutation($content: String!, $fileName: String!) { ingestReport(input: { content: $content, fileName: $fileName }) { reportId figures } }';

let db: TestDatabase;
let hub: Hub;
beforeAll(async () => {
  db = sqliteDatabase();
  hub = await bootstrap({ port: 0, host: '127.0.0.1', databaseUrl: db.url, logLevel: 'silent', adminToken: TOKEN, rateLimitPerMinute: 0 });
  await hub.ready;
  // The hub builds its bilingual dictionary on the event loop just after ready (a second or two):
  // built here first, so what is measured is the ingest, not the start.
  warmDictionary();
});
afterAll(async () => {
  await hub?.close();
  await db?.drop();
});

type IngestReply = { data?: { ingestReport: { reportId: string; figures: number } }; errors?: { message: string; extensions: { code: string } }[] };
const post = (query: string, variables: Record<string, string>) => fetch(`${hub.url}/graphql`, {
  method: 'POST',
  headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
  body: JSON.stringify({ query, variables }),
}).then((r) => r.json() as Promise<IngestReply>);
const ingest = (text: string) => post(MUTATION, { text });

/**
 * /health polled every 25 ms until `work` settles: the longest wait for an answer, counted from
 * the previous answer (the hub runs in this process, so a blocked event loop delays the poll too).
 */
async function healthWhile<T>(work: Promise<T>): Promise<{ result: T; latencies: number[] }> {
  let finished = false;
  const settled = work.finally(() => (finished = true));
  const latencies: number[] = [];
  let previous = performance.now();
  while (!finished) {
    expect((await fetch(`${hub.url}/health`)).status).toBe(200);
    const now = performance.now();
    latencies.push(now - previous);
    previous = now;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return { result: await settled, latencies };
}

describe('ingestReport', () => {
  it('leaves /health responsive while it reads a long report', async () => {
    const { result: { data, errors }, latencies } = await healthWhile(ingest(longReport(MAX_INGEST_MUTATION_CHARS - 1000)));
    expect(errors).toBeUndefined();
    expect(data!.ingestReport).toMatchObject({ reportId: 'jinping-2024' });
    expect(data!.ingestReport.figures).toBeGreaterThan(1000);
    expect(latencies.length).toBeGreaterThan(3);
    // Generous: reading it on the event loop held /health for seconds.
    expect(Math.max(...latencies)).toBeLessThan(1000);
  }, 120_000);

  it('leaves /health responsive while it converts a long saved web page, also read in a worker', async () => {
    const text = longReport(MAX_INGEST_MUTATION_CHARS / 2).replace(/^[^\n]*/, '纪南县2024年法治政府建设工作报告');
    // As pages exported from Word are: every run of a few characters in its own styled span.
    const page = savedPage({ file: 'long.html', text, region: '纪南县', year: 2024, title: '纪南县2024年法治政府建设工作报告' })
      .replace(/(<p style="text-indent:2em">)([^<]+)(<\/p>)/g, (_, open, body: string, close) => open + body.replace(/[^]{1,4}/g, (run) => `<span style="font-family:SimSun">${run}</span>`) + close);
    const { result: { data, errors }, latencies } = await healthWhile(post(FILE_MUTATION, { content: Buffer.from(page).toString('base64'), fileName: 'long.html' }));
    expect(errors).toBeUndefined();
    expect(data!.ingestReport.figures).toBeGreaterThan(500);
    expect(latencies.length).toBeGreaterThan(3);
    // Converted on the event loop, Readability and linkedom held /health for about 1.5 s here.
    expect(Math.max(...latencies)).toBeLessThan(800);
  }, 120_000);

  it('refuses a broken file as bad input, from the document worker, changing nothing', async () => {
    const before = await fetch(`${hub.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ reports { id } }' }) }).then((r) => r.json());
    const { errors } = await post(FILE_MUTATION, { content: Buffer.from('PK\u0003\u0004 not really a zip').toString('base64'), fileName: 'broken.docx' });
    expect(errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(errors![0].message).toMatch(/nothing changed/);
    const after = await fetch(`${hub.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ reports { id } }' }) }).then((r) => r.json());
    expect(after).toEqual(before);
  });

  it('refuses a text over its limit, saying the limit and what to use instead', async () => {
    const { data, errors } = await ingest(longReport(MAX_INGEST_MUTATION_CHARS + 1));
    expect(data).toBeFalsy();
    expect(errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(errors![0].message).toMatch(/at most 200000/);
  });

  it('reports a report it cannot read as bad input, from the worker', async () => {
    const { errors } = await ingest('no title, no region, no year: nothing to read');
    expect(errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(errors![0].message).toMatch(/nothing changed/);
  });
});
