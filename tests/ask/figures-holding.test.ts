/**
 * FigureIndex.figuresHolding, the postings look-up a ranking across reports scores its candidates
 * from, against the plain rule it stands for: a figure holds a word when it holds every token of
 * one of the word's ways (in any field), and it is kept when the weights of the words it holds add
 * up to `least`. Random words made of the report's own tokens, so most ways are held by some figures.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { IndexedFigure } from '../../server/ask/figure-index.js';
import { seededRandom } from '../support/random.js';
import { seeded, type Seeded } from './seeded.js';

let hub: Seeded;
beforeAll(async () => {
  hub = await seeded();
});
afterAll(async () => {
  await hub?.orm.close();
});

const tokensOf = (f: IndexedFigure) => new Set(Object.values(f.fields).flatMap((set) => [...set.numbers]));

it('keeps exactly the figures whose held words weigh enough, by every way of holding a word', () => {
  const { index } = hub;
  const random = seededRandom(7);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const held = index.figures.map(tokensOf);
  const all = [...new Set(held.flatMap((s) => [...s]))];
  // A way of several tokens mostly from one figure (so that some figure holds all of it), sometimes not.
  const way = (): number[] => {
    const from = [...pick(held)];
    return Array.from({ length: 1 + Math.floor(random() * 3) }, () => (random() < 0.85 ? pick(from) : random() < 0.5 ? pick(all) : -1));
  };
  const reportIds = new Set(index.reports.map((r) => r.id));
  let kept = 0;
  for (let round = 0; round < 200; round++) {
    const groups = Array.from({ length: 1 + Math.floor(random() * 4) }, () => ({
      ways: Array.from({ length: 1 + Math.floor(random() * 4) }, way), weight: 0.5 + random() * 3,
    }));
    const least = random() * groups.reduce((sum, g) => sum + g.weight, 0);
    const expected = index.figures.filter((_, i) => groups
      .filter((g) => g.ways.some((w) => w.every((n) => held[i].has(n))))
      .reduce((sum, g) => sum + g.weight, 0) >= least);
    const found = index.figuresHolding(groups, least, reportIds);
    expect(found.map((f) => f.metric.id), `round ${round}`).toEqual(expected.map((f) => f.metric.id));
    kept += found.length;
  }
  expect(kept).toBeGreaterThan(0);
});
