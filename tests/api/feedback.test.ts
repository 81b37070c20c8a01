/**
 * 👍/👎 on answers over GraphQL, on SQLite and PostgreSQL: stored with what the answer said, listed
 * to an admin page by page, refused to anyone else; bad input is BAD_USER_INPUT and stores nothing;
 * the mutation counts against the rate limit; an answer's follow-ups come with it.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrap, type Hub } from '../../server/http/app.js';
import { AnswerFeedback, FeedbackVote } from '../../server/model/index.js';
import { createDatabase, databaseKinds, type TestDatabase } from '../support/databases.js';

const TOKEN = 'feedback-admin-token-0123456789';
const kinds = await databaseKinds();

const VOTE = `mutation($input: AnswerFeedbackInput!) { answerFeedback(input: $input) { id question status value interpretation vote comment conversationId language createdAt } }`;
const LIST = `query($first: Int, $after: String) { answerFeedback(first: $first, after: $after) {
  totalCount nodes { id question status value interpretation vote comment conversationId client language createdAt } pageInfo { hasNextPage endCursor } } }`;

describe.each(kinds)('answer feedback on %s', (kind) => {
  let db: TestDatabase;
  let hub: Hub;
  async function gql(query: string, variables?: object, token: string | null = null, headers: Record<string, string> = {}) {
    const response = await fetch(`${hub.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, body: await response.json() };
  }
  const stored = async () => (await hub.ready).em.fork().count(AnswerFeedback, {});

  beforeAll(async () => {
    db = await createDatabase(kind);
    hub = await bootstrap({ port: 0, host: '127.0.0.1', databaseUrl: db.url, logLevel: 'silent', adminToken: TOKEN, rateLimitPerMinute: 0 });
    await hub.ready;
  }, 120_000);
  afterAll(async () => {
    await hub?.close();
    await db?.drop();
  });

  it('stores a vote with what the answer said, and lists it to the admin', async () => {
    const asked = (await gql('{ ask(question: "行政复议审结了多少件?") { status value interpretation language } }')).body.data.ask;
    const conversationId = randomUUID();
    const { body } = await gql(VOTE, { input: { question: '行政复议审结了多少件?', status: 'CLARIFY', value: asked.value, interpretation: asked.interpretation, vote: 'DOWN', comment: '应当直接给出22件', conversationId, language: 'zh' } },
      null, { 'x-hub-client': 'reader-secret-0123456789' });
    expect(body.errors).toBeUndefined();
    expect(body.data.answerFeedback).toMatchObject({ question: '行政复议审结了多少件?', status: 'CLARIFY', vote: 'DOWN', comment: '应当直接给出22件', conversationId, language: 'zh' });
    const up = await gql(VOTE, { input: { question: 'How many legal aid cases did Ziyun accept?', status: 'ANSWERED', value: 317, interpretation: 'look up: Legal aid cases accepted', vote: 'UP', language: 'en' } });
    expect(up.body.data.answerFeedback).toMatchObject({ vote: 'UP', value: 317, comment: null, conversationId: null });

    const list = (await gql(LIST, { first: 10 }, TOKEN)).body.data.answerFeedback;
    expect(list.totalCount).toBe(2);
    expect(list.nodes.map((n: { vote: string }) => n.vote)).toEqual(['UP', 'DOWN']);
    expect(list.nodes[1]).toMatchObject({ question: '行政复议审结了多少件?', interpretation: asked.interpretation, comment: '应当直接给出22件', conversationId });
    // The client is a hash: the same reader, not who.
    expect(list.nodes[1].client).toMatch(/^[0-9a-f]{64}$/);
    expect(list.nodes[1].client).not.toContain('reader-secret');
    expect(Date.now() - Date.parse(list.nodes[0].createdAt)).toBeLessThan(60_000);
  });

  it('pages the list with first and after, newest first', async () => {
    const first = (await gql(LIST, { first: 1 }, TOKEN)).body.data.answerFeedback;
    expect(first.nodes).toHaveLength(1);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await gql(LIST, { first: 1, after: first.pageInfo.endCursor }, TOKEN)).body.data.answerFeedback;
    expect(second.nodes[0].id).not.toBe(first.nodes[0].id);
    expect(Number(second.nodes[0].id)).toBeLessThan(Number(first.nodes[0].id));
    const bad = (await gql(LIST, { first: 1, after: 'not-a-cursor' }, TOKEN)).body;
    expect(bad.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  it('refuses the list without the admin token, or with a wrong one', async () => {
    for (const token of [null, 'wrong-token']) {
      const { body } = await gql(LIST, { first: 10 }, token);
      expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
      expect(body.data).toBeNull();
    }
  });

  it('refuses bad input with BAD_USER_INPUT, storing nothing', async () => {
    const before = await stored();
    const good = { question: '行政复议审结了多少件?', status: 'ANSWERED', value: 22, interpretation: '查找:行政复议案件审结数', vote: 'UP' };
    const bad: [string, Record<string, unknown>][] = [
      ['question', { question: '   ' }],
      ['question', { question: '问'.repeat(501) }],
      ['interpretation', { interpretation: '' }],
      ['comment', { comment: 'x'.repeat(1001) }],
      ['conversationId', { conversationId: 'not-a-uuid' }],
      ['language', { language: 'fr' }],
    ];
    for (const [field, change] of bad) {
      const { body } = await gql(VOTE, { input: { ...good, ...change } });
      expect(body.errors?.[0]?.extensions?.code, field).toBe('BAD_USER_INPUT');
      expect(body.errors[0].message, field).toContain(field);
    }
    // Not a vote at all: the schema refuses it before the resolver.
    for (const change of [{ vote: 'MAYBE' }, { status: 'GREAT' }, { value: 'many' }]) {
      const { body } = await gql(VOTE, { input: { ...good, ...change } });
      expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
    expect(await stored()).toBe(before);
  });

  it('gives an answer its follow-ups, each answered when asked', async () => {
    const answer = (await gql('{ ask(question: "紫云行政复议受理了多少件?") { status followUps } }')).body.data.ask;
    expect(answer.followUps.length).toBeGreaterThanOrEqual(2);
    for (const q of answer.followUps) {
      const next = (await gql('query($q: String!) { ask(question: $q) { status } }', { q })).body.data.ask;
      expect(next.status, q).toBe('ANSWERED');
    }
  });
});

describe('answer feedback and the rate limit', () => {
  let db: TestDatabase;
  let hub: Hub;
  beforeAll(async () => {
    db = await createDatabase('sqlite');
    hub = await bootstrap({ port: 0, host: '127.0.0.1', databaseUrl: db.url, logLevel: 'silent', rateLimitPerMinute: 3 });
    await hub.ready;
  }, 120_000);
  afterAll(async () => {
    await hub?.close();
    await db?.drop();
  });

  it('counts each vote as a point, like any mutation', async () => {
    const input = { question: '行政复议审结了多少件?', status: 'ANSWERED', value: 22, interpretation: '查找:行政复议案件审结数', vote: 'UP' };
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      const response = await fetch(`${hub.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: VOTE, variables: { input } }) });
      statuses.push(response.status);
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
  });
});

describe('answer feedback retention', () => {
  let db: TestDatabase;
  let hub: Hub;
  beforeAll(async () => {
    db = await createDatabase('sqlite');
    hub = await bootstrap({ port: 0, host: '127.0.0.1', databaseUrl: db.url, logLevel: 'silent', rateLimitPerMinute: 0, unansweredRetentionDays: 30 });
    await hub.ready;
  }, 120_000);
  afterAll(async () => {
    await hub?.close();
    await db?.drop();
  });

  it('prunes votes older than the retention of the unanswered log when the next is kept', async () => {
    const em = (await hub.ready).em.fork();
    const row = { question: 'q', status: 'ANSWERED', value: null, interpretation: 'i', comment: null, conversationId: null, client: 'c'.repeat(64), language: 'zh' };
    await em.insert(AnswerFeedback, { ...row, vote: FeedbackVote.UP, createdAt: new Date(Date.now() - 40 * 86_400_000) });
    await em.insert(AnswerFeedback, { ...row, vote: FeedbackVote.DOWN, createdAt: new Date(Date.now() - 10 * 86_400_000) });
    const input = { question: '行政复议审结了多少件?', status: 'ANSWERED', value: 22, interpretation: '查找', vote: 'UP' };
    await fetch(`${hub.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: VOTE, variables: { input } }) });
    const left = await em.fork().find(AnswerFeedback, {}, { orderBy: { id: 'asc' } });
    expect(left.map((f) => f.vote)).toEqual(['DOWN', 'UP']);
  });
});
