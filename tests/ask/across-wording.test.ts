/**
 * Two reports that count one thing in their own words and units (审核各类合同26件, 审查合同140份) are
 * compared as one figure; 谁 asks which of the places named.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestReport } from '../../server/ingest/ingest.service.js';
import { HubQueries } from '../../server/query/hub-queries.js';
import { seeded, type Seeded } from './seeded.js';

const SONGYANG = `松阳县2024年法治政府建设情况报告
一、依法决策
法律顾问全年审核各类合同26件,审核重大行政执法决定41件。
二、学法用法
县委理论学习中心组开展学法9次。
三、严格执法
全年立案查处违法案件120件,罚款金额52300元,执结率90%。
`;
const QINGTIAN = `青田县2024年法治政府建设情况报告
一、依法决策
严格合法性审查,全年审查合同140份,出具法律意见书35份。
二、学法用法
县委理论学习中心组开展学法活动4次。
落实领导干部接访制度,9名班子成员累计接待群众86人次。
`;

let hub: Seeded;
beforeAll(async () => {
  hub = await seeded();
  await ingestReport(hub.orm.em.fork(), { text: SONGYANG, metadata: { region: '松阳县', year: 2024, title: '松阳县2024年法治政府建设情况报告' } });
  await ingestReport(hub.orm.em.fork(), { text: QINGTIAN, metadata: { region: '青田县', year: 2024, title: '青田县2024年法治政府建设情况报告' } });
}, 60_000);
afterAll(async () => {
  await hub?.orm.close();
});
const ask = (q: string) => hub.ask.ask(q, new HubQueries(hub.orm.em.fork()));

describe('figures of two reports counted in kindred units', () => {
  it('are compared: contracts in 件 and in 份', async () => {
    for (const q of ['松阳县和青田县哪个审核的合同多?', 'Which county reviewed more contracts, Songyang or Qingtian?']) {
      const answer = await ask(q);
      expect([q, answer.status, answer.value]).toEqual([q, 'ANSWERED', 140]);
      expect(answer.ranking.map((r) => r.value), q).toEqual([140, 26]);
    }
  });

  it('are subtracted and added: contracts in 件 and 份 are one count', async () => {
    expect((await ask('松阳县和青田县哪个审核的合同多,多多少?')).value).toBe(114);
    expect((await ask('松阳县和青田县审核的合同一共多少?')).value).toBe(166);
  });
});

describe('money asked (多少钱, 金额多少)', () => {
  it('is an amount in 元, not a rate of the same sentence, and 钱 is no word a figure must hold', async () => {
    for (const q of ['松阳县罚款一共罚了多少钱?', '松阳县罚款金额多少']) {
      const answer = await ask(q);
      expect([q, answer.status, answer.value]).toEqual([q, 'ANSWERED', 52300]);
    }
  });
});

describe('people and attendances in one sentence', () => {
  it('多少人次 is the attendances, and 领导班子 the 班子成员 of the report', async () => {
    const answer = await ask('青田县领导班子接待群众多少人次?');
    expect([answer.status, answer.value]).toEqual(['ANSWERED', 86]);
  });
});

describe('two places each asked by its own measure', () => {
  it('compares the two figures, each of its own report (A的X和B的Y,哪个多)', async () => {
    const answer = await ask('松阳县的审核重大行政执法决定数和青田县的法律意见书数量,哪个多?');
    expect(answer.query).toMatchObject({ op: 'rank' });
    expect(answer.ranking.filter((r) => r.stated).map((r) => r.value)).toEqual([41, 35]);
  });
});

describe('which report states a figure', () => {
  it('is each report that states it, ranked, in both languages', async () => {
    for (const q of ['哪份报告披露了审核合同的数量?', 'Which report gives a number of contracts reviewed?']) {
      const answer = await ask(q);
      expect(answer.query, q).toMatchObject({ op: 'rank' });
      expect(answer.ranking.filter((r) => r.stated).map((r) => r.value), q).toEqual([140, 26]);
    }
  });
});

describe('谁 between two places named', () => {
  it('asks which of them, as 哪个 does', async () => {
    const answer = await ask('松阳和青田,谁的理论学习中心组学法次数多?');
    expect(answer.query).toMatchObject({ op: 'rank', order: 'desc' });
    expect(answer.value).toBe(9);
  });
});
