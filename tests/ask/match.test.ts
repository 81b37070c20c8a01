import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FigureIndex } from '../../server/ask/figure-index.js';
import { advantage, questionTerms, rankFigures, scoreFigure } from '../../server/ask/match.js';
import { normalizeQuestion } from '../../server/ask/normalize.js';
import { id, seeded, type Seeded } from './seeded.js';

let hub: Seeded;
let index: FigureIndex;
beforeAll(async () => {
  hub = await seeded();
  index = hub.index;
});
afterAll(async () => {
  await hub?.orm.close();
});

const tokens = (text: string) => questionTerms(text, index).filter((t) => !t.bonus).map((t) => t.token);
const weightOf = (text: string, token: string) => questionTerms(text, index).find((t) => t.token === token)?.weight;
const figure = (key: string) => index.byId.get(id(key))!;
/** The catalog key of the best-ranked figure for a question. */
const topFor = (question: string) => {
  const text = normalizeQuestion(question);
  return rankFigures(questionTerms(text, index), index.figures, { question: text })[0]?.figure.metric.key;
};

describe('questionTerms', () => {
  it('drops Chinese stopwords and question words (请问, 多少)', () => {
    expect(tokens('请问公证处出证多少件')).toEqual(['公证处', '出证', '件']);
  });

  it('drops English stopwords (tell, me, how, many, the)', () => {
    expect(tokens('tell me how many notarial certificates the office issued')).toEqual(['notari', 'certif', 'offic', 'issu']);
  });

  it('drops numbers', () => {
    expect(tokens('公证处出证 98')).toEqual(['公证处', '出证']);
  });

  it('adds known bigrams across the segmenter\'s cuts as bonus terms', () => {
    const bonus = questionTerms('村调委会', index).filter((t) => t.bonus).map((t) => t.token);
    expect(bonus).toContain('村调');
  });

  it('gives a word no figure uses the highest weight there is', () => {
    expect(weightOf('公证处出证 火星', '火星')).toBe(Math.log((index.figures.length + 1) / 0.5));
  });

  it('weighs a word no figure uses above every word the figures use', () => {
    const terms = questionTerms('公证处出证 火星', index);
    const unknown = terms.find((t) => t.token === '火星')!.weight;
    expect(terms.filter((t) => t.token !== '火星').every((t) => t.weight < unknown)).toBe(true);
  });

  it('weighs a single Chinese character at a quarter of its inverse document frequency', () => {
    expect(weightOf('公证处出证多少件', '件')).toBeCloseTo(index.idf('件') * 0.25, 10);
  });
});

describe('questionTerms: English typo correction', () => {
  it('corrects a one-letter typo in a long domain word (reconsideraton)', () => {
    expect(tokens('how many reconsideraton cases')).toEqual(['reconsider', 'case']);
  });

  it('corrects two swapped letters in a long domain word (notarail)', () => {
    expect(tokens('how many notarail certificates')).toEqual(['notari', 'certif']);
  });

  it('does not correct a four-letter word (rulw stays rulw, though rule is known)', () => {
    expect(index.englishWords).toContain('rule');
    expect(tokens('how many rulw')).toEqual(['rulw']);
  });
});

describe('scoreFigure', () => {
  it('has coverage 1 when the figure holds every word of the question', () => {
    const scored = scoreFigure(questionTerms('公证处出证', index), figure('notarization.certificates-issued'));
    expect(scored.coverage).toBe(1);
    expect(scored.missing).toEqual([]);
  });

  it('loses coverage to a word the figure does not hold, by that word\'s share of the weight', () => {
    const terms = questionTerms('公证处出证 火星', index);
    const total = terms.filter((t) => !t.bonus).reduce((a, t) => a + t.weight, 0);
    const mars = terms.find((t) => t.token === '火星')!.weight;
    const scored = scoreFigure(terms, figure('notarization.certificates-issued'));
    expect(scored.missing).toEqual(['火星']);
    expect(scored.coverage).toBeCloseTo((total - mars) / total, 10);
    expect(scored.coverage).toBeLessThan(0.6);
  });

  it('has coverage 0 for no terms at all', () => {
    expect(scoreFigure([], figure('notarization.certificates-issued')).coverage).toBe(0);
  });

  it('scores a figure higher when the words name it than when they only name its topic', () => {
    const terms = questionTerms('公证处出证', index);
    expect(scoreFigure(terms, figure('notarization.certificates-issued')).score)
      .toBeGreaterThan(scoreFigure(terms, figure('notarization.handled')).score);
  });
});

describe('advantage', () => {
  it('is 0 between a figure and itself', () => {
    const terms = questionTerms('村调委会的数量', index);
    const a = scoreFigure(terms, figure('people-mediation.village-committees'));
    const b = scoreFigure(terms, figure('people-mediation.village-committees'));
    expect(advantage(a, b)).toBe(0);
  });

  it('is positive for the figure the distinguishing word points to (村 → village committees)', () => {
    const terms = questionTerms('村调委会的数量', index);
    const village = scoreFigure(terms, figure('people-mediation.village-committees'));
    const community = scoreFigure(terms, figure('people-mediation.community-committees'));
    expect(advantage(village, community)).toBeGreaterThan(0);
    expect(advantage(community, village)).toBeLessThan(0);
  });
});

describe('rankFigures', () => {
  it('puts the prosecutors first for 员额制检察官', () => {
    expect(topFor('员额制检察官')).toBe('legal-workforce.prosecutors');
  });

  it('puts the satisfaction rate first for 好差评满意率', () => {
    expect(topFor('好差评满意率')).toBe('government-services.satisfaction-rate');
  });

  it('puts the village committees first for "village mediation committees"', () => {
    expect(topFor('village mediation committees')).toBe('people-mediation.village-committees');
  });

  it('puts the legal aid cases first for "cases of legal aid"', () => {
    expect(topFor('cases of legal aid')).toBe('legal-aid.cases-accepted');
  });

  it('puts the first-lesson sessions first for 开学第一课场次', () => {
    expect(topFor('开学第一课场次')).toBe('school-vice-principals.first-lesson-sessions');
  });

  it('names a label word by the question without its counting suffix (审结数 by 审结)', () => {
    // The words of a part of 行政诉讼收到的案件比审结的多几件, with the topic it borrows: 败诉 stands
    // in the clause beside 审结18件, but the figure whose label says 审结(数) is the one asked.
    const terms = questionTerms('审结的 行政诉讼', index);
    const [top] = rankFigures(terms, index.figures, { question: '审结的 审结 行政诉讼 诉讼' });
    expect(top.figure.metric.key).toBe('administrative-litigation.concluded');
  });

  it('leaves out figures that hold none of the words', () => {
    expect(rankFigures(questionTerms('火星', index), index.figures)).toEqual([]);
  });

  it('favours a figure in the unit the question asks in', () => {
    const terms = questionTerms('法治副校长', index);
    const [top] = rankFigures(terms, index.figures, { units: ['所'] });
    expect(top.figure.metric.key).toBe('school-vice-principals.schools-covered');
  });
});
