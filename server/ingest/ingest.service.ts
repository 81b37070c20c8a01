/**
 * Ingesting one report from its text: parse, check, store — the one path used by the CLI, the
 * `ingestReport` mutation and seeding's big brother. Re-ingesting a report of the same region and
 * year replaces it in one transaction.
 */
import type { EntityManager } from '@mikro-orm/core';
import type { Catalog } from './catalog.js';
import { IngestError } from './errors.js';
import { isCalendarDate, type ReportMetadata } from './metadata.js';
import { parseReport, type ParsedReport } from './report.js';
import { checksumOf, storeReport } from './store.js';

export interface IngestRequest {
  text: string;
  metadata?: Partial<ReportMetadata>;
  catalog?: Catalog;
  /** Recorded with the report; changes nothing else. */
  source?: 'seed' | 'ingest';
  /** The text is a part of the report only: answers say so, and a figure it lacks is "not stated". */
  excerpt?: boolean;
  /** Where the text was published. */
  sourceUrl?: string;
}

export interface IngestSummary {
  reportId: string;
  replaced: boolean;
  title: string;
  region: string;
  year: number;
  publisher: string | null;
  publishedOn: string | null;
  sections: number;
  figures: number;
  labelledByCatalog: number;
  labelledAutomatically: number;
  documents: number;
  checksPassed: number;
  checksFailed: string[];
  warnings: string[];
}

export type Progress = (message: string) => void;

/** Line ends as \n and no byte-order mark: spans then mean the same on every platform. */
export function normalizeReportText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

/** Metadata given by a person: checked here, so a typo is an error and not a report about year 20244. */
export function checkMetadata(metadata: Partial<ReportMetadata>): void {
  const problems: string[] = [];
  if (metadata.year !== undefined && (!Number.isInteger(metadata.year) || metadata.year < 1949 || metadata.year > 2100)) {
    problems.push(`year must be a year such as 2024, got ${metadata.year}`);
  }
  if (metadata.region !== undefined && (!metadata.region.trim() || metadata.region.length > 100)) problems.push('region must be 1–100 characters');
  if (metadata.title !== undefined && (!metadata.title.trim() || metadata.title.length > 300)) problems.push('title must be 1–300 characters');
  if (metadata.publisher !== undefined && metadata.publisher !== null && metadata.publisher.length > 200) problems.push('publisher must be at most 200 characters');
  if (metadata.publishedOn && !isCalendarDate(metadata.publishedOn)) problems.push(`date must be a day as YYYY-MM-DD, got ${metadata.publishedOn}`);
  // PostgreSQL cannot store a NUL in text, and no name or title holds one.
  for (const [name, value] of Object.entries(metadata)) {
    if (typeof value === 'string' && value.includes('\u0000')) problems.push(`${name} contains a NUL character (\\u0000)`);
  }
  if (problems.length) throw new IngestError(problems);
}

export function summarize(parsed: ParsedReport, stored: { reportId: string; replaced: boolean }): IngestSummary {
  const catalogued = parsed.figures.filter((f) => f.labelledBy === 'CATALOG').length;
  return {
    reportId: stored.reportId,
    replaced: stored.replaced,
    title: parsed.metadata.title,
    region: parsed.metadata.region,
    year: parsed.metadata.year,
    publisher: parsed.metadata.publisher ?? null,
    publishedOn: parsed.metadata.publishedOn ?? null,
    sections: parsed.sections.length,
    figures: parsed.figures.length,
    labelledByCatalog: catalogued,
    labelledAutomatically: parsed.figures.length - catalogued,
    documents: parsed.documents.length,
    checksPassed: parsed.checks.filter((c) => c.ok).length,
    checksFailed: parsed.checks.filter((c) => !c.ok).map((c) => c.description),
    warnings: parsed.warnings,
  };
}

export async function ingestReport(em: EntityManager, request: IngestRequest, progress: Progress = () => {}): Promise<IngestSummary> {
  const metadata = Object.fromEntries(Object.entries(request.metadata ?? {}).filter(([, v]) => v !== undefined && v !== null && v !== '')) as Partial<ReportMetadata>;
  checkMetadata(metadata);
  const text = normalizeReportText(request.text);
  progress('parsing the text');
  const parsed = parseReport(text, { catalog: request.catalog, metadata });
  const catalogued = parsed.figures.filter((f) => f.labelledBy === 'CATALOG').length;
  progress(`found ${parsed.sections.length} sections, ${parsed.figures.length} figures (${catalogued} from the catalog, ${parsed.figures.length - catalogued} labelled automatically), ${parsed.documents.length} cited documents`);
  const failed = parsed.checks.filter((c) => !c.ok);
  progress(`checks: ${parsed.checks.length - failed.length} passed, ${failed.length} failed`);
  progress(`writing ${parsed.metadata.region} ${parsed.metadata.year} to the database`);
  const stored = await storeReport(em, parsed, {
    source: request.source ?? 'ingest',
    checksum: checksumOf(text, JSON.stringify(request.catalog ?? null), JSON.stringify(metadata), String(request.excerpt ?? false), request.sourceUrl ?? ''),
    excerpt: request.excerpt ?? false,
    sourceUrl: request.sourceUrl ?? null,
  });
  return summarize(parsed, stored);
}
