/**
 * The worker-thread entry of an ingest: a report's text (and the metadata and catalog given with
 * it) in, the parsed report out. Parsing a long report takes seconds of CPU; in a worker it does
 * not stop the instance that received it from answering (parse-off-thread.ts starts this).
 * A converter of other formats (.docx, .pdf, .html) goes before it: what arrives here is text.
 */
import { parentPort } from 'node:worker_threads';
import { IngestError } from './errors.js';
import { parseReport } from './report.js';
import type { ParseRequest, ParseResponse } from './parse-off-thread.js';

parentPort!.once('message', (request: ParseRequest) => {
  let response: ParseResponse;
  try {
    response = { ok: true, parsed: parseReport(request.text, { catalog: request.catalog, metadata: request.metadata }) };
  } catch (error) {
    response = error instanceof IngestError
      ? { ok: false, problems: error.problems }
      : { ok: false, message: error instanceof Error ? error.message.slice(0, 500) : String(error) };
  }
  parentPort!.postMessage(response);
});
