/**
 * A report's headline figures by topic — the content of the one-page brief. Per topic, in the
 * order topics first appear in the report: stated totals and single figures before parts of a
 * total, curated labels before automatic ones (the surer first), shown in report order. A figure whose
 * automatic label is a guess (labelConfidence below LOW_LABEL_CONFIDENCE) is never a headline: it is
 * counted in `more`, and found by questions and the figures list, where it says it is a guess.
 */
import { readFileSync } from 'node:fs';
import type { Metric, Section } from '../model/index.js';
import { isLowConfidence } from '../model/label-confidence.js';
import { LEXICON_DIR, lexicon } from '../vocabulary/lexicon.js';
import { derivedRates, isTrustedLabel, type DerivedRate } from './rates.js';

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

/**
 * The key figures of the one-page brief, by a rule kept as data (seeds/lexicon/brief.json):
 * 1. only stated figures with a topic and a measure, not parts of a total, whose label is curated
 *    or sure enough (automatic labels below `minLabelConfidence` never headline);
 * 2. the core topics first, in the listed order (行政复议, 行政诉讼, 法律援助, 人民调解 …), up to
 *    `perCoreTopic` figures each: the first stage of the topic's funnel (received) and the last
 *    stage of that funnel it states (concluded), else its stated totals and first figures;
 * 3. then the other topics in report order, `perOtherTopic` each, until `maxFigures`.
 * Shown in that order, so the page opens with the case funnels.
 */
export interface BriefRule {
  coreTopics: string[];
  perCoreTopic: number;
  perOtherTopic: number;
  maxFigures: number;
  minLabelConfidence: number;
}

let rule: BriefRule | undefined;

export function briefRule(): BriefRule {
  rule ??= JSON.parse(readFileSync(`${LEXICON_DIR}brief.json`, 'utf8')) as BriefRule;
  return rule;
}

/** The figures of one topic in the order the brief takes them. */
function topicPicks(group: Metric[], count: number, totals: Set<string>): Metric[] {
  const funnels = lexicon().invariants.funnels.map((f) => f.measures);
  const byStage = (measure: string) => funnels.find((f) => f[0] === measure) ?? funnels.find((f) => f.includes(measure));
  const ranked = [...group].sort((a, b) => rankOf(a, totals) - rankOf(b, totals) || a.spanStart - b.spanStart);
  // A funnel's head, then the last stage of the same funnel the topic states.
  const head = funnels.flatMap((f) => f).map((measure) => group.find((m) => m.measureId === measure)).find(Boolean);
  const picks: Metric[] = [];
  if (head) {
    picks.push(head);
    const funnel = byStage(head.measureId!)!;
    const tail = [...funnel].reverse().map((measure) => group.find((m) => m.measureId === measure && m !== head)).find(Boolean);
    if (tail) picks.push(tail);
  }
  for (const m of ranked) if (!picks.includes(m)) picks.push(m);
  return picks.slice(0, count);
}

/** Stated totals (figures with parts) before single figures, curated before automatic. */
function rankOf(m: Metric, totals: Set<string>): number {
  return (totals.has(m.id) ? 0 : 1) + (m.labelledBy === 'CATALOG' ? 0 : 1) - m.labelConfidence / 10;
}

export function keyFigures(metrics: readonly Metric[], chosen: BriefRule = briefRule()): Metric[] {
  const candidates = [...metrics]
    .filter((m) => m.topicId && m.measureId && !m.partOfId && isTrustedLabel(m, chosen.minLabelConfidence))
    .sort((a, b) => a.spanStart - b.spanStart);
  const groups = new Map<string, Metric[]>();
  for (const m of candidates) groups.set(m.topicId!, [...(groups.get(m.topicId!) ?? []), m]);
  const totals = new Set(metrics.map((m) => m.partOfId).filter((id): id is string => !!id));
  const core = chosen.coreTopics.filter((t) => groups.has(t));
  const others = [...groups.keys()].filter((t) => !chosen.coreTopics.includes(t));
  const picks = [
    ...core.flatMap((t) => topicPicks(groups.get(t)!, chosen.perCoreTopic, totals)),
    ...others.flatMap((t) => topicPicks(groups.get(t)!, chosen.perOtherTopic, totals)),
  ];
  return picks.slice(0, chosen.maxFigures);
}

/** The rates a report's figures imply, those of the headline figures' topics first (the brief's and the summary's order). */
export function headlineRates(metrics: readonly Metric[], headlines: readonly Metric[]): DerivedRate[] {
  const keyTopics = [...new Set(headlines.map((m) => m.topicId))];
  const rank = (topicId: string) => {
    const i = keyTopics.indexOf(topicId);
    return i < 0 ? keyTopics.length : i;
  };
  return derivedRates([...metrics]).sort((a, b) => rank(a.topicId) - rank(b.topicId));
}

/** Where a report's figure stands among the reports that state the same indicator. */
export interface IndicatorPlace {
  /** 1 for the largest value. */
  rank: number;
  /** How many reports state the indicator (the report itself included). */
  of: number;
}

/**
 * The same indicator is the same topic, measure and unit. A report counts when it states it
 * exactly once as a stated figure with a trusted label; ties share a rank. Null when no other
 * report states it.
 */
export function indicatorPlace(figure: Metric, sameIndicator: readonly Metric[]): IndicatorPlace | null {
  const byReport = new Map<string, Metric[]>();
  for (const m of sameIndicator) {
    if (m.topicId !== figure.topicId || m.measureId !== figure.measureId || m.unit !== figure.unit || m.partOfId || !isTrustedLabel(m)) continue;
    byReport.set(m.reportId, [...(byReport.get(m.reportId) ?? []), m]);
  }
  byReport.set(figure.reportId, [figure]);
  const values = [...byReport.values()].filter((ms) => ms.length === 1).map(([m]) => m.value);
  if (values.length < 2) return null;
  return { rank: 1 + values.filter((v) => v > figure.value).length, of: values.length };
}

/**
 * The lines of a report's 存在的问题 (PROBLEM) or 下一步 (RECOMMENDATION) parts, as the brief and
 * the summary show them: the items under those parts, in report order; a part with no items stands
 * for itself.
 */
export function itemsOf(sections: readonly Section[], role: 'PROBLEM' | 'RECOMMENDATION'): Section[] {
  const ofRole = sections.filter((s) => s.role === role).sort((a, b) => a.spanStart - b.spanStart);
  const items = ofRole.filter((s) => s.kind !== 'PART');
  return items.length ? items : ofRole;
}
