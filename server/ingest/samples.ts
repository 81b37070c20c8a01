/**
 * The sample reports in seeds/samples/: real published excerpts of other regions' reports, with
 * the page each was taken from (manifest.tsv), so a newcomer can ask questions across reports.
 * They are stored as excerpts (a figure they lack is "not stated", not zero) and are added only
 * on request (`npm run seed:samples`), never by `npm start`. Idempotent: an unchanged sample is
 * not written again.
 */
import { readFileSync } from 'node:fs';
import { sep } from 'node:path';
import type { MikroORM } from '@mikro-orm/core';
import { Report } from '../model/index.js';
import { fromRoot } from '../paths.js';
import { ingestReport } from './ingest.service.js';
import { syncLexicon } from './lexicon-sync.js';
import { checksumOf } from './store.js';

export const SAMPLES_DIR = fromRoot('seeds', 'samples') + sep;

export interface SampleReport {
  file: string;
  region: string;
  year: number;
  title: string;
  sourceUrl: string;
  text: string;
}

/** The samples the manifest lists (file, region, year, title, source URL), with their texts. */
export function sampleReports(dir = SAMPLES_DIR): SampleReport[] {
  const [, ...rows] = readFileSync(dir + 'manifest.tsv', 'utf8').split('\n').filter((l) => l.trim());
  return rows.map((row) => {
    const [file, region, year, title, sourceUrl] = row.split('\t');
    return { file, region, year: Number(year), title, sourceUrl, text: readFileSync(dir + file, 'utf8') };
  });
}

export async function seedSamples(orm: MikroORM, dir = SAMPLES_DIR): Promise<{ file: string; reportId: string; action: 'ingested' | 'unchanged' }[]> {
  await syncLexicon(orm.em.fork());
  const outcomes = [];
  for (const sample of sampleReports(dir)) {
    const checksum = checksumOf(sample.text, sample.region, String(sample.year), sample.title, sample.sourceUrl);
    const existing = await orm.em.fork().findOne(Report, { sourceUrl: sample.sourceUrl, excerpt: true });
    if (existing && existing.checksum === checksum) {
      outcomes.push({ file: sample.file, reportId: existing.id, action: 'unchanged' as const });
      continue;
    }
    const summary = await ingestReport(orm.em.fork(), {
      text: sample.text, excerpt: true, sourceUrl: sample.sourceUrl,
      metadata: { region: sample.region, year: sample.year, title: sample.title },
    });
    // The sample's own checksum, so the next run knows it unchanged.
    await orm.em.fork().nativeUpdate(Report, { id: summary.reportId }, { checksum });
    outcomes.push({ file: sample.file, reportId: summary.reportId, action: 'ingested' as const });
  }
  return outcomes;
}
