import { describe, expect, it } from 'vitest';
import { label, TENTATIVE } from '../../server/ask/render.js';
import type { Metric } from '../../server/model/index.js';
import { LOW_LABEL_CONFIDENCE } from '../../server/model/label-confidence.js';
import { headlines } from '../../server/query/headlines.js';
import { chartFor } from '../../client/src/lib/chart.js';
import { isTentative, LOW_LABEL_CONFIDENCE as CLIENT_LOW, TENTATIVE_LABEL } from '../../client/src/lib/label-confidence.js';
import { fact } from '../client/fixtures.js';

const metric = (id: string, spanStart: number, labelledBy: 'CATALOG' | 'AUTO', labelConfidence: number, topicId = 'notarization') =>
  ({ id, spanStart, labelledBy, labelConfidence, topicId, partOfId: null, labelZh: `标签${id}`, labelEn: `label ${id}` }) as unknown as Metric;

describe('a low-confidence figure', () => {
  const sure = metric('a', 10, 'AUTO', 0.9);
  const guess = metric('b', 5, 'AUTO', LOW_LABEL_CONFIDENCE - 0.01);
  const curated = metric('c', 20, 'CATALOG', 1);

  it('is never a brief headline, however few figures its topic has', () => {
    const [group] = headlines([guess, sure, curated], 3);
    expect(group.metrics.map((m) => m.id)).toEqual(['a', 'c']);
    expect(group.more).toBe(1);
    expect(headlines([guess], 3).flatMap((g) => g.metrics)).toEqual([]);
  });

  it('says so in every label an answer shows, in both languages', () => {
    expect(label(guess, 'zh')).toBe(`标签b${TENTATIVE.zh}`);
    expect(label(guess, 'en')).toBe(`label b${TENTATIVE.en}`);
    expect(label(sure, 'en')).toBe('label a');
    expect(label(curated, 'zh')).toBe('标签c');
  });

  it('is judged by the same threshold on the server and in the client, which knows the answers\' mark', () => {
    expect(CLIENT_LOW).toBe(LOW_LABEL_CONFIDENCE);
    expect(isTentative(guess)).toBe(true);
    expect(isTentative(sure)).toBe(false);
    expect(isTentative(curated)).toBe(false);
    expect(label(guess, 'zh')).toMatch(TENTATIVE_LABEL);
    expect(label(guess, 'en')).toMatch(TENTATIVE_LABEL);
    expect(label(sure, 'en')).not.toMatch(TENTATIVE_LABEL);
  });

  it('is marked in a chart', () => {
    const facts = [
      fact({ label: label(sure, 'en'), value: 3, span: { start: 1, end: 2 } }),
      fact({ label: label(guess, 'en'), value: 5, span: { start: 3, end: 4 } }),
    ];
    const chart = chartFor({ query: { op: 'compare' }, facts }, 'en');
    expect(chart).not.toBeNull();
    expect(chart!.data.map((d) => d.name).filter((n) => /uncertain/.test(n))).toHaveLength(1);
    expect(chart!.data.every((d) => !/meaning uncertain/.test(d.name))).toBe(true);
  });
});
