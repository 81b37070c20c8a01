/** Resolving the names people use for regions and topics to what the database stores. */
import { lexicon } from '../vocabulary/lexicon.js';
import { regionsWith } from '../vocabulary/regions.js';

const same = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/**
 * 紫云, 紫云县, Ziyun → 紫云苗族布依族自治县, from the region list and the regions of the reports
 * held (赫章 → 赫章县); an unknown name is returned as given.
 */
export function officialRegionName(name: string, held: string[] = []): string {
  const region = regionsWith(held).find((r) => [r.name, ...r.aliases, r.pinyin].some((n) => same(n, name)));
  return region?.name ?? name.trim();
}

/** A topic key from its key, Chinese or English name or an alias; undefined when none matches. */
export function topicKey(name: string): string | undefined {
  return lexicon().topics.find((t) => [t.key, t.zh, t.en, ...t.aliases.zh, ...t.aliases.en].some((n) => same(n, name)))?.key;
}

export function measureKey(name: string): string | undefined {
  return lexicon().measures.find((m) => [m.key, m.zh, m.en, ...m.aliases.zh, ...m.aliases.en].some((n) => same(n, name)))?.key;
}
