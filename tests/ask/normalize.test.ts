import { describe, expect, it } from 'vitest';
import { languageOf, normalizeQuestion, withGlossedTerms } from '../../server/ask/normalize.js';

describe('normalizeQuestion', () => {
  it('folds full-width digits and punctuation to half-width', () => {
    expect(normalizeQuestion('公证处出证９８件？')).toBe('公证处出证98件?');
  });

  it('folds full-width Latin letters and lowers them', () => {
    expect(normalizeQuestion('ＺＩＹＵＮ　２０２４')).toBe('ziyun 2024');
  });

  it('turns traditional characters into simplified ones', () => {
    expect(normalizeQuestion('行政複議審結')).toBe('行政复议审结');
  });

  it('drops zero-width and bidirectional characters at the edges of a question', () => {
    expect(normalizeQuestion('\u202e\u200b紫云\u200f\ufeff')).toBe('紫云');
  });

  it('leaves no invisible character inside a question', () => {
    expect(normalizeQuestion('法律\u200b援助\u202e中心\u2060受理')).not.toMatch(/[\u200b-\u200f\u202a-\u202e\u2060-\u2069]/);
  });

  it('reads a zero-width space between English words as a word break', () => {
    expect(normalizeQuestion('how\u200bmany')).toBe('how many');
  });

  // Regression (fixed): invisible characters are replaced by a space instead of being removed, so a soft hyphen
  // (or a zero-width joiner) copied inside a word splits it in two: "reconsid eration", and
  // a question about "reconsid\u00aderation applications" is then answered UNANSWERABLE.
  it('removes a soft hyphen inside a word without splitting the word', () => {
    expect(normalizeQuestion('reconsid\u00aderation')).toBe('reconsideration');
  });

  it('folds upper case to lower case', () => {
    expect(normalizeQuestion('How Many LAWYERS')).toBe('how many lawyers');
  });

  it('collapses runs of spaces, tabs and newlines and trims the ends', () => {
    expect(normalizeQuestion('  how \t many\n\n judges  ')).toBe('how many judges');
  });

  it('writes a Chinese numeral before a unit as digits (三十九件 → 39件)', () => {
    expect(normalizeQuestion('收到三十九件')).toBe('收到39件');
  });

  it('reads 两 as two before a unit (两个 → 2个)', () => {
    expect(normalizeQuestion('两个')).toBe('2个');
  });

  it('reads a year written digit by digit (二〇二三年 → 2023年)', () => {
    expect(normalizeQuestion('二〇二三年')).toBe('2023年');
  });

  it('reads 零 as zero in a year written digit by digit (二零二二年 → 2022年)', () => {
    expect(normalizeQuestion('二零二二年')).toBe('2022年');
  });

  it('reads hundreds and tens before a unit (一百六十二所 → 162所)', () => {
    expect(normalizeQuestion('一百六十二所')).toBe('162所');
  });

  it('keeps a lone 一 inside a word (一件事)', () => {
    expect(normalizeQuestion('高效办成一件事')).toBe('高效办成一件事');
  });

  it('keeps 一村一法律顾问 as it is written', () => {
    expect(normalizeQuestion('一村一法律顾问')).toBe('一村一法律顾问');
  });

  it('leaves a numeral that no unit follows alone (百分之五十)', () => {
    expect(normalizeQuestion('百分之五十')).toBe('百分之五十');
  });
});

describe('languageOf', () => {
  it('says zh for a question with Chinese characters', () => {
    expect(languageOf('行政复议审结数是多少')).toBe('zh');
  });

  it('says zh for English mixed with a Chinese term', () => {
    expect(languageOf('how many 法律明白人 were trained')).toBe('zh');
  });

  it('says en for an English sentence that quotes a Chinese term', () => {
    expect(languageOf('How many cross-province service items (跨省通办) did the county publish in 2024?')).toBe('en');
  });

  it('says en for a question in Latin letters only', () => {
    expect(languageOf('how many notarial certificates')).toBe('en');
  });

  it('says en for a question of digits only', () => {
    expect(languageOf('2024')).toBe('en');
  });
});

describe('separable verbs asked with their count inside', () => {
  it('joins the verb and its object the figures write as one word: 学了几回法 → 学法几回', () => {
    expect(normalizeQuestion('下蜀学了几回法')).toBe('下蜀学法几回');
    expect(normalizeQuestion('县政府开过几次会')).toBe('县政府开会几次');
  });

  it('leaves characters that make no word alone', () => {
    expect(normalizeQuestion('全县办了几次讲座')).toBe('全县办了几次讲座');
  });
});

describe('separable verbs: counts that are not inside a verb', () => {
  it('leaves a count followed by its counter: 上了多少场次', () => {
    expect(normalizeQuestion('开学第一课上了多少场次')).toBe('开学第一课上了多少场次');
  });
});

describe('a counter and 数 standing as the last word of a terse question', () => {
  it('asks how many of that counter', () => {
    expect(normalizeQuestion('某县 督办函 份数')).toBe('某县 督办函 多少份');
    expect(normalizeQuestion('某县 常务会议 讲法 次数?')).toBe('某县 常务会议 讲法 多少次?');
    expect(normalizeQuestion('某县 调解 件数是多少')).toBe('某县 调解 多少件');
  });

  it('reads 几个人 as people counted, not 个人', () => {
    expect(normalizeQuestion('通报批评了几个人?')).toBe('通报批评了几人?');
    expect(normalizeQuestion('有多少个人民调解委员会')).toBe('有多少个人民调解委员会');
  });

  it('asks the figure a bound is stated with (都在百分之多少以上), not the words of the bound', () => {
    expect(normalizeQuestion('参考率、及格率都在百分之多少以上?')).toBe('参考率、及格率百分之多少?');
    expect(normalizeQuestion('县级以上荣誉多少项')).toBe('县级以上荣誉多少项');
  });

  it('leaves 人数 and 次数 inside a phrase alone', () => {
    expect(normalizeQuestion('参训人数有多少')).toBe('参训人数有多少');
    expect(normalizeQuestion('某县学法次数')).toBe('某县学法次数');
  });
});

describe('withGlossedTerms: the report\'s term in brackets after its English words', () => {
  it('stands for the noun phrase right before it', () => {
    expect(withGlossedTerms('meetings of the county rule-of-law committee (依法治县委员会) in 2024')).toBe('meetings of the 依法治县委员会 in 2024');
    expect(withGlossedTerms('how many cross-region service items (跨省通办) did ziyun publish?')).toBe('how many 跨省通办 did ziyun publish?');
  });

  it('drops an English gloss after the report\'s term: the term says it', () => {
    expect(withGlossedTerms('what did ziyun say about "头雁" (lead geese)?')).toBe('what did ziyun say about "头雁"?');
  });

  it('leaves a question without such a bracket as it is', () => {
    expect(withGlossedTerms('how many cases (in total) did ziyun conclude?')).toBe('how many cases (in total) did ziyun conclude?');
  });
});
