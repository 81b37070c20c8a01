/**
 * The rules of questions across reports, each alone: where a place lies (towns included), reports
 * counted by group, places named without their level, differences asked with a verb, the units
 * comparable across reports, and follow-ups after a ranking.
 */
import { describe, expect, it } from 'vitest';
import { acrossFollowUp } from '../../server/ask/across-follow-up.js';
import { detectCues } from '../../server/ask/cues.js';
import { groupReports, placeAt } from '../../server/ask/group-reports.js';
import { withComparative } from '../../server/ask/parse/across.js';
import type { ScoredFigure } from '../../server/ask/match.js';
import { bestOf, comparableUnits } from '../../server/ask/parse/comparable.js';
import { detectScope, missingScope } from '../../server/ask/scope.js';
import type { Report } from '../../server/model/index.js';
import { chainOf, divisionsNamed, isDivisionShortName, liesIn } from '../../server/vocabulary/divisions.js';
import { regions, regionsWith } from '../../server/vocabulary/regions.js';

/** Just the fields the rules read. */
const report = (id: string, region: string, year: number, title = '') => ({ id, region, year, title, publisher: null }) as unknown as Report;
const GONGYI = report('gongyi-2021', '公义镇', 2021, '眉山市彭山区公义镇人民政府2021年法治政府建设工作情况报告');
const XIASHU = report('xiashu-2025', '下蜀镇', 2025, '下蜀镇2025年度法治政府建设情况报告');
const HELD = [
  report('ziyun-2024', '紫云苗族布依族自治县', 2024), report('xunxian-2024', '浚县', 2024), report('lushan-2024', '鲁山县', 2024),
  report('langxi-2024', '郎溪县', 2024), report('hanzhong-2023', '汉中市', 2023), report('suining-2022', '遂宁市', 2022), GONGYI, XIASHU,
];

describe('where a place lies', () => {
  it('follows a town to its province through the region list (下蜀镇 → 句容市) and the divisions', () => {
    expect(chainOf(XIASHU)).toEqual(['句容市', '镇江市', '江苏省']);
  });

  it("takes a town's county from its report's title when no list knows the town", () => {
    expect(chainOf(GONGYI)).toEqual(['彭山区', '眉山市', '四川省']);
    expect(chainOf('公义镇')).toEqual([]);
    // A title that names no division gives no parent, rather than a guess.
    expect(chainOf(report('x', '青山镇', 2024, '青山镇2024年法治政府建设报告'))).toEqual([]);
  });

  it('tells a name several divisions share by the city its title names (鼓楼区 of 南京市)', () => {
    expect(divisionsNamed('鼓楼区').length).toBeGreaterThan(1);
    expect(chainOf('鼓楼区')).toEqual([]);
    expect(chainOf(report('g', '鼓楼区', 2024, '南京市鼓楼区2024年法治政府建设年度报告'))).toEqual(['南京市', '江苏省']);
  });

  it('gives every place of the region list a chain that ends at a province', () => {
    for (const region of regions()) {
      const chain = [region.name, ...chainOf(region.name)];
      const top = regions().find((r) => r.name === chain.at(-1)) ?? { level: divisionsNamed(chain.at(-1)!)[0]?.level };
      expect(top.level, `${region.name}: ${chain.join(' → ')}`).toBe('province');
    }
  });

  it('finds a report under its area at every level, in any form', () => {
    for (const area of ['句容市', '镇江', '镇江市', '江苏', '江苏省']) expect(liesIn(XIASHU, area), area).toBe(true);
    for (const area of ['彭山区', '眉山', '四川']) expect(liesIn(GONGYI, area), area).toBe(true);
    expect(liesIn(XIASHU, '四川')).toBe(false);
  });

  it('makes the areas held reports lie in nameable, without common words among their short forms', () => {
    const places = regionsWith(HELD);
    for (const name of ['镇江市', '句容市', '彭山区', '眉山市', '鹤壁市', '平顶山市']) expect(places.some((p) => p.name === name), name).toBe(true);
    expect(places.find((p) => p.name === '公义镇')?.parent).toBe('彭山区');
    // 平城区 lies in 大同市, but 大同 is also a common word (Great Harmony): 大同市 is named whole only.
    const datong = regionsWith([report('p', '平城区', 2024)]).find((p) => p.name === '大同市');
    expect(datong).toMatchObject({ level: 'city', parent: '山西省', aliases: [] });
  });
});

describe('reports counted by group', () => {
  it('puts each report in the province, city or county it lies in', () => {
    expect(placeAt(XIASHU, 'province')).toBe('江苏省');
    expect(placeAt(XIASHU, 'city')).toBe('镇江市');
    expect(placeAt(XIASHU, 'county')).toBe('句容市');
    expect(placeAt(HELD[4], 'city')).toBe('汉中市');
    expect(placeAt(HELD[4], 'county')).toBeUndefined();
  });

  it('counts by province, the largest first, and by year', () => {
    const { groups } = groupReports(HELD, 'province');
    expect(groups.slice(0, 2).map((g) => [g.name, g.reports.length]).sort()).toEqual([['四川省', 2], ['河南省', 2]]);
    expect(groups.reduce((n, g) => n + g.reports.length, 0)).toBe(HELD.length);
    expect(groupReports(HELD, 'year').groups[0]).toMatchObject({ name: '2024', reports: expect.any(Array) });
    expect(groupReports(HELD, 'year').groups[0].reports).toHaveLength(4);
  });

  it('counts the groups a question names, in its order, and reports with no place at the level apart', () => {
    const named = groupReports(HELD, 'year', ['2023', '2022']);
    expect(named.groups.map((g) => [g.name, g.reports.length])).toEqual([['2023', 1], ['2022', 1]]);
    expect(groupReports(HELD, 'province', ['河南', '四川']).groups.map((g) => g.reports.length)).toEqual([2, 2]);
    expect(groupReports(HELD, 'county').unplaced.map((r) => r.region).sort()).toEqual(['汉中市', '遂宁市']);
  });

  it('puts the fewest first when asked for the fewest', () => {
    const { groups } = groupReports(HELD, 'province', undefined, 'asc');
    expect(groups[0].reports).toHaveLength(1);
  });
});

describe('places named without their level', () => {
  const places = regionsWith(HELD);
  const unknown = (q: string) => detectScope(q, new Set(), () => false, places).unknownPlaces;

  it('are places the hub does not hold, whole words or not to the segmenter (盘 | 州)', () => {
    expect(unknown('赫章的法律援助案件有多少')).toEqual(['赫章']);
    expect(unknown('盘州的法律援助案件有多少')).toEqual(['盘州']);
    expect(unknown('威宁的行政复议案件有多少件')).toEqual(['威宁']);
    expect(unknown('紫云和赫章哪个法律援助案件多')).toEqual(['赫章']);
  });

  it('are not common words that name a county too (平安, 大方, 城区), nor places the hub holds', () => {
    for (const q of ['平安建设的情况', '大方的法律援助', '城区的法律援助', '全县的法律援助案件有多少件', '郎溪和鲁山一共开展了多少场宣讲', '行政复议审结了多少件']) {
      expect(unknown(q), q).toEqual([]);
    }
    expect(isDivisionShortName('赫章')).toBe(true);
    expect(isDivisionShortName('法律')).toBe(false);
  });

  it('are named in the refusal', () => {
    const scope = detectScope('赫章的法律援助案件有多少', new Set(), () => false, places);
    expect(missingScope(scope, HELD, 'NO_SUCH_REGION')).toEqual({ region: '赫章' });
    const guangdong = detectScope('广东的报告有哪些', new Set(), () => false, places);
    expect(missingScope(guangdong, HELD, 'NO_SUCH_REGION')).toEqual({ region: '广东省' });
    expect(missingScope(detectScope('2030年的报告'), HELD, 'NO_SUCH_PERIOD')).toEqual({ year: 2030 });
  });
});

describe('a difference asked with a verb between 多 and 多少', () => {
  const cued = (q: string) => withComparative(detectCues(q), q);

  it.each(['郎溪比鲁山多开展了多少场宣讲', '郎溪比鲁山多办了几场宣讲', '遂宁比蒸湘多审查了多少件规范性文件', '鲁山比郎溪少开展多少场'])('%s', (q) => {
    const cues = cued(q);
    expect(cues.cues.has('difference')).toBe(true);
    // Only the comparative is a cue: the verb names the figure.
    const span = cues.spans.find((s) => s.name === 'difference')!;
    expect(q.slice(span.start, span.end)).toMatch(/^[多少]$/);
  });

  it('is not read into questions without a comparison', () => {
    expect(cued('郎溪开展了多少场宣讲').cues.has('difference')).toBe(false);
    expect(cued('比较郎溪和鲁山的宣讲场次').cues.has('difference')).toBe(false);
  });
});

describe('units comparable across reports', () => {
  it('are the indicator families and the kindred event units', () => {
    expect(comparableUnits('人', '名')).toBe(true);
    expect(comparableUnits('场次', '次')).toBe(true);
    expect(comparableUnits('期', '场')).toBe(true);
    expect(comparableUnits('件', '次')).toBe(false);
    expect(comparableUnits('人', '人次')).toBe(false);
  });
});

describe('the figure chosen of equally specific ones', () => {
  // Only what bestOf reads: the scores, and the metric's identity and label confidence.
  const scored = (id: string, score: number, labelConfidence: number): ScoredFigure => ({
    figure: { metric: { id, reportId: 'r', quoteStart: 0, spanStart: 10 * Number(id.length), spanEnd: 0, value: 1, labelConfidence, quote: '' } },
    score, coverage: 1, specific: 1, missing: [], strength: new Map(), hint: () => undefined,
  }) as unknown as ScoredFigure;

  it("is the surer label when the unsure one's score is only somewhat higher", () => {
    // A heading fragment (述法:乡镇, confidence 0.4) scoring 1.5× a figure labelled from its own clause (0.95).
    const fragment = scored('a', 1.5, 0.4);
    const own = scored('bb', 1, 0.95);
    expect(bestOf([fragment, own])?.figure.metric.id).toBe('bb');
  });

  it('is still the better-scoring one when both labels are equally sure', () => {
    expect(bestOf([scored('a', 1.5, 0.9), scored('bb', 1, 0.9)])?.figure.metric.id).toBe('a');
  });
});

describe('a follow-up after a ranking', () => {
  const places = regionsWith(HELD);
  const follow = (part: string, before: string) => acrossFollowUp(part, before, places);

  it('replaces the year, the area or the limit and keeps the rest', () => {
    expect(follow('2022年', '2024年哪个县的宣讲活动最多?')).toBe('2022年哪个县的宣讲活动最多?');
    expect(follow('2024年', '各地审查规范性文件的数量排名')).toBe('2024年各地审查规范性文件的数量排名');
    expect(follow('安徽', '河南各县的宣讲活动排名')).toBe('安徽各县的宣讲活动排名');
    expect(follow('前五', '各县行政复议案件排名前三')).toBe('各县行政复议案件排名前五');
    expect(follow('in 2022', 'which county held the most rule-of-law lectures in 2024?')).toBe('which county held the most rule-of-law lectures in 2022?');
  });

  it('replaces the subject, keeping the places and ranking words', () => {
    expect(follow('法律援助', '河南各县的宣讲活动排名')).toBe('河南各县的法律援助排名');
    expect(follow('述法', '郎溪和鲁山的宣讲活动分别开展了多少场?')).toBe('郎溪和鲁山的述法分别是多少?');
    expect(follow('legal aid', 'rank the counties by normative documents reviewed')).toBe('rank the counties by legal aid');
  });

  it('leaves a question that was not across reports to the other follow-up rules', () => {
    expect(follow('2023年', '紫云行政复议收到了多少件')).toBeUndefined();
  });
});
