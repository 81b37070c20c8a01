/** The log of unanswered questions lives in the database and is readable with the admin token only. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { bootstrap, type Hub } from '../../server/http/app.js';
import { sqliteDatabase, type TestDatabase } from '../support/databases.js';

let db: TestDatabase;
let hub: Hub;
const TOKEN = 'test-admin-token-0123456789';

async function gql(query: string, token?: string) {
  const response = await fetch(`${hub.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return response.json();
}

beforeAll(async () => {
  db = sqliteDatabase();
  hub = await bootstrap({ port: 0, host: '127.0.0.1', databaseUrl: db.url, logLevel: 'silent', adminToken: TOKEN });
  await hub.ready;
});
afterAll(async () => {
  await hub.close();
  await db.drop();
});

it('records a question it could not answer, with its status and reason', async () => {
  await gql('{ ask(question: "刑事案件有多少件") { status } }');
  await gql('{ ask(question: "审结了多少件") { status } }');
  await gql('{ ask(question: "行政复议审结了多少件") { status } }');
  const body = await gql('{ unansweredQuestions { question status reason language } }', TOKEN);
  expect(body.data.unansweredQuestions).toEqual([
    { question: '审结了多少件', status: 'CLARIFY', reason: null, language: 'zh' },
    { question: '刑事案件有多少件', status: 'UNANSWERABLE', reason: 'NOT_IN_REPORT', language: 'zh' },
  ]);
});

it('refuses the log without the admin token, or with a wrong one', async () => {
  for (const token of [undefined, 'wrong-token']) {
    const body = await gql('{ unansweredQuestions { question } }', token);
    expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
  }
});
