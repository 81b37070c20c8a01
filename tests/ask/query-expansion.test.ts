/**
 * Cross-language matching and the thesaurus in matching: an English question reaches figures
 * nobody translated through the bilingual dictionary, and a colloquial word reaches the written
 * one. Over real report excerpts ingested with automatic labels (tests/fixtures/reports-dev) beside
 * the curated 紫云 report.
 */
import 'reflect-metadata';
import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AskService } from '../../server/ask/ask.service.js';
import type { FigureIndex } from '../../server/ask/figure-index.js';
import { questionTerms, scoreFigure, type Term } from '../../server/ask/match.js';
import { normalizeQuestion } from '../../server/ask/normalize.js';
import { alternativesOf, SYNONYM_FACTOR, SYNONYM_FACTOR_BESIDE_OWN } from '../../server/ask/query-expansion.js';
import { openDatabase } from '../../server/db/orm.js';
import { seedBundledReports } from '../../server/ingest/seed.js';
import { HubQueries } from '../../server/query/hub-queries.js';
import { ingestDevReports } from '../support/reports-dev.js';

let orm: MikroORM;
let ask: AskService;
let index: FigureIndex;

beforeAll(async () => {
  orm = await openDatabase('sqlite::memory:');
  await seedBundledReports(orm);
  await ingestDevReports(orm);
  ask = new AskService();
  index = await ask.index(new HubQueries(orm.em.fork()));
}, 60_000);
afterAll(async () => {
  await orm?.close();
});

const answer = (q: string) => ask.ask(q, new HubQueries(orm.em.fork()));
const termOf = (question: string, token: string) => questionTerms(normalizeQuestion(question), index).find((t) => t.token === token);

describe('English words translated through the dictionary', () => {
  it('offer the Chinese words the figures hold (contract → 合同), marked as translations', () => {
    const alternatives = alternativesOf('contract', 'contract', index);
    expect(alternatives.map((a) => a.token)).toContain('合同');
    expect(alternatives.every((a) => a.translation && a.factor < 1)).toBe(true);
  });

  it('build a pair no dictionary translates into the compound the figures hold, a piece may be one character: village adviser → 村法律顾问', () => {
    expect(alternativesOf('villag advis', 'village adviser', index, true).map((a) => a.token)).toContain('村法律顾问');
    // Only a word some figure holds as it is, never one made of bigrams of others (服务中 of 服务中心).
    expect(alternativesOf('servic center', 'service center', index, true).map((a) => a.token)).not.toContain('服务中');
  });

  it('keep only translations some figure can hold', () => {
    for (const a of alternativesOf('review', 'review', index)) expect(index.knows(a.token) || a.token.length >= 3).toBe(true);
    expect(alternativesOf('football', 'football', index)).toEqual([]);
  });

  it('rank the dictionary\'s best translation above the later ones', () => {
    const factors = alternativesOf('review', 'review', index).filter((a) => a.translation).map((a) => a.factor);
    expect(factors).toEqual([...factors].sort((a, b) => b - a));
  });

  it('weigh a word no figure holds as the most common of its translations, not as an unknown word', () => {
    const issue = termOf('How many procuratorial suggestions did Langxi issue?', 'issu')!;
    expect(issue.alternatives?.length).toBeGreaterThan(0);
    expect(issue.weight).toBeLessThan(index.idf('no-such-word'));
  });

  it('translate a word pair as a phrase (government contract → 政府合同)', () => {
    const pair = questionTerms(normalizeQuestion('government contracts'), index).find((t) => t.token === 'govern contract');
    expect(pair?.alternatives?.map((a) => a.token)).toContain('政府合同');
  });

  it('let an English question reach a figure nobody translated', async () => {
    const a = await answer('How many government contracts did Suining review?');
    expect(a).toMatchObject({ status: 'ANSWERED', value: 122 });
    expect(a.facts[0].quote).toContain('审查、备案政府合同122件');
  });

  it('never match a curated figure, which is matched by its curated English', () => {
    const curated = index.figures.find((f) => f.metric.reportId === 'ziyun-2024' && f.metric.labelZh.includes('行政复议'))!;
    const via = (translation: boolean): Term[] => [{ token: 'zz-unknown', weight: 1, alternatives: [{ token: '行政复议', factor: 0.85, translation }] }];
    expect(scoreFigure(via(true), curated).coverage).toBe(0);
    expect(scoreFigure(via(false), curated).coverage).toBe(1);
  });

  it('still leave a question about something no report states unanswered', async () => {
    expect((await answer('How many legal aid cases did Suining handle in 2022?')).status).toBe('UNANSWERABLE');
    expect((await answer('Who won the football match in Suining?')).value).toBeNull();
  });
});

describe('the thesaurus in matching', () => {
  it('gives a colloquial word the written word as an alternative (官司 → 诉讼)', () => {
    expect(termOf('紫云的官司有多少', '官司')?.alternatives?.map((a) => a.token)).toContain('诉讼');
  });

  it('counts a synonym less where a figure holds the question\'s own word', () => {
    // 收案 is the 紫云 catalog's own word; 一把手 no figure uses.
    expect(index.occurs('收案') && !index.occurs('一把手')).toBe(true);
    const factorOf = (question: string, token: string) => termOf(question, token)!.alternatives!.find((a) => !a.translation)!.factor;
    expect(factorOf('紫云 收案 多少件', '收案')).toBe(SYNONYM_FACTOR_BESIDE_OWN);
    expect(factorOf('紫云 一把手 多少', '一把手')).toBe(SYNONYM_FACTOR);
  });

  it('answers a question asked with a colloquial word for the report\'s (一把手: 党政主要负责人)', async () => {
    const a = await answer('郎溪述法的一把手有几个');
    expect(a).toMatchObject({ status: 'ANSWERED', value: 15 });
    expect(a.facts[0].quote).toContain('15名党政主要负责人现场述法');
  });
});

describe('a section cue inside a word that names figures', () => {
  it('asks for the figures: 建议 in 检察建议, suggestions in "procuratorial suggestions"', async () => {
    expect(await answer('郎溪 检察建议')).toMatchObject({ status: 'ANSWERED', value: 53 });
    expect(await answer('Langxi procuratorial suggestions')).toMatchObject({ status: 'ANSWERED', value: 53 });
  });

  it('still asks for the recommendations when it stands alone', async () => {
    expect((await ask.parse('郎溪下一步有什么建议', new HubQueries(orm.em.fork()))).query).toMatchObject({ op: 'sections', role: 'RECOMMENDATION' });
    expect((await ask.parse('What are Langxi\'s recommendations?', new HubQueries(orm.em.fork()))).query).toMatchObject({ op: 'sections', role: 'RECOMMENDATION' });
  });
});
