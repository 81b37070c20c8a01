/**
 * A report's headline figures by topic — the content of the one-page brief. Per topic, in the
 * order topics first appear in the report: stated totals and single figures before parts of a
 * total, curated labels before automatic ones (the surer first), shown in report order. A figure whose
 * automatic label is a guess (labelConfidence below LOW_LABEL_CONFIDENCE) is never a headline: it is
 * counted in `more`, and found by questions and the figures list, where it says it is a guess.
 */
import type { Metric } from '../model/index.js';
import { isLowConfidence } from '../model/label-confidence.js';

export interface TopicHeadlines {
  topicId: string | null;
  metrics: Metric[];
  /** Figures of the topic not shown. */
  more: number;
}

export function headlines(metrics: readonly Metric[], perTopic: number): TopicHeadlines[] {
  const groups = new Map<string, Metric[]>();
  const hidden = new Map<string, number>();
  for (const m of [...metrics].sort((a, b) => a.spanStart - b.spanStart)) {
    const key = m.topicId ?? '';
    if (isLowConfidence(m)) hidden.set(key, (hidden.get(key) ?? 0) + 1);
    else groups.set(key, [...(groups.get(key) ?? []), m]);
  }
  const rank = (m: Metric) => (m.partOfId ? 2 : 0) + (m.labelledBy === 'CATALOG' ? 0 : 1) - m.labelConfidence / 10;
  // Figures without a topic go last.
  return [...groups].sort(([a], [b]) => Number(a === '') - Number(b === '')).map(([topicId, group]) => ({
    topicId: topicId || null,
    metrics: [...group].sort((a, b) => rank(a) - rank(b) || a.spanStart - b.spanStart).slice(0, perTopic).sort((a, b) => a.spanStart - b.spanStart),
    more: Math.max(0, group.length - perTopic) + (hidden.get(topicId) ?? 0),
  }));
}
