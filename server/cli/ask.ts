/**
 * `npm run ask -- "行政复议审结了多少件?"`: the answer, its sources and what the hub understood, on
 * the database `npm start` uses (DATABASE_URL). `--json` prints the whole answer as JSON.
 */
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { readConfig } from '../config.js';
import { openDatabase } from '../db/orm.js';
import { seedBundledReports } from '../ingest/seed.js';
import { askLogOf } from '../query/ask-log.js';
import { HubQueries } from '../query/hub-queries.js';
import { AskService } from '../ask/ask.service.js';

const USAGE = 'usage: npm run ask -- [--json] "行政复议审结了多少件?"';
function args() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: { json: { type: 'boolean', default: false }, help: { type: 'boolean', short: 'h', default: false } },
    });
  } catch (error) {
    // An unknown option: say which, and how to ask, without a stack.
    console.error(`${(error as Error).message.split('.')[0]}\n${USAGE}`);
    process.exit(2);
  }
}
const { values, positionals } = args();
const question = positionals.join(' ').trim();
if (values.help || !question) {
  console.error(USAGE);
  process.exit(values.help ? 0 : 2);
}

const config = readConfig();
const orm = await openDatabase(config.databaseUrl);
try {
  if (config.seed) await seedBundledReports(orm);
  const answer = await new AskService().ask(question, new HubQueries(orm.em.fork()));
  if (values.json) {
    console.log(JSON.stringify(answer, null, 2));
  } else {
    const zh = answer.language === 'zh';
    console.log(answer.text);
    if (answer.derivation) console.log(`${zh ? '计算' : 'derived'}: ${answer.derivation}`);
    for (const fact of answer.facts) {
      const where = fact.span ? ` [${fact.reportId} ${fact.span.start}–${fact.span.end}]` : ` [${fact.reportId}]`;
      console.log(`  ${zh ? '来源' : 'source'}${where}: ${fact.quote}`);
    }
    for (const c of answer.candidates) console.log(`  ? ${c.label}: ${c.value ?? ''}${c.unit ?? ''}`);
    console.log(`${zh ? '理解为' : 'interpreted as'}: ${answer.interpretation}`);
    console.log(`status: ${answer.status}${answer.reason ? ` (${answer.reason})` : ''}`);
  }
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
} finally {
  await askLogOf(orm.em).drain();
  await orm.close();
}
