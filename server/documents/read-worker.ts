/**
 * The worker-thread entry of a document conversion (read-off-thread.ts starts it): a file's bytes
 * and name in, its text, metadata and warnings out, or the DocumentError that says why not.
 */
import { parentPort } from 'node:worker_threads';
import { DocumentError } from './errors.js';
import { readDocument } from './index.js';
import type { ReadRequest, ReadResponse } from './read-off-thread.js';

parentPort!.once('message', async (request: ReadRequest) => {
  let response: ReadResponse;
  try {
    response = { ok: true, document: await readDocument(request.bytes, request.fileName) };
  } catch (error) {
    response = error instanceof DocumentError
      ? { ok: false, documentError: error.message }
      : { ok: false, message: error instanceof Error ? error.message.slice(0, 500) : String(error) };
  }
  parentPort!.postMessage(response);
});
