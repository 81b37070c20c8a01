/**
 * A folder of reports to measure the hub on, as `npm run eval -- --set DIR` reads it:
 * DIR/manifest.tsv (a header, then `file<TAB>region<TAB>year<TAB>title[<TAB>url]` per report) and
 * DIR/questions.jsonl (the eval contract of tests/support/eval.ts). Each report is read and ingested
 * the way `npm run ingest -- FILE --region … --year … --title …` does: the document reader first
 * (furniture stripped, the page's own metadata kept), then the flags over what the page said.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { MikroORM } from '@mikro-orm/core';
import { readDocument } from '../../server/documents/index.js';
import { ingestReport } from '../../server/ingest/ingest.service.js';

export interface SetReport { file: string; region: string; year: number; title: string; url?: string }

export function readManifest(dir: string): SetReport[] {
  const [, ...rows] = readFileSync(join(dir, 'manifest.tsv'), 'utf8').split('\n').filter((l) => l.trim());
  return rows.map((row, i) => {
    const [file, region, year, title, url] = row.split('\t').map((c) => c?.trim());
    if (!file || !region || !Number.isInteger(Number(year)) || !title) throw new Error(`${dir}/manifest.tsv row ${i + 2}: needs file, region, year and title`);
    return { file, region, year: Number(year), title, url: url || undefined };
  });
}

/** Ingest every report of DIR's manifest as the ingest CLI would; returns their ids. */
export async function ingestReportSet(orm: MikroORM, dir: string): Promise<string[]> {
  const ids: string[] = [];
  for (const r of readManifest(dir)) {
    const path = join(dir, r.file);
    const doc = await readDocument(readFileSync(path), path);
    const summary = await ingestReport(orm.em.fork(), {
      text: doc.text,
      sourceUrl: r.url,
      metadata: { ...doc.metadata, region: r.region, year: r.year, title: r.title },
      source: 'ingest',
    });
    ids.push(summary.reportId);
  }
  return ids;
}
