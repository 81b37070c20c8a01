/**
 * `npm run eval [-- FILE…]`: ask every question of the eval sets in process and list the misses.
 * The vitest suite asks the same questions through the GraphQL API; this is the quick loop for
 * working on the parser and lexicon.
 */
import 'reflect-metadata';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AskService } from '../../server/ask/ask.service.js';
import { openDatabase } from '../../server/db/orm.js';
import { seedBundledReports } from '../../server/ingest/seed.js';
import { HubQueries } from '../../server/query/hub-queries.js';
import { judge, readQuestions, type JudgedAnswer } from '../support/eval.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const files = process.argv.slice(2).length
  ? process.argv.slice(2)
  : ['questions.dev.jsonl', 'questions.own.jsonl', 'negatives.jsonl'].map((f) => join(here, f));

const dir = mkdtempSync(join(tmpdir(), 'hub-eval-'));
const orm = await openDatabase(`sqlite:${join(dir, 'hub.sqlite')}`);
try {
  await seedBundledReports(orm);
  const ask = new AskService();
  for (const file of files) {
    let passed = 0;
    const questions = readQuestions(file);
    for (const q of questions) {
      let answer: JudgedAnswer & { interpretation?: string };
      try {
        answer = await ask.ask(q.q, new HubQueries(orm.em.fork()));
      } catch (error) {
        answer = { status: 'ERROR', text: String(error), value: null, facts: [] };
      }
      const miss = judge(answer, q.expect);
      if (!miss) passed++;
      else console.log(`✗ ${q.id} ${q.q}\n    ${miss}\n    → ${answer.status} ${answer.value} | ${answer.interpretation ?? ''}`);
    }
    console.log(`${file}: ${passed}/${questions.length} (${((100 * passed) / questions.length).toFixed(1)}%)`);
  }
} finally {
  await orm.close();
  rmSync(dir, { recursive: true, force: true });
}
