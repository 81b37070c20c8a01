/**
 * Requests first: the warm-up after start goes on only when no request is being served, one step
 * at a time. A request arriving during a step waits for that step alone; without this, a request
 * that awaits its database (PostgreSQL answers asynchronously) let a warm-up step run at each await.
 */
import type { FastifyInstance } from 'fastify';

export interface RequestsFirst {
  /** Resolves on a later turn of the event loop, once no request is in flight (or after `patience` ms of waiting). */
  pause(): Promise<void>;
}

/** A request that takes longer (an ingest) does not hold the warm-up back beyond this. */
const PATIENCE_MS = 2000;

export function requestsFirst(app: FastifyInstance, patience = PATIENCE_MS): RequestsFirst {
  const inFlight = new Set<string>();
  let waiting: (() => void)[] = [];
  const done = (id: string) => {
    if (!inFlight.delete(id) || inFlight.size) return;
    const wake = waiting;
    waiting = [];
    for (const resolve of wake) resolve();
  };
  app.addHook('onRequest', async (request) => {
    inFlight.add(request.id);
  });
  app.addHook('onResponse', async (request) => done(request.id));
  app.addHook('onRequestAbort', async (request) => done(request.id));
  return {
    async pause() {
      await new Promise((resolve) => setImmediate(resolve));
      if (!inFlight.size) return;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, patience);
        waiting.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    },
  };
}
