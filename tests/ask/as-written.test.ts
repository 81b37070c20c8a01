/**
 * A figure the report writes with 万 or 亿 (罚没款52万元) is answered in its base unit (520000 元) and
 * shown as the report writes it too (52 万元); the counter a question writes (多少人) picks between two
 * figures of one sentence counted in units of one kind. The report is written for this test.
 */
import { describe, expect, it } from 'vitest';
import { hubWithReports } from './seeded.js';

const REPORT = `松阳县2024年法治政府建设年度报告
一、行政执法
全年查处违法案件120件,收缴罚没款52万元。
二、基层力量
向街道(社区)抽调区级编制40名、人员38人,推动力量下沉。
`;

const ask = hubWithReports(() => [{ text: REPORT, region: '松阳县', year: 2024 }]);

describe('the counter a question writes', () => {
  it('picks, of two figures of one sentence the words do not tell apart, the one counted in it (多少人: 人, not 名)', async () => {
    const a = await ask('松阳县向街道(社区)抽调了多少人?');
    expect([a.status, a.value]).toEqual(['ANSWERED', 38]);
  });
});

describe('a figure written with a multiplier', () => {
  it('is answered in its base unit, with the number the report writes beside it', async () => {
    const a = await ask('松阳县收缴罚没款多少?');
    expect([a.status, a.value]).toEqual(['ANSWERED', 520000]);
    expect(a.facts.map((f) => [f.value, f.unit])).toEqual([[520000, '元'], [52, '万元']]);
    // Only the figure's own fact marks it in the quote.
    expect(a.facts[1].span).toBeNull();
  });

  it('a figure written without one has no second fact', async () => {
    const a = await ask('松阳县查处违法案件多少件?');
    expect(a.facts).toHaveLength(1);
  });
});
