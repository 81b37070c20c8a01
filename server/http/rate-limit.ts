/**
 * Per-client limits, counted in fields, not requests (operation-kind.ts counts them):
 *
 * - Questions and changes: each `ask` and each mutation field is a point, RATE_LIMIT_PER_MINUTE
 *   points a minute. The counters live in the database (the same SQLite file or PostgreSQL), so
 *   instances behind a load balancer share them. The default (600) never slows a person, nor a
 *   script asking a few hundred questions one after another.
 * - Public reads: each root field is a point, plus one per 100 figures it pages
 *   (READ_COST_PER_MINUTE, 6,000 a minute by default: a hundred list queries a second). These are
 *   counted in the process's memory: a write to the database per read would cost more than the
 *   read, and what the limit protects — one process's event loop and memory — is per process.
 *
 * Over a limit a client gets 429 with Retry-After.
 *
 * On SQLite the counter is a write, and better-sqlite3 is synchronous: waiting for another process's
 * write (an ingest from the command line) would stop the whole event loop. So the limiter's
 * connection never waits (busy timeout 0); while another process holds the write lock the counts
 * go to an in-memory limiter of the same size, which still refuses a client over its limit.
 */
import type { MikroORM } from '@mikro-orm/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import Database from 'better-sqlite3';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, RateLimiterSQLite, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { DatabaseTarget } from '../db/orm.js';

export const DEFAULT_RATE_LIMIT_PER_MINUTE = 600;

export interface RateLimit {
  /** Spends `points` of the client's minute; false (and a 429 sent) when it has not that many left. */
  check(request: FastifyRequest, reply: FastifyReply, points: number): Promise<boolean>;
}

async function sharedLimiter(orm: MikroORM, target: DatabaseTarget, perMinute: number): Promise<RateLimiterAbstract> {
  const common = { tableName: 'rate_limit', points: perMinute, duration: 60 };
  if (target.kind === 'postgresql') {
    const knex = (orm.em.getConnection() as unknown as { getKnex(): unknown }).getKnex();
    return new RateLimiterPostgres({ ...common, storeClient: knex, storeType: 'knex' });
  }
  // A throwaway in-memory database is one process anyway.
  if (target.location === ':memory:') return new RateLimiterMemory(common);
  // Its own connection to the same file. The table is created while waiting is still allowed; from
  // then on a locked database sends the counts to the insurance limiter at once.
  const db = new Database(target.location, { timeout: 5000 });
  db.pragma('journal_mode = wal');
  // A counter is not worth an fsync per request; WAL keeps the file consistent.
  db.pragma('synchronous = normal');
  const options = { ...common, storeClient: db, storeType: 'better-sqlite3', insuranceLimiter: new RateLimiterMemory(common) };
  let limiter!: RateLimiterSQLite;
  await new Promise<void>((resolve, reject) => {
    limiter = new RateLimiterSQLite(options, (error?: Error) => (error ? reject(error) : resolve()));
  });
  db.pragma('busy_timeout = 0');
  return limiter;
}

function limitFor(limiter: RateLimiterAbstract, perMinute: number, what: string, log: { warn(o: object, m: string): void }): RateLimit {
  return {
    async check(request, reply, points) {
      const refuse = async (seconds: number, message: string) => {
        await reply.code(429).header('retry-after', String(seconds)).send({ errors: [{ message, extensions: { code: 'RATE_LIMITED' } }] });
        return false;
      };
      // More than a minute's worth in one request can never pass: refused without a write.
      if (points > perMinute) return refuse(60, `This request costs ${points} points of ${what}, more than the limit of ${perMinute} a minute; split it into smaller requests`);
      try {
        await limiter.consume(request.ip, points);
        return true;
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) {
          // The store failed (database away): serving the request beats refusing everyone.
          log.warn({ err: rejection }, 'rate limit store unavailable');
          return true;
        }
        const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        return refuse(seconds, `Too many ${what} from this client: at most ${perMinute} points a minute; try again in ${seconds} s`);
      }
    },
  };
}

/** The limit on questions and changes, shared through the database. */
export async function createRateLimit(orm: MikroORM, target: DatabaseTarget, perMinute: number, log: { warn(o: object, m: string): void }): Promise<RateLimit> {
  return limitFor(await sharedLimiter(orm, target, perMinute), perMinute, 'questions or changes (each ask and each mutation field is a point)', log);
}

/** The cost limit on public reads, per process. */
export function createReadLimit(perMinute: number, log: { warn(o: object, m: string): void }): RateLimit {
  return limitFor(new RateLimiterMemory({ points: perMinute, duration: 60 }), perMinute, 'reads (a point per root field and per 100 figures paged)', log);
}
