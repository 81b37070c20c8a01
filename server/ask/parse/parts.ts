/** A question cut into the parts that each name a figure (行政复议和行政诉讼 → two parts). */
import { CUE_MARK } from '../cues.js';
import { words } from '../../vocabulary/tokens.js';

const CONNECTORS_ZH = new Set(['和', '与', '及', '以及', '跟', '同', '加上', '加', '比', '、', ',', ',', ';', '还是', '或', '或者', '对比', '相比', '占', '除以', '/']);
const CONNECTORS_EN = /\s(?:and|plus|than|versus|vs\.?|or|minus|compared (?:with|to)|against|divided by|out of|over)\s|[,;]/;

/** Split a question at its connectors (和, 比, and, than …) into the parts that each name a figure. */
export function splitParts(text: string): string[] {
  const parts: string[] = [];
  // jieba glues 和 to a following 县 (和县 is a county): cut the conjunction loose first.
  const loosened = text.replace(/([\u3400-\u9fff])([和与及跟])(?![解谐睦平])([\u3400-\u9fff])/g, '$1 $2 $3');
  for (const chunk of loosened.split(CUE_MARK).flatMap((piece) => piece.split(CONNECTORS_EN))) {
    let current = '';
    for (const w of segmentKeepingLatin(chunk)) {
      if (CONNECTORS_ZH.has(w.trim())) {
        if (current.trim()) parts.push(current.trim());
        current = '';
      } else {
        current += w.trim() ? w : '';
      }
    }
    if (current.trim()) parts.push(current.trim());
  }
  return parts;
}

/** jieba words for Chinese runs, Latin stretches kept whole, so parts can be re-joined as text. */
function segmentKeepingLatin(text: string): string[] {
  const out: string[] = [];
  for (const piece of text.split(/([\u3400-\u9fff]+)/)) {
    if (!piece) continue;
    if (/[\u3400-\u9fff]/.test(piece)) out.push(...words(piece));
    else out.push(piece);
  }
  return out;
}
