/**
 * The real report excerpts of tests/fixtures/reports-dev (8 places the project was not tuned on),
 * ingested as a user would: `npm run ingest -- FILE --region … --year … --title …` with the
 * region, year and title of their manifest.tsv.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { MikroORM } from '@mikro-orm/core';
import { ingestReport } from '../../server/ingest/ingest.service.js';

export const REPORTS_DEV = fileURLToPath(new URL('../fixtures/reports-dev/', import.meta.url));

export interface DevReport { file: string; region: string; year: number; title: string }

export function devReports(): DevReport[] {
  const [, ...rows] = readFileSync(`${REPORTS_DEV}manifest.tsv`, 'utf8').split('\n').filter((l) => l.trim());
  return rows.map((row) => {
    const [file, region, year, title] = row.split('\t');
    return { file, region, year: Number(year), title };
  });
}

/** Ingest every report of the manifest; returns their ids. */
export async function ingestDevReports(orm: MikroORM): Promise<string[]> {
  const ids: string[] = [];
  for (const r of devReports()) {
    const text = readFileSync(REPORTS_DEV + r.file, 'utf8');
    const summary = await ingestReport(orm.em.fork(), { text, metadata: { region: r.region, year: r.year, title: r.title }, source: 'ingest' });
    ids.push(summary.reportId);
  }
  return ids;
}
