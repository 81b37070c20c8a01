/**
 * Page furniture out, its facts kept. A report saved from a government site (or copied from one)
 * carries the page around it: a breadcrumb (当前位置: 首页 > …), an information block (发布时间,
 * 来源, 浏览次数, 索引号 …), font-size and accessibility switches (字号:[ 小 中 大 ], 无障碍 简体|繁体),
 * share and print buttons, a footer (版权所有, ICP备 …) and, in PDFs, page numbers. None of it is the
 * report, and a figure's span must point into the report; the date and publisher it states are
 * metadata. The words are data (seeds/lexicon/page-furniture.json); the rules here are about where
 * a line stands: lines above the first paragraph of prose (the head) and below the last (the tail)
 * are judged strictly, lines inside the body only when they can be nothing but furniture.
 *
 * The result is canonical: lines trimmed, blank lines dropped, so that one report saved as text, as
 * a web page, as Word or as PDF becomes the same text, with the same spans. Running it twice
 * changes nothing the second time.
 */
import { readFileSync } from 'node:fs';
import { foldWidth } from '../vocabulary/fold.js';
import { LEXICON_DIR } from '../vocabulary/lexicon.js';

interface FurnitureWords {
  breadcrumbs: string[];
  dateLabels: string[];
  publisherLabels: string[];
  otherLabels: string[];
  controls: string[];
  footers: string[];
}

export interface PageMetadata {
  /** ISO date (YYYY-MM-DD) from a 发布时间/日期 line. */
  publishedOn?: string;
  /** From a 来源/发布机构 line. */
  publisher?: string;
}

export interface CleanText {
  text: string;
  metadata: PageMetadata;
  /** The lines dropped, as written, in order: for a summary a person can check. */
  dropped: string[];
}

let words: FurnitureWords | undefined;
function furnitureWords(): FurnitureWords {
  words ??= JSON.parse(readFileSync(LEXICON_DIR + 'page-furniture.json', 'utf8')) as FurnitureWords;
  return words;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** A label with any spaces inside it (名 称), as a pattern. */
const labelPattern = (labels: string[]) => labels.map((l) => [...l].map(escape).join('\\s*')).join('|');

interface Patterns {
  breadcrumb: RegExp;
  labelAtStart: RegExp;
  labelInLine: RegExp;
  bareLabel: RegExp;
  date: RegExp;
  publisher: RegExp;
  anyLabel: RegExp;
  controls: Set<string>;
  footer: RegExp;
}
let patterns: Patterns | undefined;
function compiled(): Patterns {
  if (patterns) return patterns;
  const w = furnitureWords();
  const all = labelPattern([...w.dateLabels, ...w.publisherLabels, ...w.otherLabels]);
  // A label's value follows a colon, or the next cell of a table (发布机构 | 江汉区司法局 |).
  const sep = String.raw`\s*[:|]`;
  patterns = {
    breadcrumb: new RegExp(`^(?:${labelPattern(w.breadcrumbs)})\\s*:|^首页\\s*(?:>|>>|»|/)`),
    labelAtStart: new RegExp(`^(?:${all})${sep}`),
    // Inside a line only after a space: 网站名 发布时间:2025-03-31.
    labelInLine: new RegExp(`(?:^|\\s)(?:${all})${sep}`),
    bareLabel: new RegExp(`^(?:${all})$`),
    date: new RegExp(`(?:${labelPattern(w.dateLabels)})${sep}\\s*(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})`),
    publisher: new RegExp(`(?:${labelPattern(w.publisherLabels)})${sep}\\s*([^\\s|]+)`),
    anyLabel: new RegExp(`(?:${all})${sep}`),
    controls: new Set(w.controls),
    footer: new RegExp(w.footers.map(escape).join('|')),
  };
  return patterns;
}

const BULLET = /^[•·▪●◆■□○◇\-*]\s*/;
const PAGE_NUMBER = /^(?:[-—–\s]*\d{1,4}[-—–\s]*|第\s*\d+\s*页(?:\s*[,,/]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+)$/;

/** A paragraph of the report, not furniture: it has a full stop, or is long and has clauses. */
function isProse(line: string): boolean {
  return /。/.test(line) || (line.length >= 50 && /[,,;;]/.test(line));
}

/** Every word of the line is a switch or a button: 字号:[ 小 中 大 ], 无障碍 简体| 繁体, 【打印本页】. */
function isControls(line: string, controls: Set<string>): boolean {
  const tokens = line.split(/[\s[\]【】|/:>()]+/).filter(Boolean);
  if (tokens.length === 0) return false;
  // At least one token is a real control word, not only single characters such as 小 中 大 on their own.
  return tokens.every((t) => controls.has(t)) && tokens.some((t) => t.length >= 2);
}

function isoDate(y: string, m: string, d: string): string {
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

/** A line as every format can give it: trimmed, &nbsp; a space (ideographic spaces stay). */
function canonicalLine(line: string): string {
  // Runs of spaces and tabs inside a line stay: they separate the cells of a table (server/ingest/tables.ts).
  return line.replace(/\u00a0/g, ' ').trim();
}

export function stripFurniture(input: string): CleanText {
  const p = compiled();
  const lines = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n').map(canonicalLine).filter((l) => l !== '');
  const folded = lines.map((l) => foldWidth(l).replace(BULLET, ''));
  const firstProse = folded.findIndex(isProse);
  let lastProse = -1;
  for (let i = folded.length - 1; i >= 0; i--) if (isProse(folded[i])) { lastProse = i; break; }
  const inHead = (i: number) => firstProse < 0 || i < firstProse;
  const inTail = (i: number) => lastProse >= 0 && i > lastProse;

  const drop = new Array<boolean>(lines.length).fill(false);
  // What stands above the breadcrumb is the site's navigation.
  const crumb = folded.findIndex((l, i) => inHead(i) && p.breadcrumb.test(l));
  for (let i = 0; i <= crumb; i++) drop[i] = true;
  // The footer: from its first line below the last paragraph to the end.
  const footer = folded.findIndex((l, i) => inTail(i) && p.footer.test(l));
  if (footer >= 0) for (let i = footer; i < lines.length; i++) drop[i] = true;

  const metadata: PageMetadata = {};
  folded.forEach((line, i) => {
    const edge = inHead(i) || inTail(i);
    const infoLine = !isProse(line) && line.length <= 160 && p.labelInLine.test(line);
    const furniture = drop[i]
      || p.breadcrumb.test(line)
      || isControls(line, p.controls)
      || PAGE_NUMBER.test(line)
      // Above or below the report: info lines (发布时间:… 来源:…), bare labels (• 关键词), bullet lists.
      || (edge && (infoLine || p.bareLabel.test(line.replace(/\s+/g, '')) || BULLET.test(foldWidth(lines[i]))))
      // In the body only a short line that starts with a label: 责任编辑:…, 作者:….
      || (!edge && !isProse(line) && line.length <= 60 && p.labelAtStart.test(line));
    if (!furniture) return;
    drop[i] = true;
    const date = p.date.exec(line);
    if (date && !metadata.publishedOn) metadata.publishedOn = isoDate(date[1], date[2], date[3]);
    const source = p.publisher.exec(line);
    if (source && !metadata.publisher) {
      // 来源:浚县司法局 浏览次数: — the value ends where the next label starts.
      const value = source[1].split(p.anyLabel)[0].trim();
      // Folding keeps offsets: the value as written is at the same place in the line.
      const at = foldWidth(lines[i]).indexOf(value);
      if (/[\u4e00-\u9fff]/.test(value)) metadata.publisher = lines[i].slice(at, at + value.length);
    }
  });
  return {
    text: lines.filter((_, i) => !drop[i]).join('\n'),
    metadata,
    dropped: lines.filter((_, i) => drop[i]),
  };
}
