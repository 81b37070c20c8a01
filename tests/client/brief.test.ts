import { describe, expect, it } from 'vitest';
import { briefFileName, briefMarkdown, buildBrief, escapeMarkdown, ordinalEn, type BriefSource } from '../../client/src/lib/brief.js';
import { figure } from './fixtures.js';

const received = figure({ id: 'r', label: '收到的行政复议申请数', labelEn: 'Applications received', value: 39, span: { start: 2040, end: 2043 } });
const concluded = figure({ id: 'c', label: '行政复议案件审结数', labelEn: 'Cases concluded', value: 22, span: { start: 2052, end: 2055 } });
const unsure = figure({ id: 'x', label: '某项数据', value: 3, labelledBy: 'AUTO', labelConfidence: 0.5, span: { start: 2600, end: 2602 }, quote: '另有3件。', quoteSpan: { start: 2598, end: 2603 }, topic: null });

const source = {
  id: 'ziyun-2024', title: '紫云自治县2024年度法治政府建设工作报告', region: '紫云苗族布依族自治县', regionShort: '紫云', regionEn: 'Ziyun', year: 2024,
  publisher: '紫云苗族布依族自治县司法局', publishedOn: '2025-03-28',
  brief: {
    keyFigures: [{ metric: received, place: { rank: 2, of: 5 } }, { metric: concluded, place: null }],
    rates: [{
      key: 'conclusion-rate', name: '审结率', nameEn: 'conclusion rate', value: 61.1, formula: '审结率 = 审结 22件 ÷ 受理 36件 = 61.1%', formulaEn: 'conclusion rate = concluded 22 ÷ accepted 36 = 61.1%',
      topic: { id: 'administrative-reconsideration', name: '行政复议', nameEn: 'Administrative reconsideration' }, numerator: { id: 'c', span: { start: 2052, end: 2055 } },
    }],
    problems: [{ id: 'p1', heading: '干部法治素养仍有待提高', text: '' }, { id: 'p2', heading: '', text: '执法装备不相匹配。个别部门……' }],
    recommendations: [{ id: 'n1', heading: '持续提升行政执法能力水平', text: '' }],
  },
  headlines: [
    { topic: { id: 'administrative-reconsideration', name: '行政复议', nameEn: 'Administrative reconsideration' }, metrics: [received, concluded] },
    { topic: null, metrics: [unsure] },
  ],
} as unknown as BriefSource;

describe('buildBrief', () => {
  const brief = buildBrief(source, 'zh');

  it('heads the page with the place as people say it and the year', () => {
    expect(brief.heading).toBe('紫云 2024 · 要点简报');
    expect(buildBrief(source, 'en').heading).toBe('Ziyun 2024 · Brief');
  });

  it('keeps the key figures the server chose, with their place among the reports stating them', () => {
    expect(brief.keyFigures.map((f) => [f.id, f.value, f.place])).toEqual([['r', '39件', '在载有此项的 5 份报告中居第 2（由大到小）'], ['c', '22件', null]]);
    expect(buildBrief(source, 'en').keyFigures[0]).toMatchObject({ label: 'Applications received', value: '39 cases', place: '2nd of 5 reports stating it (largest first)' });
  });

  it('words the derived rates with their formula in the language asked', () => {
    expect(brief.rates[0]).toMatchObject({ name: '审结率', value: '61.1%', formula: '审结率 = 审结 22件 ÷ 受理 36件 = 61.1%', topic: '行政复议' });
    expect(buildBrief(source, 'en').rates[0].formula).toBe('conclusion rate = concluded 22 ÷ accepted 36 = 61.1%');
  });

  it('makes one line of problems and one of next steps, an item without a heading by its first sentence', () => {
    expect(brief.problems.line).toBe('干部法治素养仍有待提高；执法装备不相匹配');
    expect(brief.recommendations.line).toBe('持续提升行政执法能力水平');
  });

  it('lists every figure in the appendix and marks unsure automatic labels', () => {
    expect(brief.appendix.map((t) => [t.topic, t.figures.map((f) => f.unsure)])).toEqual([['行政复议', [false, false]], ['其他', [true]]]);
  });
});

describe('briefMarkdown', () => {
  it('writes the page and the appendix as Markdown', () => {
    const markdown = briefMarkdown(buildBrief(source, 'zh'), 'zh');
    expect(markdown).toContain('# 紫云 2024 · 要点简报\n\n紫云自治县2024年度法治政府建设工作报告\n\n来源：紫云苗族布依族自治县司法局 · 日期：2025-03-28');
    expect(markdown).toContain('- **39件** 收到的行政复议申请数 (在载有此项的 5 份报告中居第 2（由大到小）)\n  > 原文：2024年,紫云自治县共收到行政复议案件申请**39件**,');
    expect(markdown).toContain('- **61.1%** 审结率 — 审结率 = 审结 22件 ÷ 受理 36件 = 61.1% (由报告中的两个数字计算，报告未直接给出)');
    expect(markdown).toContain('## 存在的问题\n\n- 干部法治素养仍有待提高\n- 执法装备不相匹配');
    expect(markdown).toContain('## 附录：全部数据\n\n### 行政复议\n\n- **39件** 收到的行政复议申请数\n- **22件** 行政复议案件审结数\n\n### 其他\n\n- **3件** 某项数据 _(自动标注，把握不足)_');
  });

  it('escapes Markdown in report text', () => {
    expect(escapeMarkdown('a*b_[c]#')).toBe('a\\*b\\_\\[c\\]\\#');
  });

  it('names the files after the report', () => {
    expect(briefFileName('ziyun-2024')).toBe('ziyun-2024-brief.md');
    expect(briefFileName('ziyun/2024', 'docx')).toBe('ziyun-2024-brief.docx');
  });

  it('writes English ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101].map(ordinalEn)).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '101st']);
  });
});
