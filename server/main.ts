/** `npm start`: the hub on PORT (default 4000), seeded on first start. */
import 'reflect-metadata';
import { bootstrap } from './http/app.js';

const hub = await bootstrap();
hub.ready.then(
  () => hub.app.log.info(`hub ready at ${hub.url} (GraphQL at ${hub.url}/graphql)`),
  () => process.exitCode = 1,
);

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => {
    hub.app.log.info(`${signal}: finishing requests in flight, then stopping`);
    hub.close().then(() => process.exit(), () => process.exit(1));
  });
}
