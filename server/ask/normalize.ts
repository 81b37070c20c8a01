/**
 * Question normalisation: whatever the keyboard produced becomes one canonical form before any rule
 * looks at it. Full-width forms fold to half-width (NFKC), traditional characters become simplified,
 * invisible and control characters go, case and spacing are evened out, and Chinese numerals that
 * count something (三十九件, 二〇二三年) become digits.
 */
import * as OpenCC from 'opencc-js';
import { knowsWord } from '../vocabulary/dictionary.js';
import { parseChineseNumeral } from '../vocabulary/numbers.js';

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

// Format characters vanish (a soft hyphen inside a word joins it); controls and zero-width spaces
// separate words.
const FORMAT = /[\u00AD\u061C\u180E\u200C-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;
// eslint-disable-next-line no-control-regex
const SEPARATORS = /[\u0000-\u001F\u007F-\u009F\u200B]/g;

const CN_DIGITS = '〇零一二两三四五六七八九';
const COUNTED = '年件人个次名所家份条篇项场期户批天元';
const NUMERAL_BEFORE_UNIT = new RegExp(`([${CN_DIGITS}十百千万]+)(?=[${COUNTED}%])`, 'g');

function numeralsToDigits(text: string): string {
  return text.replace(NUMERAL_BEFORE_UNIT, (numeral, _m, offset: number) => {
    // 二〇二三年 is written digit by digit.
    if (/^[〇零一二三四五六七八九]{4}$/.test(numeral) && text[offset + numeral.length] === '年') {
      return [...numeral].map((c) => String('〇一二三四五六七八九'.indexOf(c === '零' ? '〇' : c))).join('');
    }
    // A lone 一 is nearly always part of a word (一件事, 一次告知), not a count.
    if (numeral === '一') return numeral;
    const value = parseChineseNumeral(numeral);
    return Number.isFinite(value) ? String(value) : numeral;
  });
}

/**
 * A separable verb asked about with its count inside (学了几回法, 开过几次会): the verb and its object
 * are one word the figures write (学法), so the count moves after it (学法几回).
 */
// The object is a character of its own, not a counter or particle (上了多少场次 is a count of 场次).
const SPLIT_VERB = /([\u4e00-\u9fff])[了过]?((?:几|多少)[回次趟遍场])(?![次回场遍趟件人个名项家所份条篇期批])([\u4e00-\u9fff])(?![\u4e00-\u9fff])/g;
function joinSeparableVerbs(text: string): string {
  return text.replace(SPLIT_VERB, (whole, verb: string, count: string, object: string) => (knowsWord(verb + object) ? `${verb}${object}${count}` : whole));
}

/**
 * A terse question ending in a counter and 数 as a word of its own (长葛市 督办函 份数, 讲法 次数):
 * it asks how many of that counter, as 多少份 / 多少次 would.
 */
const COUNTER_COUNT = /(^|\s)([件人个次名所家份条篇项场期户批])数(?:是多少|有多少|多少)?(?=\s*[?？]?\s*$|\s)/g;
function countersAsked(text: string): string {
  return text.replace(COUNTER_COUNT, (_whole, before: string, counter: string) => `${before}多少${counter}`)
    // 几个人 / 多少个人 count people (几人), not 个人 (an individual).
    .replace(/(几|多少)个人(?![员民])/g, '$1人')
    // 都在百分之多少以上: the bound a figure is stated with (80%以上) is asked, not a word to find.
    .replace(/(?:都|均)?(?:在|达到?)?((?:百分之)?(?:多少|几)[个件人名次项%]?)(?:以上|以下|左右)/g, '$1');
}

export function normalizeQuestion(raw: string): string {
  let text = raw.normalize('NFKC').replace(FORMAT, '').replace(SEPARATORS, ' ');
  text = toSimplified(text);
  // A dash between two names is the hyphen of one name (广西—东盟经开区 is 广西-东盟经开区).
  text = text.replace(/(?<=[\u4e00-\u9fff])[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D](?=[\u4e00-\u9fff])/g, '-');
  text = text.toLowerCase();
  text = numeralsToDigits(text);
  text = joinSeparableVerbs(text);
  text = countersAsked(text);
  return text.replace(/\s+/g, ' ').trim();
}

/** Words that end the English phrase a quoted Chinese term glosses: it is the noun phrase right before. */
const GLOSS_STOP = new Set(['the', 'a', 'an', 'of', 'in', 'for', 'by', 'did', 'do', 'does', 'how', 'many', 'much', 'what', 'which', 'its', 'their', 'on', 'at', 'to', 'with', 'and', 'or', 'is', 'are', 'was', 'were', 'has', 'have', 'had']);

/**
 * An English question that gives the report's Chinese term in brackets after its English words
 * (meetings of the banner rule-of-law committee (依法治旗委员会)): the term stands for those words,
 * which need not be translated. The noun phrase right before the bracket is replaced by the term.
 * An English gloss in brackets after a Chinese term is dropped: the term is what the report says.
 */
export function withGlossedTerms(text: string): string {
  // …and a Chinese term glossed in English after it ("头雁" (lead geese)): the gloss says the term again.
  return text.replace(/([\u3400-\u9fff][\u3400-\u9fff“”"'‘’]{1,15}[\u3400-\u9fff“”"'‘’])\s*[(（]\s*[a-z][a-z\s'-]{1,40}\s*[)）]/g, '$1').replace(/([a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,5})\s*[(（]\s*([\u3400-\u9fff“”"'‘’]{2,16})\s*[)）]/g, (_whole, english: string, term: string) => {
    const words = english.split(/\s+/);
    let keep = words.length;
    while (keep > 0 && !GLOSS_STOP.has(words[keep - 1])) keep--;
    return `${words.slice(0, keep).join(' ')} ${term}`;
  });
}

export type Language = 'zh' | 'en';

/**
 * The language a question is asked in: Chinese when it holds Chinese, unless it is English with a
 * Chinese term quoted in it (… service items (川渝通办) did Yuechi publish?): far more letters of
 * English words than Chinese characters.
 */
export function languageOf(text: string): Language {
  const chinese = text.match(/[\u3400-\u9fff]/g)?.length ?? 0;
  if (!chinese) return 'en';
  const english = text.match(/[a-z]{2,}/gi)?.join('').length ?? 0;
  return english >= 30 && english >= 6 * chinese ? 'en' : 'zh';
}
