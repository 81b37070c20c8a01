/**
 * `npm run ingest -- FILE|FOLDER… [--region R] [--year Y] [--title T] [--publisher P] [--date D] [--catalog C] [--llm]`
 * adds reports to the database `npm start` uses (DATABASE_URL): plain text (UTF-8 or GBK/GB18030),
 * saved web pages, .docx and PDF (server/documents). A folder means the files in it with those
 * extensions. Each file is ingested in its own transaction: one that fails is reported and leaves
 * the database as it was, and the others go on. What is not given is read from the text; what
 * cannot be read is an error that names the flag to pass. Re-ingesting a report of the same region
 * and year replaces it atomically.
 */
import 'reflect-metadata';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { MikroORM } from '@mikro-orm/core';
import { readConfig, redactedDatabaseUrl, type Config } from '../config.js';
import { shortDatabaseMessage } from '../db/errors.js';
import { openDatabase } from '../db/orm.js';
import { DocumentError, FORMATS, readDocument } from '../documents/index.js';
import { readCatalog, type Catalog } from './catalog.js';
import { IngestError } from './errors.js';
import { ingestReport, type IngestSummary } from './ingest.service.js';
import { syncLexicon } from './lexicon-sync.js';
import { suggestLabels } from './model-labeller.js';

const USAGE = `usage: npm run ingest -- FILE|FOLDER… [--region R] [--year Y] [--title T] [--publisher P] [--date YYYY-MM-DD] [--catalog FILE.json] [--llm]

  FILE         a report: .txt (UTF-8 or GBK/GB18030), .html/.htm (a saved web page), .docx or .pdf (with a text layer)
  FOLDER       every such file in the folder (not its subfolders)
  --region     the region it is about (紫云县, or its official name); read from the title if absent
  --year       the year it covers; read from the title (2024年度) if absent
  --title      read from the first line if absent
  --publisher  read from a 来源: line if absent
  --date       publication date; read from a 日期:/发布时间: line if absent
  --catalog    a curated catalog (JSON) naming its figures; without one, figures are labelled automatically
  --excerpt    each text is a part of its report only: answers mark it, and a figure it lacks is "not stated"
  --source-url where the text was published
               (--region, --year, --title, --publisher, --date, --catalog and --source-url describe one report: one FILE only)
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
if (positionals.length === 0) fail(USAGE, 2);

/** The files named, a folder standing for the report files in it (sorted, so runs are repeatable). */
function filesNamed(paths: string[]): string[] {
  return paths.flatMap((path) => {
    let isFolder = false;
    try {
      isFolder = statSync(path).isDirectory();
    } catch {
      return [path]; // reported as missing when it is read
    }
    if (!isFolder) return [path];
    const inside = readdirSync(path).filter((name) => FORMATS[name.slice(name.lastIndexOf('.')).toLowerCase()]).sort().map((name) => join(path, name));
    if (inside.length === 0) fail(`${path}: no .txt, .html, .htm, .docx or .pdf files in this folder`, 2);
    return inside;
  });
}
const files = filesNamed(positionals);
const oneReportFlags = (['region', 'year', 'title', 'publisher', 'date', 'catalog', 'source-url'] as const).filter((f) => values[f] !== undefined);
if (files.length > 1 && oneReportFlags.length) {
  fail(`--${oneReportFlags.join(', --')} describe one report, but ${files.length} files were given: ingest them one by one, or without these flags`, 2);
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
let catalog: Catalog | undefined;
try {
  catalog = values.catalog ? readCatalog(values.catalog) : undefined;
} catch (error) {
  fail(error instanceof IngestError ? `cannot use the catalog:\n- ${error.problems.join('\n- ')}` : (error as Error).message);
}

function printSummary(summary: IngestSummary): void {
  console.log(`  ${summary.replaced ? 'replaced' : 'added'} ${summary.reportId}: ${summary.title}`);
  console.log(`  region ${summary.region}, year ${summary.year}, publisher ${summary.publisher ?? '—'}, published ${summary.publishedOn ?? '—'}`);
  console.log(`  ${summary.sections} sections, ${summary.figures} figures (${summary.labelledByCatalog} catalogued, ${summary.labelledAutomatically} labelled automatically), ${summary.documents} documents`);
  console.log(`  checks: ${summary.checksPassed} passed, ${summary.checksFailed.length} failed`);
  for (const failed of summary.checksFailed) console.log(`    failed: ${failed}`);
  if (summary.toReview.length) {
    console.log(`  ${summary.toReview.length} automatic labels to review (low confidence, or no topic or measure):`);
    for (const r of summary.toReview) console.log(`    ${r.figure}: ${r.label} (${r.confidence.toFixed(2)}) ${r.metricId}`);
  }
  const other = summary.warnings.filter((w) => !w.startsWith('check failed'));
  if (other.length) console.log(`  ${other.length} warnings:\n${other.map((w) => `    ${w}`).join('\n')}`);
}

function readBytes(file: string): Uint8Array {
  try {
    return readFileSync(file);
  } catch (error) {
    throw new DocumentError((error as NodeJS.ErrnoException).code === 'ENOENT' ? `${file}: no such file` : `${file}: ${(error as Error).message}`);
  }
}

async function ingestFile(orm: MikroORM, file: string, cfg: Config): Promise<IngestSummary> {
  const doc = await readDocument(readBytes(file), file);
  console.log(`  read ${doc.format === 'TEXT' ? 'text' : doc.format} (${doc.text.length} characters of report)`);
  for (const warning of doc.warnings) console.log(`  ${warning}`);
  const given = { region: values.region, year, title: values.title, publisher: values.publisher, publishedOn: values.date };
  const summary = await ingestReport(orm.em.fork(), {
    text: doc.text,
    catalog,
    excerpt: values.excerpt ?? false,
    sourceUrl: values['source-url'],
    // What the page said (its 发布时间, 来源) unless a flag says otherwise.
    metadata: { ...doc.metadata, ...Object.fromEntries(Object.entries(given).filter(([, v]) => v !== undefined)) },
  }, (message) => console.log(`  ${message}`));
  printSummary(summary);
  if (values.llm) {
    console.log('  asking the model for labels of the figures the lexicon labelled poorly');
    const suggested = await suggestLabels(orm.em.fork(), summary.reportId, cfg.ask);
    console.log(suggested.failure
      ? `  no suggestions: ${suggested.failure} (the report is stored with its automatic labels)`
      : `  ${suggested.suggested} label suggestions stored for ${suggested.asked} figures; review them with labelSuggestions / acceptLabelSuggestion`);
  }
  return summary;
}

const orm = await openDatabase(config.databaseUrl).catch((error: Error) => fail(`cannot open the database (${redactedDatabaseUrl(config.databaseUrl)}): ${shortDatabaseMessage(error)}`));
const outcomes: { file: string; summary?: IngestSummary; error?: string }[] = [];
try {
  await syncLexicon(orm.em.fork());
  for (const [i, file] of files.entries()) {
    console.log(`[${i + 1}/${files.length}] ${file}`);
    try {
      outcomes.push({ file, summary: await ingestFile(orm, file, config) });
    } catch (error) {
      const message = error instanceof IngestError ? error.problems.join('; ') : shortDatabaseMessage(error);
      // One line a person can act on; the other files go on, and this one changed nothing.
      console.error(`  cannot ingest ${file}; nothing was changed for it: ${message}`);
      outcomes.push({ file, error: message });
    }
  }
} finally {
  await orm.close();
}
const failed = outcomes.filter((o) => o.error);
if (files.length > 1) {
  console.log(`\n${outcomes.length - failed.length} of ${files.length} files ingested${failed.length ? `, ${failed.length} failed` : ''}:`);
  for (const o of outcomes) {
    console.log(o.summary
      ? `  ok      ${o.file} → ${o.summary.reportId} (${o.summary.figures} figures, ${o.summary.labelledAutomatically} labelled automatically, ${o.summary.checksFailed.length} checks failed)`
      : `  failed  ${o.file}: ${o.error}`);
  }
}
if (failed.length) process.exitCode = 1;
