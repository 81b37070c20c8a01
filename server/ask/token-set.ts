/**
 * A read-only set of tokens stored as sorted numbers: each distinct token gets a number once per
 * process, and a set is a Uint32Array of them. A report's figures and sentences hold a few hundred
 * such sets; as JavaScript Sets of strings they were most of a report's memory (about 2 KB each),
 * as arrays they are a tenth of that, and `has` is a map lookup and a binary search.
 */
const numbers = new Map<string, number>();
const tokens: string[] = [];

function numberOf(token: string): number {
  let n = numbers.get(token);
  if (n === undefined) {
    n = tokens.length;
    numbers.set(token, n);
    tokens.push(token);
  }
  return n;
}

/** Where a number is in an ascending array (binary search), or -1. */
export function positionIn(sorted: Uint32Array, n: number): number {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = sorted[mid];
    if (v === n) return mid;
    if (v < n) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

export class TokenSet implements Iterable<string> {
  private constructor(private readonly sorted: Uint32Array) {}

  static readonly EMPTY = new TokenSet(new Uint32Array(0));

  static of(values: Iterable<string>): TokenSet {
    const ns = new Set<number>();
    for (const value of values) ns.add(numberOf(value));
    return new TokenSet(Uint32Array.from(ns).sort());
  }

  get size(): number {
    return this.sorted.length;
  }

  /** The tokens' numbers, ascending (for counting without turning them back into strings). */
  get numbers(): Uint32Array {
    return this.sorted;
  }

  /** The number a token is stored as, or -1 when no set holds it: look it up once, test it often. */
  static numberOf(token: string): number {
    return numbers.get(token) ?? -1;
  }

  has(token: string): boolean {
    return this.hasNumber(numbers.get(token) ?? -1);
  }

  hasNumber(n: number): boolean {
    return n >= 0 && positionIn(this.sorted, n) >= 0;
  }

  *[Symbol.iterator](): Iterator<string> {
    for (const n of this.sorted) yield tokens[n];
  }
}

/**
 * How many of a report's figures hold each token, as two typed arrays (token numbers, sorted, and
 * their counts): a Map of strings took about 100 KB a report, this a tenth of it.
 */
export class TokenCounts {
  private constructor(private readonly sorted: Uint32Array, private readonly counts: Uint32Array) {}

  /** From counts by token number. */
  static of(counts: Map<number, number>): TokenCounts {
    const entries = [...counts].sort((a, b) => a[0] - b[0]);
    return new TokenCounts(Uint32Array.from(entries, (e) => e[0]), Uint32Array.from(entries, (e) => e[1]));
  }

  get(token: string): number | undefined {
    const n = numbers.get(token);
    if (n === undefined) return undefined;
    const at = positionIn(this.sorted, n);
    return at >= 0 ? this.counts[at] : undefined;
  }

  has(token: string): boolean {
    return this.get(token) !== undefined;
  }

  *[Symbol.iterator](): Iterator<[string, number]> {
    for (let i = 0; i < this.sorted.length; i++) yield [tokens[this.sorted[i]], this.counts[i]];
  }
}

/** The one copy of a word the token sets already hold (labels' words repeat in every report). */
export function intern(word: string): string {
  return tokens[numberOf(word)];
}

