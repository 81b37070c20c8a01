/**
 * Writing a parsed report to the database. One transaction per report: the previous version of the
 * same report (same region and year) is replaced only if the whole new one is written, so a
 * failure halfway, or a killed process, leaves the old data served.
 */
import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { Document, LabelSource, Metric, Qualifier, Report, Section, SectionKind, SectionRole } from '../model/index.js';
import { bumpDataVersion } from '../db/data-version.js';
import { invalidateCaches } from '../query/hub-cache.js';
import { regionNamed } from '../vocabulary/regions.js';
import type { ParsedReport } from './report.js';

export interface StoreOptions {
  /** `seed` for bundled reports, `ingest` for everything added later. */
  source: 'seed' | 'ingest';
  checksum: string;
  /** A part of a report only (stored, served, and said in answers). */
  excerpt?: boolean;
  sourceUrl?: string | null;
  /** Defaults to the region's pinyin and the year: ziyun-2024. */
  id?: string;
}

export interface StoreResult {
  reportId: string;
  replaced: boolean;
  sections: number;
  figures: number;
  documents: number;
  warnings: string[];
}

export function checksumOf(...parts: string[]): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\u0000');
  return hash.digest('hex');
}

/** ziyun-2024: the region's pinyin (listed, or spelled from its name) and the year. */
export function reportSlug(region: string, year: number): string {
  const name = regionNamed(region).pinyin.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${name || `r${checksumOf(region).slice(0, 8)}`}-${year}`;
}

export async function storeReport(em: EntityManager, parsed: ParsedReport, options: StoreOptions): Promise<StoreResult> {
  const { metadata } = parsed;
  const reportId = options.id ?? reportSlug(metadata.region, metadata.year);
  const stored = await em.transactional(async (tx) => {
    // Whatever stands at this region and year, or under this id, is replaced (children cascade).
    const previous = await tx.find(Report, { $or: [{ id: reportId }, { region: metadata.region, year: metadata.year }] }, { fields: ['id'] });
    for (const p of previous) {
      for (const entity of [Metric, Section, Document] as const) await tx.nativeDelete(entity, { reportId: p.id });
      await tx.nativeDelete(Report, { id: p.id });
    }

    await tx.insert(Report, {
      id: reportId,
      title: metadata.title,
      region: metadata.region,
      year: metadata.year,
      publisher: metadata.publisher ?? null,
      publishedOn: metadata.publishedOn ?? null,
      text: parsed.text,
      figureCount: parsed.figures.length,
      warnings: parsed.warnings,
      checks: parsed.checks,
      source: options.source,
      excerpt: options.excerpt ?? false,
      sourceUrl: options.sourceUrl ?? null,
      checksum: options.checksum,
      ingestedAt: new Date(),
    });

    const sectionId = (path: string | null) => (path ? `${reportId}/${path}` : null);
    if (parsed.sections.length) {
      await tx.insertMany(Section, parsed.sections.map((s, position) => ({
        id: sectionId(s.path)!,
        reportId,
        path: s.path,
        parentId: sectionId(s.parentPath),
        kind: s.kind as SectionKind,
        role: s.role as SectionRole,
        ordinal: s.ordinal,
        marker: s.marker,
        heading: s.heading,
        position,
        spanStart: s.span.start,
        spanEnd: s.span.end,
        headingStart: s.headingSpan.start,
        headingEnd: s.headingSpan.end,
      })));
    }

    const metricId = (key: string) => `${reportId}/${key}`;
    await tx.insertMany(Metric, parsed.figures.map((f) => ({
      id: metricId(f.key),
      reportId,
      key: f.key,
      sortKey: `${reportId}:${String(f.span.start).padStart(9, '0')}`,
      labelZh: f.labelZh,
      labelEn: f.labelEn,
      aliases: f.aliases,
      labelledBy: f.labelledBy as LabelSource,
      labelConfidence: f.labelConfidence,
      value: f.value,
      unit: f.unit,
      qualifier: f.qualifier as Qualifier,
      text: f.text,
      quote: f.quote,
      spanStart: f.span.start,
      spanEnd: f.span.end,
      quoteStart: f.quoteSpan.start,
      quoteEnd: f.quoteSpan.end,
      sectionId: sectionId(f.sectionPath),
      topicId: f.topic,
      measureId: f.measure,
      partOfId: f.partOf ? metricId(f.partOf) : null,
      searchText: [f.labelZh, f.labelEn, ...f.aliases.zh, ...f.aliases.en, f.quote].join('\n').toLowerCase(),
    })));

    if (parsed.documents.length) {
      await tx.insertMany(Document, parsed.documents.map((d, position) => ({
        id: `${reportId}/document-${position + 1}`,
        reportId,
        title: d.title,
        sectionId: sectionId(d.sectionPath),
        position,
        spanStart: d.span.start,
        spanEnd: d.span.end,
      })));
    }

    await bumpDataVersion(tx);
    return {
      reportId,
      replaced: previous.length > 0,
      sections: parsed.sections.length,
      figures: parsed.figures.length,
      documents: parsed.documents.length,
      warnings: parsed.warnings,
    };
  });
  // This process reads the new data at once; other instances at their next version check.
  invalidateCaches(em);
  return stored;
}
