/** Overview answers over GraphQL: a topic's figures with sources and its funnel's derived rates. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub, type RunningHub } from '../support/hub.js';

let hub: RunningHub;
beforeAll(async () => {
  hub = await startHub('sqlite::memory:');
});
afterAll(async () => {
  await hub?.close();
});

const ASK = `query($q: String!) { ask(question: $q) { status text value derivation query interpretation facts { label value quote reportId } } }`;
const ask = async (q: string) => (await hub.gql(ASK, { q })).body.data.ask;

describe('overview answers', () => {
  it('answers 紫云行政复议的总体情况怎么样 with every reconsideration figure and the derived rates', async () => {
    const answer = await ask('紫云行政复议的总体情况怎么样');
    expect(answer.status).toBe('ANSWERED');
    expect(answer.query).toMatchObject({ op: 'overview', topics: ['administrative-reconsideration'] });
    expect(answer.facts.map((f: { value: number }) => f.value)).toEqual([39, 36, 22, 5, 100]);
    for (const f of answer.facts) expect(f.quote).toContain('行政复议');
    expect(answer.value).toBeNull();
    expect(answer.derivation).toContain('受理率 = 受理 36件 ÷ 收到 39件 = 92.3%');
    expect(answer.text).toContain('计算所得（报告未直接给出）');
  });

  it('reads 有哪些数字 and two topics joined by 和 the same way', async () => {
    expect((await ask('行政诉讼有哪些数字')).facts.length).toBe(5);
    const both = await ask('行政复议和行政诉讼的情况');
    expect(both.query).toMatchObject({ op: 'overview', topics: ['administrative-reconsideration', 'administrative-litigation'] });
    expect(both.facts.length).toBe(10);
  });

  it('answers in English, entirely in English', async () => {
    const answer = await ask('What are the legal-aid figures?');
    expect(answer.query).toMatchObject({ op: 'overview', topics: ['legal-aid'] });
    expect(answer.text).toBe('Legal aid (1 figure): Legal aid cases accepted by the county legal aid centre: 317 cases.');
    expect(answer.interpretation).toBe('overview: Legal aid');
  });

  it('still answers a question for one figure with that figure', async () => {
    expect(await ask('行政复议审结了多少件?')).toMatchObject({ status: 'ANSWERED', value: 22 });
    expect((await ask('行政复议的情况有多少件?')).query.op).not.toBe('overview');
  });
});
