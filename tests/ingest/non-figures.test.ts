import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../server/ingest/figures.js';
import { classifyNonFigures } from '../../server/ingest/non-figures.js';

// All texts below are made up for these tests.
function classify(text: string) {
  return classifyNonFigures(text, extractFigures(text).map((f) => f.span)).map((n) => [n.text, n.reason, text.slice(n.span.start, n.span.end)]);
}

describe('classifyNonFigures', () => {
  it('classifies 2024年 as YEAR', () => {
    expect(classify('2024年以来')).toEqual([['2024年', 'YEAR', '2024年']]);
  });

  it('classifies 2024年度 as YEAR, 度 included', () => {
    expect(classify('2024年度目录')).toEqual([['2024年度', 'YEAR', '2024年度']]);
  });

  it('classifies 2024-2026年 as one PLAN_PERIOD', () => {
    expect(classify('(2024-2026年)')).toEqual([['2024-2026年', 'PLAN_PERIOD', '2024-2026年']]);
  });

  it('classifies 2021—2035年 with an em dash as one PLAN_PERIOD', () => {
    expect(classify('(2021—2035年)')).toEqual([['2021—2035年', 'PLAN_PERIOD', '2021—2035年']]);
  });

  it('classifies 2024年7月底 as one DATE', () => {
    expect(classify('于2024年7月底完成')).toEqual([['2024年7月底', 'DATE', '2024年7月底']]);
  });

  it('classifies 2月1日 as DATE', () => {
    expect(classify('于2月1日公布')).toEqual([['2月1日', 'DATE', '2月1日']]);
  });

  it('classifies 2025-03-28 as DATE and 17:34 as TIME', () => {
    expect(classify('2025-03-28 17:34')).toEqual([['2025-03-28', 'DATE', '2025-03-28'], ['17:34', 'TIME', '17:34']]);
  });

  it('classifies 第3次 as ORDINAL', () => {
    expect(classify('第3次会议')).toEqual([['3', 'ORDINAL', '3']]);
  });

  it('classifies a full-width date ２月１日 as DATE with the original characters', () => {
    expect(classify('于２月１日公布')).toEqual([['２月１日', 'DATE', '２月１日']]);
  });

  it('leaves out numbers inside figures', () => {
    expect(classify('2024年受理36件。')).toEqual([['2024年', 'YEAR', '2024年']]);
  });

  it('marks a bare number without unit or date as UNCLASSIFIED', () => {
    expect(classify('编号123号')).toEqual([['123', 'UNCLASSIFIED', '123']]);
  });
});
