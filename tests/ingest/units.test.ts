/**
 * The inventory of measure words and compound units (seeds/lexicon/units.json): every unit is read
 * as a figure, compound units win over their first character, 万 and 余 combine with any of them.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../server/ingest/figures.js';
import { lexicon } from '../../server/vocabulary/lexicon.js';

function only(text: string) {
  const figures = extractFigures(text);
  expect(figures, `figures in ${text}`).toHaveLength(1);
  const [f] = figures;
  expect(text.slice(f.span.start, f.span.end)).toBe(f.text);
  return f;
}

describe('the units inventory', () => {
  const measureWords = ['处', '家次', '场次', '件次', '人次', '户次', '个次', '批次', '期', '批', '轮', '所', '篇', '名', '个', '项', '次', '场', '家', '户', '份', '条', '部', '支', '座', '册', '张', '套', '台', '起', '宗', '种', '类', '门', '堂', '节', '个工作日', '个百分点', '倍'];

  it.each(measureWords)('reads 12%s as a figure of 12 %s', (unit) => {
    const f = only(`全年共计12${unit},较上年有所增加。`);
    expect(f).toMatchObject({ value: 12, unit, qualifier: 'EXACT', text: `12${unit}` });
  });

  it('lists every one of them, each with English names', () => {
    const units = new Map(lexicon().units.map((u) => [u.unit, u]));
    for (const unit of measureWords) {
      expect(units.get(unit), unit).toBeDefined();
      expect(units.get(unit)!.en.other).toMatch(/^[a-z -]+$/i);
    }
  });

  it('reads 成立商会商事调解工作站30处 as 30 sites', () => {
    expect(only('成立商会商事调解工作站30处。')).toMatchObject({ value: 30, unit: '处', text: '30处' });
  });

  it('reads a compound unit whole, not its first character', () => {
    expect(only('服务企业15万余家次。')).toMatchObject({ value: 150000, unit: '家次', qualifier: 'MORE_THAN', text: '15万余家次' });
    expect(only('开展检查1200件次。')).toMatchObject({ value: 1200, unit: '件次' });
    expect(only('压缩至3个工作日。')).toMatchObject({ value: 3, unit: '个工作日' });
  });

  it('combines 万 and 余 in either order, and Chinese numerals', () => {
    expect(only('惠及群众10余万人次。')).toMatchObject({ value: 100000, unit: '人次', qualifier: 'MORE_THAN', text: '10余万人次' });
    expect(only('接待群众1.5万人次。')).toMatchObject({ value: 15000, unit: '人次', qualifier: 'EXACT' });
    expect(only('走访企业两万余户。')).toMatchObject({ value: 20000, unit: '户', qualifier: 'MORE_THAN', text: '两万余户' });
    expect(only('建成工作站三十处。')).toMatchObject({ value: 30, unit: '处' });
  });

  it('reads a numeral of one character right after a verb as a count, and elsewhere as part of a name', () => {
    expect(only('成立守法普法、司法、执法三个协调小组。')).toMatchObject({ value: 3, unit: '个', text: '三个' });
    expect(only('开展三次专项检查。')).toMatchObject({ value: 3, unit: '次' });
    for (const name of ['坚定“四个自信”。', '市委八届二次、六次全会精神。', '一件事']) expect(extractFigures(name), name).toEqual([]);
  });

  it('reads 万元 and 亿元 as yuan with the multiplier applied', () => {
    expect(only('挽回经济损失500万元。')).toMatchObject({ value: 5_000_000, unit: '元', text: '500万元' });
    expect(only('涉案金额1.2亿元。')).toMatchObject({ value: 120_000_000, unit: '元', text: '1.2亿元' });
  });

  it('reads an amount in US dollars, with its multiplier', () => {
    expect(only('引进外资3.5亿美元。')).toMatchObject({ value: 350_000_000, unit: '美元', text: '3.5亿美元' });
    expect(only('出口额820万美元。')).toMatchObject({ value: 8_200_000, unit: '美元' });
  });

  it('does not read a unit that starts a longer word: 处理, 部门, 本级, 起草', () => {
    expect(extractFigures('有3处理意见')).toEqual([]);
    expect(extractFigures('联合2部门开展')).toEqual([]);
    expect(extractFigures('共1本级预算')).toEqual([]);
    expect(extractFigures('参与5起草工作')).toEqual([]);
  });
});
