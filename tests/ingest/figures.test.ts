import { describe, expect, it } from 'vitest';
import { extractFigures, type ExtractedFigure, type Qualifier } from '../../server/ingest/figures.js';

/** The single figure in `text`; fails when there are none or several. */
function onlyFigure(text: string): ExtractedFigure {
  const figures = extractFigures(text);
  expect(figures, `figures in ${JSON.stringify(text)}`).toHaveLength(1);
  return figures[0];
}

/** Asserts value, unit, qualifier, the figure as written, and that its span slices back to it. */
function expectFigure(text: string, want: { value: number; unit: string; qualifier: Qualifier; text: string }) {
  const figure = onlyFigure(text);
  expect({ value: figure.value, unit: figure.unit, qualifier: figure.qualifier, text: figure.text }).toEqual(want);
  expect(text.slice(figure.span.start, figure.span.end)).toBe(figure.text);
  return figure;
}

describe('units', () => {
  const cases: [string, number, string, string][] = [
    ['共收到申请39件。', 39, '件', '39件'],
    ['专职人民调解员225人。', 225, '人', '225人'],
    ['创建示范村32个。', 32, '个', '32个'],
    ['开展学习64次。', 64, '次', '64次'],
    ['上好开学第一课318场次。', 318, '场次', '318场次'],
    ['接待来访群众300人次。', 300, '人次', '300人次'],
    ['发放宣传资料800份。', 800, '份', '800份'],
    ['已接到58790条评价。', 58790, '条', '58790条'],
    ['全县28家涉企服务部门。', 28, '家', '28家'],
    ['有律师事务所6所。', 6, '所', '6所'],
    ['选派162名政法干警。', 162, '名', '162名'],
    ['心得体会260篇。', 260, '篇', '260篇'],
    ['每人学习培训达60学时。', 60, '学时', '60学时'],
    ['涉及重大行政决策事项1项。', 1, '项', '1项'],
    ['满意率98%。', 98, '%', '98%'],
    ['考试平均得分96.5分。', 96.5, '分', '96.5分'],
    ['平均用时30分钟。', 30, '分钟', '30分钟'],
  ];
  it.each(cases)('reads %j as %d with unit %s', (text, value, unit, written) => {
    expectFigure(text, { value, unit, qualifier: 'EXACT', text: written });
  });
});

describe('years counted, not dates', () => {
  it('reads 连续8年 and 连续六年 as years running, with unit 年', () => {
    expectFigure('已连续8年开展述法考核', { value: 8, unit: '年', qualifier: 'EXACT', text: '8年' });
    expectFigure('连续六年获评先进', { value: 6, unit: '年', qualifier: 'EXACT', text: '六年' });
  });

  it('leaves a year, 连续第5年 (an ordinal) and 连续3年度 alone', () => {
    expect(extractFigures('2024年,全县推进依法行政')).toEqual([]);
    expect(extractFigures('连续第5年举办')).toEqual([]);
    expect(extractFigures('连续3年度考核')).toEqual([]);
  });
});

describe('longest unit wins', () => {
  it('reads 5000人次 with unit 人次, not 人', () => {
    expectFigure('覆盖学生5000人次。', { value: 5000, unit: '人次', qualifier: 'EXACT', text: '5000人次' });
  });

  it('reads 10场次 with unit 场次, not 场', () => {
    expectFigure('开展法律服务活动10场次。', { value: 10, unit: '场次', qualifier: 'EXACT', text: '10场次' });
  });

  it('still reads a bare 3场 with unit 场', () => {
    expectFigure('法治讲座3场。', { value: 3, unit: '场', qualifier: 'EXACT', text: '3场' });
  });
});

describe('qualifiers', () => {
  it('reads 180余次 as 180, more than', () => {
    expectFigure('专题学习研讨180余次。', { value: 180, unit: '次', qualifier: 'MORE_THAN', text: '180余次' });
  });

  it('reads 200多人 as 200, more than', () => {
    expectFigure('参加培训200多人。', { value: 200, unit: '人', qualifier: 'MORE_THAN', text: '200多人' });
  });

  it('reads 60学时以上 as 60, at least, with 以上 inside the figure text', () => {
    expectFigure('每人学习培训达60学时以上。', { value: 60, unit: '学时', qualifier: 'AT_LEAST', text: '60学时以上' });
  });

  it('reads 约500人 as 500, approximate, with 约 outside the figure text', () => {
    const f = expectFigure('参加人员约500人。', { value: 500, unit: '人', qualifier: 'APPROXIMATE', text: '500人' });
    expect(f.span).toEqual({ start: 5, end: 9 });
  });

  it('reads 200人左右 as 200, approximate', () => {
    expectFigure('参加人员200人左右。', { value: 200, unit: '人', qualifier: 'APPROXIMATE', text: '200人左右' });
  });

  it('reads 超过300家 as 300, more than', () => {
    expectFigure('覆盖企业超过300家。', { value: 300, unit: '家', qualifier: 'MORE_THAN', text: '300家' });
  });

  it('reads 不足10人 as 10, less than', () => {
    expectFigure('到场人员不足10人。', { value: 10, unit: '人', qualifier: 'LESS_THAN', text: '10人' });
  });

  it('reads 10人以内 as 10, at most', () => {
    expectFigure('每组10人以内。', { value: 10, unit: '人', qualifier: 'AT_MOST', text: '10人以内' });
  });

  it('reads a figure with no qualifier word as exact', () => {
    expectFigure('受理36件。', { value: 36, unit: '件', qualifier: 'EXACT', text: '36件' });
  });

  // Regression (fixed): the prefix-qualifier rule looks only at whether the characters before the number end in
  // 约, so the verb 签约 ("sign a contract") marks an exact count as approximate. 新签约12家企业
  // means exactly 12 firms signed; expected EXACT, got APPROXIMATE.
  it('reads 新签约12家企业 as exactly 12, since 签约 is a verb and not 约 "about"', () => {
    expectFigure('法律顾问新签约12家企业。', { value: 12, unit: '家', qualifier: 'EXACT', text: '12家' });
  });
});

describe('万 multiplier', () => {
  it('reads 8万余份 as 80000, more than', () => {
    expectFigure('发放宣传资料8万余份。', { value: 80000, unit: '份', qualifier: 'MORE_THAN', text: '8万余份' });
  });

  it('reads 1.3 万件 with spaces as 13000 exactly (no floating-point residue)', () => {
    const f = expectFigure('办件1.3 万件。', { value: 13000, unit: '件', qualifier: 'EXACT', text: '1.3 万件' });
    expect(Number.isInteger(f.value)).toBe(true);
  });

  it('reads 5万余人次 as 50000 with unit 人次, more than', () => {
    expectFigure('覆盖学生5万余人次。', { value: 50000, unit: '人次', qualifier: 'MORE_THAN', text: '5万余人次' });
  });

  it('reads 3千人 as 3000', () => {
    expectFigure('参加3千人。', { value: 3000, unit: '人', qualifier: 'EXACT', text: '3千人' });
  });
});

describe('how numbers are written', () => {
  it('reads 537 件 with a space between number and unit', () => {
    const f = expectFigure('共办理537 件。', { value: 537, unit: '件', qualifier: 'EXACT', text: '537 件' });
    expect(f.span).toEqual({ start: 3, end: 8 });
  });

  it('reads full-width ３９件 as 39, with the span indexing the original string', () => {
    const text = '共收到申请３９件。';
    const f = expectFigure(text, { value: 39, unit: '件', qualifier: 'EXACT', text: '３９件' });
    expect(f.span).toEqual({ start: 5, end: 8 });
  });

  it('reads a full-width percent 100％ as 100 %', () => {
    expectFigure('办结率100％。', { value: 100, unit: '%', qualifier: 'EXACT', text: '100％' });
  });

  it('reads 94.3% as 94.3', () => {
    expectFigure('满意率94.3%。', { value: 94.3, unit: '%', qualifier: 'EXACT', text: '94.3%' });
  });

  it('reads 12,521件 with a thousands separator as 12521', () => {
    expectFigure('累计产生办件12,521件。', { value: 12521, unit: '件', qualifier: 'EXACT', text: '12,521件' });
  });

  it('reads a figure split by a line break (537\\n件) as one figure of 537', () => {
    const f = expectFigure('共办理537\n件。', { value: 537, unit: '件', qualifier: 'EXACT', text: '537\n件' });
    expect(f.span).toEqual({ start: 3, end: 8 });
  });

  // Regression (fixed): foldWidth turns the Chinese enumeration comma "，" (U+FF0C) into ",", and the number
  // pattern then takes it for a thousands separator: in 新建调解室8，100%配备调解员 the two numbers
  // 8 and 100% become one figure 8100%. A full-width comma is punctuation in Chinese prose, never a
  // digit-group separator; expected one figure 100 % ("100%").
  it('does not join 8，100% across a full-width comma into 8100%', () => {
    expectFigure('新建调解室8，100%配备调解员。', { value: 100, unit: '%', qualifier: 'EXACT', text: '100%' });
  });

  it('finds every figure of a sentence in order', () => {
    const text = '共收到行政复议案件申请39件,受理36件,审结22件。';
    expect(extractFigures(text).map((f) => [f.value, f.unit, f.text, text.slice(f.span.start, f.span.end)])).toEqual([
      [39, '件', '39件', '39件'],
      [36, '件', '36件', '36件'],
      [22, '件', '22件', '22件'],
    ]);
  });
});

describe('numbers that are not figures', () => {
  it('does not read the ordinal 第3次 as a figure', () => {
    expect(extractFigures('第3次会议')).toEqual([]);
  });

  it('does not read the full-width ordinal 第１２次 as a figure', () => {
    expect(extractFigures('第１２次会议')).toEqual([]);
  });

  it('does not read the year 2024年 as a figure', () => {
    expect(extractFigures('2024年')).toEqual([]);
  });

  it('does not read the year 2024年度 as a figure', () => {
    expect(extractFigures('2024年度')).toEqual([]);
  });

  it('does not read the date 2025年3月28日 as a figure', () => {
    expect(extractFigures('2025年3月28日')).toEqual([]);
  });

  it('does not read the date 2月1日 as a figure', () => {
    expect(extractFigures('于2月1日公布')).toEqual([]);
  });

  it('does not read the ISO date 2025-03-28 17:34 as a figure', () => {
    expect(extractFigures('日期:2025-03-28 17:34')).toEqual([]);
  });

  it('does not read the plan period 2021—2035年 as a figure', () => {
    expect(extractFigures('(2021—2035年)')).toEqual([]);
  });

  it('reads only 10件 in 2024年共办理10件', () => {
    const text = '2024年共办理10件。';
    const figures = extractFigures(text);
    expect(figures.map((f) => [f.value, f.unit, f.text])).toEqual([[10, '件', '10件']]);
    expect(text.slice(figures[0].span.start, figures[0].span.end)).toBe('10件');
  });
});
