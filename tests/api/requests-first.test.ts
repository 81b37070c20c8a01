/** The warm-up's pause (server/http/requests-first.ts): it waits while a request is being served. */
import Fastify from 'fastify';
import { afterEach, expect, it } from 'vitest';
import { requestsFirst } from '../../server/http/requests-first.js';

const apps: ReturnType<typeof Fastify>[] = [];
afterEach(async () => {
  for (const app of apps.splice(0)) await app.close();
});

/** An app whose one route answers when `release` is called. */
function slowApp(patience?: number) {
  const app = Fastify();
  apps.push(app);
  const first = requestsFirst(app, patience);
  let release = () => {};
  app.get('/slow', async () => {
    await new Promise<void>((resolve) => (release = resolve));
    return { ok: true };
  });
  return { app, first, release: () => release() };
}

const settled = async (promise: Promise<unknown>, ms: number) =>
  Promise.race([promise.then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), ms))]);

it('goes on at once when no request is in flight', async () => {
  const { first } = slowApp();
  expect(await settled(first.pause(), 50)).toBe(true);
});

it('waits for the request in flight, and goes on once it is answered', async () => {
  const { app, first, release } = slowApp();
  const response = app.inject({ method: 'GET', url: '/slow' });
  await new Promise((resolve) => setTimeout(resolve, 20));
  const pause = first.pause();
  expect(await settled(pause, 100)).toBe(false);
  release();
  expect((await response).statusCode).toBe(200);
  expect(await settled(pause, 100)).toBe(true);
});

it('does not wait for a long request beyond its patience', async () => {
  const { app, first, release } = slowApp(60);
  const response = app.inject({ method: 'GET', url: '/slow' });
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(await settled(first.pause(), 300)).toBe(true);
  release();
  await response;
});
