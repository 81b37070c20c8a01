/**
 * Shared fixtures for the ingest tests: the bundled seed report with its catalog, and a builder
 * for tiny made-up catalogs. Everything is read from inside the repository (seeds/).
 */
import { readFileSync } from 'node:fs';
import { stripFurniture } from '../../server/documents/furniture.js';
import { CatalogSchema, parseCatalog, type Catalog } from '../../server/ingest/catalog.js';
import { IngestError } from '../../server/ingest/errors.js';
import { parseReport, type ParsedReport } from '../../server/ingest/report.js';

const SEEDS = new URL('../../seeds/', import.meta.url);
export const SEED_FILE = 'ziyun-2024-rule-of-law-report.txt';
export const SEED_CATALOG_FILE = 'ziyun-2024-rule-of-law-report.catalog.json';

export function seedText(): string {
  return readFileSync(new URL(SEED_FILE, SEEDS), 'utf8');
}

export function seedCatalog(): Catalog {
  return parseCatalog(readFileSync(new URL(SEED_CATALOG_FILE, SEEDS), 'utf8'), SEED_CATALOG_FILE);
}

/** The seed report as the hub stores it: its page furniture (日期, 来源, 字号 lines) dropped. */
export function seedStoredText(): string {
  return stripFurniture(seedText()).text;
}

let parsedSeed: ParsedReport | undefined;
/** The seed report through parseReport with its catalog; parsed once per test file. */
export function seedReport(): ParsedReport {
  parsedSeed ??= parseReport(seedText(), { catalog: seedCatalog() });
  return parsedSeed;
}

/** A catalog entry as written in a catalog file; only key and anchor are required here. */
export interface EntryInput {
  key: string;
  anchor: string;
  topic?: string;
  measure?: string;
  partOf?: string;
}

/** A small made-up catalog, validated by the real schema (so aliases get their default). */
export function madeUpCatalog(entries: EntryInput[]): Catalog {
  return CatalogSchema.parse({
    report: 'made-up.txt',
    figures: entries.map((e) => ({
      key: e.key,
      anchor: e.anchor,
      topic: e.topic ?? 'administrative-reconsideration',
      measure: e.measure ?? 'received',
      label: { zh: `标签 ${e.key}`, en: `label ${e.key}` },
      ...(e.partOf ? { partOf: e.partOf } : {}),
    })),
  });
}

/** Runs `fn`, expects an IngestError, and returns it so the test can assert on its message. */
export function ingestErrorOf(fn: () => unknown): IngestError {
  try {
    fn();
  } catch (error) {
    if (error instanceof IngestError) return error;
    throw new Error(`expected an IngestError, got ${String(error)}`);
  }
  throw new Error('expected an IngestError, but nothing was thrown');
}
