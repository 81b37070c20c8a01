/**
 * Rankings on a hub holding more reports than one question searches: every report in scope is
 * ranked (from the catalog's indicator), whatever the hub holds; none is left out or counted as 0.
 * The best figure is found through the reports' postings, as exactly as by scoring every figure.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, expect, it, vi } from 'vitest';
import { FigureIndex } from '../../server/ask/figure-index.js';
import { parseQuestion } from '../../server/ask/parse.js';
import { ACROSS_SEARCHED_REPORTS, AskService, MAX_SEARCHED_REPORTS } from '../../server/ask/ask.service.js';
import { rehearsalQuestions } from '../../server/ask/rehearsal.js';
import { indicatorsOf } from '../../server/query/indicators.js';
import { lexicon } from '../../server/vocabulary/lexicon.js';
import { ingestReport } from '../../server/ingest/ingest.service.js';
import { SEEDS_DIR } from '../../server/ingest/seed.js';
import { HubQueries } from '../../server/query/hub-queries.js';
import { questionTerms } from '../../server/ask/match.js';
import { languageOf, normalizeQuestion } from '../../server/ask/normalize.js';
import type { ScoredFigure } from '../../server/ask/match.js';
import { confident, NEAREST_COVERAGE } from '../../server/ask/parse/context.js';
import { best, bestConfident, bestHolding } from '../../server/ask/parse/figures.js';
import { rankHints } from '../../server/ask/parse/hints.js';
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

it('finds the confident figures through the postings exactly as scoring every figure does', async () => {
  const subjects = ['受理的法律援助案件', '法律援助案件', '行政复议审结案件', '人民调解委员会', '宣讲活动', '规范性文件审查', '法律顾问',
    'administrative reconsideration cases concluded', 'legal aid cases', 'mediation committees', 'lectures held', '刑事案件'];
  let found = 0;
  for (const subject of subjects) {
    const question = `哪个县${subject}最多`;
    const index = await hub.ask.index(new HubQueries(hub.orm.em.fork()), question);
    const normalized = normalizeQuestion(question);
    const ctx = { index, figures: index.figures, reports: index.searched, scope: {}, hints: rankHints(normalized), language: languageOf(normalized), normalized };
    const terms = questionTerms(subject, index);
    const all = best(terms, ctx).filter(confident).map((s) => [s.figure.metric.id, s.score, s.coverage, s.specific]);
    expect(bestConfident(terms, ctx, index.searched).map((s) => [s.figure.metric.id, s.score, s.coverage, s.specific]), subject).toEqual(all);
    // And the nearest facts of a refusal: the figures explaining NEAREST_COVERAGE of it, in order.
    const near = (list: ScoredFigure[]) => list.filter((s) => s.coverage >= NEAREST_COVERAGE).map((s) => [s.figure.metric.id, s.score]);
    expect(near(bestHolding(terms, ctx, index.searched, NEAREST_COVERAGE)), subject).toEqual(near(best(terms, ctx)));
    found += all.length;
  }
  expect(found).toBeGreaterThan(subjects.length);
});

it('warm-up: a report at a time, then rankings of the indicator most reports state, rehearsed in both languages', async () => {
  const queries = new HubQueries(hub.orm.em.fork());
  const [top] = indicatorsOf(await queries.catalog());
  const { topics, measures } = lexicon();
  const questions = rehearsalQuestions(topics.find((t) => t.key === top.topicId)!, measures.find((m) => m.key === top.measureId)!);
  expect(questions.some((q) => /[a-z]/.test(q)) && questions.some((q) => !/[a-z]/.test(q))).toBe(true);
  // Each is the ranking it rehearses: across every report, by that indicator.
  for (const question of questions) {
    expect((await hub.ask.ask(question, new HubQueries(hub.orm.em.fork()))).query, question).toMatchObject({ op: 'rank', indicator: top.id, scope: {} });
  }
  const fresh = new AskService();
  const unanswered = (await queries.unanswered(1000)).length;
  let pauses = 0;
  await fresh.warmAcross(new HubQueries(hub.orm.em.fork()), async () => pauses++);
  // The event loop is let go between each report tokenised and each question rehearsed.
  expect(pauses).toBeGreaterThanOrEqual(ACROSS_SEARCHED_REPORTS + questions.length);
  // Quietly: nothing is logged as asked.
  expect((await queries.unanswered(1000)).length).toBe(unanswered);
});

it('warm-up: the index of a question naming no report built a report at a time, then kept for it', async () => {
  const fresh = new AskService();
  let pauses = 0;
  await fresh.warmUnscoped(new HubQueries(hub.orm.em.fork()), async () => pauses++);
  expect(pauses).toBe(MAX_SEARCHED_REPORTS + 1);
  // The question finds its index built: no report is read or tokenised for it.
  const queries = new HubQueries(hub.orm.em.fork());
  const details = vi.spyOn(queries, 'details');
  const index = await fresh.index(queries, '行政复议审结了多少件');
  expect(details).not.toHaveBeenCalled();
  expect(index.searched.size).toBe(MAX_SEARCHED_REPORTS);
});

it('a ranking asked again on the same index is not scored again, and reads as it did', async () => {
  const question = 'Rank the counties by legal aid cases accepted';
  const index = await hub.ask.index(new HubQueries(hub.orm.em.fork()), question);
  const looked = vi.spyOn(FigureIndex.prototype, 'figuresHolding');
  try {
    const first = parseQuestion(question, index);
    const calls = looked.mock.calls.length;
    expect(calls).toBeGreaterThan(0);
    expect(parseQuestion(question, index)).toEqual(first);
    expect(looked.mock.calls.length).toBe(calls);
    // Another question is scored afresh.
    parseQuestion('Rank the counties by legal aid cases concluded', index);
    expect(looked.mock.calls.length).toBeGreaterThan(calls);
  } finally {
    looked.mockRestore();
  }
});

it('ranks a report ingested after the ranking was first asked (the kept ranking follows the data version)', async () => {
  const question = '哪个县的人民调解委员会最多?';
  const before = await hub.ask.ask(question, new HubQueries(hub.orm.em.fork()));
  const template = readFileSync(`${SEEDS_DIR}ziyun-2024-rule-of-law-report.txt`, 'utf8');
  const { text, region, year } = syntheticReport(template, EXTRA + 1);
  await ingestReport(hub.orm.em.fork(), { text, metadata: { region, year } });
  const after = await hub.ask.ask(question, new HubQueries(hub.orm.em.fork()));
  expect(after.query).toEqual(before.query);
  expect(after.ranking).toHaveLength(before.ranking.length + 1);
  expect(after.ranking.filter((r) => r.stated).map((r) => r.region)).toContain(region);
});
