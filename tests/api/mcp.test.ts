/**
 * The MCP server, with the SDK's own client: over a real stdio child process (`npm run mcp`'s
 * entry) and over an in-memory transport. Tools are listed with their schemas; each is called and
 * its values and sources checked; bad input gives tool errors and the server keeps answering.
 */
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AskService } from '../../server/ask/ask.service.js';
import { hubSchema } from '../../server/graphql/schema.js';
import { operationRunner } from '../../server/mcp/operations.js';
import { createMcpServer } from '../../server/mcp/server.js';
import { sqliteDatabase, type TestDatabase } from '../support/databases.js';
import { startHub, type RunningHub } from '../support/hub.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const TOOLS = ['ask', 'brief', 'get_metric', 'list_reports', 'search_metrics'];
const quiet = { error: () => undefined, warn: () => undefined };

let db: TestDatabase;
let hub: RunningHub;
beforeAll(async () => {
  db = sqliteDatabase();
  hub = await startHub(db.url); // seeds the database both transports read
});
afterAll(async () => {
  await hub?.close();
  await db?.drop();
});

async function inMemoryClient() {
  const server = createMcpServer(operationRunner(await hubSchema(), hub.orm, new AskService(quiet), quiet));
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await server.connect(serverSide);
  const client = new Client({ name: 'test', version: '1.0.0' });
  await client.connect(clientSide);
  return { client, close: () => client.close() };
}

async function stdioClient() {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: ['--import', 'tsx', 'server/mcp/main.ts'],
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: db.url } as Record<string, string>,
    stderr: 'pipe',
  });
  const client = new Client({ name: 'test', version: '1.0.0' });
  await client.connect(transport);
  return { client, close: () => client.close() };
}

const text = (result: object) => (((result as { content?: unknown }).content ?? []) as { type: string; text: string }[]).map((c) => c.text).join('\n');

describe.each([['in memory', inMemoryClient], ['over stdio', stdioClient]] as const)('the MCP server %s', (_name, connect) => {
  let session: Awaited<ReturnType<typeof connect>>;
  beforeAll(async () => {
    session = await connect();
  }, 60_000);
  afterAll(async () => {
    await session?.close();
  });

  it('lists its five tools, each with a title, a description and an input schema', async () => {
    const { tools } = await session.client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual(TOOLS);
    for (const t of tools) {
      expect(t.title, t.name).toBeTruthy();
      expect(t.description!.length, t.name).toBeGreaterThan(30);
      expect(t.inputSchema.type).toBe('object');
    }
    expect(tools.find((t) => t.name === 'ask')!.inputSchema.required).toEqual(['question']);
  });

  it('answers 行政复议审结了多少件 with 22 and its source sentence', async () => {
    const result = await session.client.callTool({ name: 'ask', arguments: { question: '行政复议审结了多少件' } });
    expect(result.isError).toBeFalsy();
    const answer = result.structuredContent as { status: string; value: number; facts: { quote: string; span: { start: number } }[] };
    expect(answer).toMatchObject({ status: 'ANSWERED', value: 22 });
    expect(answer.facts[0].quote).toContain('审结22件');
    expect(text(result)).toContain('审结22件');
  });

  it("includes a report's summary in the ask output: outline, headline figures with sources, problems, next steps", async () => {
    const result = await session.client.callTool({ name: 'ask', arguments: { question: 'Summarize the Ziyun report' } });
    const answer = result.structuredContent as { status: string; summary: { reportId: string; outline: { heading: string }[]; figures: { value: number; quote: string; span: { start: number } }[]; problems: { heading: string }[]; nextSteps: unknown[]; missing: string[] } };
    expect(answer.status).toBe('ANSWERED');
    expect(answer.summary).toMatchObject({ reportId: 'ziyun-2024', missing: [] });
    expect(answer.summary.outline.map((s) => s.heading)).toContain('存在的问题');
    expect(answer.summary.figures[0]).toMatchObject({ value: 39 });
    expect(answer.summary.figures[0].quote).toContain('39件');
    expect(answer.summary.problems.length).toBe(2);
    expect(text(result)).toContain('Headline figures');
  });

  it('offers follow-up questions with an answer, each answered when asked', async () => {
    const result = await session.client.callTool({ name: 'ask', arguments: { question: '紫云行政复议受理了多少件?' } });
    const { followUps } = result.structuredContent as { followUps: string[] };
    expect(followUps.length).toBeGreaterThanOrEqual(2);
    expect(text(result)).toContain(followUps[0]);
    for (const question of followUps) {
      const next = await session.client.callTool({ name: 'ask', arguments: { question } });
      expect((next.structuredContent as { status: string }).status, question).toBe('ANSWERED');
    }
  });

  it('searches figures, paged, with their sources', async () => {
    const result = await session.client.callTool({ name: 'search_metrics', arguments: { text: '调委会', first: 2 } });
    const page = result.structuredContent as { totalCount: number; nodes: { quote: string; report: { id: string } }[]; pageInfo: { hasNextPage: boolean } };
    expect(page.totalCount).toBeGreaterThanOrEqual(5);
    expect(page.nodes).toHaveLength(2);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.nodes[0].report.id).toBe('ziyun-2024');
    expect(page.nodes[0].quote).toContain('调委会');
  });

  it('gets one figure with its meaning and position', async () => {
    const result = await session.client.callTool({ name: 'get_metric', arguments: { id: 'ziyun-2024/people-mediation.committees' } });
    expect(result.structuredContent).toMatchObject({ value: 196, unit: '个', topic: { id: 'people-mediation' }, report: { id: 'ziyun-2024' } });
    expect((result.structuredContent as { parts: unknown[] }).parts).toHaveLength(5);
  });

  it('lists the reports', async () => {
    const result = await session.client.callTool({ name: 'list_reports', arguments: {} });
    expect(result.structuredContent).toEqual({ reports: [expect.objectContaining({ id: 'ziyun-2024', year: 2024, figureCount: 88 })] });
  });

  it('briefs a report by topic, with sources', async () => {
    const result = await session.client.callTool({ name: 'brief', arguments: { reportId: 'ziyun-2024', perTopic: 2 } });
    const brief = result.structuredContent as { headlines: { topic: { id: string } | null; metrics: { quote: string; text: string }[] }[] };
    expect(brief.headlines.length).toBeGreaterThan(10);
    for (const h of brief.headlines) {
      expect(h.metrics.length).toBeLessThanOrEqual(2);
      for (const m of h.metrics) expect(m.quote).toContain(m.text);
    }
    expect(text(result)).toContain('行政复议');
  });

  it.each([
    ['an empty question', 'ask', { question: '   ' }, /empty/],
    ['a huge question', 'ask', { question: '复'.repeat(5000) }, /500/],
    ['a figure id it does not hold', 'get_metric', { id: 'nowhere/nothing' }, /no figure/],
    ['a report it does not hold', 'brief', { reportId: 'atlantis-2024' }, /no report/],
    ['a wrong type', 'list_reports', { year: 'last year' }, /year/i],
  ])('gives a tool error for %s, and keeps running', async (_case, name, args, message) => {
    const result = await session.client.callTool({ name, arguments: args as Record<string, unknown> }).catch((error: Error) => ({ isError: true, content: [{ type: 'text', text: error.message }] }));
    expect(result.isError).toBe(true);
    expect(text(result as { content: unknown })).toMatch(message);
    const after = await session.client.callTool({ name: 'list_reports', arguments: {} });
    expect(after.isError).toBeFalsy();
  });
});
