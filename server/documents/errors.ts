/**
 * A file that cannot be read as a report: wrong format, corrupt, a scan without text, an unknown
 * encoding. The message says what is wrong with the file and what to do; nothing is stored.
 */
export class DocumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'DocumentError';
  }
}
