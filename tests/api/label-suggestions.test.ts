/**
 * Model-assisted labelling at ingest: proposals for poorly labelled figures are validated, stored
 * apart as suggestions, and change a figure only when an admin accepts them. A local
 * OpenAI-compatible server stands in for the model; the report is made up (tests/fixtures).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { AskConfig } from '../../server/config.js';
import { bootstrap, type Hub } from '../../server/http/app.js';
import { ingestReport } from '../../server/ingest/ingest.service.js';
import { suggestLabels } from '../../server/ingest/model-labeller.js';
import { ingestCli } from '../support/cli.js';
import { sqliteDatabase, type TestDatabase } from '../support/databases.js';
import { startFakeModel, type FakeModel } from '../support/fake-model.js';

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const TOKEN = 'label-admin-token';
let db: TestDatabase;
let model: FakeModel;
let hub: Hub;
let config: AskConfig;

async function gql(query: string, token?: string) {
  const response = await fetch(`${hub.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query }),
  });
  return response.json();
}

/** The figure ids the labeller asked about, from the user message ("id: text — in: quote" lines). */
const askedIds = (content: string | null) => (content ?? '').split('\n').map((line) => line.split(': ')[0]);

beforeAll(async () => {
  db = sqliteDatabase();
  model = await startFakeModel();
  config = { mode: 'rules', baseUrl: model.url, apiKey: 'k', model: 'fake-labeller', timeoutMs: 2000 };
  hub = await bootstrap({ port: 0, host: '127.0.0.1', databaseUrl: db.url, logLevel: 'silent', adminToken: TOKEN });
  const orm = await hub.ready;
  await ingestReport(orm.em.fork(), { text: readFileSync(`${FIXTURES}wangmo-2023.txt`, 'utf8') });
});
afterAll(async () => {
  await hub?.close();
  await model?.close();
  await db?.drop();
});

it('stores nothing and says why when the model proposes unknown topics twice', async () => {
  model.behave((request) => ({
    toolCall: { labels: askedIds(request.messages.at(-1)!.role === 'user' ? request.messages.at(-1)!.content : request.messages[2].content)
      .map((metricId) => ({ metricId, topic: 'astrology', measure: null, labelZh: '占星', labelEn: 'Astrology' })) },
  }));
  const orm = await hub.ready;
  const outcome = await suggestLabels(orm.em.fork(), 'wangmo-2023', config);
  expect(outcome.suggested).toBe(0);
  expect(outcome.failure).toMatch(/unknown topic astrology/);
  expect((await gql('{ labelSuggestions { id } }', TOKEN)).data.labelSuggestions).toEqual([]);
});

it('stores valid proposals as pending suggestions, leaving the figures as they were', async () => {
  model.behave((request) => ({
    toolCall: { labels: askedIds(request.messages[2].content).map((metricId) => ({ metricId, topic: 'legal-aid', measure: 'concluded', labelZh: '法律援助案件办结数', labelEn: 'Legal aid cases concluded' })) },
  }));
  const orm = await hub.ready;
  const outcome = await suggestLabels(orm.em.fork(), 'wangmo-2023', config);
  expect(outcome.failure).toBeUndefined();
  expect(outcome.suggested).toBe(outcome.asked);
  expect(outcome.asked).toBeGreaterThan(0);
  const { data } = await gql('{ labelSuggestions(reportId: "wangmo-2023", status: "PENDING") { id metricId topicId labelEn status model } }', TOKEN);
  expect(data.labelSuggestions).toHaveLength(outcome.suggested);
  expect(data.labelSuggestions[0]).toMatchObject({ topicId: 'legal-aid', status: 'PENDING', model: 'fake-labeller' });
  const metric = (await gql(`{ metric(id: "${data.labelSuggestions[0].metricId}") { labelledBy } }`)).data.metric;
  expect(metric.labelledBy).toBe('AUTO');
});

it('applies a suggestion only when an admin accepts it', async () => {
  const [first, second] = (await gql('{ labelSuggestions(status: "PENDING") { id metricId } }', TOKEN)).data.labelSuggestions;
  expect((await gql(`mutation { acceptLabelSuggestion(id: "${first.id}") { status } }`)).errors[0].extensions.code).toBe('FORBIDDEN');
  const accepted = await gql(`mutation { acceptLabelSuggestion(id: "${first.id}") { status } }`, TOKEN);
  expect(accepted.data.acceptLabelSuggestion.status).toBe('ACCEPTED');
  const metric = (await gql(`{ metric(id: "${first.metricId}") { labelledBy labelEn topic { id } } }`)).data.metric;
  expect(metric).toEqual({ labelledBy: 'MODEL', labelEn: 'Legal aid cases concluded', topic: { id: 'legal-aid' } });
  const rejected = await gql(`mutation { rejectLabelSuggestion(id: "${second.id}") { status } }`, TOKEN);
  expect(rejected.data.rejectLabelSuggestion.status).toBe('REJECTED');
  const again = await gql(`mutation { acceptLabelSuggestion(id: "${second.id}") { status } }`, TOKEN);
  expect(again.errors[0].message).toMatch(/already rejected/);
});

it('reports a failing endpoint without failing the ingest', async () => {
  model.behave(() => ({ status: 503 }));
  const orm = await hub.ready;
  const outcome = await suggestLabels(orm.em.fork(), 'wangmo-2023', config);
  expect(outcome).toMatchObject({ suggested: 0, failure: 'the model endpoint answered 503' });
});

it('asks for suggestions from the ingest command with --llm', async () => {
  model.behave((request) => ({
    toolCall: { labels: askedIds(request.messages[2].content).map((metricId) => ({ metricId, topic: null, measure: null, labelZh: '某项数据', labelEn: 'A figure' })) },
  }));
  const other = sqliteDatabase();
  try {
    const { code, output } = await ingestCli(other.url, [`${FIXTURES}jinping-2024.txt`, '--llm'], { OPENAI_BASE_URL: model.url, OPENAI_API_KEY: 'k', ASK_MODEL: 'fake-labeller' });
    expect(code).toBe(0);
    expect(output).toMatch(/\d+ label suggestions stored for \d+ figures/);
  } finally {
    await other.drop();
  }
}, 60_000);
