/**
 * Whole responses to public reads are served from the process's cache until the data version
 * moves; questions, mutations, admin fields and errors never are.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CACHE_HEADER } from '../../server/http/response-cache.js';
import { isCacheableRead, isLimitedOperation } from '../../server/http/operation-kind.js';
import { ingestReport } from '../../server/ingest/ingest.service.js';
import { UnansweredQuestion } from '../../server/model/index.js';
import { sqliteDatabase, type TestDatabase } from '../support/databases.js';
import { startHub, type RunningHub } from '../support/hub.js';

describe('which requests are cached or limited', () => {
  it('caches queries of public reads only, following fragments at the root', () => {
    expect(isCacheableRead({ query: '{ metrics(first: 5) { nodes { id } } topics { id } }' })).toBe(true);
    expect(isCacheableRead({ query: 'query A { reports { id } } query B { ask(question: "x") { text } }', operationName: 'A' })).toBe(true);
    expect(isCacheableRead({ query: 'query A { reports { id } } query B { ask(question: "x") { text } }', operationName: 'B' })).toBe(false);
    expect(isCacheableRead({ query: 'query A { reports { id } } query B { topics { id } }' })).toBe(false); // no operation chosen
    expect(isCacheableRead({ query: '{ ...F } fragment F on Query { ask(question: "x") { text } }' })).toBe(false);
    expect(isCacheableRead({ query: '{ ... on Query { unansweredQuestions { question } } }' })).toBe(false);
    expect(isCacheableRead({ query: '{ __schema { types { name } } }' })).toBe(false);
    expect(isCacheableRead({ query: 'mutation { ingestReport(input: { text: "x" }) { reportId } }' })).toBe(false);
    expect(isCacheableRead({ query: '{ reports { id ' })).toBe(false);
    expect(isCacheableRead('{ reports { id } }')).toBe(false);
  });

  it('limits ask however it is spelled at the root, and mutations', () => {
    expect(isLimitedOperation({ query: '{ ...F } fragment F on Query { ask(question: "x") { text } }' })).toBe(true);
    expect(isLimitedOperation({ query: '{ ... on Query { a: ask(question: "x") { text } } }' })).toBe(true);
    expect(isLimitedOperation({ query: 'mutation { acceptLabelSuggestion(id: "1") { id } }' })).toBe(true);
    expect(isLimitedOperation({ query: '{ metrics(search: "ask") { totalCount } }' })).toBe(false);
  });
});

describe('the response cache', () => {
  let db: TestDatabase;
  let hub: RunningHub;
  const post = async (query: string, variables?: object) => {
    const response = await fetch(`${hub.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    return { hit: response.headers.get(CACHE_HEADER) === 'hit', text: await response.text() };
  };

  beforeAll(async () => {
    db = sqliteDatabase();
    hub = await startHub(db.url);
  });
  afterAll(async () => {
    await hub?.close();
    await db?.drop();
  });

  it('answers a repeated read from the cache, with the same bytes', async () => {
    const query = 'query($first: Int) { metrics(first: $first) { totalCount nodes { id value } } }';
    const first = await post(query, { first: 3 });
    const again = await post(query, { first: 3 });
    expect([first.hit, again.hit]).toEqual([false, true]);
    expect(again.text).toBe(first.text);
    // Other variables, another response.
    const other = await post(query, { first: 4 });
    expect(other.hit).toBe(false);
    expect(JSON.parse(other.text).data.metrics.nodes).toHaveLength(4);
  });

  it('stops serving a response once the data changes', async () => {
    const query = '{ reports { id } metrics { totalCount } }';
    const before = JSON.parse((await post(query)).text);
    expect((await post(query)).hit).toBe(true);
    await ingestReport(hub.orm.em.fork(), { text: readFileSync(new URL('../fixtures/wangmo-2023.txt', import.meta.url), 'utf8') });
    const after = await post(query);
    expect(after.hit).toBe(false);
    const data = JSON.parse(after.text).data;
    expect(data.reports.length).toBe(before.data.reports.length + 1);
    expect(data.metrics.totalCount).toBeGreaterThan(before.data.metrics.totalCount);
  });

  it('never caches questions (they are logged) or errors', async () => {
    const count = () => hub.orm.em.fork().count(UnansweredQuestion, {});
    const before = await count();
    const ask = '{ ask(question: "火星上有多少律师事务所") { status } }';
    expect([(await post(ask)).hit, (await post(ask)).hit]).toEqual([false, false]);
    expect(await count()).toBe(before + 2);
    const bad = '{ metrics(filter: { topic: "no-such-topic" }) { totalCount } }';
    const first = await post(bad);
    expect(JSON.parse(first.text).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect((await post(bad)).hit).toBe(false);
  });

  it('is off with RESPONSE_CACHE_MB=0', async () => {
    const other = sqliteDatabase();
    const uncached = await startHub(other.url, { responseCacheMb: 0 });
    try {
      const get = () => fetch(`${uncached.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ topics { id } }' }) });
      await get();
      expect((await get()).headers.get(CACHE_HEADER)).toBeNull();
    } finally {
      await uncached.close();
      await other.drop();
    }
  });
});
