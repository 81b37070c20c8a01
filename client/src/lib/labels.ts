/** Shorter labels for a set of related figures: what sets each apart from the others. */
import type { Lang } from './i18n.js';

/**
 * Drops the words every label shares at the start and at the end (村级人民调解委员会数,
 * 社区人民调解委员会数 → 村级, 社区), as long as each label keeps something of its own.
 */
export function shortLabels(labels: string[], lang: Lang): string[] {
  if (labels.length < 2) return labels;
  const split = (label: string) => (lang === 'zh' ? Array.from(label) : label.split(/\s+/).filter(Boolean));
  const join = (tokens: string[]) => (lang === 'zh' ? tokens.join('') : tokens.join(' '));
  const tokenized = labels.map(split);
  const shortest = Math.min(...tokenized.map((t) => t.length));
  const minimum = lang === 'zh' ? 2 : 1;

  let prefix = 0;
  while (prefix < shortest && tokenized.every((t) => t[prefix] === tokenized[0][prefix])) prefix++;
  let suffix = 0;
  while (
    suffix < shortest - prefix &&
    tokenized.every((t) => t[t.length - 1 - suffix] === tokenized[0][tokenized[0].length - 1 - suffix])
  ) {
    suffix++;
  }
  // Give back shared tokens while any label would keep less than `minimum` of its own
  // (员额制法官人数, 员额制检察官人数 → 法官, 检察官 rather than 法, 检察).
  let cutPrefix = prefix >= minimum ? prefix : 0;
  let cutSuffix = suffix >= minimum ? suffix : 0;
  const own = () => Math.min(...tokenized.map((t) => t.length - cutPrefix - cutSuffix));
  while (own() < minimum && (cutPrefix > 0 || cutSuffix > 0)) {
    if (cutSuffix > 0) cutSuffix--;
    else cutPrefix--;
  }
  if (cutPrefix < minimum) cutPrefix = 0;
  if (cutSuffix < minimum) cutSuffix = 0;
  const shortened = tokenized.map((t) => join(t.slice(cutPrefix, t.length - cutSuffix)).replace(/^的|的$/g, '').trim());
  if (shortened.some((s) => !s) || new Set(shortened).size !== shortened.length) return labels;
  return lang === 'en' ? shortened.map((s) => s.charAt(0).toUpperCase() + s.slice(1)) : shortened;
}

/** Cuts a label for an axis, keeping the whole for the tooltip. */
export function truncate(label: string, max: number): string {
  const chars = Array.from(label);
  return chars.length <= max ? label : `${chars.slice(0, max - 1).join('')}…`;
}
