/**
 * Bytes to text. Reports from Chinese government sites come in UTF-8 and, still often, in GBK or
 * GB18030 (which contains GBK); a byte-order mark says UTF-8 or UTF-16. UTF-8 is tried strictly
 * first: GB18030 decodes nearly any byte sequence, so it can only be the fallback.
 */
import iconv from 'iconv-lite';
import { DocumentError } from './errors.js';

export interface DecodedText {
  text: string;
  encoding: 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'GB18030';
}

export function decodeText(bytes: Uint8Array, fileName: string): DecodedText {
  const [a, b, c] = bytes;
  if (a === 0xff && b === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'UTF-16LE' };
  if (a === 0xfe && b === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'UTF-16BE' };
  const body = a === 0xef && b === 0xbb && c === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'UTF-8' };
  } catch {
    // Not UTF-8: GBK/GB18030 is what Chinese Windows and older sites write.
  }
  const text = iconv.decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength), 'gb18030');
  if (text.includes('\uFFFD') || !/[\u4e00-\u9fff]/.test(text)) {
    throw new DocumentError(`${fileName} is neither UTF-8 nor GBK/GB18030 text; save it as UTF-8 and ingest it again`);
  }
  return { text, encoding: 'GB18030' };
}
