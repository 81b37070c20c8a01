/**
 * `npm run ingest -- FILE [--region R] [--year Y] [--title T] [--publisher P] [--date D] [--catalog C]`
 * adds a report to the database `npm start` uses (DATABASE_URL). What is not given is read from the
 * text; what cannot be read is an error that names the flag to pass. Re-ingesting a report of the
 * same region and year replaces it atomically.
 */
import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { readConfig } from '../config.js';
import { openDatabase } from '../db/orm.js';
import { readCatalog } from './catalog.js';
import { IngestError } from './errors.js';
import { ingestReport } from './ingest.service.js';
import { syncLexicon } from './lexicon-sync.js';
import { suggestLabels } from './model-labeller.js';

const USAGE = `usage: npm run ingest -- FILE [--region R] [--year Y] [--title T] [--publisher P] [--date YYYY-MM-DD] [--catalog FILE.json]

  FILE         the report as UTF-8 plain text
  --region     the region it is about (紫云县, or its official name); read from the title if absent
  --year       the year it covers; read from the title (2024年度) if absent
  --title      read from the first line if absent
  --publisher  read from a 来源: line if absent
  --date       publication date; read from a 日期: line if absent
  --catalog    a curated catalog (JSON) naming its figures; without one, figures are labelled automatically
  --excerpt    the text is a part of the report only: answers mark it, and a figure it lacks is "not stated"
  --source-url where the text was published
  --llm        ask the model configured for questions (OPENAI_API_KEY, OPENAI_BASE_URL, ASK_MODEL) to
               propose labels for the figures the lexicon labelled poorly; they are stored as
               suggestions until accepted (acceptLabelSuggestion)`;

function fail(message: string, code = 1): never {
  console.error(message);
  process.exit(code);
}

const { values, positionals } = (() => {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        region: { type: 'string' }, year: { type: 'string' }, title: { type: 'string' }, publisher: { type: 'string' },
        date: { type: 'string' }, catalog: { type: 'string' }, llm: { type: 'boolean' }, excerpt: { type: 'boolean' }, 'source-url': { type: 'string' }, help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    return fail(`${(error as Error).message}\n\n${USAGE}`, 2);
  }
})();
if (values.help) fail(USAGE, 0);
if (positionals.length !== 1) fail(USAGE, 2);
const file = positionals[0];

let text: string;
try {
  // fatal: a GBK file must be an error, not a report full of replacement characters.
  text = new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(file));
} catch (error) {
  const code = (error as NodeJS.ErrnoException).code;
  const message = code === 'ENOENT' ? `${file}: no such file`
    : code === 'ERR_ENCODING_INVALID_ENCODED_DATA' || error instanceof TypeError
      ? `${file} is not valid UTF-8 text; convert it first (for example: iconv -f GBK -t UTF-8 ${file} > report.txt)`
      : `${file}: ${(error as Error).message}`;
  fail(message);
}
const year = values.year === undefined ? undefined : Number(values.year);
if (values.year !== undefined && !Number.isInteger(year)) fail(`--year must be a year such as 2024, got "${values.year}"`, 2);

const config = (() => {
  try {
    return readConfig();
  } catch (error) {
    return fail((error as Error).message, 2);
  }
})();
if (values.llm && !config.ask.apiKey && !config.ask.baseUrl) fail('--llm needs a model endpoint: set OPENAI_API_KEY (and OPENAI_BASE_URL for a server other than OpenAI)', 2);
console.log(`reading ${file} (${text.length} characters)`);
let catalog;
try {
  catalog = values.catalog ? readCatalog(values.catalog) : undefined;
} catch (error) {
  fail(error instanceof IngestError ? `cannot use the catalog:\n- ${error.problems.join('\n- ')}` : (error as Error).message);
}

const orm = await openDatabase(config.databaseUrl).catch((error: Error) => fail(`cannot open the database (${config.databaseUrl.replace(/\/\/[^@]*@/, '//…@')}): ${error.message}`));
try {
  await syncLexicon(orm.em.fork());
  const summary = await ingestReport(orm.em.fork(), {
    text,
    catalog,
    excerpt: values.excerpt ?? false,
    sourceUrl: values['source-url'],
    metadata: { region: values.region, year, title: values.title, publisher: values.publisher, publishedOn: values.date },
  }, (message) => console.log(`  ${message}`));
  console.log(`${summary.replaced ? 'replaced' : 'added'} ${summary.reportId}: ${summary.title}`);
  console.log(`  region ${summary.region}, year ${summary.year}, publisher ${summary.publisher ?? '—'}, published ${summary.publishedOn ?? '—'}`);
  console.log(`  ${summary.sections} sections, ${summary.figures} figures (${summary.labelledByCatalog} catalogued, ${summary.labelledAutomatically} labelled automatically), ${summary.documents} documents`);
  console.log(`  checks: ${summary.checksPassed} passed, ${summary.checksFailed.length} failed`);
  for (const failed of summary.checksFailed) console.log(`    failed: ${failed}`);
  const other = summary.warnings.filter((w) => !w.startsWith('check failed'));
  if (other.length) console.log(`  ${other.length} warnings:\n${other.map((w) => `    ${w}`).join('\n')}`);
  if (values.llm) {
    console.log('  asking the model for labels of the figures the lexicon labelled poorly');
    const suggested = await suggestLabels(orm.em.fork(), summary.reportId, config.ask);
    console.log(suggested.failure
      ? `  no suggestions: ${suggested.failure} (the report is stored with its automatic labels)`
      : `  ${suggested.suggested} label suggestions stored for ${suggested.asked} figures; review them with labelSuggestions / acceptLabelSuggestion`);
  }
} catch (error) {
  if (error instanceof IngestError) {
    console.error(`cannot ingest ${file}; nothing was changed:\n- ${error.problems.join('\n- ')}`);
  } else {
    console.error(`cannot ingest ${file}; nothing was changed: ${(error as Error).message}`);
  }
  process.exitCode = 1;
} finally {
  await orm.close();
}
