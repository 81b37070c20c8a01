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
import { askLogOf, attachAskLog } from '../query/ask-log.js';
import { operationRunner } from './operations.js';
import { createMcpServer } from './server.js';

const log = {
  error: (obj: object, msg: string) => console.error(msg, JSON.stringify(obj)),
  warn: (obj: object, msg: string) => console.error(msg, JSON.stringify(obj)),
};

const config = readConfig();
const orm = await openDatabase(config.databaseUrl);
attachAskLog(orm, { retentionDays: config.unansweredRetentionDays, log });
if (config.seed) await seedBundledReports(orm);
const runner = operationRunner(await hubSchema(), orm, new AskService(log), log);
const server = createMcpServer(runner);
const transport = new StdioServerTransport();

/**
 * The server lives as long as its client: at the end of stdin (the client went away) it closes and
 * exits, and a transport failure (a line over the SDK's 10 MB buffer, a broken pipe) is logged and
 * ends the process with status 1, rather than leaving a server that reads nothing.
 */
let exitCode = 0;
let stopping = false;
function stop(code: number): void {
  exitCode = Math.max(exitCode, code);
  if (stopping) return;
  stopping = true;
  void server.close().catch(() => undefined)
    .finally(() => askLogOf(orm.em).drain())
    .finally(() => orm.close().catch(() => undefined))
    .finally(() => process.exit(exitCode));
}
server.server.onerror = (error) => {
  console.error(`MCP transport failure: ${error.message.slice(0, 300)}`);
  // The SDK closes the transport after a read it could not buffer; other errors (a message that
  // is not JSON-RPC) leave it open and are only logged.
  if (/exceeded maximum size/i.test(error.message)) stop(1);
};
server.server.onclose = () => stop(0);
process.stdin.once('end', () => stop(0));
process.stdout.once('error', (error) => {
  console.error(`MCP transport failure: cannot write to stdout (${error.message})`);
  stop(1);
});
await server.connect(transport);
console.error(`rule-of-law report hub MCP server ready (${redactedDatabaseUrl(config.databaseUrl)})`);

for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => stop(0));
