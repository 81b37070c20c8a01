import { describe, expect, it } from 'vitest';
import { capitalizedWords, detectScope, reportsInScope, withSubjectAreas, withYearsAsWords } from '../../server/ask/scope.js';
import type { Report } from '../../server/model/index.js';

const ZIYUN = '紫云苗族布依族自治县';
const regionsOf = (question: string, phrases?: Set<string>) => detectScope(question, phrases).regions.map((r) => r.name);

/** Just the fields reportsInScope reads; the rest of a Report does not matter here. */
const report = (id: string, region: string, year: number) => ({ id, region, year }) as Report;
const ziyun2024 = report('ziyun-2024', ZIYUN, 2024);
const ziyun2023 = report('ziyun-2023', ZIYUN, 2023);
const idsIn = (question: string, reports: Report[]) => reportsInScope(detectScope(question), reports);

describe('detectScope: regions in the list', () => {
  it('finds a region by its official name', () => {
    expect(regionsOf(`${ZIYUN}有多少执业律师`)).toEqual([ZIYUN]);
  });

  it('finds a region by its short form 紫云', () => {
    expect(regionsOf('紫云有多少执业律师')).toEqual([ZIYUN]);
  });

  it('finds a region by its short form 紫云县', () => {
    expect(regionsOf('紫云县有多少执业律师')).toEqual([ZIYUN]);
  });

  it('finds a region by its pinyin, in a lower-cased question', () => {
    expect(regionsOf('how many lawyers does ziyun have')).toEqual([ZIYUN]);
  });

  it('does not take a pinyin inside a longer word for the place', () => {
    expect(regionsOf('ziyunian lawyers')).toEqual([]);
  });

  it('blanks the place name out of the rest of the question, keeping its length', () => {
    expect(detectScope('紫云县有多少执业律师').rest).toBe('   有多少执业律师');
  });

  it('finds a city named beside its county, and the county', () => {
    expect(regionsOf('安顺市紫云县有多少执业律师')).toEqual(['安顺市', ZIYUN]);
  });

  it('does not take a pinyin inside a phrase the figures use for a place (xi jinping)', () => {
    expect(regionsOf('study of xi jinping thought', new Set(['xi jinping']))).toEqual([]);
  });

  it('takes the same pinyin for a place when no phrase holds it', () => {
    expect(regionsOf('lawyers in jinping')).toEqual(['金平苗族瑶族傣族自治县']);
  });
});

describe('detectScope: places not in the list', () => {
  it('records a Chinese county name it does not know', () => {
    expect(detectScope('凤凰县有多少执业律师').unknownPlaces).toEqual(['凤凰县']);
  });

  // Regression (fixed): an unlisted county is found only when jieba's own dictionary holds its name as one word;
  // a plausible made-up (or rare) name is cut 青山/县 and goes unnoticed, so
  // "青山县行政复议审结多少件" is answered NOT_IN_REPORT instead of NO_SUCH_REGION.
  it('records a made-up county name that the segmenter does not know (青山县)', () => {
    expect(detectScope('青山县行政复议审结多少件').unknownPlaces).toEqual(['青山县']);
  });

  it('records an English "X County" as a place', () => {
    expect(detectScope('how many lawyers does maple county have').unknownPlaces).toEqual(['maple county']);
  });

  it('does not take an English word before a level word for a place ("smart district", "won city")', () => {
    const scope = (q: string) => detectScope(q.toLowerCase(), new Set(), () => false, undefined, capitalizedWords(q));
    expect(scope("How many years running has it been named a 'China leading smart district'?").unknownPlaces).toEqual([]);
    expect(scope('How many straight years has the reform won city government incentives?').unknownPlaces).toEqual([]);
    // Capitalized, an English word names a place the hub does not hold.
    expect(scope('How many lawyers do Ziyun and Maple County have?').unknownPlaces).toContain('maple county');
  });

  it('does not take "the county" for a place', () => {
    expect(detectScope('which lawyers work for the county').unknownPlaces).toEqual([]);
  });

  it('does not take a word the figures use for a place', () => {
    expect(detectScope('凤凰县', new Set(), (word) => word === '凤凰县').unknownPlaces).toEqual([]);
  });
});

describe('detectScope: years', () => {
  it('finds a year written with 年', () => {
    expect(detectScope('2023年行政复议受理了几件').years).toEqual([2023]);
  });

  it('finds a year in English ("in 2023")', () => {
    expect(detectScope('how many lawyers in 2023').years).toEqual([2023]);
  });

  it('finds two different years once each', () => {
    expect(detectScope('2023年和2024年以及2023年').years).toEqual([2023, 2024]);
  });

  it('takes the base of a change the report states for no year asked, but both years of a comparison of two', () => {
    expect(detectScope('合同审查比2024年增长了百分之几').years).toEqual([]);
    expect(detectScope('2025年合同审查较2024年增长了多少').years).toEqual([2025]);
    expect(detectScope('how much did contract reviews rise compared with 2024').years).toEqual([]);
    expect(detectScope('郎溪2023年比2024年多审查了多少件').years).toEqual([2023, 2024]);
    expect(detectScope('合同审查比2024年增长了百分之几').rest).not.toMatch(/2024/);
  });

  it('blanks the year out of the rest of the question', () => {
    expect(detectScope('2023年的律师').rest).toBe('    年的律师');
  });

  it('does not take a count of 2200余名 for a year', () => {
    expect(detectScope('培育2200余名法律明白人').years).toEqual([]);
  });

  it('does not take a count of 2000件 for a year', () => {
    expect(detectScope('化解了2000件纠纷吗').years).toEqual([]);
  });

  // Regression (fixed): the year pattern only refuses a unit right after the digits, so an approximate count
  // (2000多件, 2000余人) is read as the year 2000 and the question becomes NO_SUCH_PERIOD.
  it('does not take an approximate count of 2000多件 for a year', () => {
    expect(detectScope('化解了2000多件纠纷吗').years).toEqual([]);
  });

  // Regression (fixed): same cause in English: "more than 2000 cases" names the year 2000.
  it('does not take an English count of "2000 cases" for a year', () => {
    expect(detectScope('were more than 2000 cases mediated').years).toEqual([]);
  });
});

describe('reportsInScope', () => {
  it('selects every report when the question names no place or year', () => {
    expect(idsIn('有多少执业律师', [ziyun2024, ziyun2023])).toEqual({ reports: [ziyun2024, ziyun2023] });
  });

  it('says NO_SUCH_REGION for a place not in the list', () => {
    expect(idsIn('凤凰县有多少执业律师', [ziyun2024])).toEqual({ reports: [], missing: 'NO_SUCH_REGION' });
  });

  it('says NO_SUCH_REGION for a listed region the hub holds no report for', () => {
    expect(idsIn('贵阳有多少执业律师', [ziyun2024])).toEqual({ reports: [], missing: 'NO_SUCH_REGION' });
  });

  it('takes a city named beside its county only as where the county is', () => {
    expect(idsIn('安顺市紫云县有多少执业律师', [ziyun2024])).toEqual({ reports: [ziyun2024] });
  });

  it("does not give a county's report for its city named alone", () => {
    expect(idsIn('安顺市有多少执业律师', [ziyun2024])).toEqual({ reports: [], missing: 'NO_SUCH_REGION' });
  });

  // Regression (fixed): an unknown place only counts when no listed region is named beside it, so "Ziyun and
  // Maple County … in total" is answered with Ziyun's figure alone (30) as if Maple were not asked.
  it('says NO_SUCH_REGION when an unknown place is named beside a held one', () => {
    expect(idsIn('lawyers in ziyun and maple county', [ziyun2024])).toEqual({ reports: [], missing: 'NO_SUCH_REGION' });
  });

  it('says NO_SUCH_PERIOD for a year the hub holds no report for', () => {
    expect(idsIn('2023年有多少执业律师', [ziyun2024])).toEqual({ reports: [], missing: 'NO_SUCH_PERIOD' });
  });

  it('selects the report of the year named', () => {
    expect(idsIn('2023年紫云有多少执业律师', [ziyun2024, ziyun2023])).toEqual({ reports: [ziyun2023] });
  });

  it('says NO_SUCH_PERIOD when one of two named years is not held', () => {
    expect(idsIn('2023年和2024年执业律师哪年多', [ziyun2024])).toEqual({ reports: [], missing: 'NO_SUCH_PERIOD' });
  });

  it('selects both reports when both named years are held', () => {
    expect(idsIn('2023年和2024年执业律师哪年多', [ziyun2024, ziyun2023])).toEqual({ reports: [ziyun2024, ziyun2023] });
  });
});

describe('detectScope: the level of a place named', () => {
  it('drops the word for the level of the place in scope: the county of Ziyun County', () => {
    const scope = detectScope('ziyun: how many lawyers does the county have?');
    expect(scope.regions.map((r) => r.name)).toEqual(['紫云苗族布依族自治县']);
    expect(scope.rest).not.toMatch(/county/);
  });

  it('keeps other levels and compounds: county-level, districts of a county', () => {
    expect(detectScope('ziyun: how many county-level documents were reviewed?').rest).toMatch(/county-level/);
    expect(detectScope('ziyun: how many district offices?').rest).toMatch(/district/);
  });
});

describe('detectScope: a date a figure was counted at', () => {
  it('截至 a day in the spring after a year scopes no year', () => {
    const scope = detectScope('截至2023年3月15日,永嘉县周例会开了几期?');
    expect(scope.years).toEqual([]);
    expect(scope.rest).not.toContain('2023');
  });

  it('a date later in the year, or a plain year, still scopes that year', () => {
    expect(detectScope('截至2023年11月底,共有多少律师?').years).toEqual([2023]);
    expect(detectScope('2023年3月召开了几次会议?').years).toEqual([2023]);
  });
});

describe('withSubjectAreas: a province or city a figure is about, not whose report', () => {
  const held = [ziyun2024];
  const scoped = (q: string) => withSubjectAreas(detectScope(q), q, held);

  it('leaves the scope and goes back into the words when a held place it does not contain is named', () => {
    for (const [q, area] of [['紫云县跨省通办的广东省政务服务事项有几项', '广东省'], ['how many guangdong province items can be handled in ziyun', 'guangdong province']] as const) {
      const scope = scoped(q);
      expect(scope.regions.map((r) => r.name), q).toEqual([ZIYUN]);
      expect(scope.rest, q).toContain(area);
      expect(reportsInScope(scope, held).reports, q).toEqual(held);
    }
  });

  it('stays a place asked about when joined to another, when it contains the held place, or when no held place is named', () => {
    expect(scoped('紫云和广东省哪个法律援助多').regions.map((r) => r.name)).toContain('广东省');
    expect(scoped('ziyun or guangdong province: which handled more cases').regions.map((r) => r.name)).toContain('广东省');
    expect(scoped('贵州省紫云县法律援助多少件').regions.map((r) => r.name)).toContain('贵州省');
    expect(scoped('广东省法律援助多少件').regions.map((r) => r.name)).toEqual(['广东省']);
  });
});

describe('detectScope: words that look like places and are not', () => {
  it('reads a pinyin word in quotes as the name of a thing, not a place the hub lacks', () => {
    expect(detectScope("how many village-level 'anyiban' service points did ziyun build?").unknownPlaces).toEqual([]);
    expect(detectScope('how many cases did bengbu handle?').unknownPlaces).toEqual(['bengbu']);
  });

  it('reads a pinyin-like word in lower case as a word, where the question capitalizes its names', () => {
    const capitals = (raw: string) => detectScope(raw.toLowerCase(), new Set(), () => false, undefined, capitalizedWords(raw)).unknownPlaces;
    expect(capitals('What did Ziyun County say about the lead geese?')).toEqual([]);
    expect(capitals('How many cases did Bengbu handle?')).toEqual(['bengbu']);
    expect(capitals('How many cases did bengbu handle?')).toEqual(['bengbu']);
  });

  it('keeps a county named with its province: the province only says where it is', () => {
    expect(idsIn('贵州省紫云县行政复议收到多少件', [ziyun2024]).reports).toEqual([ziyun2024]);
  });
});

describe('withYearsAsWords: a year written before a noun', () => {
  const years = (q: string, reports: Report[]) => withYearsAsWords(detectScope(q), reports, q).years;
  it('names what the noun was when the place holds no report of that year', () => {
    expect(years('how many problems from the 2023 inspection feedback has ziyun rectified', [ziyun2024])).toEqual([]);
  });
  it('…also after a possessive (their 2023 work), and the years of a plan period, in both languages', () => {
    expect(years('which groups reported their 2023 work at ziyun\'s committee meeting', [ziyun2024])).toEqual([]);
    expect(years('what did ziyun say about the outline (2021—2025)', [ziyun2024])).toEqual([]);
    expect(years('紫云关于《法治政府建设实施纲要(2021-2025年)》说了什么', [ziyun2024])).toEqual([]);
    expect(years('紫云2023年法律援助多少件', [ziyun2024])).toEqual([2023]);
  });

  it('still asks the year of a report, or one the place holds, or one said with "in"', () => {
    expect(years('what does the 2023 report of ziyun say', [ziyun2024])).toEqual([2023]);
    expect(years('how many problems from the 2023 inspection feedback has ziyun rectified', [ziyun2023, ziyun2024])).toEqual([2023]);
    expect(years('how many problems did ziyun rectify in 2023', [ziyun2024])).toEqual([2023]);
  });
});
