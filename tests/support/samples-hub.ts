/**
 * The hub the across-report suites ask: the bundled report plus the sample excerpts
 * (npm run seed:samples), on a throwaway database, started before the file's tests and stopped
 * after. Returns the running hub, usable once the tests run.
 */
import { afterAll, beforeAll } from 'vitest';
import { seedSamples } from '../../server/ingest/samples.js';
import { createDatabase, type TestDatabase } from './databases.js';
import { startHub, type RunningHub } from './hub.js';

export function samplesHub(kind: 'sqlite' | 'postgresql' = 'sqlite'): RunningHub {
  let db: TestDatabase | undefined;
  let hub: RunningHub | undefined;
  beforeAll(async () => {
    db = await createDatabase(kind);
    hub = await startHub(db.url);
    await seedSamples(hub.orm);
  }, 60_000);
  afterAll(async () => {
    await hub?.close();
    await db?.drop();
  });
  // The hub exists only once beforeAll has run: stand in for it until then.
  return new Proxy({} as RunningHub, {
    get(_, key) {
      if (!hub) throw new Error('the samples hub is not started yet: use it inside a test');
      const value = Reflect.get(hub, key);
      return typeof value === 'function' ? value.bind(hub) : value;
    },
  });
}
