/**
 * `npm run mcp`: the MCP server over stdio, on the database `npm start` uses (DATABASE_URL).
 * stdout carries nothing but protocol messages; everything else goes to stderr.
 */
import 'reflect-metadata';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { AskService } from '../ask/ask.service.js';
import { readConfig, redactedDatabaseUrl } from '../config.js';
import { openDatabase } from '../db/orm.js';
import { hubSchema } from '../graphql/schema.js';
import { seedBundledReports } from '../ingest/seed.js';
import { operationRunner } from './operations.js';
import { createMcpServer } from './server.js';

const log = {
  error: (obj: object, msg: string) => console.error(msg, JSON.stringify(obj)),
  warn: (obj: object, msg: string) => console.error(msg, JSON.stringify(obj)),
};

const config = readConfig();
const orm = await openDatabase(config.databaseUrl);
if (config.seed) await seedBundledReports(orm);
const runner = operationRunner(await hubSchema(), orm, new AskService(log), log);
const server = createMcpServer(runner);
await server.connect(new StdioServerTransport());
console.error(`rule-of-law report hub MCP server ready (${redactedDatabaseUrl(config.databaseUrl)})`);

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    void server.close().finally(() => orm.close().finally(() => process.exit(0)));
  });
}
