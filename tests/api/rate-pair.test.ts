/** A stated rate and a derived one that both fit a question: the answer gives both and says which the report states. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub, type RunningHub } from '../support/hub.js';

let hub: RunningHub;
beforeAll(async () => {
  hub = await startHub('sqlite::memory:');
});
afterAll(async () => {
  await hub?.close();
});

const ask = async (q: string) => (await hub.gql(`query($q: String!) { ask(question: $q) { value text derivation } }`, { q })).body.data.ask;

describe('near-synonym rates', () => {
  it('answers 复议结案率 with the stated 及时办结率 and the computed 审结率 beside it', async () => {
    const answer = await ask('复议结案率');
    expect(answer.value).toBe(100);
    expect(answer.text).toContain('报告给出的是行政复议案件及时办结率 100%');
    expect(answer.text).toContain('审结率 = 审结 22件 ÷ 受理 36件 = 61.1%（计算所得，报告未直接给出）');
    expect(answer.derivation).toBe('审结率 = 审结 22件 ÷ 受理 36件 = 61.1%');
  });

  it('answers 复议审结比例 with the computed share, and names the rate the report states', async () => {
    const answer = await ask('复议审结比例是多少');
    expect(answer.value).toBe(61.1);
    expect(answer.text).toContain('这是计算所得，报告未直接给出；报告给出的是行政复议案件及时办结率 100%。');
  });

  it('says the same in English', async () => {
    expect((await ask('What is the reconsideration closure rate?')).text).toContain('The report states Timely completion rate of administrative reconsideration cases 100%; computed from its figures, conclusion rate = concluded 22 ÷ accepted 36 = 61.1%');
  });

  it('leaves a question naming only the stated rate alone', async () => {
    const answer = await ask('行政复议案件及时办结率是多少');
    expect(answer).toEqual({ value: 100, text: '紫云自治县2024年行政复议案件及时办结率为100%。', derivation: null });
  });
});
