/**
 * Two reports that say the same figure in their own order of words, or two places each asked by its
 * own measure, in Chinese and English; and questions that name only reports with a place or year.
 * Made-up reports in the genre's wording.
 */
import { describe, expect, it } from 'vitest';
import { hubWithReports } from './seeded.js';

// What the study sessions are of is said once, in the clause before the figure's own.
const SUICHANG = `遂昌县2024年法治政府建设年度报告
一、加强组织领导
严格落实县政府常务会议学法制度,全年组织专题法治学习7次。
县委理论学习中心组开展法治理论专题学习10次。
二、规范涉企执法
全面推行“扫码入企”制度,梳理涉企检查事项186条,公布行政检查主体40个。
`;
const LONGQUAN = `龙泉市2023年法治政府建设年度报告
一、加强组织领导
市政府常务会议开展专题学法5次。
把习近平法治思想纳入理论学习中心组重点学习内容,全年召开市委理论学习中心组学习会6次。
二、科学谋划
出台法治政府建设实施方案,制定具体工作举措26条,细化任务分工150项。
`;

const ask = hubWithReports(() => [
  { text: SUICHANG, region: '遂昌县', year: 2024 },
  { text: LONGQUAN, region: '龙泉市', year: 2023 },
]);

describe('a figure whose clause before says what it counts', () => {
  it('is the report’s figure of the executive meetings’ study sessions, ranked and added', async () => {
    const ranked = await ask('遂昌县和龙泉市政府常务会议专题学法的次数,哪个地方最多?');
    expect([ranked.status, ranked.value]).toEqual(['ANSWERED', 7]);
    expect(ranked.ranking.filter((r) => r.stated).map((r) => r.value)).toEqual([7, 5]);
    const total = await ask('What is the total number of special law-study sessions held at government executive meetings in Suichang County and Longquan City?');
    expect([total.status, total.query.op, total.value]).toEqual(['ANSWERED', 'sum', 12]);
  });
});

describe('two places each asked by its own measure, in English', () => {
  it('subtracts the second place’s figure from the first’s (than)', async () => {
    const answer = await ask('How many more law-theory study sessions did Suichang County’s party study group hold than Longquan City’s theory study group meetings?');
    expect([answer.status, answer.query.op, answer.value]).toEqual(['ANSWERED', 'difference', 4]);
  });

  it('ranks the two figures (or), items in 条 and 项 alike', async () => {
    const answer = await ask('Which is larger: the number of task assignments in Longquan’s plan or the number of inspection items Suichang County sorted out?');
    expect([answer.status, answer.value]).toEqual(['ANSWERED', 186]);
    expect(answer.ranking.filter((r) => r.stated).map((r) => r.value)).toEqual([186, 150]);
  });
});

describe('two places each asked by its own measure, added', () => {
  it('adds each its own, though another figure of a report counts what the other place’s does', async () => {
    for (const q of ['遂昌县的理论学习中心组专题学习次数与龙泉市的政府常务会议专题学法次数一共多少?', 'Suichang’s theory study group sessions plus Longquan’s executive meeting law study sessions?']) {
      const answer = await ask(q);
      expect([q, answer.status, answer.query.op, answer.value]).toEqual([q, 'ANSWERED', 'sum', 15]);
    }
  });

  it('adds measures counted in 项 and 条', async () => {
    const answer = await ask('龙泉市细化的任务分工项数和遂昌县梳理的检查事项条数合计多少?');
    expect([answer.status, answer.query.op, answer.value]).toEqual(['ANSWERED', 'sum', 336]);
  });
});

describe('questions naming only reports, with a place or a year', () => {
  it('list the reports of that year or place', async () => {
    for (const q of ['Which report in the set is about 2023?', '哪份报告是2023年的?', '龙泉的报告是哪一年的?', 'What year is the Longquan report?', 'Is there a report for 2023?']) {
      const answer = await ask(q);
      expect([q, answer.status, answer.query.op], q).toEqual([q, 'ANSWERED', 'reports']);
      expect(answer.text, q).toMatch(/龙泉|Longquan/);
      expect(answer.text, q).not.toMatch(/遂昌|Suichang/);
    }
  });

  it('leave what a report says to its summary', async () => {
    for (const q of ['龙泉市的报告讲了什么', 'What does the Longquan report say?']) {
      expect((await ask(q)).query.op, q).toBe('summary');
    }
  });
});
