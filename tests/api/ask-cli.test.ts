/** `npm run ask`: an answer with its source from the command line, and a plain message for bad usage. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { afterAll, expect, it } from 'vitest';
import { sqliteDatabase } from '../support/databases.js';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const db = sqliteDatabase();
afterAll(() => db.drop());

const ask = (args: string[]) => run(process.execPath, ['--import', 'tsx', 'server/cli/ask.ts', ...args], { cwd: ROOT, env: { ...process.env, DATABASE_URL: db.url } })
  .then(({ stdout, stderr }) => ({ code: 0, stdout, stderr }), (error: { code: number; stdout: string; stderr: string }) => error);

it('answers with the figure and its source, as JSON on request', async () => {
  const { code, stdout } = await ask(['--json', '行政复议审结了多少件?']);
  expect(code).toBe(0);
  const answer = JSON.parse(stdout);
  expect([answer.status, answer.value, answer.unit]).toEqual(['ANSWERED', 22, '件']);
  expect(answer.facts[0].quote).toContain('22');
}, 60_000);

it('says which option it does not know, and how to ask, without a stack', async () => {
  const { code, stderr } = await ask(['--explain', '行政复议审结了多少件?']);
  expect(code).toBe(2);
  expect(stderr).toContain("Unknown option '--explain'");
  expect(stderr).toContain('usage: npm run ask');
  expect(stderr).not.toMatch(/\n\s+at /);
}, 60_000);
