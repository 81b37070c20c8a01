/**
 * From a report's plain text to everything the hub stores about it: metadata, section tree,
 * figures (with quote, section and meaning), cited documents, the numbers that are not figures,
 * and the result of the consistency checks. Pure: no database, no I/O.
 */
import { locateCatalogEntries, type Catalog } from './catalog.js';
import { extractDocuments, type CitedDocument } from './documents.js';
import { IngestError } from './errors.js';
import { extractFigures, type ExtractedFigure } from './figures.js';
import { checkInvariants, type InvariantCheck } from './invariants.js';
import { unitNameEn, type Names } from '../vocabulary/lexicon.js';
import { autoLabel, tableLabel } from './auto-label.js';
import { withTableFigures, type TableFigure } from './tables.js';
import { readMetadata, type ReportMetadata } from './metadata.js';
import { regionNamed, shortForms } from '../vocabulary/regions.js';
import { classifyNonFigures, type NonFigure } from './non-figures.js';
import { parseSections, sectionAt, type ParsedSection } from './sections.js';
import { TOTAL_WORD_BEFORE } from '../vocabulary/numbers.js';
import { sentenceSpans, spanAt } from '../vocabulary/sentences.js';
import { stripFurniture } from '../documents/furniture.js';
import type { Span } from '../vocabulary/span.js';

export interface ParsedFigure extends ExtractedFigure {
  /** Unique within the report: the catalog's key, or `figure-<offset>` for an unlabelled figure. */
  key: string;
  quote: string;
  quoteSpan: Span;
  sectionPath: string | null;
  topic: string | null;
  measure: string | null;
  labelZh: string;
  labelEn: string;
  aliases: Names;
  partOf: string | null;
  labelledBy: 'CATALOG' | 'AUTO';
  /** 1 for a curated catalog entry; for automatic labels, how near the evidence was (0–1). */
  labelConfidence: number;
}

export interface ParsedDocument extends CitedDocument {
  sectionPath: string | null;
}

export interface ParsedReport {
  metadata: ReportMetadata;
  /** The report as stored: the text given, less its page furniture (see server/documents/furniture.ts). */
  text: string;
  /** The lines of page furniture dropped from the text given (breadcrumbs, 字号, 浏览次数, footers …). */
  furniture: string[];
  sections: ParsedSection[];
  figures: ParsedFigure[];
  documents: ParsedDocument[];
  nonFigures: NonFigure[];
  checks: InvariantCheck[];
  /** Things a person should look at: violated checks, numbers not understood, figures without a catalog entry. */
  warnings: string[];
}

export interface ParseOptions {
  catalog?: Catalog;
  /** Metadata given by the caller; wins over what the text says. */
  metadata?: Partial<ReportMetadata>;
}

/** Upper bound on a report's size: the longest real reports are a few tens of thousands of characters. */
export const MAX_REPORT_CHARS = 1_000_000;
/**
 * The longest report the ingestReport mutation takes (npm run ingest takes MAX_REPORT_CHARS). The
 * text is parsed in a worker thread, but its figures are written and the catalog reloaded on the
 * serving instance, so a text of the command's limit would still hold it for seconds.
 */
export const MAX_INGEST_MUTATION_CHARS = 200_000;
/** Chinese characters a body without figures needs to be held as a report of words (a paragraph or two). */
export const MIN_PROSE_WITHOUT_FIGURES = 200;

function validateText(text: string): void {
  if (typeof text !== 'string' || text.trim() === '') throw new IngestError(['the report is empty']);
  if (text.length > MAX_REPORT_CHARS) {
    throw new IngestError([`the report has ${text.length} characters; the limit is ${MAX_REPORT_CHARS}`]);
  }
  if (text.includes('\uFFFD')) {
    throw new IngestError(['the report contains U+FFFD replacement characters: it was not valid UTF-8 (convert it, e.g. from GBK, first)']);
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000E-\u001F]/.test(text)) {
    throw new IngestError(['the report contains control characters: it looks like a binary file, not plain text']);
  }
  if (!/[\u4e00-\u9fff]/.test(text)) throw new IngestError(['the report contains no Chinese text']);
}

export function parseReport(given: string, options: ParseOptions = {}): ParsedReport {
  validateText(given);
  // Spans point into the report, not into the web page around it: furniture out first, its date
  // and publisher kept as metadata (the caller's metadata wins over both).
  const page = stripFurniture(given);
  const text = page.text;
  const { metadata: found, bodyStart } = readMetadata(text);
  const metadata = { ...found, ...definedOnly(page.metadata), ...definedOnly(options.metadata ?? {}) };
  // --region 紫云县 is the listed 紫云苗族布依族自治县: one region, one name.
  if (metadata.region) metadata.region = regionNamed(metadata.region.trim()).name;
  const missing: string[] = [];
  if (!metadata.title) missing.push('could not read the title from the first line: pass --title (ingestReport: title)');
  if (!metadata.year) missing.push('could not infer the year the report covers: pass --year (ingestReport: year)');
  if (!metadata.region) missing.push('could not infer the region from the title or publisher: pass --region (ingestReport: region)');
  if (missing.length) throw new IngestError(missing);

  const sections = parseSections(text, bodyStart);
  const sentences = sentenceSpans(text);
  // Table cells are read as tables (row × column), the rest of the text as prose.
  const extracted: (ExtractedFigure | TableFigure)[] = withTableFigures(text, extractFigures(text)).filter((f) => f.span.start >= bodyStart);
  // A text of prose with no figure (the opening of a report, a report of words) is still held: what
  // it says can be asked. A short one with none is more likely the wrong file than a report.
  const bodyHan = (text.slice(bodyStart).match(/[\u4e00-\u9fff]/g) ?? []).length;
  if (extracted.length === 0 && bodyHan < MIN_PROSE_WITHOUT_FIGURES) throw new IngestError(['no figures found: the text has no number with a unit (件, 人, 个, %, …)']);
  const entries = options.catalog ? locateCatalogEntries(text, extracted, options.catalog) : new Map();

  const warnings: string[] = extracted.length ? [] : ['no figures found (no number with a unit: 件, 人, 个, %, …): the report is held for what its text says'];
  const labelContext = { figures: extracted, english: placeNamesEn(metadata.region) };
  const figures: ParsedFigure[] = extracted.map((f, i) => {
    // A figure split across a line break spans two "sentences": quote both.
    const first = spanAt(sentences, f.span.start) ?? f.span;
    const last = spanAt(sentences, f.span.end - 1) ?? f.span;
    const table = 'table' in f ? f.table : undefined;
    const quoteSpan = table?.quote ?? { start: Math.min(first.start, f.span.start), end: Math.max(last.end, f.span.end) };
    const entry = entries.get(i);
    if (options.catalog && !entry) warnings.push(`figure "${f.text}" at ${f.span.start} has no catalog entry: labelled automatically`);
    const { table: _table, ...figure } = f as TableFigure;
    void _table;
    const common = {
      ...figure,
      quote: text.slice(quoteSpan.start, quoteSpan.end),
      quoteSpan,
      sectionPath: sectionAt(sections, f.span.start)?.path ?? null,
    };
    if (entry) {
      return {
        ...common, key: entry.key, topic: entry.topic, measure: entry.measure, labelZh: entry.label.zh, labelEn: entry.label.en,
        aliases: entry.aliases, partOf: entry.partOf ?? null, labelledBy: 'CATALOG' as const, labelConfidence: 1,
      };
    }
    // No catalog names it: the lexicon and the words around the number do (a curated catalog wins).
    const auto = table
      ? tableLabel(f as TableFigure, sections, unitNameEn, labelContext.english)
      : autoLabel(text, f, quoteSpan, sections, unitNameEn, labelContext);
    return {
      ...common,
      key: `${auto.topic ?? 'figure'}.${auto.measure ?? 'count'}-at-${f.span.start}`,
      topic: auto.topic, measure: auto.measure, labelZh: auto.labelZh, labelEn: auto.labelEn,
      aliases: { zh: [], en: [] }, partOf: null, labelledBy: 'AUTO' as const, labelConfidence: auto.confidence,
    };
  });

  linkStatedParts(text, figures);
  linkTotalledParts(text, figures);
  const nonFigures = classifyNonFigures(text, figures.map((f) => f.span)).filter((n) => n.span.start >= bodyStart);
  for (const n of nonFigures) {
    if (n.reason === 'UNCLASSIFIED') warnings.push(`number "${n.text}" at ${n.span.start} has no unit and is not a date: not served`);
  }
  const checks = checkInvariants(figures);
  for (const c of checks) if (!c.ok) warnings.push(`check failed: ${c.description}`);

  const documents = extractDocuments(text).map((d) => ({ ...d, sectionPath: sectionAt(sections, d.span.start)?.path ?? null }));
  return { metadata: metadata as ReportMetadata, text, furniture: page.dropped, sections, figures, documents, nonFigures, checks, warnings };
}

/**
 * Parts a sentence states of the figure before 其中 (审查和备案规范性文件54件,其中审查市级规范性文件27件):
 * the automatically labelled figures after it, up to the end of the clause group (;。), in the same
 * unit, become parts of it — when they add up to no more than it. So a share of the whole can be
 * asked ("what share … were city-level") and a breakdown listed. A catalog's figures keep its own.
 */
export function linkStatedParts(text: string, figures: ParsedFigure[]): void {
  const sorted = [...figures].sort((a, b) => a.span.start - b.span.start);
  for (let i = 0; i < sorted.length; i++) {
    const total = sorted[i];
    const next = sorted[i + 1];
    if (!next || total.unit === '%' || total.quoteSpan.start !== next.quoteSpan.start) continue;
    const between = text.slice(total.span.end, next.span.start);
    const at = between.indexOf('其中');
    if (at < 0 || /[;;。]/.test(between.slice(0, at))) continue;
    const parts: ParsedFigure[] = [];
    for (let j = i + 1; j < sorted.length; j++) {
      const f = sorted[j];
      if (f.quoteSpan.start !== total.quoteSpan.start || /[;;。]/.test(text.slice(total.span.end + at, f.span.start))) break;
      if (f.unit === total.unit) parts.push(f);
    }
    const sum = parts.reduce((acc, f) => acc + f.value, 0);
    if (!parts.length || sum > total.value || parts.some((f) => f.labelledBy !== 'AUTO' || f.partOf)) continue;
    for (const f of parts) f.partOf = total.key;
  }
}

/**
 * Items a sentence adds up itself: 非常满意802条,满意163条,合计965条. The figures before a total in
 * its sentence, in its unit, back to the sentence's start or a semicolon, are its parts when they
 * add up to it exactly (the report's arithmetic is the evidence; nothing is assumed).
 */
export function linkTotalledParts(text: string, figures: ParsedFigure[]): void {
  const sorted = [...figures].sort((a, b) => a.span.start - b.span.start);
  for (let i = 0; i < sorted.length; i++) {
    const total = sorted[i];
    const lead = text.slice(Math.max(total.quoteSpan.start, total.span.start - 4), total.span.start);
    if (total.unit === '%' || !TOTAL_WORD_BEFORE.test(lead)) continue;
    const items: ParsedFigure[] = [];
    for (let j = i - 1; j >= 0; j--) {
      const f = sorted[j];
      if (f.quoteSpan.start !== total.quoteSpan.start || /[;；。]/.test(text.slice(f.span.end, total.span.start))) break;
      if (f.unit !== total.unit) break;
      items.unshift(f);
    }
    const sum = items.reduce((acc, f) => acc + f.value, 0);
    if (items.length < 2 || Math.abs(sum - total.value) > 1e-6 || items.some((f) => f.labelledBy !== 'AUTO' || f.partOf)) continue;
    for (const f of items) f.partOf = total.key;
  }
}

const LEVEL_EN: [RegExp, string][] = [
  [/自治县$/, 'Autonomous County'], [/县$/, 'County'], [/市$/, 'City'], [/区$/, 'District'], [/镇$/, 'Town'], [/乡$/, 'Township'], [/街道$/, 'Subdistrict'],
];
/** The report's own place in English, for labels that name it: 下蜀镇 → Xiashu Town, 浚县 → Xun County. */
function placeNamesEn(region: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!region) return out;
  const level = LEVEL_EN.find(([re]) => re.test(region));
  const base = level ? region.replace(level[0], '') : region;
  const { pinyin } = base.length >= 2 ? regionNamed(base) : regionNamed(region);
  out.set(region, level ? `${pinyin} ${level[1]}` : pinyin);
  for (const short of shortForms(region)) if (short.length >= 2) out.set(short, pinyin);
  return out;
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null && v !== '')) as Partial<T>;
}
