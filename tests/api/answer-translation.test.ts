/**
 * Answer.translation and RankingRow.placeZh / placeEn: every answer also gives its reply,
 * interpretation and notes in the other language, so an earlier answer reads in the interface's
 * language once it changes — on a hub of the bundled report and the sample excerpts.
 */
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { samplesHub } from '../support/samples-hub.js';

const ANSWER = `status language text interpretation derivation notes value
  translation { language text interpretation derivation notes }
  ranking { place placeZh placeEn stated }`;
/** Han characters: none may stand in English text but a quote from a report. */
const HAN = /\p{Script=Han}/u;

const hub = samplesHub();

async function ask(question: string, conversationId?: string) {
  const { body } = await hub.gql(`query Ask($q: String!, $c: String) { ask(question: $q, conversationId: $c) { ${ANSWER} } }`, { q: question, c: conversationId });
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data.ask;
}

describe('an answer in the other language', () => {
  it('gives a Chinese question\'s reply and interpretation in English, with the same figure', async () => {
    const answer = await ask('紫云行政复议审结了多少件?');
    expect(answer).toMatchObject({ status: 'ANSWERED', language: 'zh', value: 22 });
    expect(answer.text).toMatch(HAN);
    expect(answer.translation.language).toBe('en');
    expect(answer.translation.text).toMatch(/\b22\b/);
    expect(answer.translation.text).not.toMatch(HAN);
    expect(answer.translation.interpretation).not.toMatch(HAN);
    expect(answer.translation.interpretation).not.toBe(answer.interpretation);
  });

  it('gives an English question\'s reply in Chinese', async () => {
    const answer = await ask('How many reconsideration cases did Ziyun conclude?');
    expect(answer).toMatchObject({ status: 'ANSWERED', language: 'en', value: 22 });
    expect(answer.translation.language).toBe('zh');
    expect(answer.translation.text).toMatch(HAN);
    expect(answer.translation.text).toMatch(/22/);
  });

  it('gives the formula of the rate beside a stated one in both languages', async () => {
    const answer = await ask('紫云复议结案率');
    expect(answer.derivation).toMatch(HAN);
    expect(answer.translation.derivation).toMatch(/÷/);
    expect(answer.translation.derivation).not.toMatch(HAN);
  });

  it('gives the prompt of an ambiguous question, and each reading, in both languages', async () => {
    const { body } = await hub.gql('query Ask($q: String!) { ask(question: $q) { candidates { interpretation translation { language label interpretation } } } }', { q: '审结了多少件?' });
    expect(body.errors).toBeUndefined();
    for (const c of body.data.ask.candidates) {
      expect(c.interpretation).toMatch(HAN);
      expect(c.translation.language).toBe('en');
      expect(c.translation.label).not.toMatch(HAN);
      expect(c.translation.interpretation).not.toMatch(HAN);
    }
    const answer = await ask('审结了多少件?');
    expect(answer.status).toBe('CLARIFY');
    expect(answer.text).toMatch(/请选择：/);
    expect(answer.translation.text).toMatch(/which one\?/);
    expect(answer.translation.text).not.toMatch(HAN);
  });

  it('gives a follow-up\'s note in both languages', async () => {
    const conversation = randomUUID();
    await ask('紫云行政复议审结了多少件?', conversation);
    const answer = await ask('那受理了多少件呢?', conversation);
    expect(answer.notes.join(' ')).toMatch(/按上一问理解为：/);
    expect(answer.translation.notes.join(' ')).toMatch(/^Read with the previous question as/);
  });

  it('names a ranking\'s places in both languages', async () => {
    const answer = await ask('哪个县的习近平法治思想宣讲场次最多?');
    expect(answer.status).toBe('ANSWERED');
    const stated = answer.ranking.filter((r: { stated: boolean }) => r.stated);
    expect(stated.length).toBeGreaterThan(1);
    for (const row of answer.ranking) {
      expect(row.place).toBe(row.placeZh);
      expect(row.placeEn).toMatch(/^[A-Z][\x20-\x7E]*$/);
    }
    expect(answer.ranking.map((r: { placeEn: string }) => r.placeEn)).toContain('Ziyun');
    // English, but for each place's Chinese name in brackets (Ziyun (紫云自治县)), which the sources use.
    expect(answer.translation.text.replace(/[(（][^()（）]*[)）]/g, '')).not.toMatch(HAN);
    expect(answer.translation.text).toMatch(/Ziyun \(紫云/);
  });
});
