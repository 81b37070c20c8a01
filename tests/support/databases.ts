/**
 * Databases for tests: a fresh SQLite file, or a fresh PostgreSQL database created for the test
 * and dropped after it. PostgreSQL is required when REQUIRE_POSTGRES=1 (CI); elsewhere its suites
 * are skipped with a note if no server answers on TEST_DATABASE_URL.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export const ADMIN_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

export interface TestDatabase {
  kind: 'sqlite' | 'postgresql';
  url: string;
  drop(): Promise<void>;
}

export function sqliteDatabase(): TestDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'hub-test-'));
  return { kind: 'sqlite', url: `sqlite:${join(dir, 'hub.sqlite')}`, drop: async () => rmSync(dir, { recursive: true, force: true }) };
}

export async function postgresAvailable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: ADMIN_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

let counter = 0;
export async function postgresDatabase(): Promise<TestDatabase> {
  const name = `hub_test_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  const admin = new pg.Client({ connectionString: ADMIN_URL });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    kind: 'postgresql',
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: ADMIN_URL });
      await client.connect();
      await client.query(`drop database if exists ${name} with (force)`);
      await client.end();
    },
  };
}

/** The database kinds to run a suite on: SQLite always, PostgreSQL when it answers or is required. */
export async function databaseKinds(): Promise<('sqlite' | 'postgresql')[]> {
  if (process.env.REQUIRE_POSTGRES === '1' || (await postgresAvailable())) return ['sqlite', 'postgresql'];
  console.warn(`PostgreSQL not reachable at ${ADMIN_URL}: its suites are skipped (set REQUIRE_POSTGRES=1 to fail instead)`);
  return ['sqlite'];
}

export function createDatabase(kind: 'sqlite' | 'postgresql'): Promise<TestDatabase> {
  return kind === 'sqlite' ? Promise.resolve(sqliteDatabase()) : postgresDatabase();
}
