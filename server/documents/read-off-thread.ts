/**
 * Reading a document in a worker thread, for the `ingestReport` mutation: pdf.js, mammoth and
 * Readability take seconds of CPU on a long file, and in a worker they do not stop the instance
 * that received it from answering questions and /health meanwhile.
 */
import { DocumentError } from './errors.js';
import type { ReportDocument } from './index.js';
import { askWorker, siblingModule } from '../workers/start.js';

export interface ReadRequest {
  bytes: Uint8Array;
  fileName: string;
}

export type ReadResponse = { ok: true; document: ReportDocument } | { ok: false; documentError: string } | { ok: false; message: string };

/** How long a conversion may take before the worker is stopped and the upload refused. */
const READ_TIMEOUT_MS = 120_000;

export async function readDocumentOffThread(bytes: Uint8Array, fileName: string): Promise<ReportDocument> {
  const response = await askWorker<ReadRequest, ReadResponse>(siblingModule(import.meta.url, 'read-worker'), { bytes, fileName }, READ_TIMEOUT_MS,
    () => new DocumentError(`reading ${fileName} took over ${READ_TIMEOUT_MS / 1000} s; it was stopped`));
  if (response.ok) return response.document;
  throw 'documentError' in response ? new DocumentError(response.documentError) : new Error(`${fileName} could not be read: ${response.message}`);
}
