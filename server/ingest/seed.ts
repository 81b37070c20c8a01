/**
 * The reports bundled in seeds/ are ingested on start when missing. Idempotent: a report already
 * there with the same checksum is left alone, so restarts duplicate nothing; a bundled report whose
 * file or catalog changed replaces its older seeded version; reports added by `ingest` are never
 * touched.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { sep } from 'node:path';
import type { MikroORM } from '@mikro-orm/core';
import { Report } from '../model/index.js';
import { parseCatalog } from './catalog.js';
import { syncLexicon } from './lexicon-sync.js';
import { parseReport } from './report.js';
import { checksumOf, storeReport } from './store.js';
import { fromRoot } from '../paths.js';

export const SEEDS_DIR = fromRoot('seeds') + sep;

export interface SeedOutcome {
  file: string;
  reportId: string;
  action: 'ingested' | 'replaced' | 'unchanged' | 'kept-ingested';
  figures: number;
  warnings: string[];
}

export interface BundledReport {
  file: string;
  text: string;
  catalogRaw: string | null;
}

export function bundledReports(dir = SEEDS_DIR): BundledReport[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((file) => {
      const catalogPath = dir + file.replace(/\.txt$/, '.catalog.json');
      return {
        file,
        text: readFileSync(dir + file, 'utf8'),
        catalogRaw: existsSync(catalogPath) ? readFileSync(catalogPath, 'utf8') : null,
      };
    });
}

export async function seedBundledReports(orm: MikroORM, dir = SEEDS_DIR): Promise<SeedOutcome[]> {
  await syncLexicon(orm.em.fork());
  const outcomes: SeedOutcome[] = [];
  for (const bundled of bundledReports(dir)) {
    const catalog = bundled.catalogRaw === null ? undefined : parseCatalog(bundled.catalogRaw, bundled.file);
    const parsed = parseReport(bundled.text, { catalog });
    const checksum = checksumOf(bundled.text, bundled.catalogRaw ?? '');
    const em = orm.em.fork();
    const existing = await em.findOne(Report, { region: parsed.metadata.region, year: parsed.metadata.year });
    const base = { file: bundled.file, figures: parsed.figures.length, warnings: parsed.warnings };
    if (existing && (existing.source !== 'seed' || existing.checksum === checksum)) {
      outcomes.push({ ...base, reportId: existing.id, action: existing.source === 'seed' ? 'unchanged' : 'kept-ingested' });
      continue;
    }
    try {
      const stored = await storeReport(em, parsed, { source: 'seed', checksum });
      outcomes.push({ ...base, reportId: stored.reportId, action: stored.replaced ? 'replaced' : 'ingested' });
    } catch (error) {
      // Another instance seeding the same report at the same moment wins the unique constraint.
      const now = await orm.em.fork().findOne(Report, { region: parsed.metadata.region, year: parsed.metadata.year });
      if (now?.checksum !== checksum) throw error;
      outcomes.push({ ...base, reportId: now.id, action: 'unchanged' });
    }
  }
  return outcomes;
}
