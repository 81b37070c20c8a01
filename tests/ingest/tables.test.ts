/**
 * Figures printed as tables (行政复议 statistics): every cell of a data row is a figure labelled by
 * its row × its column header, its span exact, its quote the header and its row.
 */
import { describe, expect, it } from 'vitest';
import { tableFigures } from '../../server/ingest/tables.js';
import { parseReport } from '../../server/ingest/report.js';

const TITLE = '某某县2024年法治政府建设工作报告\n一、行政复议工作\n';

describe('tables', () => {
  for (const [name, sep] of [['|', ' | '], ['tabs', '\t'], ['spaces', '   ']] as const) {
    it(`reads a header row and a 数量 row separated by ${name}`, () => {
      const table = `2024年行政复议案件统计如下:\n类别${sep}收到申请${sep}受理${sep}审结\n数量${sep}120件${sep}100件${sep}90件\n`;
      const text = TITLE + table;
      const figures = tableFigures(text);
      expect(figures.map((f) => [f.value, f.unit, f.table.row, f.table.column])).toEqual([
        [120, '件', '数量', '收到申请'],
        [100, '件', '数量', '受理'],
        [90, '件', '数量', '审结'],
      ]);
      for (const f of figures) expect(text.slice(f.span.start, f.span.end)).toBe(f.text);

      const report = parseReport(text);
      const accepted = report.figures.find((f) => f.value === 100)!;
      expect(accepted.labelZh).toContain('数量·受理');
      expect(accepted.topic).toBe('administrative-reconsideration');
      expect(accepted.measure).toBe('accepted');
      expect(accepted.quote).toContain('受理');
      expect(accepted.quote).toContain('100件');
      expect(accepted.labelEn).toMatch(/accepted/i);
      expect(accepted.labelEn).not.toMatch(/[\u3400-\u9fff]/);
    });
  }

  it('reads bare numbers with the unit their header names, and several rows', () => {
    const text = `${TITLE}| 项目 | 驳回(件) | 维持(件) | 纠错率(%) |\n|---|---|---|---|\n| 行政复议 | 12 | 30 | 8.5 |\n| 行政诉讼 | 3 | 1,200 | 2 |\n`;
    const figures = tableFigures(text);
    expect(figures.map((f) => [f.table.row, f.table.column, f.value, f.unit])).toEqual([
      ['行政复议', '驳回', 12, '件'],
      ['行政复议', '维持', 30, '件'],
      ['行政复议', '纠错率', 8.5, '%'],
      ['行政诉讼', '驳回', 3, '件'],
      ['行政诉讼', '维持', 1200, '件'],
      ['行政诉讼', '纠错率', 2, '%'],
    ]);
    for (const f of figures) expect(text.slice(f.span.start, f.span.end)).toBe(f.text);
    const litigation = parseReport(text).figures.find((f) => f.value === 1200)!;
    expect(litigation.topic).toBe('administrative-litigation');
    expect(litigation.labelZh).toBe('行政诉讼·维持(件)');
  });

  it('takes a unit declared above the table, and leaves a number with no unit anywhere alone', () => {
    expect(tableFigures('单位:件\n类别  收到  受理\n数量  5  4\n').map((f) => [f.value, f.unit])).toEqual([[5, '件'], [4, '件']]);
    expect(tableFigures('类别  收到  受理\n数量  5  4\n')).toEqual([]);
  });

  it('is not fooled by prose', () => {
    expect(tableFigures('全年受理行政复议案件100件,审结90件。\n办理法律援助案件50件。\n')).toEqual([]);
  });
});
