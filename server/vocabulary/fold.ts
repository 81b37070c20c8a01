/**
 * Character folding that keeps every offset: full-width ASCII forms become their half-width
 * counterparts and the ideographic space a plain space, one character for one character. The
 * full-width comma stays as it is: in Chinese prose it separates clauses, never digit groups.
 * Spans found in the folded text therefore index the original text unchanged, which is what
 * lets every figure point back at its exact place in the report.
 */
export function foldWidth(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 0xff01 && code <= 0xff5e && code !== 0xff0c) out += String.fromCharCode(code - 0xfee0);
    else if (code === 0x3000) out += ' ';
    else out += ch;
  }
  return out;
}
