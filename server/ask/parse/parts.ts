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

/** English words that build a question, never a modifier or a head noun shared by coordination. */
const FRAME_EN = /^(?:how|many|much|what|which|who|the|a|an|of|in|on|at|for|to|by|with|from|was|were|is|are|did|do|does|has|have|had|there|total|number|share|all|both|each)$/;
const LATIN_WORDS = /[a-z0-9]+(?:['’-][a-z]+)*/gi;

/**
 * English coordination of modifiers before one head noun, the mirror of 刑事和民事案件: in
 * "judicial and procuratorial suggestions issued by Langxi" the first part is one word, and it
 * shares what follows the second part's first word ("judicial suggestions issued by Langxi").
 * Only when the first part's one content word ends it and the second part starts with a content word and has more.
 */
function withSharedEnglishHead(out: string[]): void {
  for (let i = out.length - 2; i >= 0; i--) {
    const before = out[i].match(LATIN_WORDS) ?? [];
    const after = out[i + 1].match(LATIN_WORDS) ?? [];
    const content = before.filter((w) => !FRAME_EN.test(w.toLowerCase()));
    // The first part is the modifier alone: one that already has its own head is left alone.
    if (content.length !== 1) continue;
    const modifier = before.at(-1)?.toLowerCase();
    const first = after[0]?.toLowerCase();
    if (!modifier || !first || after.length < 2 || FRAME_EN.test(modifier) || FRAME_EN.test(first)) continue;
    if (/[\u3400-\u9fff]/.test(out[i] + out[i + 1])) continue;
    const rest = out[i + 1].trim().slice(out[i + 1].trim().toLowerCase().indexOf(first) + first.length);
    if (!/[a-z]/i.test(rest)) continue;
    out[i] = `${out[i].trim()}${rest}`;
  }
}

const CONTRASTS = /[占比]|除以|还是|或|相比|对比|\s(?:than|versus|vs|or|out of|divided by|over)\s/;

/**
 * Words coordinated parts share, given back to the parts that lack them:
 * - a 的-phrase leading the first part modifies them all (村法律顾问开展的法律服务活动和法治讲座: the
 *   讲座 are the advisers' too), unless a part has a 的 or names a topic of its own;
 * - parallel modifiers share the head noun the last one carries (A类和C类法律职业资格证书持有者,
 *   刑事和民事案件, 市级和县级文件): a short part ending in the same morpheme (类, 事, 级) as the last
 *   part's first word takes the rest of the last part. Verbs are not modifiers (受理、审结、调解成功).
 */
export function withSharedWords(text: string, parts: string[], namesTopic: (part: string) => boolean, isVerb: (word: string) => boolean): string[] {
  if (parts.length < 2) return parts;
  const out = [...parts];
  const lead = out[0].lastIndexOf('的');
  // Only coordinated parts share it: in A占B, A比B, A还是B the second part is another thing (收到案件).
  if (lead > 0 && lead < out[0].length - 1 && !CONTRASTS.test(text)) {
    const prefix = out[0].slice(0, lead + 1);
    for (let i = 1; i < out.length; i++) if (!out[i].includes('的') && !namesTopic(out[i])) out[i] = prefix + out[i];
  }
  withSharedEnglishHead(out);
  const last = out[out.length - 1];
  const pieces = segmentKeepingLatin(last).filter((w) => w.trim());
  // A letter and the morpheme after it are one modifier (C类).
  if (pieces.length > 2 && /^[a-z]+$/i.test(pieces[0])) pieces.splice(0, 2, pieces[0] + pieces[1]);
  const [head, ...rest] = pieces;
  if (head && rest.length && !isVerb(head)) {
    const tail = last.slice(last.indexOf(head) + head.length);
    for (let i = 0; i < out.length - 1; i++) {
      const part = out[i];
      if ([...part].length <= 4 && part.at(-1) === head.at(-1) && part !== head && !isVerb(part) && !namesTopic(part)) out[i] = part + tail;
    }
  }
  return out;
}
