import { describe, expect, it } from 'vitest';
import { chartFor, metricKey } from '../../client/src/lib/chart.js';
import { shortLabels } from '../../client/src/lib/labels.js';
import { accepted, concluded, fact, mediationCommittees, received } from './fixtures.js';

describe('chartFor', () => {
  it('draws the parts of a breakdown, with the stated total apart and short names', () => {
    const chart = chartFor({ query: { op: 'breakdown', total: 'ziyun-2024/people-mediation.committees' }, facts: mediationCommittees }, 'zh');
    expect(chart?.kind).toBe('breakdown');
    expect(chart?.total).toMatchObject({ label: '人民调解委员会总数', value: 196 });
    expect(chart?.data.map((d) => [d.name, d.value])).toEqual([
      ['村级', 165],
      ['社区', 10],
      ['乡镇', 10],
      ['街道', 3],
      ['行业性专业性', 8],
    ]);
    expect(chart?.data[0].label).toBe('村级人民调解委员会数');
  });

  it('draws received → accepted → concluded of one topic as a funnel, in that order', () => {
    const chart = chartFor({ query: { op: 'lookup' }, facts: [concluded, received, accepted] }, 'zh');
    expect(chart?.kind).toBe('funnel');
    expect(chart?.data.map((d) => [d.name, d.value])).toEqual([
      ['收到', 39],
      ['受理', 36],
      ['审结', 22],
    ]);
    expect(chartFor({ query: { op: 'lookup' }, facts: [received, accepted, concluded] }, 'en')?.data[0].name).toBe('Received');
  });

  it('compares figures side by side', () => {
    const judges = fact({ label: '员额制法官人数', value: 18, unit: '人', span: { start: 1, end: 4 }, metricId: 'ziyun-2024/legal-workforce.judges' });
    const prosecutors = fact({ label: '员额制检察官人数', value: 12, unit: '人', span: { start: 5, end: 8 }, metricId: 'ziyun-2024/legal-workforce.prosecutors' });
    const chart = chartFor({ query: { op: 'compare' }, facts: [judges, prosecutors] }, 'zh');
    expect(chart?.kind).toBe('compare');
    expect(chart?.data.map((d) => d.name)).toEqual(['法官', '检察官']);
  });

  it('names each report when the same figure comes from several', () => {
    const other = { ...concluded, reportId: 'jinping-2024', region: '金平县', value: 31 };
    const chart = chartFor({ query: { op: 'lookup' }, facts: [concluded, other] }, 'zh');
    expect(chart?.kind).toBe('compare');
    expect(chart?.data.map((d) => d.name)).toEqual(['紫云苗族布依族自治县 2024', '金平县 2024']);
  });

  it('draws nothing for a single figure, sections, or unrelated lookups', () => {
    expect(chartFor({ query: { op: 'lookup' }, facts: [concluded] }, 'zh')).toBeNull();
    expect(chartFor({ query: { op: 'sections' }, facts: [{ ...concluded, kind: 'SECTION', value: null }, { ...received, kind: 'SECTION', value: null }] }, 'zh')).toBeNull();
    expect(chartFor({ query: { op: 'sum' }, facts: [concluded, mediationCommittees[0]] }, 'zh')).toBeNull();
  });
});

describe('metricKey', () => {
  it('reads topic and measure from a metric id', () => {
    expect(metricKey('ziyun-2024/administrative-reconsideration.concluded')).toEqual({ topic: 'administrative-reconsideration', measure: 'concluded' });
    expect(metricKey(null)).toBeNull();
    expect(metricKey('ziyun-2024/no-dot')).toBeNull();
  });
});

describe('shortLabels', () => {
  it('drops the words all labels share, keeping two characters of each', () => {
    expect(shortLabels(['员额制法官人数', '员额制检察官人数'], 'zh')).toEqual(['法官', '检察官']);
    expect(shortLabels(["Village people's mediation committees", "Township people's mediation committees"], 'en')).toEqual(['Village', 'Township']);
  });

  it('leaves labels alone when shortening would make them empty or equal', () => {
    expect(shortLabels(['审结数', '审结数'], 'zh')).toEqual(['审结数', '审结数']);
    expect(shortLabels(['收到', '受理'], 'zh')).toEqual(['收到', '受理']);
  });
});
