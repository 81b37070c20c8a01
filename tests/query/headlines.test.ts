import { describe, expect, it } from 'vitest';
import type { Metric } from '../../server/model/index.js';
import { indicatorPlace, keyFigures } from '../../server/query/headlines.js';
import { derivedRates, rateFormula } from '../../server/query/rates.js';

let at = 0;
/** A figure as ingest stores it; report order follows the order of creation. */
function metric(topicId: string | null, measureId: string | null, value: number, extra: Partial<Metric> = {}): Metric {
  at += 10;
  return {
    id: `r/${topicId}.${measureId}.${at}`, reportId: 'r', topicId, measureId, value, unit: '件', partOfId: null,
    labelledBy: 'CATALOG', labelConfidence: 1, spanStart: at, spanEnd: at + 3, ...extra,
  } as Metric;
}

describe('keyFigures (the brief rule)', () => {
  const study = metric('rule-of-law-study', 'sessions-held', 64, { unit: '次' });
  const received = metric('administrative-reconsideration', 'received', 39);
  const accepted = metric('administrative-reconsideration', 'accepted', 36);
  const concluded = metric('administrative-reconsideration', 'concluded', 22);
  const publicity = metric('legal-publicity', 'sessions-held', 120, { unit: '次' });
  const unsure = metric('legal-aid', 'accepted', 27, { labelledBy: 'AUTO' as Metric['labelledBy'], labelConfidence: 0.5 });
  const litigation = metric('administrative-litigation', 'received', 23);
  const committees = metric('people-mediation', 'established', 196, { unit: '个' });
  const village = metric('people-mediation', 'established', 165, { unit: '个', partOfId: committees.id });
  const mediators = metric('people-mediation', 'staff', 225, { unit: '人' });
  const untopical = metric(null, null, 3);
  const all = [study, received, accepted, concluded, publicity, unsure, litigation, committees, village, mediators, untopical];

  it('puts the core funnels first, in the listed order, each with its first and last stage', () => {
    const chosen = keyFigures(all);
    expect(chosen.slice(0, 5)).toEqual([received, concluded, litigation, committees, mediators]);
  });

  it('then takes one figure of each other topic in report order', () => {
    expect(keyFigures(all).slice(5)).toEqual([study, publicity]);
  });

  it('never headlines an unsure automatic label, a part of a total or a figure without topic', () => {
    const chosen = keyFigures(all);
    for (const left of [unsure, village, untopical]) expect(chosen).not.toContain(left);
  });

  it('stops at maxFigures', () => {
    const many = Array.from({ length: 12 }, (_, i) => metric(`topic-${i}`, 'count', i));
    expect(keyFigures([...all, ...many])).toHaveLength(8);
  });

  it('takes a sure automatic label like a curated one', () => {
    const sure = metric('legal-aid', 'accepted', 537, { labelledBy: 'AUTO' as Metric['labelledBy'], labelConfidence: 0.9 });
    expect(keyFigures([...all, sure])).toContain(sure);
  });
});

describe('derivedRates', () => {
  const received = metric('administrative-reconsideration', 'received', 39);
  const accepted = metric('administrative-reconsideration', 'accepted', 36);
  const concluded = metric('administrative-reconsideration', 'concluded', 22);

  it('derives 受理率 and 审结率 from one figure per stage, with their formula', () => {
    const rates = derivedRates([received, accepted, concluded]);
    expect(rates.map((r) => [r.definition.key, r.value])).toEqual([['acceptance-rate', 92.3], ['conclusion-rate', 61.1]]);
    expect(rateFormula(rates[0], 'zh')).toBe('受理率 = 受理 36件 ÷ 收到 39件 = 92.3%');
    expect(rateFormula(rates[1], 'en')).toBe('conclusion rate = concluded 22 ÷ accepted 36 = 61.1%');
  });

  it('derives nothing when a stage is stated twice, in another unit, or exceeds the one before', () => {
    expect(derivedRates([received, accepted, metric('administrative-reconsideration', 'accepted', 30)])).toEqual(
      expect.not.arrayContaining([expect.objectContaining({ definition: expect.objectContaining({ key: 'acceptance-rate' }) })]),
    );
    expect(derivedRates([received, metric('administrative-reconsideration', 'accepted', 36, { unit: '人' })])).toEqual([]);
    expect(derivedRates([received, metric('administrative-reconsideration', 'accepted', 40)])).toEqual([]);
  });
});

describe('indicatorPlace', () => {
  const mine = metric('administrative-reconsideration', 'received', 39);
  const other = (value: number, reportId: string, extra: Partial<Metric> = {}) => metric('administrative-reconsideration', 'received', value, { reportId, ...extra });

  it('ranks the figure among reports stating the same indicator, largest first', () => {
    expect(indicatorPlace(mine, [mine, other(52, 'a'), other(20, 'b')])).toEqual({ rank: 2, of: 3 });
  });

  it('leaves out reports stating it twice, in another unit or with an unsure label, and is null alone', () => {
    expect(indicatorPlace(mine, [mine, other(52, 'a'), other(50, 'a'), other(60, 'b', { unit: '人' }), other(70, 'c', { labelledBy: 'AUTO' as Metric['labelledBy'], labelConfidence: 0.4 })])).toBeNull();
  });
});
