/**
 * A report that cannot be ingested. It carries every problem found, not just the first, so that
 * whoever fixes the file or the catalog sees the whole list at once.
 */
export class IngestError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.length === 1 ? problems[0] : `${problems.length} problems:\n- ${problems.join('\n- ')}`);
    this.name = 'IngestError';
  }
}
