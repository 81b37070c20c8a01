/**
 * Suggested follow-ups: the candidates built from the data (follow-ups.ts), and, on the bundled
 * report with five more, that every follow-up the ask service offers is answered when asked.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { followUpCandidates, fulfils, spokenLabel, type FollowUpInput } from '../../server/ask/follow-ups.js';
import { LabelSource, Qualifier, type Metric, type Report } from '../../server/model/index.js';
import { ingestMoreReports } from '../support/more-reports.js';
import { seeded, type Seeded } from './seeded.js';

const report = (id: string, region: string, year: number) => ({ id, region, year }) as Report;
const REPORTS = new Map([['ziyun-2024', report('ziyun-2024', '紫云苗族布依族自治县', 2024)], ['jinping-2024', report('jinping-2024', '金平苗族瑶族傣族自治县', 2024)]]);

function metric(reportId: string, key: string, labelZh: string, labelEn: string, value: number, extra: Partial<Metric> = {}): Metric {
  const [topicId, measureId] = key.split('.');
  return {
    id: `${reportId}/${key}`, reportId, key, topicId, measureId, labelZh, labelEn, value, unit: '件', qualifier: Qualifier.EXACT,
    labelledBy: LabelSource.CATALOG, labelConfidence: 1, partOfId: null, ...extra,
  } as Metric;
}

const received = metric('ziyun-2024', 'administrative-reconsideration.received', '收到的行政复议申请数', 'Administrative reconsideration applications received', 39);
const accepted = metric('ziyun-2024', 'administrative-reconsideration.accepted', '受理的行政复议案件数', 'Administrative reconsideration cases accepted', 36);
const concluded = metric('ziyun-2024', 'administrative-reconsideration.concluded', '行政复议案件审结数', 'Administrative reconsideration cases concluded', 22);
const committees = metric('ziyun-2024', 'people-mediation.committees', '人民调解委员会总数', "People's mediation committees (total)", 196, { unit: '个' });
const village = metric('ziyun-2024', 'people-mediation.village-committees', '村级人民调解委员会数', "Village people's mediation committees", 165, { unit: '个', partOfId: committees.id });
const elsewhere = metric('jinping-2024', 'administrative-reconsideration.accepted', '受理的行政复议案件数', 'Administrative reconsideration cases accepted', 47);

function input(anchor: Metric, change: Partial<FollowUpInput> = {}): FollowUpInput {
  const all = [received, accepted, concluded, committees, village, elsewhere];
  return {
    language: 'zh', anchors: [anchor], unanswered: false, query: { op: 'lookup', metrics: [anchor.id] },
    metricsOf: (id) => all.filter((m) => m.reportId === id),
    sameIndicator: (m) => all.filter((x) => x.topicId === m.topicId && x.measureId === m.measureId),
    reportOf: (id) => REPORTS.get(id), scoped: false, ...change,
  };
}

describe('follow-up candidates', () => {
  it('offers the next stage of the funnel, its rate, the figure in another report, a ranking and the overview', () => {
    const zh = followUpCandidates(input(accepted));
    expect(zh.map((c) => c.kind)).toEqual(['next-stage', 'rate', 'rate', 'other-report', 'ranking', 'overview']);
    expect(zh[0]).toEqual({ kind: 'next-stage', question: '紫云2024年行政复议案件审结数是多少？', expect: { op: 'lookup', metricId: concluded.id } });
    expect(zh[1].question).toBe('紫云2024年行政复议的受理率是多少？');
    expect(zh[1].expect).toEqual({ op: 'ratio', numerator: accepted.id, denominator: received.id });
    expect(zh[3].question).toBe('金平2024年受理的行政复议案件数是多少？');
    expect(zh[4].question).toBe('各地受理的行政复议案件数排名');
    expect(zh[5].question).toBe('紫云2024年行政复议的总体情况怎么样？');
  });

  it('asks in English when the answer is English', () => {
    const en = followUpCandidates(input(accepted, { language: 'en' })).map((c) => c.question);
    expect(en).toContain('How many administrative reconsideration cases concluded in Ziyun 2024?');
    expect(en).toContain('What is the acceptance rate of administrative reconsideration in Ziyun 2024?');
    expect(en).toContain('Rank the reports by administrative reconsideration cases accepted');
    for (const q of en) expect(q).not.toMatch(/[\u4e00-\u9fff]/);
  });

  it('at the last stage goes back one, and offers the share of a part in its whole', () => {
    expect(followUpCandidates(input(concluded))[0].expect).toEqual({ op: 'lookup', metricId: accepted.id });
    const share = followUpCandidates(input(village)).find((c) => c.kind === 'share')!;
    expect(share.question).toBe('紫云2024年村级人民调解委员会数占人民调解委员会总数的比例是多少？');
    expect(share.expect).toEqual({ op: 'ratio', numerator: village.id, denominator: committees.id });
  });

  it('within one report, suggests nothing about other reports', () => {
    const kinds = followUpCandidates(input(accepted, { scoped: true })).map((c) => c.kind);
    expect(kinds).not.toContain('other-report');
    expect(kinds).not.toContain('ranking');
  });

  it('does not suggest the question just answered', () => {
    const asked = followUpCandidates(input(accepted, { query: { op: 'lookup', metrics: [concluded.id] } }));
    expect(asked.some((c) => fulfils(c.expect, { op: 'lookup', metrics: [concluded.id] }))).toBe(false);
  });

  it('does not ask again for a figure the answer already shows', () => {
    const all = [received.id, accepted.id, concluded.id];
    const shown = followUpCandidates(input(received, { anchors: [received, accepted, concluded], query: { op: 'lookup', metrics: all } }));
    const looked = shown.flatMap((c) => (c.expect.op === 'lookup' ? [c.expect.metricId] : []));
    expect(looked.filter((id) => all.includes(id))).toEqual([]);
    expect(shown.map((c) => c.kind)).toContain('rate');
  });

  it('for an unanswerable question, offers the nearest figures as questions', () => {
    const near = followUpCandidates(input(received, { unanswered: true, anchors: [received, committees], query: { op: 'none' } }));
    expect(near.slice(0, 2).map((c) => c.question)).toEqual(['紫云2024年收到的行政复议申请数是多少？', '紫云2024年人民调解委员会总数是多少？']);
  });

  it('says an automatic label as a question would: no unit in brackets, no topic colon', () => {
    const auto = { labelZh: '行政复议:受理(件)', labelEn: 'Administrative reconsideration: accepted (cases)', labelledBy: LabelSource.AUTO };
    expect(spokenLabel(auto, 'zh')).toBe('行政复议受理');
    expect(spokenLabel(auto, 'en')).toBe('administrative reconsideration accepted');
    expect(spokenLabel({ ...auto, labelledBy: LabelSource.CATALOG, labelEn: "People's mediation committees (total)" }, 'en')).toBe("people's mediation committees (total)");
  });

  it('checks an answer against what a candidate promised', () => {
    expect(fulfils({ op: 'lookup', metricId: 'a' }, { op: 'lookup', metrics: ['a'] })).toBe(true);
    expect(fulfils({ op: 'lookup', metricId: 'a' }, { op: 'lookup', metrics: ['a', 'b'] })).toBe(false);
    expect(fulfils({ op: 'ratio', numerator: 'a', denominator: 'b' }, { op: 'ratio', numerator: 'b', denominator: 'a' })).toBe(false);
    expect(fulfils({ op: 'overview', topicId: 't' }, { op: 'overview', topics: ['t'] })).toBe(true);
    expect(fulfils({ op: 'rank', metricId: 'a', indicatorId: 'x' }, { op: 'rank', indicator: 'x' })).toBe(true);
    expect(fulfils({ op: 'rank', metricId: 'a', indicatorId: 'x' }, { op: 'lookup', metrics: ['a'] })).toBe(false);
  });
});

describe('follow-ups offered by the ask service', () => {
  let s: Seeded;
  beforeAll(async () => {
    s = await seeded();
    await ingestMoreReports(() => s.orm.em.fork());
  }, 120_000);
  afterAll(async () => {
    await s?.orm.close();
  });

  const QUESTIONS = [
    '紫云受理了多少件行政复议?', '村级人民调解委员会有多少个?', '紫云行政复议的总体情况怎么样', '各县行政复议案件审结排名', '紫云律师事务所有几所',
    '金平行政诉讼收到多少件', 'How many legal aid cases did Ziyun accept?', 'How many lawsuits did Ziyun receive?', 'What are the legal-aid figures in Jinping?',
    'Rank the counties by administrative reconsideration cases concluded',
  ];
  for (const question of QUESTIONS) {
    it(`offers 2–4 follow-ups to “${question}”, each answered when asked, in its language`, async () => {
      const answer = await s.ask.ask(question, s.queries);
      expect(answer.status).toBe('ANSWERED');
      const followUps = await s.ask.followUps(answer, s.queries);
      expect(followUps.length).toBeGreaterThanOrEqual(2);
      expect(followUps.length).toBeLessThanOrEqual(4);
      expect(new Set(followUps).size).toBe(followUps.length);
      for (const followUp of followUps) {
        expect(/[\u4e00-\u9fff]/.test(followUp)).toBe(answer.language === 'zh');
        const next = await s.ask.ask(followUp, s.queries);
        expect(next.status, followUp).toBe('ANSWERED');
        expect(JSON.stringify(next.query)).not.toBe(JSON.stringify(answer.query));
      }
    });
  }

  it('within one report, every follow-up is answered from that report', async () => {
    const scope = { reportId: 'jinping-2024' };
    const answer = await s.ask.ask('行政复议受理了多少件?', s.queries, undefined, scope);
    const followUps = await s.ask.followUps(answer, s.queries);
    expect(followUps.length).toBeGreaterThanOrEqual(2);
    for (const followUp of followUps) {
      const next = await s.ask.ask(followUp, s.queries, undefined, scope);
      expect(next.status).toBe('ANSWERED');
      for (const fact of next.facts) expect(fact.reportId).toBe('jinping-2024');
    }
  });

  it('offers none for a question to clarify', async () => {
    const answer = await s.ask.ask('审结了多少件', s.queries);
    expect(answer.status).toBe('CLARIFY');
    expect(await s.ask.followUps(answer, s.queries)).toEqual([]);
  });
});
