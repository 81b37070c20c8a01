/**
 * Documents in: a report as a file (bytes and its name) to the report's text, the metadata its page
 * states and warnings for a person — for the ingest CLI and the `ingestReport` mutation alike.
 * Plain text (UTF-8, UTF-16 or GBK/GB18030), saved web pages (.html/.htm), Word (.docx) and PDF
 * (its text layer). No database, no file system: the caller reads the bytes.
 */
import { decodeText } from './decode.js';
import { docxText } from './docx.js';
import { DocumentError } from './errors.js';
import { stripFurniture, type PageMetadata } from './furniture.js';
import { pdfText } from './pdf.js';

export { DocumentError } from './errors.js';
export { stripFurniture, type PageMetadata } from './furniture.js';

export type DocumentFormat = 'TEXT' | 'HTML' | 'DOCX' | 'PDF';

export const FORMATS: Record<string, DocumentFormat> = { '.txt': 'TEXT', '.text': 'TEXT', '.html': 'HTML', '.htm': 'HTML', '.docx': 'DOCX', '.pdf': 'PDF' };

export interface ReportDocument {
  format: DocumentFormat;
  /** The report, page furniture dropped: what parseReport reads and the hub stores. */
  text: string;
  metadata: PageMetadata;
  warnings: string[];
}

export function formatOf(fileName: string): DocumentFormat {
  const dot = fileName.lastIndexOf('.');
  const ext = dot < 0 ? '' : fileName.slice(dot).toLowerCase();
  const format = FORMATS[ext];
  if (!format) {
    throw new DocumentError(`${fileName}: ${ext ? `"${ext}" files are not read` : 'no file extension'}; ingest .txt, .html/.htm, .docx or .pdf`
      + (ext === '.doc' ? ' (save a .doc as .docx)' : ''));
  }
  return format;
}

export async function readDocument(bytes: Uint8Array, fileName: string): Promise<ReportDocument> {
  const format = formatOf(fileName);
  if (bytes.length === 0) throw new DocumentError(`${fileName} is empty`);
  let raw: { text: string; metadata?: PageMetadata; warnings: string[] };
  switch (format) {
    case 'TEXT': {
      const decoded = decodeText(bytes, fileName);
      raw = { text: decoded.text, warnings: decoded.encoding === 'UTF-8' ? [] : [`${fileName}: read as ${decoded.encoding}`] };
      break;
    }
    case 'HTML':
      // Readability and linkedom are loaded on first use, as mammoth and pdf.js are.
      raw = (await import('./html.js')).htmlText(decodeText(bytes, fileName).text, fileName);
      break;
    case 'DOCX':
      raw = await docxText(bytes, fileName);
      break;
    case 'PDF':
      raw = await pdfText(bytes, fileName);
      break;
  }
  const clean = stripFurniture(raw.text);
  if (!/[\u4e00-\u9fff]/.test(clean.text)) throw new DocumentError(`${fileName} holds no Chinese text`);
  const warnings = [...raw.warnings];
  if (clean.dropped.length) warnings.push(`${clean.dropped.length} lines of page furniture dropped: ${clean.dropped.map((l) => (l.length > 30 ? `${l.slice(0, 30)}…` : l)).join(' | ')}`);
  return { format, text: clean.text, metadata: { ...raw.metadata, ...clean.metadata }, warnings };
}
