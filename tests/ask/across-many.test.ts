/**
 * Rankings on a hub holding more reports than one question searches: every report in scope is
 * ranked (from the catalog's indicator), whatever the hub holds; none is left out or counted as 0.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ACROSS_SEARCHED_REPORTS } from '../../server/ask/ask.service.js';
import { ingestReport } from '../../server/ingest/ingest.service.js';
import { SEEDS_DIR } from '../../server/ingest/seed.js';
import { HubQueries } from '../../server/query/hub-queries.js';
import { syntheticReport } from '../bench/synthetic.js';
import { seeded, type Seeded } from './seeded.js';

const EXTRA = ACROSS_SEARCHED_REPORTS + 6;
let hub: Seeded;

beforeAll(async () => {
  hub = await seeded();
  const template = readFileSync(`${SEEDS_DIR}ziyun-2024-rule-of-law-report.txt`, 'utf8');
  for (let i = 0; i < EXTRA; i++) {
    const { text, region, year } = syntheticReport(template, i);
    await ingestReport(hub.orm.em.fork(), { text, metadata: { region, year } });
  }
}, 120_000);
afterAll(async () => {
  await hub?.orm.close();
});

it('ranks every report that states the figure, beyond the reports one question searches', async () => {
  const queries = new HubQueries(hub.orm.em.fork());
  const answer = await hub.ask.ask('哪个县的人民调解委员会最多?', queries);
  expect(answer.status).toBe('ANSWERED');
  expect(answer.query).toMatchObject({ op: 'rank', indicator: expect.stringMatching(/^people-mediation\./) });
  const indicator = (answer.query as { indicator: string }).indicator;
  const { values } = await queries.indicatorAcross(indicator);
  const reportsStating = new Set(values.map((v) => v.report.id));
  expect(reportsStating.size).toBeGreaterThan(ACROSS_SEARCHED_REPORTS);
  const stated = answer.ranking.filter((r) => r.stated);
  expect(stated).toHaveLength(reportsStating.size);
  expect(answer.ranking).toHaveLength(EXTRA + 1);
  // Highest first, and the top is the largest figure any report states.
  const ranked = stated.map((r) => r.value!);
  expect(ranked).toEqual([...ranked].sort((a, b) => b - a));
  expect(answer.value).toBe(Math.max(...values.map((v) => v.value)));
  for (const r of answer.ranking.filter((x) => !x.stated)) expect(r.value).toBeNull();
});

it('lists and counts every report the hub holds', async () => {
  const answer = await hub.ask.ask('库里有几份报告', new HubQueries(hub.orm.em.fork()));
  expect(answer.value).toBe(EXTRA + 1);
});
