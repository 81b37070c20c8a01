/**
 * `ingestReport` reads a long report in a worker thread: the instance serving the mutation keeps
 * answering /health meanwhile. Texts beyond the mutation's limit are refused with BAD_USER_INPUT.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrap, type Hub } from '../../server/http/app.js';
import { warmDictionary } from '../../server/vocabulary/dictionary.js';
import { sqliteDatabase, type TestDatabase } from '../support/databases.js';

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

const ingest = (text: string) => fetch(`${hub.url}/graphql`, {
  method: 'POST',
  headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
  body: JSON.stringify({ query: MUTATION, variables: { text } }),
}).then((r) => r.json() as Promise<{ data?: { ingestReport: { reportId: string; figures: number } }; errors?: { message: string; extensions: { code: string } }[] }>);

describe('ingestReport', () => {
  it('leaves /health responsive while it reads a long report', async () => {
    let finished = false;
    const result = ingest(longReport(MAX_INGEST_MUTATION_CHARS - 1000)).finally(() => (finished = true));
    const latencies: number[] = [];
    while (!finished) {
      const started = performance.now();
      expect((await fetch(`${hub.url}/health`)).status).toBe(200);
      latencies.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    const { data, errors } = await result;
    expect(errors).toBeUndefined();
    expect(data!.ingestReport).toMatchObject({ reportId: 'jinping-2024' });
    expect(data!.ingestReport.figures).toBeGreaterThan(1000);
    expect(latencies.length).toBeGreaterThan(3);
    // Generous: reading it on the event loop held /health for seconds.
    expect(Math.max(...latencies)).toBeLessThan(1000);
  }, 120_000);

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
