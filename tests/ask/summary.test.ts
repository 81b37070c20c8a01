/**
 * What a whole report says (紫云的报告讲了什么, Summarize the Ziyun report): the parse (summary words,
 * topic overviews and other questions left alone, CLARIFY among several reports) and the executed
 * summary (title, outline, headline figures by the brief's rule with their sources, problems, next
 * steps, the parts a report lacks), in both languages, on the bundled report and five more.
 */
import 'reflect-metadata';
import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AskService } from '../../server/ask/ask.service.js';
import { execute } from '../../server/ask/execute.js';
import { asksForSummary } from '../../server/ask/parse/summary.js';
import { validateQuery } from '../../server/ask/structured-query.js';
import { openDatabase } from '../../server/db/orm.js';
import { seedBundledReports } from '../../server/ingest/seed.js';
import { keyFigures } from '../../server/query/headlines.js';
import { HubQueries } from '../../server/query/hub-queries.js';
import { ingestMoreReports } from '../support/more-reports.js';

let orm: MikroORM;
const service = new AskService();
const queries = () => new HubQueries(orm.em.fork());
const ask = (q: string, reportId?: string) => service.ask(q, queries(), undefined, reportId ? { reportId } : null);
const parse = async (q: string) => (await service.parse(q, queries())).query;
const CJK = /[\u3400-\u9fff]/;

beforeAll(async () => {
  orm = await openDatabase('sqlite::memory:');
  await seedBundledReports(orm);
  await ingestMoreReports(() => orm.em.fork());
}, 120_000);
afterAll(async () => {
  await orm?.close();
});

describe('the summary reading', () => {
  it('knows summary words, and the overall words only of a report', () => {
    for (const q of ['紫云的报告讲了什么', '报告的主要内容', 'summarize the ziyun report', 'what does the jinping report say?', 'what is the ziyun report about', '金平报告的总体情况', 'an overview of the report']) {
      expect(asksForSummary(q), q).toBe(true);
    }
    for (const q of ['紫云行政复议的总体情况怎么样', '行政复议审结了多少件', 'what are the legal-aid figures?', 'how many cases were concluded?']) {
      expect(asksForSummary(q), q).toBe(false);
    }
  });

  it('reads a question naming a place as that report\'s summary, in both languages', async () => {
    for (const q of ['紫云的报告讲了什么', '紫云自治县2024年法治政府建设工作报告说了什么', 'Summarize the Ziyun report', 'What does the Ziyun report say?', '紫云报告的总体情况']) {
      expect(await parse(q), q).toEqual({ op: 'summary', scope: { reportId: 'ziyun-2024' } });
    }
    expect(await parse('What does the Jinping report say?')).toEqual({ op: 'summary', scope: { reportId: 'jinping-2024' } });
    expect(await parse('金平县2024年法治政府建设报告的主要内容')).toEqual({ op: 'summary', scope: { reportId: 'jinping-2024' } });
  });

  it('does not take topic overviews or other questions', async () => {
    expect(await parse('紫云行政复议的总体情况怎么样')).toMatchObject({ op: 'overview', topics: ['administrative-reconsideration'] });
    expect(await parse('What are the legal-aid figures in Jinping?')).toMatchObject({ op: 'overview', topics: ['legal-aid'] });
    expect((await parse('紫云报告关于法律援助说了什么')).op).not.toBe('summary');
    expect((await parse('What does the Ziyun report say about legal aid?')).op).not.toBe('summary');
    expect(await parse('紫云报告中存在的问题有哪些')).toMatchObject({ op: 'sections', role: 'PROBLEM' });
    expect(await ask('紫云行政复议审结了多少件?')).toMatchObject({ status: 'ANSWERED', value: 22 });
    expect((await parse('紫云的报告里一共有多少件行政复议')).op).not.toBe('summary');
  });

  it('gives the sentence for a subject named beside the summary words (关于“一张网”说了什么, 关于“枫桥经验”)', async () => {
    for (const q of ['紫云报告关于“一张网”说了什么', 'What does the Ziyun report say about the "一张网"?']) {
      const a = await ask(q);
      expect([q, a.query.op, a.text.includes('复议便民')]).toEqual([q, 'passage', true]);
    }
    // …and for one a topic's alias names, the summary words are no words of the sentence.
    const topical = await ask('紫云报告关于“枫桥经验”说了什么');
    expect([topical.query.op, topical.text.includes('基层治理')]).toEqual(['passage', true]);
    // The summary words alone, overlapping as they may (主要内容, 内容是什么), still ask for the summary.
    expect(await parse('紫云这份报告的主要内容是什么')).toMatchObject({ op: 'summary' });
  });

  it('asks which report when several are held and none is named; scope.reportId decides', async () => {
    for (const q of ['报告说了什么', 'Summarize the report']) {
      const answer = await ask(q);
      expect(answer.status, q).toBe('CLARIFY');
      const ids = answer.candidates.map((c) => (c.query as { scope: { reportId: string } }).scope.reportId);
      expect(new Set(ids).size, q).toBe(ids.length);
      expect(ids, q).toEqual(expect.arrayContaining(['ziyun-2024', 'jinping-2024', 'wangmo-2023']));
      for (const c of answer.candidates) expect(c.query).toMatchObject({ op: 'summary' });
      if (q.startsWith('S')) {
        expect(answer.text).toMatch(/^Which report should be summarised\?/);
        for (const c of answer.candidates) expect(c.label, c.label).not.toMatch(CJK);
      } else {
        expect(answer.text).toContain('要总结哪一份报告');
      }
    }
    const scoped = await ask('报告说了什么', 'jinping-2024');
    expect(scoped.status).toBe('ANSWERED');
    expect(scoped.summary?.reportId).toBe('jinping-2024');
  });

  it('says there is no such report for a year the hub does not hold, with no figures', async () => {
    const answer = await ask('金平县2025年法治政府建设报告说了什么');
    expect(answer).toMatchObject({ status: 'UNANSWERABLE', reason: 'NO_SUCH_PERIOD', summary: null });
    expect(answer.facts).toEqual([]);
    expect(answer.text).toContain('金平自治县2024年');
  });
});

describe('the summary', () => {
  it('gives the title, outline, headline figures with sources, problems and next steps (Chinese)', async () => {
    const answer = await ask('紫云的报告讲了什么');
    expect(answer.status).toBe('ANSWERED');
    const summary = answer.summary!;
    expect(summary).toMatchObject({ reportId: 'ziyun-2024', title: '紫云自治县2024年度法治政府建设工作报告', year: 2024, place: '紫云自治县', missing: [] });
    expect(summary.outline.map((s) => s.heading)).toEqual(['工作开展情况及成效', '存在的问题', '下一步工作建议']);
    expect(summary.problems.map((s) => s.heading)).toEqual(['干部法治素养仍有待提高', '执法装备与业务工作不相匹配']);
    expect(summary.nextSteps.map((s) => s.heading)).toEqual(['持续提升行政执法能力水平', '持续推动行政争议化解作用', '持续强化动真碰硬责任落实']);

    // The headline figures are the brief's key figures, each with its source in the report.
    const metrics = await queries().allMetrics({ reportId: 'ziyun-2024' });
    expect(summary.figures.map((f) => f.metricId)).toEqual(keyFigures(metrics).map((m) => m.id));
    expect(summary.figures.map((f) => f.value).slice(0, 2)).toEqual([39, 22]);
    const text = (await queries().reportTexts(['ziyun-2024'])).get('ziyun-2024')!;
    for (const f of summary.figures) {
      expect(text.slice(f.quoteSpan!.start, f.quoteSpan!.end)).toBe(f.quote);
      expect(f.span!.start).toBeGreaterThanOrEqual(f.quoteSpan!.start);
      expect(f.sectionId).toBeTruthy();
      expect(answer.text).toContain(f.label);
    }
    for (const s of [...summary.outline, ...summary.problems, ...summary.nextSteps]) {
      expect(text.slice(s.headingSpan.start, s.headingSpan.end)).toBe(s.heading);
      expect(s.quote).toContain(s.heading);
    }
    expect(text.slice(summary.titleSpan!.start, summary.titleSpan!.end)).toBe(summary.title);
    expect(answer.text).toContain('存在的问题：1. 干部法治素养仍有待提高');
    expect(answer.text).toContain('收到的行政复议申请数 39件');
    expect(answer.interpretation).toBe('报告摘要：紫云自治县2024年');
    expect(answer.value).toBeNull();
  });

  it('is entirely English when asked in English, headings translated word by word', async () => {
    const answer = await ask('Summarize the Ziyun report');
    const summary = answer.summary!;
    expect(summary.place).toBe('Ziyun');
    for (const f of summary.figures) expect(f.label, f.label).not.toMatch(CJK);
    expect(answer.text).toContain('Headline figures: Administrative reconsideration applications received: 39 cases');
    expect(answer.text).toMatch(/Problems \(translated word by word\): 1\. [A-Z][a-z]/);
    // The genre's parts by their English names, the rest word by word.
    expect(summary.outline.map((s) => s.headingEn).slice(1)).toEqual(['Problems the report identifies', 'Recommendations and next steps']);
    // Each heading keeps its Chinese (the source) beside an English reading that holds no Chinese.
    for (const s of [...summary.outline, ...summary.problems, ...summary.nextSteps]) {
      expect(s.heading).toMatch(CJK);
      expect(s.headingEn, s.heading).not.toMatch(CJK);
      expect(s.headingEn.length).toBeGreaterThan(0);
    }
    expect(answer.interpretation).toBe('summary: Ziyun 2024');
    // Outside the report's own title, nothing is in Chinese.
    expect(answer.text.split(summary.title).join('')).not.toMatch(CJK);
  });

  it('gives the rates its figures imply, derived, with their formulas in both languages', async () => {
    const zh = await ask('紫云的报告讲了什么');
    const rates = zh.summary!.rates;
    expect(rates.map((r) => [r.key, r.value]).slice(0, 2)).toEqual([['acceptance-rate', 92.3], ['conclusion-rate', 61.1]]);
    expect(rates[0]).toMatchObject({ formula: '受理率 = 受理 36件 ÷ 收到 39件 = 92.3%', formulaEn: 'acceptance rate = accepted 36 ÷ received 39 = 92.3%' });
    // Derived: said so in the reply, and the answer's derivation gives each formula.
    expect(zh.text).toContain('计算所得（报告未直接给出）：受理率 = 受理 36件 ÷ 收到 39件 = 92.3%');
    expect(zh.derivation).toContain('审结率 = 审结 22件 ÷ 受理 36件 = 61.1%');
    const en = await ask('Summarize the Ziyun report');
    expect(en.text).toContain('Computed (not stated in the report): acceptance rate = accepted 36 ÷ received 39 = 92.3%');
    // The place in both languages, for a card shown in the other one.
    expect([zh.summary!.place, zh.summary!.placeEn, en.summary!.placeZh]).toEqual([en.summary!.placeZh, 'Ziyun', zh.summary!.place]);
    // Each rate's operands are figures of the report.
    const ids = new Set((await queries().allMetrics({ reportId: 'ziyun-2024' })).map((m) => m.id));
    for (const r of rates) expect(ids.has(r.numeratorId) && ids.has(r.denominatorId)).toBe(true);
  });

  it('says what a report lacks and never fills it in', async () => {
    for (const q of ['浚县报告的主要内容', 'What does the Xunxian report say?']) {
      const answer = await ask(q);
      const summary = answer.summary!;
      expect(summary.reportId, q).toBe('xunxian-2024');
      expect(summary.missing, q).toEqual(['PROBLEMS', 'NEXT_STEPS']);
      expect(summary.problems).toEqual([]);
      expect(summary.nextSteps).toEqual([]);
      expect(answer.text).toContain(q.startsWith('W') ? 'The report has no part on problems.' : '报告中没有“存在的问题”部分');
      for (const f of summary.figures) expect(f.reportId).toBe('xunxian-2024');
    }
  });

  it('runs from a validated query, and refuses to choose among several reports itself', async () => {
    const checked = validateQuery({ op: 'summary', scope: { region: '金平苗族瑶族傣族自治县' } });
    expect(checked.ok).toBe(true);
    const outcome = await execute((checked as { ok: true; query: never }).query, queries());
    expect(outcome).toMatchObject({ op: 'summary', report: { id: 'jinping-2024' } });
    await expect(execute({ op: 'summary', scope: { year: 2024 } }, queries())).rejects.toThrow(/several reports/);
    await expect(execute({ op: 'summary', scope: { year: 1990 } }, queries())).rejects.toThrow(/no report/);
  });
});
