/** Documents a report cites by title: 《…》. */
import type { Span } from '../vocabulary/span.js';

export interface CitedDocument {
  title: string;
  /** The citation including its brackets. */
  span: Span;
}

export function extractDocuments(text: string): CitedDocument[] {
  const out: CitedDocument[] = [];
  // Titles may nest a quoted name (《关于…〈…〉的通知》) but never span a paragraph.
  for (const m of text.matchAll(/《([^《》\n]{1,200})》/g)) {
    out.push({ title: m[1].trim(), span: { start: m.index!, end: m.index! + m[0].length } });
  }
  return out;
}
