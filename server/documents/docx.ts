/**
 * A Word document (.docx) to text with mammoth: one line per paragraph. A file that is not a
 * .docx (or is damaged) is an error that says so.
 */
import { DocumentError } from './errors.js';

export async function docxText(bytes: Uint8Array, fileName: string): Promise<{ text: string; warnings: string[] }> {
  // A .docx is a zip archive: it starts with PK. An old binary .doc does not.
  if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw new DocumentError(`${fileName} is not a .docx file (a Word 97–2003 .doc must be saved as .docx first)`);
  }
  try {
    // Loaded on first use: the hub serving questions never pays its memory.
    const { default: mammoth } = await import('mammoth');
    const { value, messages } = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    return { text: value, warnings: messages.filter((m) => m.type === 'error').map((m) => `${fileName}: ${m.message}`) };
  } catch (error) {
    throw new DocumentError(`${fileName} is not a readable .docx file (${(error as Error).message.split('\n')[0]}); open and save it again in Word`);
  }
}
