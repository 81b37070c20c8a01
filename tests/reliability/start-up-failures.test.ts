/**
 * A database the hub cannot use, for reasons no wait will cure, stops `npm start` at once with one
 * clear line and a non-zero exit: a mistyped PostgreSQL database name (never created), a role that
 * does not exist, a read-only SQLite file. (A server not up yet is retried: postgres-outage.test.ts.)
 */
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../server/db/orm.js';
import { seedBundledReports } from '../../server/ingest/seed.js';
import { ADMIN_URL, databaseKinds } from '../support/databases.js';
import { ROOT } from '../support/hub-process.js';

/** `npm start`'s entry (through tsx) until it exits, or 40 s. */
function startUntilExit(env: Record<string, string>, uid?: number): Promise<{ code: number | null; stderr: string; ms: number }> {
  const started = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '0', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
    ...(uid === undefined ? {} : { uid, gid: uid }),
  });
  let stderr = '';
  child.stderr!.on('data', (chunk) => (stderr += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), 40_000);
  return new Promise((resolve) => child.once('exit', (code) => {
    clearTimeout(timer);
    resolve({ code, stderr, ms: Date.now() - started });
  }));
}

const hasPostgres = (await databaseKinds()).includes('postgresql');

describe.runIf(hasPostgres)('npm start on a PostgreSQL database it cannot use', () => {
  const name = `hub_test_missing_${process.pid}`;
  const url = (path: string, user = 'postgres') => Object.assign(new URL(ADMIN_URL), { pathname: `/${path}`, username: user }).toString();
  const exists = async () => {
    const admin = new pg.Client({ connectionString: ADMIN_URL });
    await admin.connect();
    try {
      return (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1;
    } finally {
      await admin.end();
    }
  };
  afterAll(async () => {
    const admin = new pg.Client({ connectionString: ADMIN_URL });
    await admin.connect();
    await admin.query(`drop database if exists ${name} with (force)`);
    await admin.end();
  });

  it('exits at once with one clear line when the database does not exist, and does not create it', async () => {
    const { code, stderr, ms } = await startUntilExit({ DATABASE_URL: url(name) });
    expect(code, stderr).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(/^cannot start the hub: .*database "hub_test_missing_\d+" does not exist$/)]);
    expect(ms).toBeLessThan(30_000);
    expect(await exists()).toBe(false);
  }, 60_000);

  it('exits at once when the role is refused', async () => {
    const { code, stderr } = await startUntilExit({ DATABASE_URL: url('test', 'no_such_role_here') });
    expect(code, stderr).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(/^cannot start the hub: .*role "no_such_role_here" does not exist$/)]);
  }, 60_000);
});

describe('npm start on a read-only SQLite file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hub-readonly-'));
  let immutable: string | undefined;
  afterAll(() => {
    if (immutable) spawnSync('chattr', ['-i', immutable]);
    rmSync(dir, { recursive: true, force: true });
  });

  it('exits at once with one clear line', async () => {
    const file = join(dir, 'hub.sqlite');
    const orm = await openDatabase(`sqlite:${file}`);
    await seedBundledReports(orm);
    await orm.close();
    chmodSync(file, 0o444);
    // root writes any file whatever its mode, but not an immutable one (chattr +i, where the file
    // system has it); failing that the hub runs as nobody, which needs to read the checkout.
    const asRoot = process.getuid?.() === 0;
    let asNobody = false;
    if (asRoot) {
      immutable = spawnSync('chattr', ['+i', file]).status === 0 ? file : undefined;
      if (!immutable) {
        asNobody = true;
        chmodSync(dir, 0o755);
        chownSync(dir, 0, 0);
      }
    }
    const { code, stderr, ms } = await startUntilExit({ DATABASE_URL: `sqlite:${file}`, HOME: dir }, asNobody ? 65534 : undefined);
    expect(code, stderr).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(/^cannot start the hub: .*(readonly|read-only|unable to open)/i)]);
    expect(ms).toBeLessThan(30_000);
  }, 60_000);
});
