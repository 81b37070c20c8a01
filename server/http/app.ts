/**
 * One HTTP server for everything: POST /graphql, GET /health and the page at /. The database is
 * opened and seeded after the port is listening, so /health can say 503 "loading" instead of the
 * port being closed; it says 503 again whenever the database stops answering.
 */
import { existsSync, readFileSync } from 'node:fs';
import { sep } from 'node:path';
import fastifyStatic from '@fastify/static';
import { ConnectionException, type MikroORM } from '@mikro-orm/core';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import Fastify, { type FastifyInstance } from 'fastify';
import { readConfig, type Config } from '../config.js';
import { isPermanentOpenFailure, shortDatabaseMessage } from '../db/errors.js';
import { openDatabase, parseDatabaseUrl } from '../db/orm.js';
import { createApollo } from '../graphql/apollo.js';
import { AskService } from '../ask/ask.service.js';
import { CLIENT_SECRET_HEADER } from '../ask/conversation.js';
import { ModelParser } from '../ask/model-parser.js';
import { MAX_QUESTIONS_PER_REQUEST, requestCost } from './operation-kind.js';
import { PERSISTED_QUERY_BYTES, PersistedQueries } from './persisted-queries.js';
import { registerResponseCache } from './response-cache.js';
import { askLogOf, attachAskLog } from '../query/ask-log.js';
import { refuseDeepInput } from './request-shape.js';
import { capConnections, serverTimeouts } from './server-limits.js';
import { requestsFirst } from './requests-first.js';
import { currentCatalog } from '../query/hub-cache.js';
import { createRateLimit, createReadLimit, type RateLimit } from './rate-limit.js';
import { createContext } from '../graphql/context.js';
import { seedBundledReports } from '../ingest/seed.js';
import { HubQueries } from '../query/hub-queries.js';
import { fromRoot } from '../paths.js';
import { warmDictionaryInSteps } from '../vocabulary/dictionary.js';

const PLACEHOLDER = readFileSync(fromRoot('server', 'http', 'placeholder.html'), 'utf8');
const CLIENT_DIST = fromRoot('client', 'dist') + sep;

/**
 * A database that is not reachable yet (PostgreSQL starting after the hub) is retried with backoff
 * while /health says 503. A failure no wait will cure — a database name that does not exist, a
 * role or password refused, a read-only SQLite file, a bad DATABASE_URL — is final at once.
 */
async function openUntilReachable(url: string, log: { warn(o: object, m: string): void }): Promise<MikroORM> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await openDatabase(url);
    } catch (error) {
      const unreachable = !isPermanentOpenFailure(error)
        && (error instanceof ConnectionException || /ECONNREFUSED|ETIMEDOUT|ENOTFOUND|EAI_AGAIN|starting up|shutting down|Connection terminated|timeout/i.test(String((error as Error).message)));
      if (!unreachable) throw error;
      const delay = Math.min(10_000, 500 * 2 ** Math.min(attempt, 5));
      log.warn({ attempt, retryInMs: delay }, `the database is not reachable yet: ${shortDatabaseMessage(error)}`);
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

export interface Hub {
  app: FastifyInstance;
  url: string;
  /** Resolves when the database is open and seeded. */
  ready: Promise<MikroORM>;
  close(): Promise<void>;
}

export interface BootstrapOptions extends Partial<Config> {
  logLevel?: string;
}

export async function bootstrap(overrides: BootstrapOptions = {}): Promise<Hub> {
  const config = { ...readConfig(), ...overrides };
  const app = Fastify({
    logger: { level: overrides.logLevel ?? process.env.LOG_LEVEL ?? 'info' },
    // The largest legitimate body is a report sent to ingestReport (at most 1,000,000 characters).
    bodyLimit: 4 * 1024 * 1024,
    genReqId: () => crypto.randomUUID(),
    // On close, idle keep-alive connections go at once; requests in flight finish first.
    forceCloseConnections: 'idle',
    ...serverTimeouts(config.http),
  });
  capConnections(app.server, config.http, app.log);

  const ask = new AskService(app.log,
    config.ask.mode === 'rules' ? undefined : { mode: config.ask.mode, parser: new ModelParser(config.ask, app.log) });
  // Counted from the first request on: the warm-up below waits for those in flight.
  const first = requestsFirst(app);
  let orm: MikroORM | undefined;
  let rateLimit: RateLimit | undefined;
  let loadError: string | undefined;
  const ready = (async () => {
    const opened = await openUntilReachable(config.databaseUrl, app.log);
    attachAskLog(opened, { retentionDays: config.unansweredRetentionDays, log: app.log });
    if (config.seed) {
      for (const outcome of await seedBundledReports(opened)) {
        app.log.info({ ...outcome, warnings: outcome.warnings.length }, `seed ${outcome.file}: ${outcome.action}`);
      }
    }
    if (config.rateLimitPerMinute > 0) rateLimit = await createRateLimit(opened, parseDatabaseUrl(config.databaseUrl), config.rateLimitPerMinute, app.log);
    // The catalog (every report and figure row) is the data /health says is loaded: read before
    // ready, so no first request waits for it.
    await new HubQueries(opened.em.fork()).catalog().catch((error: unknown) => app.log.warn({ err: error }, 'could not load the catalog'));
    orm = opened;
    // The warm-up, after ready so /health is not held back for it, in steps taken only while no
    // request is being served (requests-first.ts): a request meanwhile waits for one step at most,
    // and what it needs that the warm-up has not built yet it builds itself, once. The segmenter and
    // the index of the reports a question naming none searches; the bilingual dictionary's English
    // index (English questions' translations, a second or two of work); then the index a ranking
    // across all reports reads and a rehearsal of rankings on it (ask.service.ts warmAcross).
    const warming = Date.now();
    ask.warmUnscoped(new HubQueries(opened.em.fork()), first.pause)
      .then(() => warmDictionaryInSteps(first.pause))
      .then(() => ask.warmAcross(new HubQueries(opened.em.fork()), first.pause))
      .then(() => app.log.info({ ms: Date.now() - warming }, 'warm-up done'))
      .catch((error) => app.log.warn({ err: error }, 'could not warm the question index, the bilingual dictionary or the index across reports'));
    return opened;
  })();
  ready.catch((error: Error) => {
    loadError = shortDatabaseMessage(error);
    app.log.error(`the database could not be opened or seeded: ${loadError}`);
  });

  // The drain plugin lets requests in flight finish when the server closes (SIGTERM).
  // Persisted queries (APQ) in a store the rate limit reads too: a query sent by its hash counts as itself.
  const persisted = new PersistedQueries(PERSISTED_QUERY_BYTES);
  const apollo = await createApollo({ production: config.production, log: app.log, persistedQueries: persisted, plugins: [fastifyApolloDrainPlugin(app)] });
  await apollo.start();

  app.get('/health', async (_request, reply) => {
    if (!orm) return reply.code(503).send({ status: loadError ? 'error' : 'loading' });
    try {
      await new HubQueries(orm.em.fork()).ping();
      return { status: 'ok' };
    } catch {
      return reply.code(503).send({ status: 'database unreachable' });
    }
  });

  // Until the data is loaded, GraphQL answers 503 rather than empty lists that look like "no data".
  app.addHook('onRequest', async (request, reply) => {
    if (request.url.startsWith('/graphql') && !orm && loadError) {
      // Final (npm start exits): no Retry-After, since trying again will not help.
      return reply.code(503).send({
        errors: [{ message: 'The hub could not open its database; see its log', extensions: { code: 'SERVICE_UNAVAILABLE' } }],
      });
    }
    if (request.url.startsWith('/graphql') && !orm) {
      return reply.code(503).header('retry-after', '2').send({
        errors: [{ message: 'The hub is still loading its data; try again in a moment', extensions: { code: 'SERVICE_UNAVAILABLE' } }],
      });
    }
  });
  app.addHook('preHandler', refuseDeepInput);
  // Each ask and mutation field counts against the client's limit, each public read against its read cost.
  const readLimit = config.readCostPerMinute > 0 ? createReadLimit(config.readCostPerMinute, app.log) : undefined;
  app.addHook('preHandler', async (request, reply) => {
    if (!request.url.startsWith('/graphql')) return;
    const cost = requestCost(request.method === 'GET' ? request.query : request.body, persisted);
    if (cost.questions > MAX_QUESTIONS_PER_REQUEST) {
      return reply.code(400).send({
        errors: [{ message: `one request may ask at most ${MAX_QUESTIONS_PER_REQUEST} questions, this one asks ${cost.questions}; send them one by one`, extensions: { code: 'BAD_USER_INPUT' } }],
      });
    }
    if (rateLimit && cost.limited > 0 && !(await rateLimit.check(request, reply, cost.limited))) return reply;
    if (readLimit && cost.reads > 0 && !(await readLimit.check(request, reply, cost.reads))) return reply;
  });
  // Whole responses to public read queries, per data version (after the limits: a cached read costs as much).
  registerResponseCache(app, {
    maxBytes: config.responseCacheMb * 2 ** 20,
    version: async () => (orm ? (await currentCatalog(orm.em)).version : undefined),
  });
  await app.register(fastifyApollo(apollo), {
    path: '/graphql',
    method: ['GET', 'POST', 'OPTIONS'],
    context: async (request) => createContext(orm!, ask, {
      authorization: request.headers.authorization,
      adminToken: config.adminToken,
      client: { secret: request.headers[CLIENT_SECRET_HEADER], address: request.ip },
    }),
  });

  // The chat panel: the built client (npm run build:client), or a page saying how to build it.
  if (existsSync(CLIENT_DIST + 'index.html')) {
    await app.register(fastifyStatic, { root: CLIENT_DIST, prefix: '/', index: 'index.html' });
  } else {
    app.get('/', async (_request, reply) => reply.type('text/html; charset=utf-8').send(PLACEHOLDER));
  }

  const url = await app.listen({ port: config.port, host: config.host });
  return {
    app,
    url: url.replace('[::1]', '127.0.0.1').replace('0.0.0.0', '127.0.0.1'),
    ready,
    async close() {
      // Requests in flight finish; the keep-alive connection each leaves behind is closed as soon as
      // it is idle (Node only closes those idle at the moment close is called).
      const sweep = setInterval(() => app.server.closeIdleConnections(), 100);
      try {
        await app.close();
      } finally {
        clearInterval(sweep);
      }
      const opened = orm ?? (await ready.catch(() => undefined));
      // Questions logged while another process held SQLite's write lock are written before closing.
      if (opened) await askLogOf(opened.em).drain();
      await opened?.close();
    },
  };
}
