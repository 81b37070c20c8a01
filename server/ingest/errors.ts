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

/** At most this many problems, each at most PROBLEM_CHARS long, in a summary: a huge invalid catalog gives a short error. */
const SUMMARY_PROBLEMS = 10;
const PROBLEM_CHARS = 300;

/** The first problems of an ingest error and how many there are in all, for an error a client reads. */
export function summarizeProblems(problems: readonly string[]): string {
  const cut = (p: string) => (p.length > PROBLEM_CHARS ? `${p.slice(0, PROBLEM_CHARS)}…` : p);
  const shown = problems.slice(0, SUMMARY_PROBLEMS).map(cut).join('; ');
  return problems.length > SUMMARY_PROBLEMS ? `${problems.length} problems, the first ${SUMMARY_PROBLEMS}: ${shown}` : shown;
}
