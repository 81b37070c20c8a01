/**
 * SQLite's busy timeout for the statements of one transaction. better-sqlite3 is synchronous: a
 * statement waiting for another process's write lock waits on the main thread, and no request is
 * served meanwhile. Inside a transaction (which holds the one connection) the wait is shortened,
 * and the caller retries with the event loop free; the usual timeout is restored before it ends.
 */
import type { EntityManager } from '@mikro-orm/core';
import { SQLITE_BUSY_TIMEOUT_MS } from './errors.js';

export async function withBusyTimeout<T>(tx: EntityManager, ms: number, work: () => Promise<T>): Promise<T> {
  const connection = tx.getConnection();
  const context = tx.getTransactionContext();
  await connection.execute(`pragma busy_timeout = ${Math.max(0, Math.round(ms))}`, [], 'run', context);
  try {
    return await work();
  } finally {
    await connection.execute(`pragma busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`, [], 'run', context);
  }
}
