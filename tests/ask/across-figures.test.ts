/**
 * Which figure of each report a question across reports takes, on the bundled report and the
 * sample excerpts (real text, worded differently by report): a total rather than the part its
 * sentence gives with 其中, the figure that counts what the best one counts (not another of its
 * topic), the same choice for rankings and for differences between named places; and the parse of
 * questions that count reports by group.
 */
import 'reflect-metadata';
import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AskService } from '../../server/ask/ask.service.js';
import { openDatabase } from '../../server/db/orm.js';
import { seedSamples } from '../../server/ingest/samples.js';
import { seedBundledReports } from '../../server/ingest/seed.js';
import { HubQueries } from '../../server/query/hub-queries.js';

let orm: MikroORM;
const service = new AskService();
const ask = (q: string) => service.ask(q, new HubQueries(orm.em.fork()));
const parse = async (q: string) => (await service.parse(q, new HubQueries(orm.em.fork()))).query;
const valueOf = (answer: Awaited<ReturnType<typeof ask>>, reportPrefix: string) => answer.ranking.find((r) => r.reportId.startsWith(reportPrefix))?.value;

beforeAll(async () => {
  orm = await openDatabase('sqlite::memory:');
  await seedBundledReports(orm);
  await seedSamples(orm);
}, 60_000);
afterAll(async () => {
  await orm?.close();
});

describe('the figure of each report', () => {
  it('is a total, not the part its sentence gives with 其中 (审查和备案 54件,其中市级 27件), in both languages', async () => {
    for (const q of ['哪个地方审查的规范性文件最多?', 'Which place reviewed the most normative documents?']) {
      const answer = await ask(q);
      expect(valueOf(answer, 'suining'), q).toBe(54);
      // 蒸湘's is the one it reviewed, not the 16 that remain in force (a figure matched by 的规).
      expect(valueOf(answer, 'zhengxiang'), q).toBe(1);
    }
  });

  it('is the same in a difference between named places, first named minus second (less: second minus first)', async () => {
    expect((await ask('遂宁审查的规范性文件比蒸湘多多少件?')).value).toBe(53);
    expect((await ask('蒸湘审查的规范性文件比遂宁少几件?')).value).toBe(53);
    expect((await ask('How many more normative documents did Suining review than Zhengxiang?')).value).toBe(53);
    expect((await ask('How many normative documents did Suining and Zhengxiang review in total?')).value).toBe(55);
  });

  it('counts what the best figure counts: not another figure of its topic (4000 audience for 干部职工 who sat the exam)', async () => {
    const answer = await ask('哪个地方参加学法考法的干部职工最多?');
    expect(answer.value).toBe(3385);
    expect(answer.ranking.find((r) => r.reportId.startsWith('lushan'))).toMatchObject({ stated: false, value: null });
  });

  it('is found whatever the report calls it: 宣讲 counted in 场次, 场 or 次 are one ranking; a lecture (讲座) of another subject is not 宣讲', async () => {
    const zh = await ask('2024年哪个县的宣讲活动最多?');
    expect([valueOf(zh, 'langxi'), valueOf(zh, 'lushan')]).toEqual([75, 40]);
    expect(zh.ranking.find((r) => r.reportId.startsWith('xunxian'))?.stated).toBe(false);
    const en = await ask('Which county held the most Xi Jinping Thought on the Rule of Law lectures?');
    expect([valueOf(en, 'langxi'), valueOf(en, 'lushan'), valueOf(en, 'ziyun')]).toEqual([75, 40, 10]);
  });

  it('reads 多开展了多少 and 多办了几场 as differences', async () => {
    expect((await ask('郎溪比鲁山多开展了多少场宣讲?')).value).toBe(35);
    expect((await ask('郎溪比鲁山多办了几场宣讲?')).value).toBe(35);
    expect((await ask('How many fewer lectures did Lushan hold than Langxi?')).value).toBe(35);
  });

  it('answers which of two is more, and by how many, with the larger minus the smaller, naming each place', async () => {
    for (const q of ['鲁山和郎溪哪个县宣讲多,多几场?', '鲁山和郎溪哪个宣讲少,少几场?', 'Which held more lectures, Lushan or Langxi, and by how many?']) {
      const answer = await ask(q);
      expect(answer.value, q).toBe(35);
      expect(answer.text, q).toMatch(/郎溪.*鲁山|Langxi.*Lushan/);
    }
  });
});

describe('reports counted by group', () => {
  it('parses the grouping, the groups named and the superlative', async () => {
    expect(await parse('哪个省的报告最多?')).toMatchObject({ op: 'reports', groupBy: 'province', order: 'desc' });
    expect(await parse('How many reports per year?')).toMatchObject({ op: 'reports', groupBy: 'year' });
    expect(await parse('2023年和2024年各有几份报告')).toMatchObject({ op: 'reports', groupBy: 'year', groups: ['2023', '2024'] });
    expect(await parse('河南和四川各有几份报告?')).toMatchObject({ op: 'reports', groupBy: 'province', groups: ['河南省', '四川省'] });
    expect(await parse('2024年的报告按省份统计各有几份')).toMatchObject({ op: 'reports', groupBy: 'province', scope: { year: 2024 } });
  });

  it('keeps lists and figure rankings apart from counts of reports', async () => {
    expect(await parse('哪些县有报告')).toMatchObject({ op: 'reports' });
    expect(await parse('哪些县有报告')).not.toHaveProperty('groupBy');
    expect(await parse('哪个省的法律援助案件最多')).toMatchObject({ op: 'rank' });
  });

  it('refuses a group the hub holds nothing for', async () => {
    expect(await parse('2030年和2024年各有几份报告')).toMatchObject({ op: 'none', reason: 'NO_SUCH_PERIOD', scope: { year: 2030 } });
    expect(await parse('广东各市各有几份报告?')).toMatchObject({ op: 'none', reason: 'NO_SUCH_REGION' });
  });

  it('answers with each group, the reports in it, and the largest as the value', async () => {
    const answer = await ask('哪个省的报告最多?');
    expect(answer.value).toBe(2);
    expect(answer.text).toMatch(/河南省 2 份（浚县 2024、鲁山 2024）/);
    expect(answer.text).toContain('四川省 2 份');
    const years = await ask('2023年和2024年各有几份报告');
    expect(years.text).toContain('共 6 份报告');
    expect(years.text).not.toContain('2022');
  });
});

describe('the earliest or most recent report', () => {
  it('is the answer, with its year as the value, among the places named or all reports', async () => {
    const earliest = await ask('浚县、遂宁、郎溪三份报告中,哪份报告年份最早?');
    expect([earliest.status, earliest.value]).toEqual(['ANSWERED', 2022]);
    expect(earliest.text).toMatch(/^最早的是2022年的报告：遂宁/);
    const latest = await ask('What is the most recent report from Henan?');
    expect(latest.value).toBe(2024);
    // Each place with its Chinese name, as its report and its quotes name it.
    expect(latest.text).toMatch(/Xunxian \(浚县\) 2024/);
    expect(await parse('库里最新的报告是哪一年的')).toMatchObject({ op: 'reports', recency: 'latest' });
  });

  it('is no reading of a question about a figure', async () => {
    expect(await parse('最新的法律援助案件数是多少')).not.toMatchObject({ op: 'reports' });
  });
});

describe('the same count in reports that word it their own way', () => {
  // Three more reports in the samples hub, their sentences as the real reports word them.
  const askOwn = ask;
  beforeAll(async () => {
    const { ingestReport } = await import('../../server/ingest/ingest.service.js');
    const reports = [
      { region: '塘栖镇', year: 2024, title: '塘栖镇法治政府建设年度报告(2024年度)',
        text: '塘栖镇法治政府建设年度报告(2024年度)\n一、主要成效\n(一)党建引领法治建设\n成立由镇党委书记任组长的依法治镇委员会,建立工作体系。全年召开委员会专题会议31次,将法治建设纳入镇域发展规划。\n(二)规范合法性审查\n对重大行政决策、规范性文件、行政执法决定及镇村合同开展全流程审查1090件,覆盖率达100%。其中,行政规范性文件审查2件,镇村合同审查1077件。\n' },
      { region: '开阳县', year: 2023, title: '开阳县2023年法治政府建设工作报告',
        text: '开阳县2023年法治政府建设工作报告\n一、学习贯彻习近平法治思想\n全年共召开5次常委会(全面依法治县委员会)、3次政府常务会,部署我县法治建设相关工作。\n' },
      { region: '许昌市', year: 2024, title: '许昌市2024年度法治政府建设情况报告',
        text: '许昌市2024年度法治政府建设情况报告\n一、重大行政决策\n带头落实依法决策制度,主持召开4次市政府常务会议专题研究法治政府建设、年度立法等重点工作。\n' },
    ];
    for (const r of reports) await ingestReport(orm.em.fork(), { text: r.text, metadata: { region: r.region, year: r.year, title: r.title }, source: 'ingest' });
  }, 60_000);

  it('a town’s 依法治镇委员会 and a county’s 常委会(全面依法治县委员会) count one body’s meetings; 少 ranks the lower first', async () => {
    expect((await askOwn('How many more rule-of-law committee meetings did Tangqi Town hold than Kaiyang County?')).value).toBe(26);
    const fewer = await askOwn('塘栖镇、开阳县两地中,依法治镇/治县委员会会议开得少的是哪个?');
    expect(fewer.query).toMatchObject({ op: 'rank', order: 'asc' });
  });

  it('a figure counting several things together is no reading of a question naming one of them', async () => {
    expect((await askOwn('塘栖镇审了多少份镇村合同?')).value).toBe(1077);
    expect((await askOwn('塘栖镇对重大行政决策、规范性文件、行政执法决定及镇村合同开展全流程审查多少件?')).value).toBe(1090);
  });

  it('executive meetings filed under different headings are one count when the question names no topic', async () => {
    expect((await askOwn('许昌市比开阳县多开了几次研究法治建设的政府常务会议?')).value).toBe(1);
  });
});

describe('reports people give, not the hub’s', () => {
  it('are no question about the hub: officials who gave on-site rule-of-law reports are a figure', async () => {
    expect(await parse('How many officials in total gave on-site rule-of-law reports in Langxi and Lushan?')).not.toMatchObject({ op: 'reports' });
    expect(await parse('How many reports do Henan and Sichuan have?')).toMatchObject({ op: 'reports', groupBy: 'province' });
  });
});
