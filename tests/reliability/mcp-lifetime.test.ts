/**
 * `npm run mcp` lives as long as its client: it exits when stdin ends, and a line larger than the
 * transport can buffer is logged and ends the process with a non-zero status instead of leaving a
 * server that no longer reads anything.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/db/orm.js';
import { seedBundledReports } from '../../server/ingest/seed.js';
import { sqliteDatabase, type TestDatabase } from '../support/databases.js';
import { ROOT } from '../support/hub-process.js';

let db: TestDatabase;
beforeAll(async () => {
  db = sqliteDatabase();
  const orm = await openDatabase(db.url);
  await seedBundledReports(orm);
  await orm.close();
});
afterAll(() => db?.drop());

/** The MCP server as a process, resolved once it says it is ready. */
function startMcp(): Promise<{ child: ChildProcess; stderr: () => string; exited: Promise<number | null> }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/mcp/main.ts'], {
    cwd: ROOT, env: { ...process.env, DATABASE_URL: db.url, SEED: 'false' }, stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const kill = setTimeout(() => child.kill('SIGKILL'), 60_000);
  void exited.then(() => clearTimeout(kill));
  return new Promise((resolve, reject) => {
    child.stderr!.on('data', (chunk) => {
      stderr += chunk;
      if (stderr.includes('MCP server ready')) resolve({ child, stderr: () => stderr, exited });
    });
    void exited.then((code) => reject(new Error(`the MCP server exited (${code}) before it was ready:\n${stderr}`)));
  });
}

/** Resolves with the exit code, or 'still running' after `ms`. */
const exitWithin = (exited: Promise<number | null>, ms: number) =>
  Promise.race([exited, new Promise<'still running'>((resolve) => setTimeout(() => resolve('still running'), ms))]);

describe('the MCP server process', () => {
  it('exits when its input ends', async () => {
    const mcp = await startMcp();
    mcp.child.stdin!.end();
    expect(await exitWithin(mcp.exited, 10_000)).toBe(0);
  }, 90_000);

  it('reports a line larger than it can read and exits non-zero', async () => {
    const mcp = await startMcp();
    mcp.child.stdin!.on('error', () => undefined); // the server may stop reading before the write ends
    mcp.child.stdin!.write(`{"jsonrpc":"2.0","id":1,"method":"ping","params":{"pad":"${'x'.repeat(11 * 1024 * 1024)}"}}\n`);
    expect(await exitWithin(mcp.exited, 20_000)).toBe(1);
    expect(mcp.stderr()).toMatch(/MCP transport failure: .*maximum size/);
    expect(mcp.stderr().length).toBeLessThan(5_000);
  }, 90_000);
});
