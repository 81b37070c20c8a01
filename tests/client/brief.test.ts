import { describe, expect, it } from 'vitest';
import { briefFileName, briefMarkdown, buildBrief, escapeMarkdown } from '../../client/src/lib/brief.js';
import { figure } from './fixtures.js';

const report = { id: 'ziyun-2024', title: '紫云自治县2024年度法治政府建设工作报告', region: '紫云苗族布依族自治县', year: 2024, publisher: '紫云苗族布依族自治县司法局', publishedOn: '2025-03-28' };

const figures = [
  figure({ id: 'r', label: '收到的行政复议申请数', labelEn: 'Applications received', value: 39, span: { start: 2040, end: 2043 } }),
  figure({ id: 'a', label: '受理的行政复议案件数', value: 36, span: { start: 2046, end: 2049 } }),
  figure({ id: 'c', label: '行政复议案件审结数', value: 22, span: { start: 2052, end: 2055 } }),
  figure({ id: 'm', label: '调解成功的行政复议案件数', value: 5, span: { start: 2062, end: 2064 } }),
  figure({ id: 't', label: '行政复议案件及时办结率', value: 100, unit: '%', span: { start: 2072, end: 2076 } }),
  figure({
    id: 'p', label: '普法受众人数', value: 150000, unit: '人', qualifier: 'MORE_THAN', span: { start: 2500, end: 2505 }, quote: '普及受众达15万余人。', quoteSpan: { start: 2495, end: 2506 },
    topic: { id: 'legal-publicity', name: '普法与法治宣传', nameEn: 'Legal publicity' },
  }),
  figure({ id: 'x', label: '某项数据', value: 3, labelledBy: 'AUTO', labelConfidence: 0.5, span: { start: 2600, end: 2602 }, quote: '另有3件。', quoteSpan: { start: 2598, end: 2603 }, topic: null }),
  figure({ id: 'part', label: '部分', value: 1, partOf: { id: 'r' }, span: { start: 2044, end: 2045 } }),
];

/** The headlines as Report.headlines returns them: the server chose and ordered them. */
const source = {
  ...report,
  headlines: [
    { topic: { id: 'administrative-reconsideration', name: '行政复议', nameEn: 'Administrative reconsideration' }, more: 3, metrics: figures.filter((f) => ['r', 'a', 'c'].includes(f.id)) },
    { topic: { id: 'legal-publicity', name: '普法与法治宣传', nameEn: 'Legal publicity' }, more: 0, metrics: figures.filter((f) => f.id === 'p') },
    { topic: null, more: 0, metrics: figures.filter((f) => f.id === 'x') },
  ],
};

describe('buildBrief', () => {
  const brief = buildBrief(source, 'zh');

  it('keeps the topics and figures the server chose, in its order, figures without a topic named 其他', () => {
    expect(brief.topics.map((t) => t.name)).toEqual(['行政复议', '普法与法治宣传', '其他']);
    expect(brief.topics[0].figures.map((f) => f.id)).toEqual(['r', 'a', 'c']);
    expect(brief.topics[0].more).toBe(3);
  });

  it('quotes the clauses around each figure', () => {
    expect(brief.topics[1].figures[0]).toMatchObject({ label: '普法受众人数', value: '15万余人', source: { before: '普及受众达', figure: '15万余人', after: '。' } });
  });

  it('speaks English when asked', () => {
    const english = buildBrief(source, 'en');
    expect(english.topics[0]).toMatchObject({ name: 'Administrative reconsideration' });
    expect(english.topics[0].figures[0]).toMatchObject({ label: 'Applications received', value: '39 cases' });
    expect(english.topics[2].name).toBe('Other');
  });
});

describe('briefMarkdown', () => {
  it('writes the same content as Markdown', () => {
    const markdown = briefMarkdown(buildBrief(source, 'zh'), 'zh');
    expect(markdown).toBe(
      [
        '# 紫云自治县2024年度法治政府建设工作报告',
        '',
        '**数据要点** · 紫云苗族布依族自治县 2024',
        '',
        '来源: 紫云苗族布依族自治县司法局 · 日期: 2025-03-28',
        '',
        '## 行政复议',
        '',
        '- **39件** 收到的行政复议申请数',
        '  > 原文: 2024年,紫云自治县共收到行政复议案件申请**39件**,受理36件,审结22件,其中调解成功5件,…',
        '- **36件** 受理的行政复议案件数',
        '  > 原文: 2024年,紫云自治县共收到行政复议案件申请39件,受理**36件**,审结22件,其中调解成功5件,案件及时办结率100%。',
        '- **22件** 行政复议案件审结数',
        '  > 原文: …紫云自治县共收到行政复议案件申请39件,受理36件,审结**22件**,其中调解成功5件,案件及时办结率100%。',
        '',
        '_本领域另有 3 项数据,见报告原文。_',
        '',
        '## 普法与法治宣传',
        '',
        '- **15万余人** 普法受众人数',
        '  > 原文: 普及受众达**15万余人**。',
        '',
        '## 其他',
        '',
        '- **3件** 某项数据',
        '  > 原文: 另有**3件**。',
        '',
        '---',
        '',
        '根据《紫云自治县2024年度法治政府建设工作报告》整理',
        '',
      ].join('\n'),
    );
  });

  it('escapes Markdown in the report text and keeps each quote on one line', () => {
    expect(escapeMarkdown('a*b_c [d] <e> #f |g\\')).toBe('a\\*b\\_c \\[d\\] \\<e\\> \\#f \\|g\\\\');
    expect(escapeMarkdown('第一行\n 第二行')).toBe('第一行 第二行');
  });

  it('names the file after the report', () => {
    expect(briefFileName('ziyun-2024')).toBe('ziyun-2024-brief.md');
    expect(briefFileName('a/b c')).toBe('a-b-c-brief.md');
  });
});
