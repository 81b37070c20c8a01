/** Fact.labelEn / labelZh / regionEn: a fact's label in both languages and its place in pinyin, whatever the question's language. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHub, type RunningHub } from '../support/hub.js';

let hub: RunningHub;
beforeAll(async () => {
  hub = await startHub('sqlite::memory:');
}, 120_000);
afterAll(async () => {
  await hub?.close();
});

const FACTS = 'facts { kind label labelEn labelZh region regionEn metricId }';
async function ask(question: string) {
  const { body } = await hub.gql(`query Ask($q: String!) { ask(question: $q) { language ${FACTS} candidates { label ${FACTS} } } }`, { q: question });
  expect(body.errors).toBeUndefined();
  return body.data.ask;
}

describe('a fact in both languages', () => {
  it('gives the English label of a figure found by a Chinese question, and the Chinese of an English one', async () => {
    const zh = await ask('行政复议审结了多少件?');
    const en = await ask('How many reconsideration cases were concluded?');
    expect(zh.facts[0]).toMatchObject({ kind: 'FIGURE', label: '行政复议案件审结数', labelZh: '行政复议案件审结数', regionEn: 'Ziyun' });
    expect(zh.facts[0].labelEn).toMatch(/^[\x20-\x7E]+$/);
    expect(en.facts[0].metricId).toBe(zh.facts[0].metricId);
    expect(en.facts[0].labelZh).toBe('行政复议案件审结数');
    expect(en.facts[0].labelEn).toBe(zh.facts[0].labelEn);
  });

  it('gives each reading of an ambiguous question both labels', async () => {
    const answer = await ask('审结了多少件?');
    expect(answer.candidates.length).toBe(2);
    for (const candidate of answer.candidates) {
      expect(candidate.facts[0].labelZh).toBe(candidate.label);
      expect(candidate.facts[0].labelEn).toMatch(/^[\x20-\x7E]+$/);
    }
  });
});
