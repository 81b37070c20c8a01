/**
 * Opening the database named by DATABASE_URL: `sqlite:PATH` (embedded, the default) or
 * `postgres://…`. The schema is brought up to date on open, so a fresh file or an empty
 * PostgreSQL database works without a separate step.
 */
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { MikroORM, type Options } from '@mikro-orm/core';
import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import { ConfigError, redactedDatabaseUrl } from '../config.js';
import { ENTITIES } from '../model/index.js';
import { SQLITE_BUSY_TIMEOUT_MS } from './errors.js';

export type DatabaseKind = 'sqlite' | 'postgresql';

export interface DatabaseTarget {
  kind: DatabaseKind;
  /** File path (or :memory:) for SQLite, the connection URL for PostgreSQL. */
  location: string;
}

export function parseDatabaseUrl(url: string): DatabaseTarget {
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (!path) throw new ConfigError('DATABASE_URL "sqlite:" needs a path, e.g. sqlite:data/hub.sqlite');
    return { kind: 'sqlite', location: path === ':memory:' ? path : resolve(path) };
  }
  if (/^postgres(ql)?:\/\//.test(url)) return { kind: 'postgresql', location: url };
  throw new ConfigError(`DATABASE_URL must start with sqlite: or postgres://, got "${redactedDatabaseUrl(url)}"`);
}

async function ormOptions(target: DatabaseTarget): Promise<Options> {
  const common = {
    entities: ENTITIES,
    // Entities carry explicit types on every decorator; nothing relies on emitted metadata.
    discovery: { warnWhenNoEntities: true },
    allowGlobalContext: false,
    debug: false,
    // A failed connection is reported by /health rather than crashing start-up.
    connect: true,
  };
  if (target.kind === 'sqlite') {
    return {
      ...common,
      driver: BetterSqliteDriver,
      dbName: target.location,
      pool: { min: 1, max: 1 },
    } as Options;
  }
  // Imported only for PostgreSQL: its driver's modules (pg, its knex dialect) took 2 MB of heap in
  // every SQLite hub.
  const { PostgreSqlDriver } = await import('@mikro-orm/postgresql');
  return {
    ...common,
    driver: PostgreSqlDriver,
    clientUrl: target.location,
    // A database that does not exist is a mistyped name, not a request to create one: fail.
    ensureDatabase: false,
    pool: { min: 0, max: 10 },
    // Fail a request quickly when PostgreSQL is away instead of queueing it forever.
    driverOptions: { connection: { connectionTimeoutMillis: 5000 } },
  } as Options;
}

export async function openDatabase(url: string): Promise<MikroORM> {
  const target = parseDatabaseUrl(url);
  if (target.kind === 'sqlite' && target.location !== ':memory:') mkdirSync(dirname(target.location), { recursive: true });
  const orm = await MikroORM.init(await ormOptions(target));
  // MikroORM only logs a failed connection, and its schema update would then create a database
  // that does not exist (a mistyped name): say why the connection failed instead.
  const connected = await orm.checkConnection();
  if (!connected.ok) {
    await orm.close().catch(() => undefined);
    throw connected.error ?? new Error(connected.reason);
  }
  if (target.kind === 'sqlite') {
    const connection = orm.em.getConnection();
    // WAL: readers never block the one writer, and a process killed mid-ingest leaves the last
    // committed state intact. busy_timeout: a second process (npm run ingest) waits for the lock.
    await connection.execute('pragma journal_mode = wal');
    await connection.execute(`pragma busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
    // With WAL, NORMAL loses at most the last transactions on power loss, never consistency.
    await connection.execute('pragma synchronous = normal');
    await connection.execute('pragma foreign_keys = on');
    // SQLite's own page cache (better-sqlite3 sets 16 MB): the hub reads a database once into its
    // caches, and the operating system caches the file anyway, so 4 MB is plenty.
    await connection.execute('pragma cache_size = -4000');
    // A file this process may read but not write (its mode, a read-only mount) fails here, at
    // open, rather than at the first question logged or report ingested.
    await connection.execute('begin immediate');
    await connection.execute('rollback');
  }
  await migrateSchema(orm);
  return orm;
}

/**
 * Create or extend the tables (additive changes only). Several hub instances may start at once on
 * one PostgreSQL: if two race to create the same table, the loser retries and finds it there.
 */
async function migrateSchema(orm: MikroORM): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await orm.schema.updateSchema({ safe: true });
      return;
    } catch (error) {
      if (attempt >= 3) throw error;
      await new Promise((r) => setTimeout(r, 200 * attempt));
    }
  }
}
