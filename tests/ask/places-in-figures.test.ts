/**
 * A place the hub holds no report of, named in a question beside a place it does: when that place's
 * report states it in a figure's sentence (跨省通办的上海市事项), it is the figure's word, not a
 * second place asked about. The report is written for this test; its place is held nowhere else.
 */
import { describe, expect, it } from 'vitest';
import { hubWithReports } from './seeded.js';

const REPORT = `松阳县2024年法治政府建设年度报告
一、政务服务
推进长三角政务服务协同,实现上海市政务服务事项跨省通办320项,本地事项网上可办560项。
`;

// More recent reports than the hub searches at once (MAX_SEARCHED_REPORTS): a question that named
// no held place would be asked of these, not of 松阳's.
const RECENT = ['安吉县', '德清县', '长兴县', '桐乡市', '海宁市', '平湖市', '嘉善县', '海盐县', '诸暨市', '嵊州市', '新昌县', '开化县']
  .map((place) => ({ text: `${place}2025年法治政府建设年度报告\n一、工作情况\n办理行政复议案件12件。\n`, region: place, year: 2025 }));
const ask = hubWithReports(() => [{ text: REPORT, region: '松阳县', year: 2024 }, ...RECENT], 120_000);

describe('a place a figure states', () => {
  it('is a word of the figure when the report of the place asked about states it', async () => {
    const a = await ask('松阳县跨省通办的上海市政务服务事项有多少项?');
    expect([a.status, a.value]).toEqual(['ANSWERED', 320]);
  });

  it('is still a place asked about when no figure of the held place states it', async () => {
    const a = await ask('松阳县和重庆市网上可办事项各有多少项?');
    expect(a.status).toBe('UNANSWERABLE');
  });
});
