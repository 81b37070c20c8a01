/**
 * Parsing a report in a worker thread, for the `ingestReport` mutation: the event loop of the
 * instance stays free (questions, /health) while a long report is read. One worker per ingest,
 * gone when it is done: ingests are rare, and nothing stays in memory after.
 */
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Catalog } from './catalog.js';
import { IngestError } from './errors.js';
import type { ReportMetadata } from './metadata.js';
import type { ParseOptions, ParsedReport } from './report.js';

export interface ParseRequest {
  text: string;
  metadata?: Partial<ReportMetadata>;
  catalog?: Catalog;
}

export type ParseResponse = { ok: true; parsed: ParsedReport } | { ok: false; problems: string[] } | { ok: false; message: string };

/** How long a parse may take before the worker is stopped and the ingest fails. */
const PARSE_TIMEOUT_MS = 120_000;

/**
 * The worker on parse-worker: compiled JavaScript as it is; the TypeScript source (tests, tsx) with
 * tsx's loader registered in the worker first (Node 20 does not apply an --import to workers).
 */
function startWorker(): Worker {
  if (!import.meta.url.endsWith('.ts')) return new Worker(new URL('./parse-worker.js', import.meta.url));
  const source = new URL('./parse-worker.ts', import.meta.url).href;
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;
  return new Worker(`import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(source)}); });`, { eval: true });
}

export function parseReportOffThread(text: string, options: ParseOptions = {}): Promise<ParsedReport> {
  const worker = startWorker();
  let timer: NodeJS.Timeout | undefined;
  return new Promise<ParsedReport>((resolve, reject) => {
    timer = setTimeout(() => reject(new IngestError([`reading the report took over ${PARSE_TIMEOUT_MS / 1000} s; it was stopped`])), PARSE_TIMEOUT_MS);
    worker.once('message', (response: ParseResponse) => {
      if (response.ok) resolve(response.parsed);
      else reject('problems' in response ? new IngestError(response.problems) : new Error(`the report could not be read: ${response.message}`));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the worker reading the report stopped (exit ${code})`)));
    const request: ParseRequest = { text, metadata: options.metadata, catalog: options.catalog };
    worker.postMessage(request);
  }).finally(() => {
    clearTimeout(timer);
    void worker.terminate();
  });
}
