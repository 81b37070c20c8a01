import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LEXICON_DIR } from '../../server/vocabulary/lexicon.js';
import { synonymsOf, thesaurusToken, thesaurusWords } from '../../server/vocabulary/thesaurus.js';
import { englishToken } from '../../server/vocabulary/tokens.js';

const sets = (JSON.parse(readFileSync(LEXICON_DIR + 'thesaurus.json', 'utf8')) as { sets: string[][] }).sets;

describe('the thesaurus data', () => {
  it('holds sets of at least two distinct words, none repeated within a set', () => {
    for (const set of sets) {
      expect(set.length).toBeGreaterThanOrEqual(2);
      expect(new Set(set.map(thesaurusToken)).size).toBe(set.length);
    }
  });

  it('gives each set a Chinese head word (the report side)', () => {
    for (const set of sets) expect(set[0]).toMatch(/[\u3400-\u9fff]/);
  });
});

describe('synonymsOf', () => {
  it.each([['案子', '案件'], ['官司', '诉讼'], ['结了', '审结'], ['一把手', '主要负责人'], ['涉企的', '涉企'], ['组建', '组成']])('reaches %s → %s', (colloquial, written) => {
    expect(synonymsOf(colloquial)).toContain(written);
  });

  it('is symmetric: the written word reaches the colloquial one', () => {
    expect(synonymsOf('诉讼')).toContain('官司');
  });

  it('reaches Chinese from an English member, by stem (lawsuits → 诉讼)', () => {
    expect(synonymsOf(englishToken('lawsuits'))).toContain('诉讼');
  });

  it('keeps English phrases as stem pairs (legal aid → 法律援助)', () => {
    expect(synonymsOf('legal aid')).toContain('法律援助');
    expect(synonymsOf('法律援助')).toContain('legal aid');
  });

  it('never lists a word as its own synonym, and knows nothing of words in no set', () => {
    expect(synonymsOf('案件')).not.toContain('案件');
    expect(synonymsOf('足球')).toEqual([]);
  });

  it('merges the sets a word is in (审查 reviews, and is also checked)', () => {
    expect(synonymsOf('review')).toEqual(expect.arrayContaining(['审查', '审核']));
  });
});

describe('thesaurusWords', () => {
  it('lists the Chinese colloquial forms for the segmenter', () => {
    expect(thesaurusWords()).toEqual(expect.arrayContaining(['一把手', '打官司', '案子']));
    expect(thesaurusWords().every((w) => /[\u3400-\u9fff]/.test(w))).toBe(true);
  });
});

describe('English members as questions are matched', () => {
  it('leave out the words matching drops from a question: in force → force', () => {
    expect(thesaurusToken('in force')).toBe(englishToken('force'));
    expect(synonymsOf(englishToken('force'))).toContain('继续有效');
  });
});
