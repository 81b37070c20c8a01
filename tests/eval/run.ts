/**
 * `npm run eval [-- FILE…]`: ask every question of the eval sets in process and list the misses.
 * The vitest suite asks the same questions through the GraphQL API; this is the quick loop for
 * working on the parser and lexicon. The 紫云 sets are asked of a hub holding the bundled report;
 * questions.reports-dev.jsonl of a hub that also holds the 8 real excerpts of tests/fixtures/reports-dev;
 * across.jsonl of a hub of the bundled report and the sample excerpts (npm run seed:samples), as
 * tests/api/across.test.ts asks it.
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/core';
import { AskService } from '../../server/ask/ask.service.js';
import { openDatabase } from '../../server/db/orm.js';
import { seedSamples } from '../../server/ingest/samples.js';
import { seedBundledReports } from '../../server/ingest/seed.js';
import { HubQueries } from '../../server/query/hub-queries.js';
import { judge, readQuestions, type JudgedAnswer } from '../support/eval.js';
import { ingestDevReports } from '../support/reports-dev.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['questions.dev.jsonl', 'questions.own.jsonl', 'negatives.jsonl', 'questions.reports-dev.jsonl', 'across.jsonl'].map((f) => join(here, f));
type Hub = 'bundled' | 'reports-dev' | 'samples';
const hubFor = (file: string): Hub =>
  basename(file).startsWith('questions.reports-dev') ? 'reports-dev' : basename(file).startsWith('across') ? 'samples' : 'bundled';
const isEnglish = (q: string) => !/[\u3400-\u9fff]/.test(q);

const dir = mkdtempSync(join(tmpdir(), 'hub-eval-'));
const hubs = new Map<Hub, MikroORM>();
async function hub(kind: Hub): Promise<MikroORM> {
  let orm = hubs.get(kind);
  if (!orm) {
    orm = await openDatabase(`sqlite:${join(dir, `hub-${kind}.sqlite`)}`);
    await seedBundledReports(orm);
    if (kind === 'reports-dev') await ingestDevReports(orm);
    if (kind === 'samples') await seedSamples(orm);
    hubs.set(kind, orm);
  }
  return orm;
}

try {
  const ask = new AskService();
  for (const file of files) {
    const orm = await hub(hubFor(file));
    const tally = { zh: [0, 0], en: [0, 0] };
    const questions = readQuestions(file);
    for (const q of questions) {
      let answer: JudgedAnswer & { interpretation?: string };
      try {
        // A follow-up is asked in a conversation, after the questions it follows.
        const conversation = q.after?.length ? { id: randomUUID(), owner: 'eval' } : undefined;
        for (const before of q.after ?? []) await ask.ask(before, new HubQueries(orm.em.fork()), conversation);
        answer = await ask.ask(q.q, new HubQueries(orm.em.fork()), conversation);
      } catch (error) {
        answer = { status: 'ERROR', text: String(error), value: null, facts: [] };
      }
      const miss = judge(answer, q.expect);
      const side = tally[isEnglish(q.q) ? 'en' : 'zh'];
      side[1]++;
      if (!miss) side[0]++;
      else console.log(`✗ ${q.id} ${q.q}\n    ${miss}\n    → ${answer.status} ${answer.value} | ${answer.interpretation ?? ''}`);
    }
    const pct = ([passed, n]: number[]) => `${passed}/${n} (${n ? ((100 * passed) / n).toFixed(1) : '–'}%)`;
    const passed = tally.zh[0] + tally.en[0];
    console.log(`${file}: ${pct([passed, questions.length])}; Chinese ${pct(tally.zh)}, English ${pct(tally.en)}`);
  }
} finally {
  for (const orm of hubs.values()) await orm.close();
  rmSync(dir, { recursive: true, force: true });
}
