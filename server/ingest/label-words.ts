/**
 * The words around a figure that are no part of its label: leading conjunctions and scope words (和,
 * 其中, 全年), trailing copulas (均为, 达到), years and bracketed remarks; and the verbs that say a
 * figure is a change (增长, 压缩) or the new value (压缩至). Shared by the readers of a figure's phrase
 * (label-phrase.ts, respectively.ts).
 */
export type Direction = 'UP' | 'DOWN';

export const CONJUNCTION = String.raw`(?:以及|并且|其中|同时|另外|此外|和|及|与|并|且|而|另|又|也|还|但|即)`;
const SCOPE = String.raw`(?:各类|各种|各项|\d{4}年度?|\d{4}年以来|今年以来|今年|年内|当年|全年|全县|全市|全区|全镇|全乡|全省|本级|各级|累计|共计|总计|合计|共|先后|已经|已|目前|截至目前|截至年底|截至\S{0,6}?底|对|在|为|将|把|向|经|通过|进一步|持续|不断|进行)`;
const LEADING = new RegExp(`^(?:${CONJUNCTION}|${SCOPE}|[的、])+`);
const COPULA = String.raw`(?:分别为|分别达|分别|均为|均达|均|总数为|总数|数量为|数量|总量|人数为|为|达到|达|已达|多达|高达|实现|保持|占比|占|是|有|计|共计|共|累计|约|大约|超过|超|逾|近|不足|不到|了|的|等|各|个|总计|合计|至|到)`;
const TRAILING = new RegExp(`(?:${COPULA}|${CONJUNCTION}|[、和])+$`);
/** Verbs before a figure that report the new value, not a change (压缩至2天 is a value). */
export const SETS_VALUE = /(?:压缩至|压缩到|缩短至|缩短到|降至|降到|提高到|提高至|提升至|提升到|增至|增加到|减至|减少到)$/;
export const CHANGE = /(?<yoy>同比|环比|较上年同期|较上年|比上年|较去年|比去年|较同期|比)?(?<verb>增长|增加|上升|提高|提升|提速|增|下降|减少|降低|缩短|压缩|缩减|减|降)(?:了)?(?:超过|超|近|约|达|逾)?$/;
export const DOWN = /下降|减少|降低|缩短|压缩|缩减|减|降/;

/** A year written as a date (2024年, 2024年度), not a count of years nor a number of an item. */
export const YEAR = /(?<!\d)(?:19|20)\d{2}年度?(?!\d)/g;
/** A bracketed remark (含撤销、确认违法): what it says qualifies the phrase, it is not the phrase. */
export const REMARK = /[(（][^()（）]*[)）]/g;

export const stripEnds = (s: string) => {
  let out = s.replace(/\s+/g, '');
  for (let prev = ''; prev !== out; ) {
    prev = out;
    out = out.replace(LEADING, '').replace(TRAILING, '');
  }
  return out;
};
