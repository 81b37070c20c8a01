/**
 * `npm run seed:samples`: adds the sample excerpts of seeds/samples/ (and the bundled report, if
 * missing) to the database `npm start` uses (DATABASE_URL), for trying questions across reports.
 */
import 'reflect-metadata';
import { readConfig } from '../config.js';
import { openDatabase } from '../db/orm.js';
import { seedBundledReports } from '../ingest/seed.js';
import { seedSamples } from '../ingest/samples.js';

const config = readConfig();
const orm = await openDatabase(config.databaseUrl);
try {
  await seedBundledReports(orm);
  for (const outcome of await seedSamples(orm)) console.log(`${outcome.action.padEnd(9)} ${outcome.reportId} (${outcome.file}, excerpt)`);
} catch (error) {
  console.error(`cannot add the samples: ${(error as Error).message}`);
  process.exitCode = 1;
} finally {
  await orm.close();
}
