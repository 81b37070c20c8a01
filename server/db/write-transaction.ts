/**
 * Transactions that write the hub's data (reports, label reviews), serialised across processes.
 *
 * SQLite: a transaction begins deferred, and one that reads before it writes cannot wait for the
 * write lock (SQLite answers "database is locked" at once, since its snapshot would be stale). So
 * the first statement is a write that takes the lock; it is tried with a short busy timeout and
 * retried with the event loop free, so a hub waiting for another process's ingest keeps answering.
 * PostgreSQL: a transaction-scoped advisory lock, so two ingests of the same report cannot both
 * find it missing and both insert it; the second waits, then replaces the first's.
 */
import { raw, type EntityManager } from '@mikro-orm/core';
import { BetterSqlitePlatform } from '@mikro-orm/better-sqlite';
import { DataVersion, DATA_VERSION_ROW } from '../model/index.js';
import { withBusyTimeout } from './busy-timeout.js';
import { isSqliteBusy } from './errors.js';

/** How long a write waits for another process's write to finish before it fails. */
export const WRITE_LOCK_WAIT_MS = 60_000;
/** One key for every data write (they all raise the one data version row anyway). */
const ADVISORY_LOCK_KEY = 0x6875_6200;

export async function writeTransaction<T>(em: EntityManager, work: (tx: EntityManager) => Promise<T>): Promise<T> {
  return em.transactional(async (tx) => {
    await takeWriteLock(tx);
    return work(tx);
  });
}

async function takeWriteLock(tx: EntityManager): Promise<void> {
  const connection = tx.getConnection();
  const context = tx.getTransactionContext();
  if (!(tx.getPlatform() instanceof BetterSqlitePlatform)) {
    await connection.execute(`select pg_advisory_xact_lock(${ADVISORY_LOCK_KEY})`, [], 'get', context);
    return;
  }
  const deadline = Date.now() + WRITE_LOCK_WAIT_MS;
  await withBusyTimeout(tx, 20, async () => {
    for (let pause = 20; ; pause = Math.min(pause * 2, 250)) {
      try {
        // A write that changes nothing, as the first statement: it takes the write lock.
        await tx.nativeUpdate(DataVersion, { id: DATA_VERSION_ROW }, { version: raw('version') as unknown as number });
        return;
      } catch (error) {
        if (!isSqliteBusy(error) || Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, pause));
      }
    }
  });
}
