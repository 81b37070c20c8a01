/**
 * Rankings and totals of the places a question leaves out (除了遂昌, 除遂昌外, other than Suichang), the
 * order a which-question closing on 少 asks, an order said as "fewest first", the n-th of a ranking
 * (第二多) and where one place stands (龙泉在各县中排第几), two places' own measures joined by "with",
 * several places asked for (哪些地方…), and reports by group that name a figure. Made-up reports in
 * the genre's wording.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hubWithReports } from './seeded.js';

const report = (place: string, talks: number, extra: string) => `${place}2024年法治政府建设年度报告
一、深化普法宣传
全年开展法治宣讲活动${talks}场,发放宣传资料1200份。
${extra}
`;

const ask = hubWithReports(() => [
  { text: report('遂昌县', 32, '坚持问题导向、目标导向和结果导向,推动法治政府建设提质增效。\n二、学法用法\n县政府常务会议集体学法6次。'), region: '遂昌县', year: 2024 },
  { text: report('龙泉市', 18, '二、规范执法\n全年开展行政执法案卷评查8次。'), region: '龙泉市', year: 2024 },
  { text: report('云和县', 25, '二、依法决策\n审查行政规范性文件9件。'), region: '云和县', year: 2024 },
]);

const stated = (answer: Awaited<ReturnType<typeof ask>>) => answer.ranking.filter((r) => r.stated).map((r) => r.value);

describe('a place left out', () => {
  it('ranks the others, in both languages', async () => {
    for (const q of ['除了遂昌,哪个县的法治宣讲活动最多?', '除遂昌外,哪个地方的宣讲活动最多?', '除遂昌以外,哪个县宣讲活动最多?', 'Which place held the most legal publicity talks other than Suichang?', 'Besides Suichang, which county held the most publicity talks?']) {
      const answer = await ask(q);
      expect([q, answer.status, answer.value]).toEqual([q, 'ANSWERED', 25]);
      expect(stated(answer), q).toEqual([25, 18]);
      expect(answer.ranking.some((r) => /遂昌/.test(r.place)), q).toBe(false);
    }
  });

  it('adds up the others’ figures', async () => {
    const answer = await ask('除了遂昌,其他地方的法治宣讲活动一共多少场?');
    expect([answer.status, answer.query.op, answer.value]).toEqual(['ANSWERED', 'sum', 43]);
  });

  it('is kept by a follow-up leaving a place out (那除了遂昌呢, and other than Suichang?)', async () => {
    for (const [first, then] of [['哪个县的法治宣讲活动最多?', '那除了遂昌呢?'], ['Which county held the most legal publicity talks?', 'And other than Suichang?']]) {
      const conversation = { id: randomUUID(), owner: 'test' };
      expect((await ask(first, conversation)).value, first).toBe(32);
      const answer = await ask(then, conversation);
      expect([then, answer.value]).toEqual([then, 25]);
      expect(answer.query, then).toMatchObject({ scope: { except: ['遂昌县'] } });
    }
  });

  it('lists the other reports', async () => {
    const answer = await ask('除了遂昌的报告有哪些?');
    expect(answer.query).toMatchObject({ op: 'reports', scope: { except: ['遂昌县'] } });
    expect(answer.text).toMatch(/龙泉/);
    expect(answer.text).not.toMatch(/遂昌2024/);
  });
});

describe('the order asked', () => {
  it('is the lower first when a which-question closes on 少', async () => {
    for (const q of ['遂昌和龙泉哪个县的宣讲活动少?', '遂昌和龙泉哪个地方的法治宣讲少一些?']) {
      const answer = await ask(q);
      expect([q, answer.query.op, answer.value]).toEqual([q, 'rank', 18]);
      expect(answer.query, q).toMatchObject({ order: 'asc' });
    }
  });

  it('is the lower first when said as fewest first, and "first" names no figure', async () => {
    const answer = await ask('Rank Suichang, Longquan and Yunhe by publicity talks, fewest first');
    expect(answer.query).toMatchObject({ op: 'rank', order: 'asc' });
    expect(stated(answer)).toEqual([18, 25, 32]);
  });
});

describe('two places each asked by its own measure, joined by with', () => {
  it('ranks the two figures', async () => {
    const answer = await ask('Compare Suichang’s executive meeting law study sessions with Longquan’s case file reviews');
    expect(answer.status).toBe('ANSWERED');
    expect(stated(answer)).toEqual([8, 6]);
  });
});

describe('a position in a ranking', () => {
  it('the n-th asked is its report’s figure, in either order', async () => {
    for (const q of ['哪个县的法治宣讲活动第二多?', 'Which county held the second most publicity talks?', 'Which county held the second fewest publicity talks?']) {
      const answer = await ask(q);
      expect([q, answer.status, answer.query.op, answer.value]).toEqual([q, 'ANSWERED', 'rank', 25]);
      expect(answer.query, q).toMatchObject({ position: 2 });
      expect(answer.text, q).toMatch(/云和|Yunhe/);
    }
  });

  it('a position no report holds has no value', async () => {
    const answer = await ask('哪个县的法治宣讲活动第五多?');
    expect([answer.status, answer.value]).toEqual(['ANSWERED', null]);
  });

  it('where one place stands among the others is its rank', async () => {
    for (const [q, rank] of [['龙泉的法治宣讲活动在各县中排第几?', 3], ['Where does Yunhe rank among the counties on publicity talks?', 2]] as const) {
      const answer = await ask(q);
      expect([q, answer.status, answer.value]).toEqual([q, 'ANSWERED', rank]);
      expect(stated(answer), q).toEqual([32, 25, 18]);
    }
  });

  it('a rank a report states of its own place is not a position among the reports', async () => {
    for (const q of ['遂昌县的法治宣讲活动位列全省第几?', '遂昌县的法治宣讲活动排名第几?']) expect((await ask(q)).query, q).not.toMatchObject({ place: '遂昌县' });
  });
});

describe('several places asked for', () => {
  it('are the reports that state the figure, ranked', async () => {
    for (const q of ['哪些地方开展了法治宣讲活动?', 'Which places held legal publicity talks?', '哪几个县给出了法治宣讲活动的场次?', 'Which reports say how many publicity talks were held?']) {
      const answer = await ask(q);
      expect([q, answer.status, answer.query.op]).toEqual([q, 'ANSWERED', 'rank']);
      expect(stated(answer), q).toEqual([32, 25, 18]);
    }
  });

  it('asking what no figure counts, are asked as any other question: here, the sentence that says it', async () => {
    const answer = await ask('哪些地方推动法治政府建设提质增效?');
    expect([answer.status, answer.query.op]).toEqual(['ANSWERED', 'passage']);
    expect(answer.text).toMatch(/提质增效/);
  });
});

describe('reports by group naming a figure', () => {
  it('rank the figure, not count the reports', async () => {
    const answer = await ask('2024年的报告中,哪个县的法治宣讲活动最多?');
    expect([answer.query.op, answer.value]).toEqual(['rank', 32]);
    expect((await ask('哪个省的报告最多')).query.op).toBe('reports');
  });
});

describe('a gap asked between two places', () => {
  it('is their difference, and 差距 alone still the shortcomings a report names', async () => {
    const answer = await ask('遂昌和龙泉的法治宣讲活动差距有多大?');
    expect([answer.status, answer.query.op, answer.value]).toEqual(['ANSWERED', 'difference', 14]);
    expect((await ask('遂昌县存在哪些差距?')).query.op).not.toBe('difference');
  });
});
