/**
 * Suggested follow-up questions for an answer, built from the figures the hub holds: the next stage
 * of the same funnel, the share of a part in its whole (or the rate a funnel implies), the same
 * figure in another report, a ranking of it across the reports that state it, the topic's overview.
 *
 * This module only proposes: each candidate carries what answering it must show (the figure, the
 * ratio, the overview, the ranking). AskService.followUps then asks each candidate of the parser, in
 * the answer's scope and without logging, and keeps only those answered with what was expected —
 * so a suggestion is always a question the hub answers, whatever the wording of its labels.
 * Questions are phrased the way people ask and the parser reads (the panel's suggestions use the
 * same forms), naming place and year, so each stands on its own when shared or asked later.
 */
import type { Metric, Report } from '../model/index.js';
import { indicatorId } from '../query/indicators.js';
import { isTrustedLabel, rateDefinitions } from '../query/rates.js';
import { lexicon } from '../vocabulary/lexicon.js';
import { regionNamed } from '../vocabulary/regions.js';

/** How many follow-ups an answer offers at most. */
export const MAX_FOLLOW_UPS = 4;

export type FollowUpKind = 'next-stage' | 'share' | 'rate' | 'other-report' | 'ranking' | 'overview' | 'sibling' | 'nearest';

/** What the answer to a follow-up must be made of, for it to be the question it claims to be. */
export type Expectation =
  | { op: 'lookup'; metricId: string }
  | { op: 'ratio'; numerator: string; denominator: string }
  | { op: 'overview'; topicId: string }
  | { op: 'rank'; metricId: string; indicatorId: string };

export interface FollowUpCandidate {
  kind: FollowUpKind;
  question: string;
  expect: Expectation;
}

export interface FollowUpInput {
  language: 'zh' | 'en';
  /** The figures the answer is about, most important first (an unanswerable answer's nearest figures). */
  anchors: Metric[];
  /** Whether the answer could not be given: then its figures are offered as questions of their own. */
  unanswered: boolean;
  /** The structured query the answer ran, so that the same question is not suggested again. */
  query: Record<string, unknown>;
  /** Every figure of a report. */
  metricsOf(reportId: string): Metric[];
  /** Figures of other reports measuring the same thing as a figure (its indicator), most recent first. */
  sameIndicator(metric: Metric): Metric[];
  reportOf(reportId: string): Report | undefined;
  /** The question is read within one report: questions about others would not be answered there. */
  scoped: boolean;
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** 紫云2024年 / in Ziyun 2024: the place as people say it, and the year. */
function placeOf(report: Report, language: 'zh' | 'en'): string {
  const region = regionNamed(report.region);
  return language === 'zh' ? `${region.aliases.at(-1) ?? report.region}${report.year}年` : `in ${region.pinyin} ${report.year}`;
}

function topicName(topicId: string, language: 'zh' | 'en'): string | undefined {
  const entry = lexicon().topics.find((t) => t.key === topicId);
  return entry ? (language === 'zh' ? entry.zh : entry.en) : undefined;
}

/**
 * A label as a question says it. An automatic label ends in its unit and may open with its topic
 * (行政复议:受理(件), Administrative reconsideration: accepted (cases)): the unit is the question's
 * to ask (多少), and the topic reads as part of the phrase.
 */
export function spokenLabel(m: Pick<Metric, 'labelZh' | 'labelEn' | 'labelledBy'>, language: 'zh' | 'en'): string {
  const label = language === 'zh' ? m.labelZh : m.labelEn;
  if (m.labelledBy !== 'AUTO') return language === 'zh' ? label : lowerFirst(label);
  const bare = label.replace(/\s*[(（][^()（）]{1,12}[)）]$/u, '');
  return language === 'zh' ? bare.replace(/[:：]/g, '') : lowerFirst(bare.replace(/\s*:\s*/g, ' '));
}

/** The question whose answer is one figure: 紫云2024年受理的行政复议案件数是多少？ / How many … in Ziyun 2024? */
export function figureQuestion(m: Metric, report: Report, language: 'zh' | 'en'): string {
  if (language === 'zh') return `${placeOf(report, 'zh')}${spokenLabel(m, 'zh')}是多少？`;
  const label = spokenLabel(m, 'en');
  return m.unit === '%' ? `What is the ${label} ${placeOf(report, 'en')}?` : `How many ${label} ${placeOf(report, 'en')}?`;
}

function shareQuestion(part: Metric, whole: Metric, report: Report, language: 'zh' | 'en'): string {
  return language === 'zh'
    ? `${placeOf(report, 'zh')}${spokenLabel(part, 'zh')}占${spokenLabel(whole, 'zh')}的比例是多少？`
    : `What share of ${spokenLabel(whole, 'en')} are ${spokenLabel(part, 'en')} ${placeOf(report, 'en')}?`;
}

/** A funnel's rate by its name: 紫云2024年行政复议的受理率是多少？ */
function rateQuestion(rate: { zh: string; en: string }, topicId: string, report: Report, language: 'zh' | 'en'): string | undefined {
  const topic = topicName(topicId, language);
  if (!topic) return undefined;
  return language === 'zh' ? `${placeOf(report, 'zh')}${topic}的${rate.zh}是多少？` : `What is the ${rate.en} of ${lowerFirst(topic)} ${placeOf(report, 'en')}?`;
}

function overviewQuestion(topicId: string, report: Report, language: 'zh' | 'en'): string | undefined {
  const name = topicName(topicId, language);
  if (!name) return undefined;
  return language === 'zh' ? `${placeOf(report, 'zh')}${name}的总体情况怎么样？` : `What are the ${lowerFirst(name)} figures ${placeOf(report, 'en')}?`;
}

function rankingQuestion(m: Metric, language: 'zh' | 'en'): string {
  return language === 'zh' ? `各地${spokenLabel(m, 'zh')}排名` : `Rank the reports by ${spokenLabel(m, 'en')}`;
}

/** A figure fit to build a question on: stated on its own (not a part), its label trusted. */
const usable = (m: Metric) => isTrustedLabel(m);

/** The one usable figure of a report with a topic and a measure, not a part of a total. */
function stageOf(metrics: Metric[], topicId: string, measureId: string): Metric | undefined {
  const found = metrics.filter((m) => m.topicId === topicId && m.measureId === measureId && !m.partOfId && usable(m));
  return found.length === 1 ? found[0] : undefined;
}

/** The candidates, in the order they are worth offering; AskService.followUps verifies them. */
export function followUpCandidates(input: FollowUpInput): FollowUpCandidate[] {
  const { language, anchors } = input;
  const out: FollowUpCandidate[] = [];
  const asked = new Set<string>();
  // Figures the answer already shows are not asked about again (an unanswered one shows none).
  const shown = new Set(input.unanswered ? [] : anchors.map((m) => m.id));
  const add = (kind: FollowUpKind, question: string | undefined, expect: Expectation) => {
    if (!question || asked.has(question) || sameAsAnswer(expect, input.query)) return;
    if (expect.op === 'lookup' && shown.has(expect.metricId)) return;
    asked.add(question);
    out.push({ kind, question, expect });
  };

  if (input.unanswered) {
    // Nothing answered: the nearest figures the hub does hold, each as a question of its own.
    for (const m of anchors.slice(0, MAX_FOLLOW_UPS)) {
      const report = input.reportOf(m.reportId);
      if (report && usable(m)) add('nearest', figureQuestion(m, report, language), { op: 'lookup', metricId: m.id });
    }
  }

  const anchor = anchors.find(usable) ?? anchors[0];
  const report = anchor && input.reportOf(anchor.reportId);
  if (!anchor || !report) return out;
  const metrics = input.metricsOf(anchor.reportId);
  const { funnels } = lexicon().invariants;

  if (anchor.topicId && anchor.measureId) {
    // The next stage of the anchor's funnel (received → accepted → concluded) the answer does not
    // show yet, else the one before.
    for (const { measures } of funnels) {
      const at = measures.indexOf(anchor.measureId);
      if (at < 0) continue;
      const steps = [...measures.keys()].filter((i) => i > at).concat([...measures.keys()].filter((i) => i < at).reverse());
      for (const step of steps) {
        const stage = stageOf(metrics, anchor.topicId, measures[step]);
        if (stage && stage.id !== anchor.id && !shown.has(stage.id)) {
          add('next-stage', figureQuestion(stage, report, language), { op: 'lookup', metricId: stage.id });
          break;
        }
      }
    }
    // A rate of the funnel the anchor is a side of (受理率 = 受理 ÷ 收到), when both sides are stated.
    for (const rate of rateDefinitions()) {
      if (rate.numerator !== anchor.measureId && rate.denominator !== anchor.measureId) continue;
      const numerator = stageOf(metrics, anchor.topicId, rate.numerator);
      const denominator = stageOf(metrics, anchor.topicId, rate.denominator);
      if (!numerator || !denominator || numerator.unit !== denominator.unit || numerator.value > denominator.value || denominator.value <= 0) continue;
      // By the rate's name first; its two figures spelled out in case the name is not read.
      const expect = { op: 'ratio', numerator: numerator.id, denominator: denominator.id } as const;
      add('rate', rateQuestion(rate, anchor.topicId, report, language), expect);
      add('rate', shareQuestion(numerator, denominator, report, language), expect);
      break;
    }
  }

  // The share of a part in its stated whole (村级调解委员会 of all committees).
  const whole = anchor.partOfId ? metrics.find((m) => m.id === anchor.partOfId) : undefined;
  if (whole && usable(whole)) add('share', shareQuestion(anchor, whole, report, language), { op: 'ratio', numerator: anchor.id, denominator: whole.id });

  if (!input.scoped) {
    const others = input.sameIndicator(anchor).filter((m) => m.reportId !== anchor.reportId);
    // The same figure in another report: the same place's other year first, else the most recent.
    const other = others.find((m) => input.reportOf(m.reportId)?.region === report.region) ?? others[0];
    const otherReport = other && input.reportOf(other.reportId);
    if (other && otherReport) add('other-report', figureQuestion(other, otherReport, language), { op: 'lookup', metricId: other.id });
    if (others.length) add('ranking', rankingQuestion(anchor, language), { op: 'rank', metricId: anchor.id, indicatorId: indicatorId(anchor.topicId ?? '', anchor.measureId ?? '', anchor.unit) });
  }

  const topicFigures = anchor.topicId ? metrics.filter((m) => m.topicId === anchor.topicId) : [];
  if (anchor.topicId && topicFigures.length >= 2) add('overview', overviewQuestion(anchor.topicId, report, language), { op: 'overview', topicId: anchor.topicId });

  // Another figure of the same topic, when little else could be offered.
  for (const sibling of topicFigures.filter((m) => !shown.has(m.id) && !m.partOfId && usable(m))) {
    if (out.length >= MAX_FOLLOW_UPS + 2) break;
    add('sibling', figureQuestion(sibling, report, language), { op: 'lookup', metricId: sibling.id });
  }
  return out;
}

/** Whether an answer's structured query is what a candidate promised. */
export function fulfils(expect: Expectation, query: Record<string, unknown>): boolean {
  const ids = (key: string) => (Array.isArray(query[key]) ? (query[key] as unknown[]) : []);
  switch (expect.op) {
    case 'lookup': return query.op === 'lookup' && ids('metrics').length === 1 && ids('metrics')[0] === expect.metricId;
    case 'ratio': return query.op === 'ratio' && query.numerator === expect.numerator && query.denominator === expect.denominator;
    case 'overview': return query.op === 'overview' && ids('topics').includes(expect.topicId);
    case 'rank': return query.op === 'rank' && (ids('metrics').includes(expect.metricId) || query.indicator === expect.indicatorId);
  }
}

/** A candidate that would only ask the answer's own question again. */
function sameAsAnswer(expect: Expectation, query: Record<string, unknown>): boolean {
  return fulfils(expect, query);
}
