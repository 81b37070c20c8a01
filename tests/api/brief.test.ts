/** Report.brief and Report.regionShort / regionEn over GraphQL, with several reports held. */
import { describe, expect, it } from 'vitest';
import { hubWithMoreReports } from '../support/more-reports.js';

const running = hubWithMoreReports();

const BRIEF = `query($id: ID!) { report(id: $id) { regionShort regionEn brief {
  keyFigures { place { rank of } metric { id topic { id } labelledBy labelConfidence partOf { id } } }
  rates { key value formula formulaEn numerator { id } denominator { id } topic { id } }
  problems { heading role } recommendations { heading role } } } }`;

describe('Report.brief', () => {
  it('chooses 6–8 key figures, the core funnels first', async () => {
    const { body } = await running.hub.gql(BRIEF, { id: 'ziyun-2024' });
    expect(body.errors).toBeUndefined();
    const { keyFigures } = body.data.report.brief;
    expect(keyFigures.length).toBeGreaterThanOrEqual(6);
    expect(keyFigures.length).toBeLessThanOrEqual(8);
    expect(keyFigures.slice(0, 3).map((k: any) => k.metric.id)).toEqual([
      'ziyun-2024/administrative-reconsideration.received', 'ziyun-2024/administrative-reconsideration.concluded', 'ziyun-2024/administrative-litigation.received',
    ]);
    for (const k of keyFigures) expect(k.metric.partOf).toBeNull();
  });

  it('places a key figure among the reports stating the same indicator', async () => {
    const { body } = await running.hub.gql(BRIEF, { id: 'ziyun-2024' });
    // 金平 52, 紫云 39, 望谟 39 … applications received: each report stating it once counts.
    expect(body.data.report.brief.keyFigures[0].place).toEqual({ rank: 2, of: 3 });
  });

  it('derives the funnel rates with their formula, from the figures they name', async () => {
    const { body } = await running.hub.gql(BRIEF, { id: 'ziyun-2024' });
    const rates = body.data.report.brief.rates;
    expect(rates.slice(0, 2)).toEqual([
      { key: 'acceptance-rate', value: 92.3, formula: '受理率 = 受理 36件 ÷ 收到 39件 = 92.3%', formulaEn: 'acceptance rate = accepted 36 ÷ received 39 = 92.3%', numerator: { id: 'ziyun-2024/administrative-reconsideration.accepted' }, denominator: { id: 'ziyun-2024/administrative-reconsideration.received' }, topic: { id: 'administrative-reconsideration' } },
      { key: 'conclusion-rate', value: 61.1, formula: '审结率 = 审结 22件 ÷ 受理 36件 = 61.1%', formulaEn: 'conclusion rate = concluded 22 ÷ accepted 36 = 61.1%', numerator: { id: 'ziyun-2024/administrative-reconsideration.concluded' }, denominator: { id: 'ziyun-2024/administrative-reconsideration.accepted' }, topic: { id: 'administrative-reconsideration' } },
    ]);
  });

  it('gives the items of 存在的问题 and 下一步', async () => {
    const { body } = await running.hub.gql(BRIEF, { id: 'ziyun-2024' });
    const { problems, recommendations } = body.data.report.brief;
    expect(problems.map((p: any) => p.heading)).toEqual(['干部法治素养仍有待提高', '执法装备与业务工作不相匹配']);
    expect(recommendations[0]).toEqual({ heading: '持续提升行政执法能力水平', role: 'RECOMMENDATION' });
  });

  it('never headlines an automatic label below the confidence threshold', async () => {
    for (const id of ['wangmo-2023', 'lushan-2024', 'langxi-2024']) {
      const { body } = await running.hub.gql(BRIEF, { id });
      for (const k of body.data.report.brief.keyFigures) if (k.metric.labelledBy === 'AUTO') expect(k.metric.labelConfidence).toBeGreaterThanOrEqual(0.7);
    }
  });

  it('names the place as people say it, in Chinese and English', async () => {
    const { body } = await running.hub.gql(BRIEF, { id: 'ziyun-2024' });
    expect([body.data.report.regionShort, body.data.report.regionEn]).toEqual(['紫云', 'Ziyun']);
  });
});
