/** Writes schema/schema.graphql from the code. `npm run schema`; a test fails when the file is stale. */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lexicographicSortSchema, printSchema } from 'graphql';
import { hubSchema } from './schema.js';
import { fromRoot } from '../paths.js';

export const SCHEMA_FILE = fromRoot('schema', 'schema.graphql');

export async function printHubSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await hubSchema()))}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(SCHEMA_FILE, await printHubSchema());
  console.log(`wrote ${SCHEMA_FILE}`);
}
