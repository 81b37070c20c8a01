/**
 * Parsing a report in a worker thread, for the `ingestReport` mutation: the event loop of the
 * instance stays free (questions, /health) while a long report is read.
 */
import type { Catalog } from './catalog.js';
import { IngestError } from './errors.js';
import type { ReportMetadata } from './metadata.js';
import type { ParseOptions, ParsedReport } from './report.js';
import { askWorker, siblingModule } from '../workers/start.js';

export interface ParseRequest {
  text: string;
  metadata?: Partial<ReportMetadata>;
  catalog?: Catalog;
}

export type ParseResponse = { ok: true; parsed: ParsedReport } | { ok: false; problems: string[] } | { ok: false; message: string };

/** How long a parse may take before the worker is stopped and the ingest fails. */
const PARSE_TIMEOUT_MS = 120_000;

export async function parseReportOffThread(text: string, options: ParseOptions = {}): Promise<ParsedReport> {
  const request: ParseRequest = { text, metadata: options.metadata, catalog: options.catalog };
  const response = await askWorker<ParseRequest, ParseResponse>(siblingModule(import.meta.url, 'parse-worker'), request, PARSE_TIMEOUT_MS,
    () => new IngestError([`reading the report took over ${PARSE_TIMEOUT_MS / 1000} s; it was stopped`]));
  if (response.ok) return response.parsed;
  throw 'problems' in response ? new IngestError(response.problems) : new Error(`the report could not be read: ${response.message}`);
}
