/**
 * Near-synonym rates: 复议结案率 may mean the rate the report states (及时办结率 100%) or the one its
 * figures imply (审结 22 ÷ 受理 36 = 61.1%). When both fit, the answer gives both and says which
 * the report states. A derived rate (seeds/lexicon/rates.json) lists the stated measures that are
 * its near-synonyms (`stated`); the question must name the derived rate (its name or an alias).
 */
import type { Metric } from '../model/index.js';
import type { HubQueries } from '../query/hub-queries.js';
import { derivedRates, isTrustedLabel, rateDefinitions, rateFormula, type DerivedRate } from '../query/rates.js';
import type { Answer } from './answer.type.js';
import type { Language } from './normalize.js';

function namesRate(normalized: string, rate: DerivedRate): boolean {
  const d = rate.definition;
  return [d.zh, d.en, ...(d.aliases?.zh ?? []), ...(d.aliases?.en ?? [])].some((n) => normalized.includes(n.toLowerCase()));
}

/** The stated rate and the derived one of the same topic that a question fits both of, if any. */
export async function ratePair(normalized: string, answer: Pick<Answer, 'facts' | 'query'>, queries: HubQueries): Promise<{ stated: Metric; derived: DerivedRate; answered: 'stated' | 'derived' } | null> {
  const query = answer.query as { op?: string; metrics?: string[]; numerator?: string } | null;
  const ids = query?.op === 'lookup' && query.metrics?.length === 1 ? query.metrics : query?.op === 'ratio' && query.numerator ? [query.numerator] : [];
  if (!ids.length) return null;
  const [metric] = await queries.metricsByIds(ids);
  if (!metric?.topicId) return null;
  const report = await queries.allMetrics({ reportId: metric.reportId });
  const sameTopic = report.filter((m) => m.topicId === metric.topicId);
  for (const derived of derivedRates(sameTopic)) {
    const statedMeasures = rateDefinitions().find((d) => d.key === derived.definition.key)?.stated ?? [];
    const stated = sameTopic.filter((m) => m.unit === '%' && m.measureId && statedMeasures.includes(m.measureId) && isTrustedLabel(m));
    if (stated.length !== 1) continue;
    if (query?.op === 'lookup' && metric.id === stated[0].id && namesRate(normalized, derived)) return { stated: stated[0], derived, answered: 'stated' };
    if (query?.op === 'ratio' && metric.id === derived.numerator.id) return { stated: stated[0], derived, answered: 'derived' };
  }
  return null;
}

/** The sentence that gives the other reading, and says which the report states. */
export function ratePairText(pair: NonNullable<Awaited<ReturnType<typeof ratePair>>>, language: Language): string {
  const zh = language === 'zh';
  const stated = `${zh ? pair.stated.labelZh : pair.stated.labelEn} ${pair.stated.value}%`;
  const formula = rateFormula(pair.derived, zh ? 'zh' : 'en');
  if (pair.answered === 'stated') {
    return zh ? `报告给出的是${stated}；按报告数字另可算得 ${formula}（计算所得，报告未直接给出）。`
      : `The report states ${stated}; computed from its figures, ${formula} (derived, not stated in the report).`;
  }
  return zh ? `这是计算所得，报告未直接给出；报告给出的是${stated}。` : `This is derived, not stated in the report; the report states ${stated}.`;
}
