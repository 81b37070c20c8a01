/** What a question's wording says about the answer it wants: units, a rate, what is counted. */
import { lexicon } from '../../vocabulary/lexicon.js';
import type { RankHints } from '../match.js';
import { isStopword } from '../../vocabulary/stopwords.js';
import { chineseFor } from '../../vocabulary/dictionary.js';
import { englishToken, words } from '../../vocabulary/tokens.js';

/** The units people are counted in: what 多少人, how many trainees and how many people ask for. */
export const PEOPLE_UNITS = ['人', '名', '位', '人次'];

const UNIT_WORDS: [RegExp, string[]][] = [
  // 多少人次 counts attendances, not people: 12名班子成员接待群众137人次 is the 137.
  [/(多少|几)人次|how many (?:person-times|attendances)/, ['人次']],
  [/(多少|几)(名|位|个人|人)(?!民|次)|how many (people|persons|staff|officers|members)(?!['’]s)/, PEOPLE_UNITS],
  [/(多少|几)(件|宗|起)/, ['件']],
  [/(多少|几)(次|回)|how many times/, ['次', '场次', '场']],
  [/(多少|几)场/, ['场次', '场']],
  [/(多少|几)(所)/, ['所']],
  [/(多少|几)(家)/, ['家']],
  [/(多少|几)(份)/, ['份']],
  [/(多少|几)(条)/, ['条']],
  [/(多少|几)(篇)/, ['篇']],
  [/(多少|几)(项)/, ['项']],
  [/(多少|几)期/, ['期']],
  [/(多少|几)个/, ['个']],
  [/(多少|几)学时|how many hours/, ['学时', '课时', '小时']],
  // Money asked (多少钱, 金额是多少, how much money): an amount in 元 (万元 and 亿元 are read as 元).
  [/多少(?:块)?钱|多少(?:万|亿)?元|金额(?:是|有)?多少|how much money|how many yuan|amount of (?:money|fines?)/, ['元']],
  // 连续几年: years counted (连续8年), not 近几年 (lately).
  [/(?<![近这前头])(多少|几)年(?![度底初末])|how many (?:straight |consecutive )?years|years (?:running|in a row)/, ['年']],
];
// Whole English words: "integrated" holds no rate.
const RATE_WORDS = /率|百分之|百分比|比例|占比|\b(?:rates?|percent|percentages?|proportions?|share)\b/;
/** A question's word that only says a rate is asked (率, share), naming nothing the rate measures. */
export const isRateWord = (token: string) => /^(?:率|百分之|百分比|比例|占比|比重|rates?|percent|percentages?|proportions?|share)$/.test(token);

/** English unit names (sessions, cases, people …) to the units they count in, from units.json. */
let englishUnits: Map<string, string[]> | undefined;
function unitsNamed(word: string): string[] | undefined {
  if (!englishUnits) {
    englishUnits = new Map();
    for (const u of lexicon().units) {
      for (const name of [u.en.one, u.en.other, ...u.aliases.en]) {
        const stem = englishToken(name.toLowerCase());
        englishUnits.set(stem, [...(englishUnits.get(stem) ?? []), u.unit]);
      }
    }
  }
  return englishUnits.get(word);
}

/**
 * People counted by what they are (学员, 干部, 律师, 调解员, 参训者): a Chinese noun ending in one of
 * these morphemes names people, so "多少学员" and "how many trainees" (→ 学员) ask for a count in
 * people, like 多少人.
 */
const PERSON_NOUN = /(?:员|者|师|官|人|生|干部|代表|群众|居民|村民|职工|民警|法官|检察官)$/;
/**
 * Whether an English head noun names people: it is built as an agent noun (trainee, officer,
 * mediator, participant, cadre) and one of its best Chinese translations is a person noun.
 * (Applications → 申请人 is no agent noun.)
 */
function namesPeople(head: string): boolean {
  return /(?:ee|er|or|ist|ant|ent|ian|cadre)s?$/.test(head) && chineseFor(head).slice(0, 3).some((w) => w.length >= 2 && PERSON_NOUN.test(w));
}

/** Places counted by their level: 17个镇, 27个村. */
const PLACE_LEVELS = new Set(['省', '市', '县', '区', '镇', '乡', '村']);

/** Where the noun phrase after "how many" ends: at its verb or preposition. */
const PHRASE_END = /^(?:were|was|are|is|did|do|does|have|has|had|in|at|by|for|during|from|under|on|with|did|got|get|been|be|there)$/;

export function rankHints(text: string): RankHints {
  let units = UNIT_WORDS.find(([re]) => re.test(text))?.[1];
  // "how many 'first lesson' sessions were held": the last word before the verb names what is counted.
  const phrase = /how many ([a-z' -]+)/.exec(text)?.[1].replace(/'/g, ' ').split(/\s+/).filter(Boolean) ?? [];
  // …or at a verb in the past after it: "how many trainees attended the classes" counts trainees.
  const end = phrase.findIndex((w, i) => PHRASE_END.test(w) || (i > 0 && /^[a-z]{3,}[^e]ed$/.test(w) && !isStopword(phrase[i - 1])));
  const nouns = (end < 0 ? phrase : phrase.slice(0, end)).filter((w) => !isStopword(w));
  // A participle after the noun is its verb, not what is counted: "how many decisions reviewed".
  while (nouns.length > 1 && /[a-z]{3}ed$/.test(nouns.at(-1)!)) nouns.pop();
  const head = nouns.at(-1);
  const counted = head ? [englishToken(head)] : [];
  // "how many sessions of the lecture hall": a unit before "of" is what is counted, whatever follows.
  if (!units && phrase[1] === 'of') units = unitsNamed(englishToken(phrase[0]));
  if (!units && counted.length) units = unitsNamed(counted[0]) ?? (namesPeople(head!) ? PEOPLE_UNITS : undefined);
  // 多少个部门单位的…: the word right after the counter is what is counted.
  const countedZh = /(?:多少|几)[个件人名次所家项场条份篇位]([\u4e00-\u9fff]{2,})/.exec(text)?.[1];
  // Up to 的 (多少个部门单位的行政许可), else its first word (多少个委办局实施告知承诺).
  const headZh = countedZh ? (countedZh.includes('的') ? countedZh.split('的')[0] : words(countedZh)[0]) : undefined;
  // One character counts only as a level of place (多少个镇, 几个村): other single characters are grammar.
  const named = headZh && (headZh.length >= 2 || PLACE_LEVELS.has(headZh));
  // 培训了多少学员, 有几位调解员: people, though no counter says so.
  const personZh = /(?:多少|几)(?:名|位|个)?([\u4e00-\u9fff]{2,4})/.exec(text)?.[1];
  // 多少个公务员: people, counted in 名 or 人 by the report, though 个 is the counter asked with.
  const peopleAsked = !!personZh && PERSON_NOUN.test(words(personZh)[0] ?? '');
  if (peopleAsked && (!units || (units.length === 1 && units[0] === '个' && /(?:多少|几)个/.test(text)))) units = PEOPLE_UNITS;
  const wantsRate = RATE_WORDS.test(text);
  // Things counted: "how many …", or 多少/几 with a counter (多少件); 增长了多少 may well ask a percentage.
  // "How much foreign capital was used" asks an amount too, unless it asks how much something changed
  // ("by how much was the time compressed": a rate of change may answer).
  const amount = /\bhow much\b/.test(text) && !CHANGE_WORDS.test(text);
  const wantsCount = !wantsRate && (/\bhow many\b/.test(text) || amount || /(?:多少|几)[个件人名次所家项场条份篇位期批]/.test(text));
  return { units, wantsRate, ...(wantsCount ? { wantsCount } : {}), question: text, counted, ...(named ? { countedZh: headZh } : {}) };
}

/** English words that ask how much something changed, rather than how much there is. */
const CHANGE_WORDS = /\b(?:by how much|compress\w*|increas\w*|grow\w*|grew|ris\w*|rose|fall\w*|fell|drop\w*|reduc\w*|cut|shorten\w*|more|less|fewer|higher|lower|faster|slower|chang\w*|up|down|year on year|year-on-year)\b/;

/** Asking for a quantity, as opposed to a list or a fact: decides between figures and text. */
export const QUANTITY = /多少|几[个件人名次所家项场条份篇位]?|数量|总数|人数|次数|件数|how many|how much|how big|how large|size of|number of|count of|total|percentage|share|rate|proportion/;
