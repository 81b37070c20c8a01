/**
 * `npm run eval [-- FILE…] [--set DIR]…`: ask every question of the eval sets in process and list the misses.
 * The vitest suite asks the same questions through the GraphQL API; this is the quick loop for
 * working on the parser and lexicon. The 紫云 sets are asked of a hub holding the bundled report;
 * questions.reports-dev.jsonl of a hub that also holds the 8 real excerpts of tests/fixtures/reports-dev;
 * across.jsonl of a hub of the bundled report and the sample excerpts (npm run seed:samples), as
 * tests/api/across.test.ts asks it (a question's `after` are asked first, in the same conversation).
 * `--set DIR` measures on a folder of reports kept outside the project (a held-out set: DIR/manifest.tsv
 * and DIR/questions.jsonl, see tests/support/report-set.ts): its reports are ingested as the ingest CLI
 * would into a throwaway hub that also holds the bundled report and the 8 dev excerpts, so a question
 * must find its report among many, and DIR/questions.jsonl is asked of it.
 */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { MikroORM } from '@mikro-orm/core';
import { AskService } from '../../server/ask/ask.service.js';
import { openDatabase } from '../../server/db/orm.js';
import { seedSamples } from '../../server/ingest/samples.js';
import { seedBundledReports } from '../../server/ingest/seed.js';
import { HubQueries } from '../../server/query/hub-queries.js';
import { judge, readQuestions, type JudgedAnswer } from '../support/eval.js';
import { ingestReportSet } from '../support/report-set.js';
import { ingestDevReports } from '../support/reports-dev.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const args = parseArgs({ allowPositionals: true, options: { set: { type: 'string', multiple: true } } });
const sets = (args.values.set ?? []).map((d) => resolve(d));
const files = args.positionals.length || sets.length
  ? args.positionals
  : ['questions.dev.jsonl', 'questions.own.jsonl', 'negatives.jsonl', 'questions.reports-dev.jsonl', 'across.jsonl'].map((f) => join(here, f));
type Hub = 'bundled' | 'reports-dev' | 'samples';
const hubFor = (file: string): Hub =>
  basename(file).startsWith('questions.reports-dev') ? 'reports-dev' : basename(file).startsWith('across') ? 'samples' : 'bundled';
const isEnglish = (q: string) => !/[\u3400-\u9fff]/.test(q);

const dir = mkdtempSync(join(tmpdir(), 'hub-eval-'));
/** One hub per kind: the bundled report alone, plus the dev excerpts, plus the samples, plus a held-out set's reports. */
const hubs = new Map<string, MikroORM>();
async function hub(kind: Hub, setDir?: string): Promise<MikroORM> {
  const key = setDir ?? kind;
  let orm = hubs.get(key);
  if (!orm) {
    orm = await openDatabase(`sqlite:${join(dir, `hub-${hubs.size}.sqlite`)}`);
    await seedBundledReports(orm);
    if (kind === 'reports-dev' || setDir) await ingestDevReports(orm);
    if (kind === 'samples' && !setDir) await seedSamples(orm);
    if (setDir) await ingestReportSet(orm, setDir);
    hubs.set(key, orm);
  }
  return orm;
}
const runs = [...files.map((file) => ({ file, setDir: undefined as string | undefined })), ...sets.map((d) => ({ file: join(d, 'questions.jsonl'), setDir: d }))];

try {
  const ask = new AskService();
  for (const { file, setDir } of runs) {
    const orm = await hub(hubFor(file), setDir);
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
