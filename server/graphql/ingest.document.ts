/**
 * What `ingestReport` was given, as the text to ingest: plain `text`, or a file as base64 `content`
 * with its `fileName`, read by server/documents like a file given to `npm run ingest`. Metadata
 * the document states (its page's 发布时间, 来源) fills what the request leaves out.
 */
import { UserInputError } from '../errors.js';
import { DocumentError, type PageMetadata } from '../documents/index.js';
import { readDocumentOffThread } from '../documents/read-off-thread.js';
import type { ReportMetadata } from '../ingest/metadata.js';
import { MAX_INGEST_MUTATION_CHARS } from '../ingest/report.js';
import type { IngestReportInput } from './ingest.input.js';

export interface RequestedReport {
  text: string;
  metadata: Partial<ReportMetadata>;
  warnings: string[];
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export async function requestedReport(input: IngestReportInput): Promise<RequestedReport> {
  const given = Object.fromEntries(Object.entries({
    region: input.region, year: input.year, title: input.title, publisher: input.publisher, publishedOn: input.publishedOn,
  }).filter(([, v]) => v !== undefined && v !== null)) as Partial<ReportMetadata>;
  const hasText = input.text !== undefined && input.text !== null;
  const hasContent = input.content !== undefined && input.content !== null;
  if (hasText === hasContent) throw new UserInputError('give the report either as text, or as content (base64) with its fileName', 'input');
  if (hasText) return { text: input.text!, metadata: given, warnings: [] };
  if (!input.fileName?.trim()) throw new UserInputError('content needs its fileName (report.pdf, report.docx …): the extension says the format', 'fileName');
  const base64 = input.content!.replace(/\s+/g, '');
  if (!BASE64.test(base64) || base64.length % 4 === 1) throw new UserInputError('content is not base64', 'content');
  const fileName = input.fileName.trim().split(/[\\/]/).pop()!;
  try {
    // Converted in a worker thread: pdf.js and mammoth would hold this instance's event loop.
    const document = await readDocumentOffThread(Buffer.from(base64, 'base64'), fileName);
    const found: PageMetadata = document.metadata;
    // The same limit as for text given directly: a small file can hold a long report.
    if (document.text.length > MAX_INGEST_MUTATION_CHARS) {
      throw new UserInputError(`the report was not ingested, nothing changed: ${fileName} holds ${document.text.length} characters of text; the API takes at most ${MAX_INGEST_MUTATION_CHARS} (use npm run ingest for longer reports)`, 'content');
    }
    return { text: document.text, metadata: { ...found, ...given }, warnings: document.warnings };
  } catch (error) {
    if (error instanceof DocumentError) throw new UserInputError(`the report was not ingested, nothing changed: ${error.message}`, 'content');
    throw error;
  }
}
