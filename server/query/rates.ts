/**
 * Rates a report does not state but its figures imply: within one topic, one stage of a funnel
 * over another (受理率 = 受理 ÷ 收到, 审结率 = 审结 ÷ 受理). The definitions are data
 * (seeds/lexicon/rates.json). A rate is derived only when each side is one unambiguous figure:
 * a stated figure (not a part of a total), of the same unit, with a label sure enough to trust,
 * the numerator not above the denominator. The result says how it was computed.
 */
import { readFileSync } from 'node:fs';
import type { Metric } from '../model/index.js';
import { LEXICON_DIR, lexicon } from '../vocabulary/lexicon.js';

export interface RateDefinition {
  key: string;
  zh: string;
  en: string;
  /** Measure keys. */
  numerator: string;
  denominator: string;
  aliases?: { zh: string[]; en: string[] };
  /** Measures of stated rates that people call by this rate's name too (及时办结率 for 结案率). */
  stated?: string[];
}

export interface DerivedRate {
  definition: RateDefinition;
  topicId: string;
  numerator: Metric;
  denominator: Metric;
  /** 0–100, rounded to one decimal. */
  value: number;
}

let definitions: RateDefinition[] | undefined;

export function rateDefinitions(): RateDefinition[] {
  definitions ??= JSON.parse(readFileSync(`${LEXICON_DIR}rates.json`, 'utf8')) as RateDefinition[];
  return definitions;
}

/** Automatic labels below this confidence are not trusted to headline or to derive from. */
export const MIN_LABEL_CONFIDENCE = 0.7;

export function isTrustedLabel(m: Pick<Metric, 'labelledBy' | 'labelConfidence'>, minConfidence = MIN_LABEL_CONFIDENCE): boolean {
  return m.labelledBy !== 'AUTO' || m.labelConfidence >= minConfidence;
}

/** The one stated figure of a topic and measure, or undefined when there is none or several. */
function soleFigure(metrics: readonly Metric[], topicId: string, measureId: string): Metric | undefined {
  const found = metrics.filter((m) => m.topicId === topicId && m.measureId === measureId && !m.partOfId && isTrustedLabel(m));
  return found.length === 1 ? found[0] : undefined;
}

/** Every rate the figures of one report imply, in the order of the topics' first figures. */
export function derivedRates(metrics: readonly Metric[]): DerivedRate[] {
  const topics = [...new Set([...metrics].sort((a, b) => a.spanStart - b.spanStart).map((m) => m.topicId).filter((t): t is string => !!t))];
  const rates: DerivedRate[] = [];
  for (const topicId of topics) {
    for (const definition of rateDefinitions()) {
      const numerator = soleFigure(metrics, topicId, definition.numerator);
      const denominator = soleFigure(metrics, topicId, definition.denominator);
      if (!numerator || !denominator || numerator.unit !== denominator.unit || numerator.unit === '%') continue;
      if (denominator.value <= 0 || numerator.value > denominator.value) continue;
      rates.push({ definition, topicId, numerator, denominator, value: Math.round((numerator.value / denominator.value) * 1000) / 10 });
    }
  }
  return rates;
}

/** 受理率 = 受理 36件 ÷ 收到 39件 = 92.3% */
export function rateFormula(rate: DerivedRate, lang: 'zh' | 'en'): string {
  const { definition: d, numerator: n, denominator: m } = rate;
  const measureName = (key: string, l: 'zh' | 'en') => {
    const entry = lexicon().measures.find((x) => x.key === key);
    return entry ? entry[l] : key;
  };
  const name = lang === 'zh' ? d.zh : d.en;
  const unit = (x: Metric) => (lang === 'zh' ? x.unit : '');
  return `${name} = ${measureName(d.numerator, lang)} ${n.value}${unit(n)} ÷ ${measureName(d.denominator, lang)} ${m.value}${unit(m)} = ${rate.value}%`;
}
