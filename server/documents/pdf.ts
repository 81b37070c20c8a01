/**
 * A PDF's text layer to the report's text, with pdf.js (pdfjs-dist 4.9, the last line that runs on
 * Node 20). A PDF keeps positioned runs of text, not paragraphs: runs are gathered into lines by
 * their baseline, and lines into paragraphs by their spacing, indentation and right margin (Chinese
 * text wraps anywhere, so a join needs no space). CJK fonts draw 人 and the radical ⼈ with one glyph
 * and producers often write the radical: the text layer is read back to the ideographs. A PDF without a text layer is a scan: it is
 * refused, since OCR is not the hub's business and a guessed figure would be worse than none.
 */
import { readFileSync } from 'node:fs';
import { LEXICON_DIR } from '../vocabulary/lexicon.js';
import { DocumentError } from './errors.js';

interface TextRun { str: string; transform: number[]; width: number; height: number; hasEOL?: boolean }
interface PdfLine { text: string; left: number; right: number; size: number; baseline: number; page: number }

let aliases: Map<string, string> | undefined;
/** ⼈ → 人: characters a producer writes for the ideograph drawn by the same glyph (see the JSON's comment). */
function glyphAliases(): Map<string, string> {
  aliases ??= new Map(Object.entries((JSON.parse(readFileSync(LEXICON_DIR + 'pdf-glyph-aliases.json', 'utf8')) as { aliases: Record<string, string> }).aliases));
  return aliases;
}
const ALIASED = /[\u2015\u2E80-\u2FDF\uF900-\uFAFF]/g;

function linesOf(runs: TextRun[], page: number): PdfLine[] {
  const lines: PdfLine[] = [];
  let current: PdfLine | undefined;
  for (const run of runs) {
    const [, , , , x, y] = run.transform;
    const size = Math.abs(run.transform[3]) || run.height || 1;
    if (!current || Math.abs(y - current.baseline) > size * 0.5) {
      current = { text: '', left: x, right: x, size, baseline: y, page };
      lines.push(current);
    }
    if (run.str) {
      current.text += run.str;
      current.left = Math.min(current.left, x);
      current.right = Math.max(current.right, x + run.width);
      current.size = Math.max(current.size, size);
    }
    if (run.hasEOL) current = undefined;
  }
  return lines.filter((l) => l.text.trim() !== '');
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/**
 * Lines joined into paragraphs. A paragraph ends where the gap to the next line is wider than the
 * line pitch (when the document spaces its paragraphs), where the next line is indented, or —
 * when the gaps say nothing — where a line stops short of the right margin.
 */
function paragraphs(all: PdfLine[]): string {
  if (all.length === 0) return '';
  const margin = Math.max(...all.map((l) => l.right));
  const left = Math.min(...all.map((l) => l.left));
  const gaps = all.slice(1).map((l, i) => (l.page === all[i].page ? all[i].baseline - l.baseline : Number.NaN));
  const pitch = median(gaps.filter((g) => g > 0));
  const spaced = gaps.some((g) => g > pitch * 1.25);
  let out = '';
  all.forEach((line, i) => {
    // A PDF places words, it does not keep the spaces typed between them: a run of them reads as one.
    out += line.text.trim().replace(/ {2,}/g, ' ');
    if (i === all.length - 1) return;
    const next = all[i + 1];
    const short = margin - line.right >= line.size * 2;
    const indented = next.left - left > line.size * 1.5;
    const gap = gaps[i];
    const ends = indented || (Number.isNaN(gap) || !spaced ? short : gap > pitch * 1.25);
    const latinJoin = /[A-Za-z0-9]$/.test(line.text.trim()) && /^[A-Za-z]/.test(next.text.trim());
    out += ends ? '\n' : latinJoin ? ' ' : '';
  });
  return out.replace(ALIASED, (ch) => glyphAliases().get(ch) ?? ch);
}

export async function pdfText(bytes: Uint8Array, fileName: string): Promise<{ text: string; warnings: string[] }> {
  if (String.fromCharCode(...bytes.subarray(0, 5)) !== '%PDF-') throw new DocumentError(`${fileName} is not a PDF file`);
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  let document;
  try {
    // pdf.js takes ownership of the buffer it is given: pass a copy.
    document = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  } catch (error) {
    throw new DocumentError(`${fileName} is not a readable PDF (${(error as Error).message}); save it again as PDF`);
  }
  try {
    const lines: PdfLine[] = [];
    for (let n = 1; n <= document.numPages; n++) {
      const page = await document.getPage(n);
      const content = await page.getTextContent();
      lines.push(...linesOf(content.items.filter((item) => 'str' in item) as unknown as TextRun[], n));
      page.cleanup();
    }
    const text = paragraphs(lines);
    if ((text.match(/[\u4e00-\u9fff]/g) ?? []).length < 20) {
      throw new DocumentError(`${fileName} has no text layer (${document.numPages} page${document.numPages === 1 ? '' : 's'}, a scan?): run OCR on it, or ingest the report's text or web page instead; nothing was stored`);
    }
    return { text, warnings: [] };
  } finally {
    await document.destroy();
  }
}
