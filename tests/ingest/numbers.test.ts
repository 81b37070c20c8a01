import { describe, expect, it } from 'vitest';
import { parseArabic, parseChineseNumeral } from '../../server/vocabulary/numbers.js';

describe('parseArabic', () => {
  it('reads 12,521 with a thousands separator as 12521', () => {
    expect(parseArabic('12,521')).toBe(12521);
  });

  it('reads 1,234,567 with two separators as 1234567', () => {
    expect(parseArabic('1,234,567')).toBe(1234567);
  });

  it('reads a decimal 94.3 as 94.3', () => {
    expect(parseArabic('94.3')).toBe(94.3);
  });

  it('reads a plain 537 as 537', () => {
    expect(parseArabic('537')).toBe(537);
  });

  it('returns NaN for text that is not a number', () => {
    expect(parseArabic('abc')).toBeNaN();
  });
});

describe('parseChineseNumeral', () => {
  it('reads 三十九 as 39', () => {
    expect(parseChineseNumeral('三十九')).toBe(39);
  });

  it('reads 两 as 2', () => {
    expect(parseChineseNumeral('两')).toBe(2);
  });

  it('reads 十二 with a bare leading 十 as 12', () => {
    expect(parseChineseNumeral('十二')).toBe(12);
  });

  it('reads a bare 十 as 10', () => {
    expect(parseChineseNumeral('十')).toBe(10);
  });

  it('reads 一百零五 with an inner 零 as 105', () => {
    expect(parseChineseNumeral('一百零五')).toBe(105);
  });

  it('reads 一百一十 as 110', () => {
    expect(parseChineseNumeral('一百一十')).toBe(110);
  });

  it('reads 三万五千 as 35000', () => {
    expect(parseChineseNumeral('三万五千')).toBe(35000);
  });

  it('reads 一万零五 as 10005', () => {
    expect(parseChineseNumeral('一万零五')).toBe(10005);
  });

  it('reads 两千 as 2000', () => {
    expect(parseChineseNumeral('两千')).toBe(2000);
  });

  it('reads 一亿二千万 as 120000000', () => {
    expect(parseChineseNumeral('一亿二千万')).toBe(120_000_000);
  });

  it('reads 零 as 0', () => {
    expect(parseChineseNumeral('零')).toBe(0);
  });

  it('returns NaN for two digits in a row (三四)', () => {
    expect(parseChineseNumeral('三四')).toBeNaN();
  });

  it('returns NaN for Latin garbage', () => {
    expect(parseChineseNumeral('abc')).toBeNaN();
  });

  it('returns NaN for a numeral followed by a non-numeral character (三十九件)', () => {
    expect(parseChineseNumeral('三十九件')).toBeNaN();
  });

  it('returns NaN for the empty string', () => {
    expect(parseChineseNumeral('')).toBeNaN();
  });
});
