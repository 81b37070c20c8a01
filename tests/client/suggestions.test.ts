import { describe, expect, it } from 'vitest';
import { suggestQuestions } from '../../client/src/lib/suggestions.js';
import type { SuggestionData } from '../../client/src/lib/types.js';

type Metric = SuggestionData['metrics']['nodes'][number];
const topics = {
  rec: { id: 'administrative-reconsideration', name: '行政复议', nameEn: 'Administrative reconsideration' },
  med: { id: 'people-mediation', name: '人民调解', nameEn: "People's mediation" },
  work: { id: 'legal-workforce', name: '法治队伍建设', nameEn: 'Legal workforce' },
  aid: { id: 'legal-aid', name: '法律援助', nameEn: 'Legal aid' },
};
const metric = (id: string, label: string, labelEn: string, topic: Metric['topic'], measure: string, extra: Partial<Metric> = {}): Metric => ({
  id: `ziyun-2024/${id}`, label, labelEn, unit: '件', labelledBy: 'CATALOG', partOf: null, parts: [], topic,
  measure: { id: measure, kind: 'COUNT' }, report: { id: 'ziyun-2024' }, ...extra,
});

const metrics: Metric[] = [
  metric('rec.received', '收到的行政复议申请数', 'Administrative reconsideration applications received', topics.rec, 'received'),
  metric('rec.accepted', '受理的行政复议案件数', 'Administrative reconsideration cases accepted', topics.rec, 'accepted'),
  metric('rec.concluded', '行政复议案件审结数', 'Administrative reconsideration cases concluded', topics.rec, 'concluded'),
  metric('med.committees', '人民调解委员会总数', "People's mediation committees (total)", topics.med, 'established', { unit: '个', parts: [{ id: 'a' }, { id: 'b' }] }),
  metric('work.judges', '员额制法官人数', 'Quota-system judges', topics.work, 'staff', { unit: '人' }),
  metric('work.prosecutors', '员额制检察官人数', 'Quota-system prosecutors', topics.work, 'staff', { unit: '人' }),
  metric('aid.accepted', '县法律援助中心受理的法律援助案件数', 'Legal aid cases accepted by the county legal aid centre', topics.aid, 'accepted'),
];
const data = { topics: Object.values(topics), metrics: { nodes: metrics } };

describe('suggestQuestions', () => {
  it('makes questions of each kind from the figures held, in Chinese', () => {
    expect(suggestQuestions(data, 'zh')).toEqual([
      '行政复议收到、受理、审结分别多少件?',
      '人民调解委员会总数的构成是怎样的？',
      '员额制法官人数和员额制检察官人数哪个多？',
      '受理的行政复议案件数占收到的行政复议申请数的比例是多少？',
      '县法律援助中心受理的法律援助案件数是多少？',
    ]);
  });

  it('and in English', () => {
    expect(suggestQuestions(data, 'en')).toEqual([
      'How many administrative reconsideration cases were received, accepted and concluded?',
      "What is the breakdown of people's mediation committees (total)?",
      'Which is more, quota-system judges or quota-system prosecutors?',
      'What share of administrative reconsideration applications were accepted?',
      'How many legal aid cases accepted by the county legal aid centre?',
    ]);
  });

  it('stops at the number asked for and needs no figures to run', () => {
    expect(suggestQuestions(data, 'zh', 2)).toHaveLength(2);
    expect(suggestQuestions({ topics: [], metrics: { nodes: [] } }, 'zh')).toEqual([]);
  });
});
