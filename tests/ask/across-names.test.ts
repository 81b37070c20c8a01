/**
 * Answers across reports that name each place as its report does (Suichang (遂昌县) in English), a
 * question naming only reports by their measure words (这批报告里哪一份), two places' own measures
 * joined by the 和 before the second place, and an English verb that each report words its own way.
 * Made-up reports in the genre's wording.
 */
import { describe, expect, it } from 'vitest';
import { hubWithReports } from './seeded.js';

// 办理 said once, before its list; the other report says it with the figure.
const SUICHANG = `遂昌县2024年法治政府建设年度报告
一、加强组织领导
县政府常务会议专题学法6次,听取和研究法治建设工作9次。
二、推进依法行政
支持法院、检察院依法履职,办理“司法建议”11件,“检察建议”45件,按期办复率达100%。
`;
const LONGQUAN = `龙泉市2023年法治政府建设年度报告
一、加强组织领导
市政府常务会先后4次听取法治建设汇报。
二、推进依法行政
协调办理公益类检察建议3件,均及时履行职责。
`;

const ask = hubWithReports(() => [
  { text: SUICHANG, region: '遂昌县', year: 2024 },
  { text: LONGQUAN, region: '龙泉市', year: 2023 },
]);

describe('places named in answers across reports', () => {
  it('in English, with the Chinese name the report uses; in Chinese, as it is', async () => {
    const en = await ask('Which place handled the most procuratorial suggestions?');
    expect(en.text).toMatch(/Suichang \(遂昌县?\) 2024/);
    const zh = await ask('哪个地方办理的检察建议最多?');
    expect(zh.text).toMatch(/遂昌县?2024年/);
    expect(zh.text).not.toMatch(/Suichang/);
  });

  it('a sum of several reports says whose each figure is', async () => {
    const answer = await ask('How many procuratorial suggestions did Suichang and Longquan handle in total?');
    expect([answer.status, answer.value]).toEqual(['ANSWERED', 48]);
    expect(answer.text).toMatch(/Suichang \(遂昌县?\) 2024: .*\+ Longquan \(龙泉市?\) 2023: /);
  });
});

describe('a question naming only reports, by the words they are counted by', () => {
  it('lists the reports of the year (这批报告里哪一份, 哪一篇)', async () => {
    for (const q of ['这批报告里哪一份是关于2023年的?', '这些报告中哪一篇是2023年的']) {
      const answer = await ask(q);
      expect([q, answer.status, answer.query.op]).toEqual([q, 'ANSWERED', 'reports']);
      expect(answer.text, q).toMatch(/龙泉/);
      expect(answer.text, q).not.toMatch(/遂昌/);
    }
  });
});

describe('two places each asked by its own measure, a measure holding 和', () => {
  it('is cut at the 和 before the second place: each its own figure, not the other figure of the best one’s words', async () => {
    const answer = await ask('龙泉市政府常务会听取法治建设汇报的次数和遂昌县政府常务会议听取和研究法治建设工作的次数,哪个多?');
    expect([answer.status, answer.value]).toEqual(['ANSWERED', 9]);
    expect(answer.ranking.filter((r) => r.stated).map((r) => r.value)).toEqual([9, 4]);
  });
});

describe('an English verb each report words its own way', () => {
  it('is no part of what is counted: the report saying 办理 once before its list is ranked and subtracted', async () => {
    const ranked = await ask('Among the reports, which place handled the most procuratorial suggestions?');
    expect([ranked.status, ranked.value]).toEqual(['ANSWERED', 45]);
    const difference = await ask('How many more procuratorial suggestions did Suichang County handle than Longquan City?');
    expect([difference.status, difference.value]).toEqual(['ANSWERED', 42]);
  });
});

// What an item's figures count said once, in the heading the item opens with.
const YUNHE = `云和县2024年法治政府建设年度报告
一、加强组织领导
县政府常务会议专题学法5次。
`;
const JINGNING = `景宁县2024年法治政府建设年度报告
一、推进依法行政
一是深入学习贯彻习近平法治思想。组织全县120名执法人员参加培训。二是全面落实政府常务会学法制度。研究制定《2024年度景宁县政府学法计划》,坚持每月一个主题,2024年按计划学法9次;落实领导干部学法清单制度,推动干部学法用法常态化。今年以来,推动各政府部门学法80次。
`;
const askItems = hubWithReports(() => [
  { text: YUNHE, region: '云和县', year: 2024 },
  { text: JINGNING, region: '景宁县', year: 2024 },
]);

describe('a figure whose item’s heading says what it counts', () => {
  it('is the report’s figure, in the sentence right after the heading only', async () => {
    for (const q of ['云和和景宁,哪个地方政府常务会议学法次数多?', 'Between Yunhe and Jingning, whose government studied law more times at its executive meetings?']) {
      const answer = await askItems(q);
      expect([q, answer.status, answer.value]).toEqual([q, 'ANSWERED', 9]);
      expect(answer.ranking.filter((r) => r.stated).map((r) => r.value), q).toEqual([9, 5]);
    }
  });
});
