/**
 * PostgreSQL stopped under the running hub: /health says 503, requests fail with a clear
 * SERVICE_UNAVAILABLE, and when it is back the hub recovers by itself. Needs root and
 * pg_ctlcluster (the project's machines and CI); skipped elsewhere unless REQUIRE_POSTGRES=1.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { VERSION_CHECK_MS } from '../../server/query/hub-cache.js';
import { postgresAvailable, postgresDatabase, type TestDatabase } from '../support/databases.js';
import { bootstrap } from '../../server/http/app.js';
import { startHub, type RunningHub } from '../support/hub.js';

const cluster = existsSync('/etc/postgresql') ? readdirSync('/etc/postgresql')[0] : undefined;
const canControl = !!cluster && process.getuid?.() === 0 && (process.env.REQUIRE_POSTGRES === '1' || (await postgresAvailable()));
const pg = (action: 'stop' | 'start') => execFileSync('pg_ctlcluster', ['--skip-systemctl-redirect', cluster!, 'main', action, ...(action === 'stop' ? ['-m', 'fast'] : [])], { stdio: 'ignore' });

async function waitFor(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 250))) if (await check()) return true;
  return false;
}

describe.runIf(canControl)('PostgreSQL going away', () => {
  let db: TestDatabase;
  let hub: RunningHub;
  beforeAll(async () => {
    db = await postgresDatabase();
    hub = await startHub(db.url);
  });
  afterAll(async () => {
    if (!(await postgresAvailable())) pg('start');
    await waitFor(postgresAvailable, 20_000);
    await hub?.close().catch(() => undefined);
    await db?.drop();
  });

  it('is reported by /health and in errors, and the hub recovers when it is back', async () => {
    expect((await fetch(`${hub.url}/health`)).status).toBe(200);
    pg('stop');
    try {
      expect(await waitFor(async () => (await fetch(`${hub.url}/health`)).status === 503, 10_000)).toBe(true);
      // Reads are served from the process's cache for up to a second after its last check of the
      // data version; after that they need the database and say it is away.
      await new Promise((r) => setTimeout(r, VERSION_CHECK_MS + 100));
      const { status, body } = await hub.gql('{ metrics { totalCount } }');
      expect(status).toBeLessThan(600);
      expect(body.errors[0].extensions.code).toBe('SERVICE_UNAVAILABLE');
      expect(body.errors[0].message).toMatch(/database is unreachable/);
    } finally {
      pg('start');
    }
    expect(await waitFor(async () => (await fetch(`${hub.url}/health`)).status === 200, 30_000)).toBe(true);
    const { body } = await hub.gql('{ metrics { totalCount } }');
    expect(body.data.metrics.totalCount).toBe(88);
  }, 90_000);

  it('starts while PostgreSQL is down, says 503, and serves once it is up', async () => {
    pg('stop');
    let late: Awaited<ReturnType<typeof bootstrap>> | undefined;
    try {
      late = await bootstrap({ port: 0, host: '127.0.0.1', databaseUrl: db.url, logLevel: 'silent', rateLimitPerMinute: 0 });
      expect((await fetch(`${late.url}/health`)).status).toBe(503);
    } finally {
      pg('start');
    }
    try {
      expect(await waitFor(async () => (await fetch(`${late!.url}/health`)).status === 200, 30_000)).toBe(true);
    } finally {
      await late?.close();
    }
  }, 90_000);
});
