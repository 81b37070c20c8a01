import { describe, expect, it } from 'vitest';
import { translatePhrase } from '../../server/vocabulary/translate.js';
import { fieldTokens, words } from '../../server/vocabulary/tokens.js';

describe('word-by-word English of a Chinese phrase', () => {
  it('takes the longest known word at each place, glossary first', () => {
    expect(translatePhrase('制发检察建议').english).toBe('issue procuratorial suggestion');
    expect(translatePhrase('审查、备案政府合同').english).toBe('review and file government contract');
  });

  it('reads 、 and 和 as "and", and leaves out words that carry nothing (的, 等)', () => {
    expect(translatePhrase('律师和调解员的').english).toBe('lawyer and mediator');
  });

  it('lets fixed English (a place, a measure) stand, unless a longer dictionary word covers it', () => {
    expect(translatePhrase('下蜀镇聘请法律顾问', new Map([['下蜀镇', 'Xiashu Town']])).english).toBe('Xiashu Town engage legal adviser');
    expect(translatePhrase('办理时限', new Map([['办理', 'handled']])).english).toBe('processing time');
  });

  it('never returns Chinese, and says how much it could not translate', () => {
    const t = translatePhrase('䶮䶮䶮工作');
    expect(t.english).not.toMatch(/[\u3400-\u9fff]/);
    expect(t.coverage).toBeLessThan(1);
    expect(translatePhrase('政府合同').coverage).toBe(1);
  });

  it('drops the words it is told to (the topic, named before the colon)', () => {
    expect(translatePhrase('受理法律援助案件', new Map([['受理', 'accepted']]), ['法律援助']).english).toBe('accepted case');
  });
});

describe('labels of reports nobody curated read as English, not word salad', () => {
  it('reads 我县, 我局 as the report speaking of itself, not "I county" or "I narrow"', () => {
    expect(translatePhrase('我县事业单位').english).toBe('county public service institution');
    expect(translatePhrase('我局开展学习').english).not.toMatch(/\bi\b|narrow/i);
  });

  it('leaves out a leading 现 (now), which is not "appear"', () => {
    expect(translatePhrase('现保留的事项').english).not.toMatch(/appear/);
  });

  it('reads the genre’s nouns as nouns: 公共服务 is public service, not "public serve"', () => {
    expect(translatePhrase('公共服务等其他事项').english).toBe('public service other item');
  });
});

describe('words as jieba cuts them', () => {
  it('reads 涉 before a word as what a thing concerns: law-related, agriculture-related', () => {
    expect(translatePhrase('涉农纠纷').english).toBe('agriculture-related dispute');
    expect(translatePhrase('列席涉法会议').english).toMatch(/law-related meeting$/);
  });

  it('reads no dictionary word across a character jieba reads alone and the word after it', () => {
    // 涉/法/会议: not 法会 (a religious assembly) and 议.
    expect(translatePhrase('列席涉法会议').english).not.toMatch(/religious|assembly/);
  });
});

describe('phrases the dictionary holds with a synonym', () => {
  it('reads 合法性审核 as the glossary’s 合法性审查 (审核 and 审查 are one set of the thesaurus)', () => {
    expect(translatePhrase('合法性审核招标文件').english).toMatch(/^legality review /);
  });

  it('replaces a word only by one of its length: 行政决策 is not read as the shorter 决策', () => {
    expect(translatePhrase('请示行政决策').english).toMatch(/administrat\w* decision/);
  });

  it('replaces whole words only: 开展法治… holds no 组织法', () => {
    expect(translatePhrase('开展法治建设调研').english).not.toMatch(/organic/);
  });
});

describe('a negated word counts the opposite thing', () => {
  it('translates 非诉讼 as the negation of 诉讼, never as the word alone', () => {
    const english = translatePhrase('非诉讼案件').english;
    expect(english).toMatch(/^non-/);
    expect(english).not.toBe(translatePhrase('诉讼案件').english);
  });

  it('joins a negation cut off on its own to its word, and gives no token of the word alone', () => {
    expect(words('非诉讼案件')).not.toContain('诉讼案件');
    expect(words('不满意')).toEqual(['不满意']);
    const negated = fieldTokens('非诉讼案件(件)');
    expect(negated.has('诉讼')).toBe(false);
    expect(negated.has('非诉讼')).toBe(true);
    expect(fieldTokens('诉讼案件和非诉讼案件').has('诉讼')).toBe(true);
  });
});

describe('the genre glossary keeps a compound whole (issue 13)', () => {
  it('reads 涉法会议 as a law-related meeting, not 涉 | 法会 | 议, and 健康证 as a health certificate', () => {
    expect(translatePhrase('列席涉法会议').english).toContain('law-related meeting');
    expect(translatePhrase('核发健康证').english).toContain('health certificate');
    expect(translatePhrase('便民服务事项').english).toContain('convenience service');
  });
});
