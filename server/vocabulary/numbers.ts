/** Parsing of the number words a report writes: Arabic digits (with thousands separators) and Chinese numerals. */

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const SMALL_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

export const CHINESE_NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万亿';

/** Multipliers written after a number: `8万`, `1.3 万`. */
export const MULTIPLIERS: Record<string, number> = { 万: 1e4, 亿: 1e8, 千: 1e3 };

/** `12,521` → 12521; `94.3` → 94.3. */
export function parseArabic(text: string): number {
  return Number(text.replace(/,/g, ''));
}

/**
 * Chinese numerals as written in prose: 三十九 → 39, 两 → 2, 一百零五 → 105, 十二 → 12,
 * 三万五千 → 35000. Returns NaN for anything that is not a well-formed numeral.
 */
export function parseChineseNumeral(text: string): number {
  if (!text) return NaN;
  let total = 0; // completed 万/亿 groups
  let section = 0; // the group under construction
  let digit: number | null = null;
  for (const ch of text) {
    if (ch in DIGITS) {
      if (digit !== null && digit !== 0) return NaN; // two digits in a row: 三四 is not a numeral
      digit = DIGITS[ch];
    } else if (ch in SMALL_UNITS) {
      // A bare 十 at the start means 10 (十二 = 12).
      section += (digit ?? (section === 0 ? 1 : NaN)) * SMALL_UNITS[ch];
      digit = null;
    } else if (ch === '万') {
      total += (section + (digit ?? (section === 0 ? 1 : 0))) * 1e4;
      section = 0;
      digit = null;
    } else if (ch === '亿') {
      total = (total + section + (digit ?? (section === 0 && total === 0 ? 1 : 0))) * 1e8;
      section = 0;
      digit = null;
    } else {
      return NaN;
    }
  }
  return total + section + (digit ?? 0);
}

/** A number written in digits or as a Chinese numeral (the N of 第N: 第4, 第五十六); NaN otherwise. */
export function parseDigitsOrNumeral(text: string): number {
  return /^[0-9]+$/.test(text) ? Number(text) : parseChineseNumeral(text);
}

const ENGLISH_ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
};
/** The number an English ordinal word stands for (second → 2, 3rd → 3), or undefined. */
export function englishOrdinal(word: string): number | undefined {
  const digits = /^(\d+)(?:st|nd|rd|th)$/.exec(word);
  return digits ? Number(digits[1]) : ENGLISH_ORDINALS[word];
}

/** Words written right before a figure that make it the total of the items before it (合计965条). */
export const TOTAL_WORD_BEFORE = /(?:合计|总计|共计|总共|一共)\s*$/;
