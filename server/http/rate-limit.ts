/**
 * A per-client limit on the operations that cost: `ask` and mutations. Counters live in the
 * database (the same SQLite file or PostgreSQL), so instances behind a load balancer share them.
 * Over the limit a client gets 429 with Retry-After. The default (600 a minute) never slows a
 * person, nor a script asking a few hundred questions one after another.
 */
import type { MikroORM } from '@mikro-orm/core';
import type { FastifyReply, FastifyRequest } from 'fastify';
import Database from 'better-sqlite3';
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, RateLimiterSQLite, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { DatabaseTarget } from '../db/orm.js';

export const DEFAULT_RATE_LIMIT_PER_MINUTE = 600;

export interface RateLimit {
  check(request: FastifyRequest, reply: FastifyReply): Promise<boolean>;
}

function limiterFor(orm: MikroORM, target: DatabaseTarget, perMinute: number): RateLimiterAbstract {
  const common = { tableName: 'rate_limit', points: perMinute, duration: 60 };
  if (target.kind === 'postgresql') {
    const knex = (orm.em.getConnection() as unknown as { getKnex(): unknown }).getKnex();
    return new RateLimiterPostgres({ ...common, storeClient: knex, storeType: 'knex' });
  }
  // A throwaway in-memory database is one process anyway.
  if (target.location === ':memory:') return new RateLimiterMemory(common);
  // Its own connection to the same file: the limiter's small writes wait for the ORM's like any writer.
  const db = new Database(target.location, { timeout: 5000 });
  db.pragma('journal_mode = wal');
  return new RateLimiterSQLite({ ...common, storeClient: db, storeType: 'better-sqlite3' });
}

export async function createRateLimit(orm: MikroORM, target: DatabaseTarget, perMinute: number, log: { warn(o: object, m: string): void }): Promise<RateLimit> {
  const limiter = limiterFor(orm, target, perMinute);
  return {
    async check(request, reply) {
      try {
        await limiter.consume(request.ip);
        return true;
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) {
          // The store failed (database away): serving the request beats refusing everyone.
          log.warn({ err: rejection }, 'rate limit store unavailable');
          return true;
        }
        const seconds = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        await reply.code(429).header('retry-after', String(seconds)).send({
          errors: [{ message: `Too many questions or changes from this client: at most ${perMinute} a minute; try again in ${seconds} s`, extensions: { code: 'RATE_LIMITED' } }],
        });
        return false;
      }
    },
  };
}
