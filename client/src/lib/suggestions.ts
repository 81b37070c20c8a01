/**
 * Suggested questions made from what the hub holds: a topic whose cases go received → accepted →
 * concluded, a total with its parts, two comparable figures, a share, and single figures of other
 * topics. Each is phrased the way the ask parser reads it.
 */
import { unitName } from './format.js';
import type { Lang } from './i18n.js';
import type { SuggestionData } from './types.js';

type Metric = SuggestionData['metrics']['nodes'][number];

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

export function suggestQuestions(data: Pick<SuggestionData, 'topics' | 'metrics'>, lang: Lang, max = 6): string[] {
  const metrics = data.metrics.nodes.filter((m) => m.topic);
  const byTopic = new Map<string, Metric[]>();
  for (const metric of metrics) {
    const list = byTopic.get(metric.topic!.id) ?? [];
    list.push(metric);
    byTopic.set(metric.topic!.id, list);
  }
  const measureOf = (list: Metric[], measure: string) => list.find((m) => m.measure?.id === measure && !m.partOf);
  const label = (m: Metric) => (lang === 'zh' ? m.label : m.labelEn);
  const usedTopics = new Set<string>();
  const out: string[] = [];
  const add = (question: string | null, topic?: string) => {
    if (!question || out.includes(question)) return;
    out.push(question);
    if (topic) usedTopics.add(topic);
  };

  // received, accepted and concluded of one topic
  for (const [topicId, list] of byTopic) {
    const [received, accepted, concluded] = ['received', 'accepted', 'concluded'].map((m) => measureOf(list, m));
    if (!received || !accepted || !concluded || received.unit !== concluded.unit) continue;
    const topic = received.topic!;
    add(
      lang === 'zh'
        ? `${topic.name}收到、受理、审结分别多少${received.unit}?`
        : `How many ${lowerFirst(topic.nameEn)} ${unitName(received.unit, 2, 'en')} were received, accepted and concluded?`,
      topicId,
    );
    break;
  }

  // a stated total and its parts
  const total = metrics.find((m) => m.parts.length >= 2 && !usedTopics.has(m.topic!.id));
  if (total) add(lang === 'zh' ? `${total.label}的构成是怎样的？` : `What is the breakdown of ${lowerFirst(total.labelEn)}?`, total.topic!.id);

  // two figures of one topic that count the same thing in the same unit (the shortest such pair)
  const pairs = [...byTopic]
    .filter(([topicId]) => !usedTopics.has(topicId))
    .flatMap(([topicId, list]) => pairsOf(list.filter((m) => !m.partOf && m.parts.length === 0 && m.measure?.kind === 'COUNT')).map((pair) => ({ topicId, pair })))
    .sort((x, y) => length(x.pair) - length(y.pair));
  if (pairs[0]) {
    const [a, b] = pairs[0].pair;
    add(lang === 'zh' ? `${a.label}和${b.label}哪个多？` : `Which is more, ${lowerFirst(a.labelEn)} or ${lowerFirst(b.labelEn)}?`, pairs[0].topicId);
  }

  // a share: accepted out of received
  for (const list of byTopic.values()) {
    const received = measureOf(list, 'received');
    const accepted = measureOf(list, 'accepted');
    if (!received || !accepted) continue;
    add(
      lang === 'zh'
        ? `${accepted.label}占${received.label}的比例是多少？`
        : `What share of ${lowerFirst(received.labelEn).replace(/ received$/, '')} were accepted?`,
    );
    break;
  }

  // single curated figures of topics not yet asked about
  for (const [topicId, list] of byTopic) {
    if (out.length >= max) break;
    if (usedTopics.has(topicId)) continue;
    const figure = list
      .filter((m) => m.labelledBy === 'CATALOG' && !m.partOf && m.measure?.kind === 'COUNT')
      .sort((a, b) => a.label.length - b.label.length)[0];
    if (figure) add(lang === 'zh' ? `${figure.label}是多少？` : `How many ${lowerFirst(label(figure))}?`, topicId);
  }
  return out.slice(0, max);
}

function pairsOf(list: Metric[]): [Metric, Metric][] {
  const pairs: [Metric, Metric][] = [];
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      if (list[i].measure?.id === list[j].measure?.id && list[i].unit === list[j].unit) pairs.push([list[i], list[j]]);
    }
  }
  return pairs;
}

const length = ([a, b]: [Metric, Metric]) => a.label.length + b.label.length;

/** A question as asked of one report among several: 金平2024年… / … in Jinping 2024? */
export function placed(question: string, report: { regionShort: string; regionEn: string; year: number }, lang: Lang): string {
  if (lang === 'zh') return `${report.regionShort}${report.year}年${question}`;
  return `${question.replace(/\?$/, '')} in ${report.regionEn} ${report.year}?`;
}

/**
 * Suggestions for the reports in scope. Scoped to one report (or with only one held), its own
 * questions; across several, questions of each report in turn, each naming its place and year,
 * so that the question says which report it is about.
 */
export function suggestForScope(data: SuggestionData, lang: Lang, max: number, scopedTo?: string): string[] {
  if (scopedTo || data.reports.length < 2) return suggestQuestions(data, lang, max);
  const byReport = new Map<string, Metric[]>();
  for (const m of data.metrics.nodes) byReport.set(m.report.id, [...(byReport.get(m.report.id) ?? []), m]);
  const lists = data.reports
    .filter((r) => byReport.has(r.id))
    .map((r) => suggestQuestions({ topics: data.topics, metrics: { nodes: byReport.get(r.id)! } }, lang, max).map((q) => placed(q, r, lang)));
  const out: string[] = [];
  for (let i = 0; out.length < max && lists.some((l) => i < l.length); i++) {
    for (const list of lists) if (list[i] && out.length < max) out.push(list[i]);
  }
  return out;
}
