/**
 * Writing a parsed report to the database. One transaction per report: the previous version of the
 * same report (same region and year) is replaced only if the whole new one is written, so a
 * failure halfway, or a killed process, leaves the old data served.
 */
import { createHash } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import { Document, LabelSource, Metric, Qualifier, Report, Section, SectionKind, SectionRole } from '../model/index.js';
import { pinyin } from 'pinyin-pro';
import { bumpDataVersion } from '../db/data-version.js';
import { writeTransaction } from '../db/write-transaction.js';
import { invalidateCaches } from '../query/hub-cache.js';
import { regionNamed } from '../vocabulary/regions.js';
import { IngestError } from './errors.js';
import type { ParsedReport } from './report.js';

export interface StoreOptions {
  /** `seed` for bundled reports, `ingest` for everything added later. */
  source: 'seed' | 'ingest';
  checksum: string;
  /** A part of a report only (stored, served, and said in answers). */
  excerpt?: boolean;
  sourceUrl?: string | null;
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

const slug = (words: string) => words.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/**
 * The ids a report of this region and year may take, in order of preference: ziyun-2024 (the
 * region's pinyin, as links made so far use), then the pinyin of the whole name (长宁区 →
 * changningqu-2024, when 长宁县 holds changning-2024), then one made unique by a hash of the name.
 */
export function reportIdCandidates(region: string, year: number): string[] {
  const short = slug(regionNamed(region).pinyin);
  const whole = slug(pinyin(region, { toneType: 'none', type: 'array' }).join(''));
  const hashed = `${short || 'r'}-${checksumOf(region).slice(0, 8)}`;
  return [...new Set([short, whole, hashed].filter(Boolean))].map((name) => `${name}-${year}`);
}

export async function storeReport(em: EntityManager, parsed: ParsedReport, options: StoreOptions): Promise<StoreResult> {
  const { metadata } = parsed;
  // One writer at a time (across processes): the report found missing here cannot be inserted by
  // another ingest before this one commits.
  const stored = await writeTransaction(em, async (tx) => {
    // The report of this region and year keeps its id and is replaced (children cascade). Another
    // region's report is never replaced: a region whose pinyin is taken gets the next free id.
    const previous = await tx.findOne(Report, { region: metadata.region, year: metadata.year }, { fields: ['id'] });
    let reportId = previous?.id;
    if (!reportId) {
      const candidates = reportIdCandidates(metadata.region, metadata.year);
      const taken = new Set((await tx.find(Report, { id: { $in: candidates } }, { fields: ['id'] })).map((r) => r.id));
      reportId = candidates.find((id) => !taken.has(id));
      if (!reportId) throw new IngestError([`no free report id for ${metadata.region} ${metadata.year} (${candidates.join(', ')} are taken by other regions)`]);
    } else {
      for (const entity of [Metric, Section, Document] as const) await tx.nativeDelete(entity, { reportId });
      await tx.nativeDelete(Report, { id: reportId });
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
      replaced: !!previous,
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
