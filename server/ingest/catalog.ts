/**
 * A curated catalog gives each figure of one report its meaning: topic, measure, labels in Chinese
 * and English, aliases, and the total it is a part of. Entries find their figure by an anchor, a
 * piece of the report's text that occurs once and holds exactly one figure; an entry that does not
 * locate its figure unambiguously fails the ingest, so a catalog can never silently drift from
 * its report.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { IngestError } from './errors.js';
import type { ExtractedFigure } from './figures.js';
import { foldWidth } from '../vocabulary/fold.js';
import { lexicon } from '../vocabulary/lexicon.js';

const names = z.object({ zh: z.array(z.string()), en: z.array(z.string()) });

export const CatalogEntrySchema = z.object({
  key: z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)*$/, 'keys are lowercase words joined by - and .'),
  anchor: z.string().min(1),
  topic: z.string(),
  measure: z.string(),
  label: z.object({ zh: z.string().min(1), en: z.string().min(1) }),
  aliases: names.default({ zh: [], en: [] }),
  partOf: z.string().optional(),
});
export const CatalogSchema = z.object({
  report: z.string(),
  figures: z.array(CatalogEntrySchema),
});
export type CatalogEntry = z.infer<typeof CatalogEntrySchema>;
export type Catalog = z.infer<typeof CatalogSchema>;

/** Validate a catalog's JSON text; `name` says which file in error messages. */
export function parseCatalog(raw: string, name: string): Catalog {
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch (e) {
    throw new IngestError([`catalog ${name} is not valid JSON: ${(e as Error).message}`]);
  }
  const parsed = CatalogSchema.safeParse(json);
  if (!parsed.success) throw new IngestError(parsed.error.issues.map((i) => `catalog ${name}: ${i.path.join('.')}: ${i.message}`));
  return parsed.data;
}

export function readCatalog(path: string): Catalog {
  return parseCatalog(readFileSync(path, 'utf8'), path);
}

/**
 * Match catalog entries to extracted figures. Returns, for each figure index, its entry.
 * Throws an IngestError listing every entry that is ambiguous, dangling or inconsistent.
 */
export function locateCatalogEntries(text: string, figures: ExtractedFigure[], catalog: Catalog): Map<number, CatalogEntry> {
  const folded = foldWidth(text);
  const { topics, measures } = lexicon();
  const topicKeys = new Set(topics.map((t) => t.key));
  const measureKeys = new Set(measures.map((m) => m.key));
  const keys = new Set<string>();
  const problems: string[] = [];
  const byFigure = new Map<number, CatalogEntry>();

  for (const entry of catalog.figures) {
    const where = `catalog entry ${entry.key}`;
    if (keys.has(entry.key)) problems.push(`${where}: the key is used twice`);
    keys.add(entry.key);
    if (!topicKeys.has(entry.topic)) problems.push(`${where}: unknown topic "${entry.topic}" (not in seeds/lexicon/topics.json)`);
    if (!measureKeys.has(entry.measure)) problems.push(`${where}: unknown measure "${entry.measure}" (not in seeds/lexicon/measures.json)`);

    const anchor = foldWidth(entry.anchor);
    const first = folded.indexOf(anchor);
    if (first < 0) {
      problems.push(`${where}: anchor "${entry.anchor}" is not in the report`);
      continue;
    }
    if (folded.indexOf(anchor, first + 1) >= 0) {
      problems.push(`${where}: anchor "${entry.anchor}" occurs more than once; lengthen it`);
      continue;
    }
    const end = first + anchor.length;
    const inside = figures.flatMap((f, i) => (f.span.start >= first && f.span.end <= end ? [i] : []));
    if (inside.length !== 1) {
      problems.push(`${where}: anchor "${entry.anchor}" holds ${inside.length} figures, it must hold exactly one`);
      continue;
    }
    const claimed = byFigure.get(inside[0]);
    if (claimed) {
      problems.push(`${where}: its figure is already claimed by ${claimed.key}`);
      continue;
    }
    byFigure.set(inside[0], entry);
  }
  for (const entry of catalog.figures) {
    if (entry.partOf && !keys.has(entry.partOf)) problems.push(`catalog entry ${entry.key}: partOf "${entry.partOf}" names no entry`);
  }
  if (problems.length) throw new IngestError(problems);
  return byFigure;
}
