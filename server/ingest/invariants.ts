/**
 * Consistency checks on a report's figures: funnels (received ≥ accepted ≥ concluded within a
 * topic) and stated totals equal to the sum of their parts. A violation is reported, not fatal:
 * the report says what it says, and the analyst should see both the figures and the doubt.
 */
import { lexicon } from '../vocabulary/lexicon.js';
import type { ParsedFigure } from './report.js';

export interface InvariantCheck {
  rule: 'FUNNEL' | 'PARTS_SUM';
  description: string;
  ok: boolean;
  figureKeys: string[];
}

const exact = (f: ParsedFigure) => f.qualifier === 'EXACT';

export function checkInvariants(figures: ParsedFigure[]): InvariantCheck[] {
  const checks: InvariantCheck[] = [];

  // Funnels: one figure per measure within a topic, totals only (parts have their own measure space).
  const byTopicMeasure = new Map<string, ParsedFigure[]>();
  for (const f of figures) {
    if (!f.topic || !f.measure || f.partOf) continue;
    const k = `${f.topic}\u0000${f.measure}`;
    byTopicMeasure.set(k, [...(byTopicMeasure.get(k) ?? []), f]);
  }
  const single = (topic: string, measure: string) => {
    const found = byTopicMeasure.get(`${topic}\u0000${measure}`);
    return found?.length === 1 && exact(found[0]) ? found[0] : undefined;
  };
  const topics = new Set(figures.map((f) => f.topic).filter((t): t is string => !!t));
  for (const topic of topics) {
    for (const funnel of lexicon().invariants.funnels) {
      for (let i = 0; i + 1 < funnel.measures.length; i++) {
        const larger = single(topic, funnel.measures[i]);
        const smaller = single(topic, funnel.measures[i + 1]);
        if (!larger || !smaller || larger.unit !== smaller.unit) continue;
        checks.push({
          rule: 'FUNNEL',
          description: `${topic}: ${larger.measure} (${larger.value}) ≥ ${smaller.measure} (${smaller.value}), since ${funnel.why}`,
          ok: larger.value >= smaller.value,
          figureKeys: [larger.key, smaller.key],
        });
      }
    }
  }

  // Stated totals against the sum of their parts.
  const byKey = new Map(figures.map((f) => [f.key, f]));
  const parts = new Map<string, ParsedFigure[]>();
  for (const f of figures) if (f.partOf) parts.set(f.partOf, [...(parts.get(f.partOf) ?? []), f]);
  for (const [totalKey, members] of parts) {
    const total = byKey.get(totalKey);
    if (!total) continue;
    const sum = members.reduce((acc, f) => acc + f.value, 0);
    const allExact = exact(total) && members.every(exact);
    checks.push({
      rule: 'PARTS_SUM',
      description: `${totalKey}: ${members.map((f) => f.value).join(' + ')} = ${sum} ${allExact ? '=' : '≤'} ${total.value}`,
      // With "more than" figures only an upper bound can be checked.
      ok: allExact ? sum === total.value : sum <= total.value || !exact(total),
      figureKeys: [totalKey, ...members.map((f) => f.key)],
    });
  }
  return checks;
}
