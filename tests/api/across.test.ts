/**
 * Questions across reports through the GraphQL API, on a hub of the bundled report and the sample
 * excerpts (npm run seed:samples): our question set (tests/eval/across.jsonl) above its bar, the
 * sign of differences, reports that do not state a figure named as not stated (never zero),
 * excerpts marked, follow-ups after a comparison or ranking keeping the places, reports counted by
 * province and year, places at every level (towns too), and places the hub has never heard of.
 */
import { randomUUID } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { seedSamples } from '../../server/ingest/samples.js';
import { judge, readQuestions } from '../support/eval.js';
import { samplesHub } from '../support/samples-hub.js';

const SET = fileURLToPath(new URL('../eval/across.jsonl', import.meta.url));
/** The bar for the set (see README): a measure of the parser, not a list of known answers. */
const ACROSS_BAR = 0.9;
const ANSWER = `status text value unit reason interpretation query notes
  facts { kind value unit label quote reportId region year }
  ranking { rank reportId region place year excerpt stated value unit metricId span { start end } }`;

const hub = samplesHub();

async function ask(question: string, conversationId?: string) {
  const { body } = await hub.gql(`query Ask($q: String!, $c: String) { ask(question: $q, conversationId: $c) { ${ANSWER} } }`, { q: question, c: conversationId });
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data.ask;
}


it(`answers at least ${ACROSS_BAR * 100}% of the ${readQuestions(SET).length} questions across reports correctly`, async () => {
  const questions = readQuestions(SET);
  const misses: string[] = [];
  for (const q of questions) {
    // A follow-up is asked in a conversation, after the questions it follows.
    const conversation = q.after?.length ? randomUUID() : undefined;
    for (const before of q.after ?? []) await ask(before, conversation);
    const miss = judge(await ask(q.q, conversation), q.expect);
    if (miss) misses.push(`${q.id} ${q.q}: ${miss}`);
  }
  const accuracy = 1 - misses.length / questions.length;
  console.log(`across question set: ${questions.length - misses.length}/${questions.length} (${(accuracy * 100).toFixed(1)}%); misses:\n${misses.join('\n')}`);
  expect(accuracy).toBeGreaterThanOrEqual(ACROSS_BAR);
}, 120_000);

describe('the samples', () => {
  it('are stored as excerpts with the page they were taken from; the bundled report is whole', async () => {
    const { body } = await hub.gql('{ reports { id excerpt sourceUrl } }');
    const reports = body.data.reports as { id: string; excerpt: boolean; sourceUrl: string | null }[];
    expect(reports).toHaveLength(9);
    expect(reports.find((r) => r.id === 'ziyun-2024')).toMatchObject({ excerpt: false, sourceUrl: null });
    for (const r of reports.filter((x) => x.id !== 'ziyun-2024')) expect(r).toMatchObject({ excerpt: true, sourceUrl: expect.stringMatching(/^https?:\/\//) });
  });

  it('are not written again when unchanged', async () => {
    expect((await seedSamples(hub.orm)).every((o) => o.action === 'unchanged')).toBe(true);
  });
});

describe('a ranking across reports', () => {
  it('lists every report that states the figure with its year, the others as not stated, never as zero', async () => {
    const answer = await ask('法律援助案件谁家最多');
    expect(answer.status).toBe('ANSWERED');
    const stated = answer.ranking.filter((r: any) => r.stated);
    const notStated = answer.ranking.filter((r: any) => !r.stated);
    expect(stated.map((r: any) => [r.reportId, r.year, r.value])).toEqual([['ziyun-2024', 2024, 317]]);
    // All nine reports are in the answer: none left out, none counted as 0.
    expect(answer.ranking).toHaveLength(9);
    for (const r of notStated) expect(r).toMatchObject({ value: null, rank: null, metricId: null });
    expect(answer.text).toContain('未载明');
    expect(answer.text).not.toMatch(/[^0-9.]0件/);
    expect(notStated.every((r: any) => r.excerpt)).toBe(true);
    expect(answer.text).toContain('（节选）');
  });

  it('says so when the years differ', async () => {
    const answer = await ask('蒸湘和遂宁审查规范性文件分别多少件?');
    expect(answer.ranking.map((r: any) => r.year).sort()).toEqual([2022, 2024]);
    expect(answer.text).toContain('年份不同');
  });

  it('keeps each figure source: report, span and the quote it stands in', async () => {
    const answer = await ask('Which place reviewed the most normative documents?');
    const { body } = await hub.gql('query R($id: ID!) { report(id: $id) { text } }', { id: answer.ranking[0].reportId });
    const { start, end } = answer.ranking[0].span;
    expect(body.data.report.text.slice(start, end)).toContain(String(answer.ranking[0].value));
    expect(answer.facts[0].quote).toContain(body.data.report.text.slice(start, end));
  });
});

describe('a difference between two places', () => {
  it('is the first place named minus the second (A比B多), or the second minus the first when asked how much less (A比B少)', async () => {
    const a = await ask('郎溪和鲁山的宣讲活动分别开展了多少场?');
    const [langxi, lushan] = ['langxi', 'lushan'].map((p) => a.ranking.find((r: any) => r.reportId.startsWith(p)).value);
    const first = await ask('鲁山比郎溪少多少场宣讲?');
    expect(first.value).toBe(langxi - lushan);
    expect(first.value).toBeGreaterThan(0);
    const second = await ask('郎溪和鲁山的宣讲场次相差多少? 郎溪比鲁山多几场');
    expect(second.value).toBe(langxi - lushan);
  });
});

describe('a difference between two places, in English', () => {
  it('is the first place named minus the second', async () => {
    const a = await ask('Compare Lushan and Langxi on Xi Jinping Thought lectures');
    const [lushan, langxi] = ['lushan', 'langxi'].map((p) => a.ranking.find((r: any) => r.reportId.startsWith(p)).value);
    expect((await ask('How many more lectures did Lushan hold than Langxi?')).value).toBe(lushan - langxi);
    expect((await ask('How many more lectures did Langxi hold than Lushan?')).value).toBe(langxi - lushan);
  });
});

describe('the hub counted by group', () => {
  it('counts reports by province, with the place of a town found through its county', async () => {
    const answer = await ask('Which province has the most reports?');
    expect(answer).toMatchObject({ status: 'ANSWERED', value: 2, unit: 'reports' });
    expect(answer.text).toMatch(/Most reports: (Sichuan and Henan|Henan and Sichuan), 2 each/);
    // 公义镇 is counted in Sichuan through 彭山区 (its report's title), 下蜀镇 in Jiangsu through 句容市.
    // Each report's place with its Chinese name, as the report names it.
    expect(answer.text).toContain('Sichuan 2 (Suining (遂宁) 2022, Gongyi (公义) 2021)');
    expect(answer.text).toContain('Jiangsu 1 (Xiashu (下蜀) 2025)');
  });

  it('lists the reports of an area at every level down to a town', async () => {
    for (const q of ['江苏有哪些报告?', '镇江的报告', '句容市有哪些报告']) {
      const answer = await ask(q);
      expect(answer.facts.map((f: any) => f.reportId), q).toEqual([expect.stringMatching(/^xiashu-2025/)]);
    }
  });
});

describe('a place the hub has never heard of', () => {
  it('named without its level is refused, named, and given no other place\'s figure', async () => {
    const answer = await ask('赫章的法律援助案件有多少');
    expect(answer).toMatchObject({ status: 'UNANSWERABLE', reason: 'NO_SUCH_REGION', value: null });
    expect(answer.text).toContain('没有赫章的报告数据');
  });
});

describe('a follow-up after a ranking', () => {
  it('keeps its area, and changes only what the follow-up names', async () => {
    const conversation = randomUUID();
    await ask('河南各县的宣讲活动排名', conversation);
    const legalAid = await ask('那法律援助呢?', conversation);
    // Neither 河南 report states legal aid: both named as not stated, not 紫云's figure.
    expect(legalAid.status).toBe('UNANSWERABLE');
    expect(legalAid.ranking.map((r: any) => [r.place, r.stated]).sort()).toEqual([['浚县', false], ['鲁山', false]]);
    const anhui = await ask('那安徽呢?', conversation);
    expect(anhui.ranking.map((r: any) => r.place)).toEqual(['郎溪']);
  });
});

describe('a follow-up after a comparison', () => {
  it('keeps the places of the comparison', async () => {
    const conversation = randomUUID();
    const first = await ask('紫云和郎溪的行政复议情况对比', conversation);
    expect(first.status).toBe('ANSWERED');
    const next = await ask('那述法呢?', conversation);
    expect(next.status).toBe('ANSWERED');
    expect(new Set(next.ranking.map((r: any) => r.place))).toEqual(new Set(['紫云', '郎溪']));
  });
});
