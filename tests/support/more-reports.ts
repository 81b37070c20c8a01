/**
 * Reports beside the seeded 紫云 one, for tests that need several: 金平 2024 with its catalog,
 * 望谟 2023 and three of the real excerpts in tests/fixtures/reports-dev labelled automatically.
 */
import { readFileSync } from 'node:fs';
import type { EntityManager } from '@mikro-orm/core';
import { afterAll, beforeAll } from 'vitest';
import { ingestReport } from '../../server/ingest/ingest.service.js';
import { ROOT } from '../e2e/support.js';
import { startHub, type RunningHub } from './hub.js';

const FIXTURES = `${ROOT}/tests/fixtures/`;
const read = (name: string) => readFileSync(FIXTURES + name, 'utf8');

export async function ingestMoreReports(em: () => EntityManager): Promise<string[]> {
  const ids: string[] = [];
  ids.push((await ingestReport(em(), { text: read('jinping-2024.txt'), catalog: JSON.parse(read('jinping-2024.catalog.json')) })).reportId);
  ids.push((await ingestReport(em(), { text: read('wangmo-2023.txt') })).reportId);
  const manifest = read('reports-dev/manifest.tsv').trim().split('\n').slice(1).map((line) => line.split('\t'));
  for (const [file, region, year, title] of manifest.filter(([file]) => /^(langxi|lushan|xunxian)_/.test(file))) {
    ids.push((await ingestReport(em(), { text: read(`reports-dev/${file}`), metadata: { region, year: Number(year), title } })).reportId);
  }
  return ids;
}

/** For an API test file: the hub in process on an in-memory SQLite, the seeded report and these. */
export function hubWithMoreReports(): { readonly hub: RunningHub } {
  let hub: RunningHub | undefined;
  beforeAll(async () => {
    hub = await startHub('sqlite::memory:');
    await ingestMoreReports(() => hub!.orm.em.fork());
  });
  afterAll(async () => {
    await hub?.close();
  });
  return { get hub() { return hub!; } };
}
