/**
 * The hub's Chinese replies, interpretations and notes use full-width punctuation, as the panel's
 * own text does: every Chinese question of the 紫云 sets is asked, and what the hub wrote (the text
 * with the figures' stored labels, the places and the quoted sentences taken out, since those are
 * as the report or the labeller wrote them) holds no half-width : , ; ( ) ? beside a Chinese character.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { fileURLToPath } from 'node:url';
import type { Answer } from '../../server/ask/answer.type.js';
import { AskService } from '../../server/ask/ask.service.js';
import { seedSamples } from '../../server/ingest/samples.js';
import { HubQueries } from '../../server/query/hub-queries.js';
import { readQuestions } from '../support/eval.js';
import { seeded, type Seeded } from './seeded.js';

const set = (f: string) => fileURLToPath(new URL(`../eval/${f}`, import.meta.url));
const SETS = ['questions.dev.jsonl', 'questions.own.jsonl', 'negatives.jsonl'].map(set);
const HALF_WIDTH = /[\p{Script=Han}。][:,;()?]|[:,;(?][\p{Script=Han}]/u;

let hub: Seeded;
beforeAll(async () => {
  hub = await seeded();
});
afterAll(async () => {
  await hub?.orm.close();
});

/** What the hub wrote in reply to each Chinese question of the sets that breaks the rule. */
async function halfWidth(sets: string[], ask: (q: string) => Promise<Answer>, queries: HubQueries): Promise<string[]> {
  const offending: string[] = [];
  const questions = sets.flatMap((f) => readQuestions(f)).filter((q) => /\p{Script=Han}/u.test(q.q) && !/[a-z]{3}/i.test(q.q) && !q.after?.length);
  expect(questions.length).toBeGreaterThan(50);
  for (const q of questions) {
    const answer = await ask(q.q);
    if (answer.language !== 'zh') continue;
    const ranked = await queries.metricsByIds(answer.ranking.map((r) => r.metricId).filter((id): id is string => !!id));
    const given = [...answer.facts.flatMap((f) => [f.label, f.quote, f.region]), ...answer.candidates.map((c) => c.label), ...ranked.map((m) => m.labelZh)]
      .filter((s) => s && s.length > 1).sort((a, b) => b.length - a.length);
    const own = (s: string) => given.reduce((out, g) => out.split(g).join('□'), s);
    for (const written of [answer.text, answer.interpretation, ...answer.notes]) {
      if (HALF_WIDTH.test(own(written))) offending.push(`${q.id}: ${written}`);
    }
  }
  return offending;
}

it('writes Chinese replies with full-width punctuation', async () => {
  expect(await halfWidth(SETS, (q) => hub.ask.ask(q, hub.queries), hub.queries)).toEqual([]);
}, 120_000);

it('writes Chinese replies across reports with full-width punctuation', async () => {
  await seedSamples(hub.orm);
  const ask = new AskService();
  const queries = new HubQueries(hub.orm.em.fork());
  expect(await halfWidth([set('across.jsonl')], (q) => ask.ask(q, queries), queries)).toEqual([]);
}, 120_000);
