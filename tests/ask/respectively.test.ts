/**
 * Figures stated respectively (分别), asked: a question about one item of the enumeration reaches that
 * item's figure, in Chinese and English — 办结 is the second figure of 受理、办结…分别为25件、22件, the
 * criminal cases the first part after 其中 — never its sibling's. The report is made up in the
 * genre's wording.
 */
import { describe, expect, it } from 'vitest';
import { hubWithReports } from './seeded.js';

const REPORT = `松溪县2024年法治政府建设工作报告
一、主要工作
全年受理、办结行政复议案件分别为25件、22件。行政许可、行政确认事项办理时限分别压缩83%、82%。
全县共办理法律援助案件317件,其中刑事、民事案件分别为120件和197件。
审查规范性文件、重大行政决策分别为17件、11件。
`;

const ask = hubWithReports(() => [{ text: REPORT, region: '松溪县', year: 2024 }]);

async function expectAnswer(q: string, value: number) {
  const a = await ask(q);
  expect([q, a.status, a.value]).toEqual([q, 'ANSWERED', value]);
}

describe('a question reaches its own item of figures stated respectively', () => {
  it('受理 and 办结 of one enumeration', async () => {
    await expectAnswer('松溪县办结行政复议案件多少件', 22);
    await expectAnswer('松溪县受理行政复议案件多少件', 25);
    await expectAnswer('How many reconsideration cases were concluded in Songxi?', 22);
    await expectAnswer('How many administrative reconsideration cases did Songxi accept?', 25);
  });

  it('the parts after 其中, as parts of legal aid', async () => {
    await expectAnswer('松溪县刑事法律援助案件多少件', 120);
    await expectAnswer('松溪县民事法律援助案件多少件', 197);
    await expectAnswer('How many criminal legal aid cases did Songxi handle?', 120);
  });

  it('a leading verb shared by noun items, and changes stated respectively', async () => {
    await expectAnswer('松溪县审查重大行政决策多少件', 11);
    await expectAnswer('松溪县行政确认事项办理时限压缩了多少', 82);
  });
});
