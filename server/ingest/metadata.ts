/**
 * A report's metadata from its title block: the title line, `日期:` and `来源:` lines, the year the
 * report covers and the region it is about. Anything given by the caller wins over the text.
 */
import { foldWidth } from '../vocabulary/fold.js';
import { findRegion } from '../vocabulary/regions.js';

export interface ReportMetadata {
  title: string;
  region: string;
  year: number;
  publisher: string | null;
  /** ISO date (YYYY-MM-DD) the report was published, when the text says. */
  publishedOn: string | null;
}

export interface MetadataResult {
  metadata: Partial<ReportMetadata>;
  /** Offset where the body starts: after the title and the 日期/来源/字号 lines. */
  bodyStart: number;
}

const META_LINE = /^\s*(?:日期|来源|发布时间|发布日期|时间|作者|发布机构|字号|浏览次数|点击数|【字体|信息来源)/;

/** YYYY-MM-DD of a day that exists in the calendar (2024-02-29, not 2024-13-45 or 2023-02-29). */
export function isCalendarDate(date: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === date;
}

/** The date as YYYY-MM-DD, or undefined when the text names no such day. */
function isoDate(y: string, m: string, d: string): string | undefined {
  const date = `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return isCalendarDate(date) ? date : undefined;
}

/** A line no title is: long, or ending a sentence, or holding sentences. */
const isProse = (line: string) => line.trim().length > 80 || /[。；]\s*$/.test(line) || /。./.test(line.trim());

export function readMetadata(text: string): MetadataResult {
  const folded = foldWidth(text);
  const lines = folded.split('\n');
  const metadata: Partial<ReportMetadata> = {};
  let offset = 0;
  let bodyStart = 0;
  let i = 0;
  // Title: the first non-empty line, unless it is prose (a text that opens with its first paragraph,
  // the title left on the page around it): its figures are the report's, not a heading's.
  while (i < lines.length && lines[i].trim() === '') offset += lines[i++].length + 1;
  if (i < lines.length && !isProse(lines[i])) {
    metadata.title = text.slice(offset, offset + lines[i].length).trim();
    offset += lines[i++].length + 1;
    bodyStart = offset;
  }
  // The block of metadata lines right under it.
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() !== '' && !META_LINE.test(line)) break;
    const date = /(?:日期|发布时间|发布日期|时间)\s*:\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})/.exec(line);
    if (date) metadata.publishedOn = isoDate(date[1], date[2], date[3]);
    const source = /(?:来源|发布机构|信息来源)\s*:\s*(\S+)/.exec(line);
    if (source) metadata.publisher = text.slice(offset + source.index + source[0].length - source[1].length, offset + source.index + source[0].length).trim();
    offset += line.length + 1;
    bodyStart = offset;
  }
  bodyStart = Math.min(bodyStart, text.length);

  const title = metadata.title ? foldWidth(metadata.title) : '';
  // A year, but not the end of a period such as 2021—2035年.
  const YEAR = /(?<![-—–~至到]\s*)(?<!\d)(\d{4})\s*年/;
  const year = YEAR.exec(title) ?? YEAR.exec(folded.slice(bodyStart));
  if (year) metadata.year = Number(year[1]);
  const region = findRegion(title) ?? findRegion(metadata.publisher ?? '');
  if (region) metadata.region = region.name;
  else {
    // Not in the region list: the place name that opens the title (less any year in front of it, and
    // less 中共 of a report the Party committee and the government sign together: 中共浚县县委 浚县人民政府).
    const opening = /^(.{1,20}?(?:自治县|自治州|自治旗|县|区|市|旗|州|盟))/.exec(title.replace(/^\s*\d{4}\s*年度?/, '').replace(/^中共\s*/, ''));
    if (opening) metadata.region = opening[1];
  }
  // A date signed at the end of the text (2025年3月28日) when there is no 日期 line.
  if (!metadata.publishedOn) {
    const tail = folded.slice(-120);
    const signed = /(\d{4})年(\d{1,2})月(\d{1,2})日\s*$/.exec(tail);
    if (signed) metadata.publishedOn = isoDate(signed[1], signed[2], signed[3]);
  }
  return { metadata, bodyStart };
}
