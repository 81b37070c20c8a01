/**
 * The checked-in contract files follow the code: schema/schema.graphql is what the resolvers
 * build, the client's generated documents match it, and server and client type-check.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { buildSchema, type GraphQLObjectType } from 'graphql';
import { expect, it } from 'vitest';
import { printHubSchema, SCHEMA_FILE } from '../../server/graphql/print-schema.js';

const run = promisify(execFile);

it('schema/schema.graphql is the schema the code builds (run npm run schema if this fails)', async () => {
  expect(readFileSync(SCHEMA_FILE, 'utf8')).toBe(await printHubSchema());
});

it('schema/schema.graphql holds the contract that outside tools rely on', () => {
  const schema = buildSchema(readFileSync(SCHEMA_FILE, 'utf8'));
  const fieldsOf = (type: string) => (schema.getType(type) as GraphQLObjectType).getFields();
  const signature = (type: string, field: string) => {
    const f = fieldsOf(type)[field];
    return `${f.args.map((a) => `${a.name}: ${a.type}`).sort().join(', ')} -> ${f.type}`;
  };
  expect(signature('Query', 'reports')).toBe('region: String, year: Int -> [Report!]!');
  expect(signature('Query', 'metrics')).toBe('after: String, filter: MetricFilter, first: Int -> MetricConnection!');
  expect(signature('Query', 'metric')).toBe('id: ID! -> Metric');
  const metric = Object.fromEntries(Object.values(fieldsOf('Metric')).map((f) => [f.name, String(f.type)]));
  expect(metric).toMatchObject({ id: 'ID!', label: 'String!', value: 'Float!', unit: 'String!', qualifier: 'Qualifier!', quote: 'String!', span: 'Span!' });
  expect(Object.keys(fieldsOf('MetricConnection')).sort()).toEqual(['edges', 'nodes', 'pageInfo', 'totalCount']);
  expect(Object.keys(fieldsOf('Span')).sort()).toEqual(['end', 'start']);
});

it('the generated client documents are up to date (run npm run codegen if this fails)', async () => {
  await expect(run('npx', ['graphql-codegen', '--config', 'codegen.ts', '--check'])).resolves.toBeDefined();
}, 60_000);

it('server, tests and client type-check', async () => {
  await expect(run('npm', ['run', '--silent', 'typecheck'])).resolves.toBeDefined();
}, 120_000);
