/** `npm start`: the hub on PORT (default 4000), seeded on first start. */
import 'reflect-metadata';
import { shortDatabaseMessage } from './db/errors.js';
import { bootstrap } from './http/app.js';
import { redactedDatabaseUrl } from './config.js';

const hub = await bootstrap().catch((error: NodeJS.ErrnoException) => {
  // Said plainly, without a stack: the port is taken, PORT or DATABASE_URL is malformed, …
  const reason = error.code === 'EADDRINUSE' ? `port ${process.env.PORT ?? 4000} is already in use (set PORT to another)` : error.message;
  console.error(`cannot start the hub: ${reason}`);
  process.exit(1);
});
hub.ready.then(
  () => hub.app.log.info(`hub ready at ${hub.url} (GraphQL at ${hub.url}/graphql)`),
  (error: unknown) => {
    // A database that cannot be opened or written (no such database, role refused, read-only
    // file) will not get better by waiting: one line, and a non-zero exit for the supervisor.
    console.error(`cannot start the hub: the database (${redactedDatabaseUrl()}) cannot be used: ${shortDatabaseMessage(error)}`);
    hub.close().finally(() => process.exit(1));
  },
);

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    hub.app.log.info(`${signal}: finishing requests in flight, then stopping`);
    hub.close().then(() => process.exit(), () => process.exit(1));
  });
}
