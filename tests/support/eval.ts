/**
 * Judging answers against the question sets in tests/eval (format: DESIGN.md's eval contract):
 * expect.value, expect.values, expect.text, expect.absent (text the answer must not say), expect.status /
 * status_in, expect.any; a question's `after` lists questions asked before it in the same conversation
 * (it is a follow-up to them).
 */
import { readFileSync } from 'node:fs';

export interface Expectation {
  value?: number;
  values?: number[];
  text?: string[];
  /** Words the answer's text must not hold: another place's figure, a scope lost in a follow-up. */
  absent?: string[];
  status?: string;
  status_in?: string[];
  any?: Expectation[];
}
export interface EvalQuestion {
  id: string;
  q: string;
  expect: Expectation;
  /** Questions asked first, in the same conversation: `q` is a follow-up to the last of them. */
  after?: string[];
}
export interface JudgedAnswer {
  status: string;
  text: string;
  value: number | null;
  facts: { value: number | null; quote: string }[];
}

export function readQuestions(path: string): EvalQuestion[] {
  return readFileSync(path, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as EvalQuestion);
}

const close = (a: number | null | undefined, b: number) => typeof a === 'number' && Math.abs(a - b) <= Math.max(0.05, Math.abs(b) * 1e-6);

/** Why the answer misses the expectation, or null when it meets it. */
export function judge(answer: JudgedAnswer, expect: Expectation): string | null {
  if (expect.any) {
    const misses = expect.any.map((e) => judge(answer, e));
    return misses.some((m) => m === null) ? null : `none of: ${misses.join(' | ')}`;
  }
  if (expect.status && answer.status !== expect.status) return `status ${answer.status}, expected ${expect.status}`;
  if (expect.status_in && !expect.status_in.includes(answer.status)) return `status ${answer.status}, expected one of ${expect.status_in.join('/')}`;
  if (expect.value !== undefined && !close(answer.value, expect.value)) return `value ${answer.value}, expected ${expect.value}`;
  if (expect.values) {
    const held = [answer.value, ...answer.facts.map((f) => f.value)];
    const missing = expect.values.filter((v) => !held.some((h) => close(h, v)));
    if (missing.length) return `values missing: ${missing.join(', ')} (had ${held.join(', ')})`;
  }
  if (expect.text) {
    const haystack = [answer.text, ...answer.facts.map((f) => f.quote)];
    const missing = expect.text.filter((t) => !haystack.some((h) => h.includes(t)));
    if (missing.length) return `text missing: ${missing.join(', ')}`;
  }
  if (expect.absent) {
    const said = expect.absent.filter((t) => answer.text.includes(t));
    if (said.length) return `text holds: ${said.join(', ')}`;
  }
  // A question that expects a number must not be answered by refusing.
  if ((expect.value !== undefined || expect.values) && !expect.status && answer.status !== 'ANSWERED') return `status ${answer.status}`;
  return null;
}
