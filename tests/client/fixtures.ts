/** Facts and figures as the API returns them for the 紫云 2024 report (a few of them). */
import type { Fact, ReportFigure } from '../../client/src/lib/types.js';

export const RECONSIDERATION_QUOTE = '2024年,紫云自治县共收到行政复议案件申请39件,受理36件,审结22件,其中调解成功5件,案件及时办结率100%。';
const reconsiderationQuoteSpan = { start: 2018, end: 2077 };

export function fact(overrides: Partial<Fact> & Pick<Fact, 'label' | 'value' | 'span'>): Fact {
  return {
    kind: 'FIGURE',
    unit: '件',
    qualifier: 'EXACT',
    quote: RECONSIDERATION_QUOTE,
    quoteSpan: reconsiderationQuoteSpan,
    metricId: null,
    sectionId: 'ziyun-2024/1.3.3',
    reportId: 'ziyun-2024',
    region: '紫云苗族布依族自治县',
    regionEn: 'Ziyun',
    labelEn: null,
    labelZh: null,
    year: 2024,
    ...overrides,
  };
}

export const received = fact({ label: '收到的行政复议申请数', value: 39, span: { start: 2040, end: 2043 }, metricId: 'ziyun-2024/administrative-reconsideration.received' });
export const accepted = fact({ label: '受理的行政复议案件数', value: 36, span: { start: 2046, end: 2049 }, metricId: 'ziyun-2024/administrative-reconsideration.accepted' });
export const concluded = fact({ label: '行政复议案件审结数', value: 22, span: { start: 2052, end: 2055 }, metricId: 'ziyun-2024/administrative-reconsideration.concluded' });

const MEDIATION_QUOTE = '全县已建立人民调解委员会196个,其中村调委会165个,社区调委会10个,乡镇调委会10个,街道调委会3个,行业性专业性调解委8个,专职人民调解员225人。';
const mediation = (key: string, label: string, value: number, start: number, end: number) =>
  fact({ label, value, unit: '个', span: { start, end }, quote: MEDIATION_QUOTE, quoteSpan: { start: 3000, end: 3078 }, metricId: `ziyun-2024/people-mediation.${key}`, sectionId: 'ziyun-2024/1.5.1' });

export const mediationCommittees = [
  mediation('committees', '人民调解委员会总数', 196, 3012, 3016),
  mediation('village-committees', '村级人民调解委员会数', 165, 3023, 3027),
  mediation('community-committees', '社区人民调解委员会数', 10, 3033, 3036),
  mediation('township-committees', '乡镇人民调解委员会数', 10, 3042, 3045),
  mediation('subdistrict-committees', '街道人民调解委员会数', 3, 3051, 3053),
  mediation('sector-committees', '行业性专业性人民调解委员会数', 8, 3063, 3065),
];

export function figure(overrides: Partial<ReportFigure> & Pick<ReportFigure, 'id' | 'label' | 'value' | 'span'>): ReportFigure {
  return {
    labelEn: overrides.label,
    unit: '件',
    qualifier: 'EXACT',
    text: `${overrides.value}件`,
    quote: RECONSIDERATION_QUOTE,
    quoteSpan: reconsiderationQuoteSpan,
    labelledBy: 'CATALOG',
    labelConfidence: 1,
    partOf: null,
    topic: { id: 'administrative-reconsideration', name: '行政复议', nameEn: 'Administrative reconsideration' },
    ...overrides,
  };
}
