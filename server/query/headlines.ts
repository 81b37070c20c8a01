/**
 * A report's headline figures by topic — the content of the one-page brief. Per topic, in the
 * order topics first appear in the report: stated totals and single figures before parts of a
 * total, curated labels before automatic ones (the surer first), shown in report order.
 */
import type { Metric } from '../model/index.js';

export interface TopicHeadlines {
  topicId: string | null;
  metrics: Metric[];
  /** Figures of the topic not shown. */
  more: number;
}

export function headlines(metrics: readonly Metric[], perTopic: number): TopicHeadlines[] {
  const groups = new Map<string, Metric[]>();
  for (const m of [...metrics].sort((a, b) => a.spanStart - b.spanStart)) {
    const key = m.topicId ?? '';
    groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  const rank = (m: Metric) => (m.partOfId ? 2 : 0) + (m.labelledBy === 'CATALOG' ? 0 : 1) - m.labelConfidence / 10;
  // Figures without a topic go last.
  return [...groups].sort(([a], [b]) => Number(a === '') - Number(b === '')).map(([topicId, group]) => ({
    topicId: topicId || null,
    metrics: [...group].sort((a, b) => rank(a) - rank(b) || a.spanStart - b.spanStart).slice(0, perTopic).sort((a, b) => a.spanStart - b.spanStart),
    more: Math.max(0, group.length - perTopic),
  }));
}
