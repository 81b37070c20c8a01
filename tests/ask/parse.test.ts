import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CUE_MARK } from '../../server/ask/cues.js';
import type { FigureIndex } from '../../server/ask/figure-index.js';
import { parseQuestion, splitParts } from '../../server/ask/parse.js';
import { combine } from '../../server/ask/parse/readings.js';
import { withSharedWords } from '../../server/ask/parse/parts.js';
import { isVerb } from '../../server/vocabulary/dictionary.js';
import { id, seeded, type Seeded } from './seeded.js';

let hub: Seeded;
let index: FigureIndex;
beforeAll(async () => {
  hub = await seeded();
  index = hub.index;
});
afterAll(async () => {
  await hub?.orm.close();
});

const parse = (question: string) => parseQuestion(question, index);
const query = (question: string) => parse(question).query;
const ZIYUN_SCOPE = { reportId: 'ziyun-2024' };

describe('parseQuestion: one figure', () => {
  it('looks up a figure asked in Chinese', () => {
    expect(query('紫云县公证处出证多少件')).toEqual({ op: 'lookup', metrics: [id('notarization.certificates-issued')] });
  });

  it('looks up a figure asked in English', () => {
    expect(query('How many notarial certificates did Ziyun issue?')).toEqual({ op: 'lookup', metrics: [id('notarization.certificates-issued')] });
  });

  it('looks up a figure asked in traditional characters', () => {
    expect(query('員額制檢察官有幾人')).toEqual({ op: 'lookup', metrics: [id('legal-workforce.prosecutors')] });
  });

  it('does not answer with a figure the question itself states', () => {
    const accepted = { op: 'lookup', metrics: [id('administrative-reconsideration.accepted')] };
    expect(query('复议收到三十九件,其中受理了多少件?')).toEqual(accepted);
    expect(query('Of the 39 reconsideration applications received, how many were accepted?')).toEqual(accepted);
    // Without the stated 39, the same words ask for the received count.
    expect(query('复议收到多少件?')).toEqual({ op: 'lookup', metrics: [id('administrative-reconsideration.received')] });
  });

  it('says which language the question was in', () => {
    expect([parse('员额制检察官有几人').language, parse('how many prosecutors').language]).toEqual(['zh', 'en']);
  });

  it('is fully confident when the figure explains every word', () => {
    expect(parse('紫云县公证处出证多少件').confidence).toBe(1);
  });
});

describe('parseQuestion: combining figures', () => {
  it('adds two figures joined by 和 … 加起来', () => {
    expect(query('员额制法官和员额制检察官加起来多少人'))
      .toEqual({ op: 'sum', metrics: [id('legal-workforce.judges'), id('legal-workforce.prosecutors')] });
  });

  it('adds two figures joined by "combined … and"', () => {
    expect(query('What is the combined number of judges and prosecutors?'))
      .toEqual({ op: 'sum', metrics: [id('legal-workforce.judges'), id('legal-workforce.prosecutors')] });
  });

  it('subtracts in the order the question names the figures (比 … 多几)', () => {
    expect(query('执业律师比公职律师多几人'))
      .toEqual({ op: 'difference', minuend: id('legal-workforce.practicing-lawyers'), subtrahend: id('legal-workforce.public-sector-lawyers') });
  });

  it('asks by how much less with 比 … 少几: the second minus the first, the positive amount less', () => {
    expect(query('公职律师比执业律师少几人'))
      .toEqual({ op: 'difference', minuend: id('legal-workforce.practicing-lawyers'), subtrahend: id('legal-workforce.public-sector-lawyers') });
  });

  it('subtracts in question order in English ("how many more … than")', () => {
    expect(query('How many more practicing lawyers than public-sector lawyers?'))
      .toEqual({ op: 'difference', minuend: id('legal-workforce.practicing-lawyers'), subtrahend: id('legal-workforce.public-sector-lawyers') });
  });

  it('puts the smaller figure over the larger in a ratio, whatever the order named', () => {
    expect(query('行政复议受理数和审结数的比例'))
      .toEqual({ op: 'ratio', numerator: id('administrative-reconsideration.concluded'), denominator: id('administrative-reconsideration.accepted') });
  });

  it('takes a funnel stage over the stage before it for a share of one topic', () => {
    expect(query('复议申请中被受理的比例是多少'))
      .toEqual({ op: 'ratio', numerator: id('administrative-reconsideration.accepted'), denominator: id('administrative-reconsideration.received') });
  });

  it('takes a part over its stated total for "make up what proportion of"', () => {
    expect(query('Village committees make up what proportion of mediation committees?'))
      .toEqual({ op: 'ratio', numerator: id('people-mediation.village-committees'), denominator: id('people-mediation.committees') });
  });

  // BUG: 总数 is cut out as a count cue, so the second part is just 调委会; the parts must be
  // distinct figures, so it gets a sibling (community committees, 10) instead of the total (196),
  // and the answer is 10 ÷ 165 = 6.1% instead of 165 ÷ 196 = 84.2%.
  it.fails('takes a part over its stated total in Chinese (村调委会占调委会总数)', () => {
    expect(query('村调委会占调委会总数的比例'))
      .toEqual({ op: 'ratio', numerator: id('people-mediation.village-committees'), denominator: id('people-mediation.committees') });
  });

  it('compares two figures asked "does X outnumber Y", in that order', () => {
    expect(query('Do prosecutors outnumber judges?'))
      .toEqual({ op: 'compare', metrics: [id('legal-workforce.prosecutors'), id('legal-workforce.judges')] });
  });

  it('compares two figures asked 哪个多', () => {
    expect(query('执业律师和公职律师哪个多'))
      .toEqual({ op: 'compare', metrics: [id('legal-workforce.practicing-lawyers'), id('legal-workforce.public-sector-lawyers')] });
  });

  // The 行政诉讼 part borrows 审结 from the rest of the question; the concluded label is segmented
  // 行政诉讼案件|审结数, and 审结数 is named by 审结 (match.ts, labelShare), so "lost" beside it does not win.
  it('compares the measure the question names for both topics (审结 for 诉讼 and 复议)', () => {
    expect(query('行政诉讼和行政复议哪个审结的多'))
      .toEqual({ op: 'compare', metrics: [id('administrative-litigation.concluded'), id('administrative-reconsideration.concluded')] });
  });
});

describe('parseQuestion: breakdowns, sections, documents and metadata', () => {
  it('breaks the mediation committees down when asked for their 构成', () => {
    expect(query('人民调解委员会的构成是怎样的')).toEqual({ op: 'breakdown', total: id('people-mediation.committees') });
  });

  it('breaks the mediation committees down when asked in English', () => {
    expect(query('mediation committees broken down by kind')).toEqual({ op: 'breakdown', total: id('people-mediation.committees') });
  });

  it('lists the problems for 存在哪些短板', () => {
    expect(query('存在哪些短板')).toEqual({ op: 'sections', role: 'PROBLEM', scope: ZIYUN_SCOPE });
  });

  it('lists the problems for "What shortcomings were identified?"', () => {
    expect(query('What shortcomings were identified?')).toEqual({ op: 'sections', role: 'PROBLEM', scope: ZIYUN_SCOPE });
  });

  it('lists the recommendations for 接下来打算怎么做', () => {
    expect(query('接下来打算怎么做')).toEqual({ op: 'sections', role: 'RECOMMENDATION', scope: ZIYUN_SCOPE });
  });

  it('lists the recommendations for "What are the plans going forward?"', () => {
    expect(query('What are the plans going forward?')).toEqual({ op: 'sections', role: 'RECOMMENDATION', scope: ZIYUN_SCOPE });
  });

  it('asks the metadata for the publisher (哪个部门发布)', () => {
    expect(query('报告是哪个部门发布的')).toEqual({ op: 'metadata', field: 'publisher', scope: ZIYUN_SCOPE });
  });

  it('asks the metadata for the publication date (什么时候发布)', () => {
    expect(query('报告什么时候发布的')).toEqual({ op: 'metadata', field: 'publishedOn', scope: ZIYUN_SCOPE });
  });

  it('asks the metadata for the publication date in English ("come out")', () => {
    expect(query('When did the report come out?')).toEqual({ op: 'metadata', field: 'publishedOn', scope: ZIYUN_SCOPE });
  });

  // Regression (fixed): the English cue "publisher" is matched by its stem "publish", so every "published" is a
  // publisher cue too, and the parser checks publisher before published_on: a question about the
  // date is answered with the publishing office.
  it('asks the metadata for the publication date when the question says "published"', () => {
    expect(query('On what date was this report published?')).toEqual({ op: 'metadata', field: 'publishedOn', scope: ZIYUN_SCOPE });
  });

  it('asks the metadata for the title (全称)', () => {
    expect(query('这份报告的全称是什么')).toEqual({ op: 'metadata', field: 'title', scope: ZIYUN_SCOPE });
  });

  it('lists the documents cited, scoped to the place named', () => {
    expect(query('紫云县印发了哪些文件')).toEqual({ op: 'documents', scope: { region: '紫云苗族布依族自治县', reportId: 'ziyun-2024' } });
  });

  it('lists the documents cited when asked in English', () => {
    expect(query('What documents does the report cite?')).toEqual({ op: 'documents', scope: ZIYUN_SCOPE });
  });
});

describe('parseQuestion: ambiguous questions', () => {
  it('offers both topics for a measure they share (审结 in 复议 and 诉讼)', () => {
    const parsed = parse('审结的案件有几件');
    expect(parsed.alternatives.flatMap((a) => (a.op === 'lookup' ? a.metrics : [])).sort())
      .toEqual([id('administrative-litigation.concluded'), id('administrative-reconsideration.concluded')]);
  });

  it('offers both topics for a shared measure asked in English', () => {
    const parsed = parse('how many were concluded');
    expect(parsed.alternatives.flatMap((a) => (a.op === 'lookup' ? a.metrics : [])).sort())
      .toEqual([id('administrative-litigation.concluded'), id('administrative-reconsideration.concluded')]);
  });

  it('halves its confidence when it must ask', () => {
    expect(parse('审结的案件有几件').confidence).toBe(0.5);
  });

  it('does not ask when the topic is named', () => {
    expect(parse('行政诉讼审结的案件有几件').alternatives).toEqual([]);
  });

  // BUG: "cases" is in the reconsideration label but the litigation label says "lawsuits", so the
  // English question picks reconsideration (22) without asking, while 审结的案件有几件 asks
  // (litigation concluded 18 cases just the same).
  it.fails('offers both topics for "What number of cases got closed?"', () => {
    expect(parse('What number of cases got closed?').alternatives).toHaveLength(2);
  });
});

describe('parseQuestion: questions the data cannot answer', () => {
  it('says NO_SUCH_PERIOD for a year the hub holds no report for', () => {
    expect(query('2021年复议申请有几件')).toMatchObject({ op: 'none', reason: 'NO_SUCH_PERIOD', scope: { year: 2021 } });
  });

  it('names the nearest figures of the held report for a missing year', () => {
    expect(query('2021年复议申请有几件')).toMatchObject({ nearest: [id('administrative-reconsideration.received'), id('administrative-reconsideration.accepted'), id('administrative-reconsideration.concluded')] });
  });

  it('says NO_SUCH_REGION for a county not in the region list, naming it', () => {
    expect(query('凤凰县有多少律师')).toEqual({ op: 'none', reason: 'NO_SUCH_REGION', scope: { region: '凤凰县' }, nearest: [] });
  });

  it('says NO_SUCH_REGION for a listed city the hub holds no report for', () => {
    expect(query('How many lawyers are in Guiyang?')).toMatchObject({ op: 'none', reason: 'NO_SUCH_REGION', scope: { region: '贵阳市' } });
  });

  // Regression (fixed): see scope.test.ts — Maple County is ignored because Ziyun is named beside it, and the
  // question is answered with Ziyun's 30 lawyers alone.
  it('says NO_SUCH_REGION when one of two places asked about is unknown', () => {
    expect(query('How many practicing lawyers do Ziyun and Maple County have in total?')).toMatchObject({ op: 'none', reason: 'NO_SUCH_REGION' });
  });

  it('says OUT_OF_SCOPE for a question outside the domain (Chinese)', () => {
    expect(query('明天会下雨吗')).toEqual({ op: 'none', reason: 'OUT_OF_SCOPE', scope: ZIYUN_SCOPE, nearest: [] });
  });

  it('says OUT_OF_SCOPE for a question outside the domain (English)', () => {
    expect(query("What's the price of bitcoin?")).toEqual({ op: 'none', reason: 'OUT_OF_SCOPE', scope: ZIYUN_SCOPE, nearest: [] });
  });

  it('says OUT_OF_SCOPE for a question with no letters at all', () => {
    expect(query('??? 123')).toEqual({ op: 'none', reason: 'OUT_OF_SCOPE', scope: {}, nearest: [] });
  });

  // Typo correction once turned the correctly spelled "football" into the domain word "footfall"
  // (distance 2, same first letter); a word the bilingual dictionary knows is no typo.
  it('says OUT_OF_SCOPE for a sports question ("football" is no typo of "footfall")', () => {
    expect(query('Who won the football match yesterday?')).toMatchObject({ op: 'none', reason: 'OUT_OF_SCOPE' });
  });

  it('says NOT_IN_REPORT for a domain question the report gives no figure for', () => {
    expect(query('刑事案件判了几件')).toMatchObject({ op: 'none', reason: 'NOT_IN_REPORT' });
  });
});

describe('withSharedWords', () => {
  const shared = (text: string, namesTopic: (p: string) => boolean = () => false) => withSharedWords(text, splitParts(text), namesTopic, isVerb);

  it('gives a leading 的-phrase to every coordinated part', () => {
    expect(shared('复议的收件、受理、审结')).toEqual(['复议的收件', '复议的受理', '复议的审结']);
    expect(shared('村法律顾问开展的法律服务活动和法治讲座')).toEqual(['村法律顾问开展的法律服务活动', '村法律顾问开展的法治讲座']);
  });

  it('does not give it to the other side of a ratio or comparison, nor to a part with its own topic', () => {
    expect(shared('开庭审理的行政诉讼案件占收到案件')).toEqual(['开庭审理的行政诉讼案件', '收到案件']);
    expect(shared('行政复议的纠错率和行政诉讼败诉率', (p) => p.includes('行政诉讼'))).toEqual(['行政复议的纠错率', '行政诉讼败诉率']);
  });

  it("gives parallel modifiers the last part's head noun", () => {
    expect(shared('A类和C类法律职业资格证书持有者')).toEqual(['A类法律职业资格证书持有者', 'C类法律职业资格证书持有者']);
    expect(shared('刑事和民事案件')).toEqual(['刑事案件', '民事案件']);
  });

  it('leaves parts alone that are not parallel modifiers: verbs, whole nouns, other morphemes', () => {
    expect(shared('受理、审结、调解成功')).toEqual(['受理', '审结', '调解成功']);
    expect(shared('法官和检察官')).toEqual(['法官', '检察官']);
    expect(shared('社区、乡镇、街道调委会')).toEqual(['社区', '乡镇', '街道调委会']);
  });
});

describe('splitParts', () => {
  it('splits at 和', () => {
    expect(splitParts('法官和检察官')).toEqual(['法官', '检察官']);
  });

  it('splits at 、 and keeps the shared noun with the last part', () => {
    expect(splitParts('社区、乡镇、街道调委会')).toEqual(['社区', '乡镇', '街道调委会']);
  });

  it('splits at 比', () => {
    expect(splitParts('执业律师比公职律师')).toEqual(['执业律师', '公职律师']);
  });

  it('splits at "and"', () => {
    expect(splitParts('judges and prosecutors')).toEqual(['judges', 'prosecutors']);
  });

  it('splits at "than"', () => {
    expect(splitParts('more lawyers than judges')).toEqual(['more lawyers', 'judges']);
  });

  it('splits at commas and "and" in one list', () => {
    expect(splitParts('judges, prosecutors and lawyers')).toEqual(['judges', 'prosecutors', 'lawyers']);
  });

  it('splits at the cue mark', () => {
    expect(splitParts(`行政复议 ${CUE_MARK} 审结的案件`)).toEqual(['行政复议', '审结的案件']);
  });

  it('does not split 和 inside a word (和谐)', () => {
    expect(splitParts('和谐社区')).toEqual(['和谐社区']);
  });

  it('keeps a question with no connector whole', () => {
    expect(splitParts('公证处出证')).toEqual(['公证处出证']);
  });
});

describe('questions asked in words', () => {
  it('are answered by the one sentence that holds their words', async () => {
    const { orm, index } = await seeded();
    try {
      const parsed = parseQuestion('述法点评和复议监督这些抓手是什么', index);
      expect(parsed.query).toMatchObject({ op: 'passage', reportId: 'ziyun-2024' });
    } finally {
      await orm.close();
    }
  });
});

describe('parseQuestion: several asks in one question', () => {
  it('answers each, a later elliptical one read with the first one’s place and topic', () => {
    const both = { op: 'lookup', metrics: [id('administrative-reconsideration.received'), id('administrative-reconsideration.concluded')] };
    expect(query('紫云县行政复议收到多少件?审结了多少?')).toEqual(both);
    expect(query('紫云县行政复议收到了多少、审结了多少?')).toEqual(both);
    // A count and then a rate, each with its own question word: both, not the rate alone.
    const metrics = (query('紫云县行政诉讼收案多少件?行政机关负责人出庭应诉率多少?') as { metrics: string[] }).metrics;
    expect(metrics).toHaveLength(2);
    expect(metrics[0]).toBe(id('administrative-litigation.received'));
  });

  it('leaves one ask over a list of parts to the parts (收到、受理、审结分别多少)', () => {
    expect(parse('紫云县行政复议收到、受理、审结分别多少').query).toMatchObject({ op: 'lookup' });
    expect((parse('紫云县行政复议收到、受理、审结分别多少').query as { metrics: string[] }).metrics).toHaveLength(3);
  });
});

describe('combine: a share asked of figures', () => {
  // Just what combine reads of the context and the chosen figures.
  const metric = (id: string, value: number, unit: string) => ({ id, value, unit, reportId: 'r' });
  const chosen = (...ms: ReturnType<typeof metric>[]) => ms.map((m) => ({ figure: { metric: m }, coverage: 0.8 }));
  const ctx = (ms: ReturnType<typeof metric>[]) => ({ index: { byId: new Map(ms.map((m) => [m.id, { metric: m }])) }, language: 'zh', normalized: '参考率、及格率百分之多少' });
  const ratio = { cues: new Set(['ratio']), spans: [] };

  it('is a rate the report states, never a term of one computed', () => {
    const ms = [metric('sessions', 4, '场次'), metric('pass-rate', 85, '%')];
    expect(combine(chosen(...ms) as never, ctx(ms) as never, ratio as never).query).toEqual({ op: 'lookup', metrics: ['pass-rate'] });
  });

  it('is the smaller over the larger of two counts', () => {
    const ms = [metric('accepted', 36, '件'), metric('received', 39, '件')];
    expect(combine(chosen(...ms) as never, ctx(ms) as never, ratio as never).query).toEqual({ op: 'ratio', numerator: 'accepted', denominator: 'received' });
  });
});
