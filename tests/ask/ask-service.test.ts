import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AnswerStatus } from '../../server/ask/answer.type.js';
import { AskService, MAX_SEARCHED_REPORTS, MAX_QUESTION_LENGTH } from '../../server/ask/ask.service.js';
import { UserInputError } from '../../server/errors.js';
import { parseReport } from '../../server/ingest/report.js';
import { storeReport } from '../../server/ingest/store.js';
import { id, seeded, type Seeded } from './seeded.js';

let hub: Seeded;
beforeAll(async () => {
  hub = await seeded();
});
afterAll(async () => {
  await hub?.orm.close();
});

const ask = (question: string) => hub.ask.ask(question, hub.queries);

describe('AskService.ask: answered', () => {
  it('answers a lookup with the stored value', async () => {
    const answer = await ask('法律明白人培育了多少名');
    expect([answer.status, answer.value, answer.unit, answer.qualifier]).toEqual([AnswerStatus.ANSWERED, 2200, '名', 'MORE_THAN']);
  });

  it('cites the figure with a quote that contains it as written', async () => {
    const [fact] = (await ask('法律明白人培育了多少名')).facts;
    expect([fact.metricId, fact.quote.includes('培育2200余名')]).toEqual([id('legal-literacy.legal-literates-trained'), true]);
  });

  it('gives spans that point at the figure inside its quote', async () => {
    const [fact] = (await ask('法律明白人培育了多少名')).facts;
    expect(fact.quote.slice(fact.span!.start - fact.quoteSpan!.start, fact.span!.end - fact.quoteSpan!.start)).toBe('2200余名');
  });

  it('replies in the language of the question', async () => {
    const answer = await ask('How many legal publicity leaflets were handed out?');
    expect([answer.language, answer.text]).toEqual(['en', 'Legal publicity materials distributed: more than 80,000 copies (Ziyun 2024).']);
  });

  it('gives no derivation for a stored figure', async () => {
    expect((await ask('法律明白人培育了多少名')).derivation).toBeNull();
  });

  it('derives a ratio and shows how (36 ÷ 39 = 92.3%)', async () => {
    const answer = await ask('复议申请中被受理的比例是多少');
    expect([answer.value, answer.unit, answer.derivation]).toEqual([92.3, '%', '36 ÷ 39 = 92.3%']);
  });

  it('derives a sum and shows how (18 + 12 = 30)', async () => {
    const answer = await ask('员额制法官和员额制检察官加起来多少人');
    expect([answer.value, answer.derivation]).toEqual([30, '18 + 12 = 30']);
  });

  it('cites every operand of a derived value', async () => {
    const answer = await ask('执业律师比公职律师多几人');
    expect(answer.facts.map((f) => f.metricId)).toEqual([id('legal-workforce.practicing-lawyers'), id('legal-workforce.public-sector-lawyers')]);
  });

  it('says what it understood and which query ran', async () => {
    const answer = await ask('执业律师比公职律师多几人');
    expect([answer.interpretation, answer.query]).toEqual([
      '差值：执业律师人数 − 公职律师人数（紫云自治县2024年）',
      { op: 'difference', minuend: id('legal-workforce.practicing-lawyers'), subtrahend: id('legal-workforce.public-sector-lawyers') },
    ]);
  });
});

describe('AskService.ask: unanswerable', () => {
  it('gives the reason and no value for a year it holds no report for', async () => {
    const answer = await ask('2021年复议申请有几件');
    expect([answer.status, answer.reason, answer.value, answer.derivation]).toEqual([AnswerStatus.UNANSWERABLE, 'NO_SUCH_PERIOD', null, null]);
  });

  it('gives the reason and no value for a place it holds no report for', async () => {
    const answer = await ask('凤凰县有多少执业律师');
    expect([answer.status, answer.reason, answer.value]).toEqual([AnswerStatus.UNANSWERABLE, 'NO_SUCH_REGION', null]);
  });

  it('gives the reason and no value for a question outside the reports', async () => {
    const answer = await ask('明天会下雨吗');
    expect([answer.status, answer.reason, answer.value, answer.confidence]).toEqual([AnswerStatus.UNANSWERABLE, 'OUT_OF_SCOPE', null, 0]);
  });

  it('names the reports it does hold when the year is missing', async () => {
    expect((await ask('2021年复议申请有几件')).text).toContain('现有报告：紫云自治县2024年。');
  });

  it('records an unanswered question for later review', async () => {
    await ask('2019年有多少名法官');
    const logged = await hub.queries.unanswered(100);
    expect(logged.some((u) => u.question === '2019年有多少名法官' && u.reason === 'NO_SUCH_PERIOD')).toBe(true);
  });
});

describe('AskService.ask: clarify', () => {
  it('asks which figure for a measure two topics share, with at least two candidates', async () => {
    const answer = await ask('审结的案件有几件');
    expect([answer.status, answer.value, answer.candidates.length >= 2]).toEqual([AnswerStatus.CLARIFY, null, true]);
  });

  it('gives every candidate its own value', async () => {
    const answer = await ask('审结的案件有几件');
    expect(answer.candidates.map((c) => c.value).sort()).toEqual([18, 22]);
  });
});

describe('AskService.ask: the question itself', () => {
  it('refuses an empty question with BAD_USER_INPUT', async () => {
    await expect(ask('')).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'question' } });
  });

  it('refuses a question of blanks only as a UserInputError', async () => {
    await expect(ask('   \n ')).rejects.toBeInstanceOf(UserInputError);
  });

  it('refuses a question over 500 characters with BAD_USER_INPUT, saying how long it was', async () => {
    await expect(ask('律'.repeat(MAX_QUESTION_LENGTH + 1))).rejects.toMatchObject({
      message: 'the question has 501 characters; the limit is 500',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });

  it('answers a question of exactly 500 characters', async () => {
    const question = '法律明白人培育了多少名'.padEnd(MAX_QUESTION_LENGTH, ' ');
    expect((await ask(question)).value).toBe(2200);
  });
});

// A made-up report, for this test only: not a real county's figures.
const MADE_UP = `测试县2023年度法治政府建设工作报告
日期:2024-02-01 09:00
来源: 测试县司法局
一、工作开展情况
(一)行政复议。2023年共收到行政复议案件申请12件,受理10件,审结9件。
`;

const storeMadeUp = (hub: Seeded) =>
  storeReport(hub.orm.em.fork(), parseReport(MADE_UP, { metadata: { region: '测试县' } }), { source: 'ingest', checksum: 'made-up' });

describe('AskService.index', () => {
  let own: Seeded;
  beforeEach(async () => {
    own = await seeded();
  });
  afterEach(async () => {
    await own?.orm.close();
  });

  it('keeps one index while the data version stays the same', async () => {
    const ask = new AskService();
    expect(await ask.index(own.queries)).toBe(await ask.index(own.queries));
  });

  it('builds a new index, with the new report in it, once another report is stored', async () => {
    const ask = new AskService();
    const before = await ask.index(own.queries);
    await storeMadeUp(own);
    const after = await ask.index(own.queries);
    expect([after === before, after.reports.map((r) => r.region).sort()]).toEqual([false, ['测试县', '紫云苗族布依族自治县']]);
  });

  it('searches only the report a question names, and the most recent reports when it names none', async () => {
    for (let i = 0; i < MAX_SEARCHED_REPORTS + 2; i++) {
      await storeReport(own.orm.em.fork(), parseReport(MADE_UP, { metadata: { region: `测试${i}县`, year: 2010 + i } }), { source: 'ingest', checksum: `made-up-${i}` });
    }
    const ask = new AskService();
    expect([...(await ask.index(own.queries, '紫云县行政复议审结了多少件')).searched]).toEqual(['ziyun-2024']);
    const unscoped = await ask.index(own.queries, '行政复议审结了多少件');
    const years = [...unscoped.searched].map((id) => unscoped.reportById.get(id)!.year).sort();
    // 15 reports held: the 12 most recent searched (紫云 2024, then 2023 back to 2013).
    expect([unscoped.reports.length, years.length, years[0], years.at(-1)]).toEqual([MAX_SEARCHED_REPORTS + 3, MAX_SEARCHED_REPORTS, 2013, 2024]);
    const answer = await ask.ask('行政复议审结了多少件', own.queries);
    expect(answer.notes.join(' ')).toContain(`还有 3 份报告未检索`);
  });
});

