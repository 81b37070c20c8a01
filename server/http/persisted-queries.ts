/**
 * The store of automatic persisted queries (APQ): a client registers a query text under its
 * SHA-256 hash once, then sends only the hash. Apollo keeps the texts here (keys `apq:<hash>`),
 * and the rate limit reads the same store, so a query sent by its hash counts exactly as the
 * query itself would (operation-kind.ts). Per process and bounded in bytes, like every cache here.
 */
import { LRUCache } from 'lru-cache';

/** Bytes of query texts a process keeps for persisted queries. */
export const PERSISTED_QUERY_BYTES = 8 * 2 ** 20;
/** Apollo files persisted queries under this prefix. */
const PREFIX = 'apq:';

/** Apollo's KeyValueCache, structurally (its package is not a dependency of ours). */
export class PersistedQueries {
  private readonly texts: LRUCache<string, string>;

  constructor(maxBytes: number) {
    this.texts = new LRUCache({ maxSize: maxBytes, sizeCalculation: (text, key) => (text.length + key.length) * 2 + 64 });
  }

  /** The query text registered under a hash, if this process holds it. */
  query(hash: string): string | undefined {
    return this.texts.get(PREFIX + hash);
  }

  async get(key: string): Promise<string | undefined> {
    return this.texts.get(key);
  }

  async set(key: string, value: string): Promise<void> {
    this.texts.set(key, value);
  }

  async delete(key: string): Promise<boolean> {
    return this.texts.delete(key);
  }
}
