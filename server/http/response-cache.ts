/**
 * Whole responses to public read queries, kept per process and keyed on the data version: the
 * same query with the same variables under the same data is answered with the same bytes, without
 * parsing, validating or executing it again. An ingest or a label review raises the data version
 * (in the database), so every instance stops serving the old responses within a second.
 *
 * Only POSTed JSON queries whose root fields are all public reads (operation-kind.ts) are kept;
 * `ask` (which writes logs), mutations, admin fields and anything that answered with an error are
 * not. Bounded in bytes (RESPONSE_CACHE_MB); 0 turns it off.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { LRUCache } from 'lru-cache';
import { isCacheableRead } from './operation-kind.js';

export interface ResponseCacheOptions {
  maxBytes: number;
  /** The current data version, or undefined while the data is not loaded. */
  version(): Promise<string | undefined>;
}

/** Marks the responses a client got from the cache. */
export const CACHE_HEADER = 'x-hub-cache';

export function registerResponseCache(app: FastifyInstance, options: ResponseCacheOptions): void {
  if (options.maxBytes <= 0) return;
  const responses = new LRUCache<string, string>({ maxSize: options.maxBytes, sizeCalculation: (body, key) => body.length * 2 + key.length * 2 });
  const pending = new WeakMap<FastifyRequest, string>();

  app.addHook('preHandler', async (request, reply) => {
    if (request.method !== 'POST' || !request.url.startsWith('/graphql') || !isCacheableRead(request.body)) return;
    const version = await options.version().catch(() => undefined);
    // The database away: Apollo answers, and says so.
    if (version === undefined) return;
    const { query, variables, operationName } = request.body as { query: string; variables?: unknown; operationName?: unknown };
    const key = `${version}\u0000${typeof operationName === 'string' ? operationName : ''}\u0000${JSON.stringify(variables ?? null)}\u0000${query}`;
    const hit = responses.get(key);
    if (hit !== undefined) return reply.header('content-type', 'application/json; charset=utf-8').header(CACHE_HEADER, 'hit').send(hit);
    pending.set(request, key);
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const key = pending.get(request);
    if (key === undefined || reply.statusCode !== 200 || typeof payload !== 'string') return payload;
    try {
      const body = JSON.parse(payload) as { errors?: unknown; data?: unknown };
      if (!body.errors && body.data) responses.set(key, payload);
    } catch {
      // Not JSON: not kept.
    }
    return payload;
  });
}
