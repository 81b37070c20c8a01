/**
 * The Chinese words a person would write as a figure's label: the noun phrase of the figure's own
 * clause around the number — what was counted and the action (制发检察建议, 审查备案政府合同) —
 * never the neighbouring figure's words, never a leading conjunction or scope word (和, 其中, 全年),
 * never a trailing copula (均为, 达到). A rate or change with no words of its own (办复率均为100%,
 * 同比提速超80%) borrows the subject of the clause before it and says it did; a change names the
 * quantity that changed and its direction.
 */
import { canBeVerb, isVerb, longestKnownWord, verbEndingAt } from '../vocabulary/dictionary.js';
import { lexicon } from '../vocabulary/lexicon.js';
import { CLAUSE_DELIMITERS, clauseSpan } from '../vocabulary/sentences.js';
import { words as jiebaWords } from '../vocabulary/tokens.js';
import type { Span } from '../vocabulary/span.js';
import { readRespectively } from './respectively.js';
import { CHANGE, CONJUNCTION, DOWN, REMARK, SETS_VALUE, stripEnds, YEAR, type Direction } from './label-words.js';

export type { Direction };

export interface LabelPhrase {
  /** The phrase, without the figure; '' when the clause says nothing but the number. */
  phrase: string;
  /** The clause the phrase was read from (extended over 、-joined verbs: 审查、备案政府合同). */
  clause: Span;
  /** The subject was taken from the clause before (办复率均为100% → 人大代表建议办复率). */
  borrowed: boolean;
  /** A change (同比增长128.78%): the quantity that changed, the words saying how, and which way. */
  change: { base: string; words: string; direction: Direction } | null;
  /**
   * Stated respectively (受理、办结行政复议案件分别为25件、22件): the clause holds its siblings' items too,
   * so the topic and measure are read from the phrase, the figure's own words, not from the clause.
   */
  respectively?: boolean;
}

/** The text after the last digit or Arabic number in `s` (a date or a number that is no figure). */
const afterNumbers = (s: string, categories = false) => (categories ? s.replace(CATEGORIES, '') : s).replace(/^.*\d[^\u3400-\u9fff]*(?:年度|[年月日号届次个项件])?/, '');
/**
 * A count of kinds right before the figure, that is no figure (明确10大类37项重点工作): the clause's
 * action before it stays. Only at the clause's start: between two figures the words are the first's.
 */
const CATEGORIES = /\d+(?:大类|类|个方面|方面|个领域)$/;

/**
 * Start of the clause, moved back over earlier 、-joined parts that hold no number of their own. A
 * year that opens the sentence (2024年对重大合同、…) is no number of a part: it dates the whole.
 */
function extendOverEnumeration(text: string, clause: Span, within: Span): Span {
  let start = clause.start;
  while (start > within.start && text[start - 1] === '\u3001') {
    let s = start - 1;
    while (s > within.start && !CLAUSE_DELIMITERS.test(text[s - 1])) s--;
    if (/\d/.test(text.slice(s, start - 1).replace(YEAR, ''))) break;
    start = s;
  }
  return { start, end: clause.end };
}

const OPEN = /[(（]/;
const CLOSE = /[)）]/;

/**
 * Start of the clause, moved back over a bracketed remark right before it: in
 * 其中纠错(含撤销、确认违法)29件 the remark is no clause boundary, and the phrase is 纠错.
 */
function extendOverRemark(text: string, clause: Span, within: Span): Span {
  let start = clause.start;
  // Brackets end clauses (a remark is set apart); a clause right after one continues the clause before it.
  while (start - 1 > within.start && CLOSE.test(text[start - 1])) {
    let depth = 0;
    let open = -1;
    for (let i = start - 1; i >= within.start; i--) {
      if (CLOSE.test(text[i])) depth++;
      else if (OPEN.test(text[i]) && --depth === 0) {
        open = i;
        break;
      }
    }
    if (open < 0) break;
    if (open === within.start || CLAUSE_DELIMITERS.test(text[open - 1])) {
      start = open;
      break;
    }
    start = clauseSpan(text, { start: open - 1, end: open }, within).start;
  }
  return { start, end: clause.end };
}

/** Joins 、-separated verbs (审查、备案 → 审查备案); longer enumerations keep their 、. */
const joinShortVerbs = (s: string) => s.replace(/(^|、)([\u3400-\u9fff]{2})、/g, '$1$2');

/** The verb a phrase starts with (制发综合治理类司法建议 → 制发), if the dictionary says it is one. */
function leadingVerb(phrase: string): string | undefined {
  const word = longestKnownWord(phrase, 0, 4);
  return word && isVerb(word) ? word : undefined;
}

export interface FigureAt {
  span: Span;
  unit: string;
}

/**
 * Whether two units count the same kind of thing: one unit, or one the other names as its alias
 * (名 and 人 both count people: 下沉县级编制67名、人员64人).
 */
function sameKindOfUnit(a: string, b: string): boolean {
  if (a === b) return true;
  const entry = (u: string) => lexicon().units.find((x) => x.unit === u);
  return !!(entry(a)?.aliases.zh.includes(b) || entry(b)?.aliases.zh.includes(a));
}

/**
 * The predicate shared by parallel clauses: 制发司法建议2件,各类检察建议53件、复议意见书2件 — the later
 * clauses count in the same unit (or one of its kind: 名, 人) and start with a noun, so 制发 is theirs
 * too; 向乡镇下沉县级编制67名、人员64人 — what leads up to the verb (乡镇下沉) is theirs as well. Read
 * from the label of the clause before, which carries what the clause before it shares.
 */
function sharedVerb(text: string, clause: Span, within: Span, figures: readonly FigureAt[], unit: string): string | undefined {
  let current = clause;
  for (let step = 0; step < 6; step++) {
    let end = current.start - 1;
    while (end > within.start && CLAUSE_DELIMITERS.test(text[end - 1])) end--;
    if (end <= within.start) return undefined;
    const prev = clauseSpan(text, { start: end - 1, end }, within);
    const own = figures.filter((f) => f.span.start >= prev.start && f.span.end <= prev.end);
    if (own.length !== 1 || !sameKindOfUnit(own[0].unit, unit)) return undefined;
    // A verb after the place or party it is done to (向乡镇(街道)下沉县级编制67名): both are shared.
    const raw = afterNumbers(text.slice(extendOverRemark(text, prev, within).start, own[0].span.start).replace(REMARK, ''));
    const words = stripEnds(raw);
    const inner = firstVerb(words);
    if (/^\s*[向对给为]/.test(raw) && inner && inner.at > 0 && inner.at + inner.word.length < words.length) return words.slice(0, inner.at + inner.word.length);
    const verb = leadingVerb(stripEnds(afterNumbers(text.slice(prev.start, own[0].span.start))));
    if (verb) return verb;
    current = prev;
  }
  return undefined;
}

/** The clause before `clause` in the sentence, if any, with its numbers and figures left out. */
function previousClauseSubject(text: string, clause: Span, within: Span): string {
  let end = clause.start - 1;
  while (end > within.start && CLAUSE_DELIMITERS.test(text[end - 1])) end--;
  if (end <= within.start) return '';
  const prev = clauseSpan(text, { start: end - 1, end }, within);
  const words = text.slice(prev.start, prev.end);
  // Its words before its first number (办理时限压缩至2天 → 办理时限), cut at a verb that sets a value.
  const lead = words.split(/\d/)[0].replace(SETS_VALUE, '');
  return stripEnds(lead.replace(/(?:压缩|缩短|降低|提高|提升|增加|减少)$/, ''));
}

/** Where the noun counted after a figure ends in the text: after its words (and an alternative in brackets). */
function nounEnd(text: string, from: number, after: string, within: Span): number {
  let at = from;
  for (const ch of after) {
    const found = text.indexOf(ch, at);
    if (found < 0 || found >= within.end) break;
    at = found + 1;
  }
  return at;
}

/**
 * The predicate after the last of objects counted side by side (、36个县直单位进行法治政府建设实地督察):
 * from the first verb after the last object's noun. Undefined unless a 、 and another figure follow.
 */
function sharedPredicate(text: string, end: number, within: Span, all: readonly FigureAt[]): string | undefined {
  let at = end;
  for (let step = 0; step < 4; step++) {
    if (text[at] !== '\u3001') return undefined;
    const next = all.find((f) => f.span.start > at && f.span.start <= at + 3 && f.span.end <= within.end);
    if (!next || /[^\u3400-\u9fff]/.test(text.slice(at + 1, next.span.start))) return undefined;
    const clause = clauseSpan(text, next.span, within);
    const rest = text.slice(next.span.end, clause.end);
    for (let i = 1; i < rest.length - 1; i++) {
      const word = longestKnownWord(rest, i, 4);
      if (word && word.length >= 2 && isVerb(word)) return rest.slice(i);
    }
    at = clause.end;
  }
  return undefined;
}

/**
 * The words before the first verb of a phrase (县政府法律顾问 of 县政府法律顾问出具书面法律意见), read
 * word by word with the dictionary; '' when the phrase opens with its verb.
 */
function subjectOf(phrase: string): string {
  return phrase.slice(0, Math.max(0, firstVerbAt(phrase)));
}

/** Where the first verb of a phrase starts, read word by word with the dictionary; -1 if none. */
function firstVerbAt(phrase: string): number {
  return firstVerb(phrase)?.at ?? -1;
}
function firstVerb(phrase: string): { at: number; word: string } | undefined {
  for (let i = 0; i < phrase.length; ) {
    const word = longestKnownWord(phrase, i, 6);
    if (word && isVerb(word)) return { at: i, word };
    i += word?.length ?? 1;
  }
  return undefined;
}

/**
 * Whether a phrase that opens with a noun goes on with a verb and its object (法律顾问室工作人员参与
 * 各类会议): the noun is the verb's subject. A verb that ends the phrase is its noun (规范性文件备案).
 */
function hasOwnPredicate(phrase: string): boolean {
  const verb = firstVerb(phrase);
  return !!verb && verb.at > 0 && phrase.length - verb.at - verb.word.length >= 2;
}

/**
 * The subject a clause that opens with its verb shares with the clause right before it, when that
 * clause (after a comma, with one figure) names one before its own verb: Chinese says a subject once
 * for a chain of actions. Undefined when the figure's clause has a subject of its own.
 */
function sharedSubject(text: string, clause: Span, within: Span, all: readonly FigureAt[]): string | undefined {
  const opening = stripEnds(text.slice(clause.start, clause.end).replace(REMARK, ''));
  const verb = longestKnownWord(opening, 0, 6);
  if (!verb || !isVerb(verb)) return undefined;
  let end = clause.start - 1;
  if (end <= within.start || !/[,，]/.test(text[end])) return undefined;
  const prev = clauseSpan(text, { start: end - 1, end }, within);
  const own = all.filter((f) => f.span.start >= prev.start && f.span.end <= prev.end);
  if (own.length !== 1) return undefined;
  const subject = subjectOf(stripEnds(text.slice(prev.start, own[0].span.start)));
  return subject.length >= 2 && subject.length <= 10 && AGENT.test(subject) ? subject : undefined;
}

/**
 * Heads of the nouns that name who acts (律师, 法律顾问, 工作人员, 司法所, 县法院): a subject. Words
 * before a verb that name no agent say how it was done (合法性审核, 网上办理), and are no subject.
 */
const AGENT = /(?:顾问|人员|律师|干部|代表|委员|机关|部门|单位|中心|法院|检察院|政府|委员会|领导小组|局|所|站|庭|室|队|员|官|者)$/;

/**
 * The phrase of the whole a part stated after 其中 belongs to, when the part is named by a short noun
 * and nothing else (县政府 of 现行有效规范性文件86件,其中县政府60件、乡镇13件): the figure right before 其中,
 * in the part's unit, with only such parts between. Undefined otherwise.
 */
function wholeOfPart(text: string, figure: FigureAt, clause: Span, within: Span, all: readonly FigureAt[], phrase: string): string | undefined {
  if (!phrase || phrase.length > 6 || firstVerbAt(phrase) >= 0 || canBeVerb(longestKnownWord(phrase, 0, 6) ?? '')) return undefined;
  const at = text.lastIndexOf('其中', clause.start + 2);
  if (at < within.start) return undefined;
  const whole = all.filter((f) => f.span.end <= at && f.span.start >= within.start).at(-1);
  if (!whole || whole.unit !== figure.unit || !/^[\s,，;；:：]*$/.test(text.slice(whole.span.end, at))) return undefined;
  const between = all.filter((f) => f.span.start > at && f.span.end <= clause.start);
  if (between.some((f) => f.unit !== figure.unit) || /[,，;；。]/.test(text.slice(at, clause.start))) return undefined;
  const own = labelPhrase(text, whole, within, all).phrase;
  return own && !phrase.includes(own) ? own : undefined;
}

/**
 * The label of a part from its own words and the whole's: a part named by a modifier of the whole's
 * head noun (刑事案件 of 办理法律援助案件) is the whole with the modifier after its verb (办理刑事法律援助案件);
 * any other part goes before the whole (县政府现行有效行政规范性文件).
 */
function partOfWhole(part: string, whole: string): string {
  const head = jiebaWords(whole).at(-1);
  if (!head || head.length < 2 || !part.endsWith(head) || part === head || whole.endsWith(part)) return part + whole;
  const verb = leadingVerb(whole) ?? '';
  return verb + part.slice(0, -head.length) + whole.slice(verb.length);
}

/** Heads of the names of bodies, that a report repeats bare once it has named the body in full. */
const BODY_HEADS = ['委员会', '领导小组'];

/**
 * A body named by its bare head (委员会), right at the start of the phrase or after its verb, is the
 * body of that head the paragraph named before the sentence (成立由镇党委书记任组长的依法治镇委员会
 * … 全年召开委员会专题会议31次 → 召开依法治镇委员会专题会议).
 */
function withAntecedent(text: string, phrase: string, within: Span): string {
  for (const head of BODY_HEADS) {
    const at = phrase.indexOf(head);
    if (at < 0) continue;
    const lead = phrase.slice(0, at);
    if (lead && !(longestKnownWord(lead, 0, 4) === lead && isVerb(lead))) continue;
    const paragraph = text.slice(Math.max(text.lastIndexOf('\n', within.start - 1) + 1, within.start - 400), within.start);
    const named = [...paragraph.matchAll(new RegExp(`([\u3400-\u9fff]{2,12})${head}`, 'g'))].at(-1)?.[1];
    let name = named?.split(/[的由在和与及、是]/).at(-1) ?? '';
    for (let verb = longestKnownWord(name, 0, 4); verb && isVerb(verb) && verb.length < name.length; verb = longestKnownWord(name, 0, 4)) name = name.slice(verb.length);
    if (name.length >= 2) return lead + name + phrase.slice(at);
  }
  return phrase;
}

/** Words that name who took part in an action, not what it was about (培训学员, 参训人员). */
const PARTICIPANTS = /^(?:学员|人员|对象)$/;

/**
 * Whether a phrase is only an action, with no object of its own: one verb (保留, 废止), a verb and its
 * participants (培训学员), or a word of at most two characters after the number (112人参训).
 */
function isBareAction(phrase: string, onlyAfter: boolean): boolean {
  if (!phrase) return false;
  const head = longestKnownWord(phrase, 0, 4);
  if (!head) return onlyAfter && phrase.length <= 2;
  if (!canBeVerb(head)) return false;
  return head === phrase || PARTICIPANTS.test(phrase.slice(head.length));
}

/**
 * The object a bare action carries over from the clause before it in the sentence: that clause's
 * figure counts the occasions (4次, 2期) and its phrase names what was done; a figure in the same unit
 * before ours (保留149件,废止40件) carries what it carries itself.
 */
function carriedObject(text: string, figure: FigureAt, clause: Span, within: Span, all: readonly FigureAt[]): string | undefined {
  const prev = all.filter((f) => f.span.end <= clause.start && f.span.start >= within.start).at(-1);
  if (!prev || prev.unit === '%') return undefined;
  const prevClause = clauseSpan(text, prev.span, within);
  // Clauses next to each other (a comma or semicolon; 、 where one thing is counted in two units: 2次、100余件).
  if (!/^[\s,,;；、]*$/.test(text.slice(prevClause.end, clause.start))) return undefined;
  const own = labelPhrase(text, prev, within, all);
  if (prev.unit !== figure.unit) return own.change || own.borrowed ? undefined : own.phrase || undefined;
  // The same unit: a sibling action (保留…废止), only when the one before carried an object itself.
  const carried = own.borrowed && !own.change ? carriedObject(text, prev, prevClause, within, all) : undefined;
  return carried && own.phrase.startsWith(carried) ? carried : undefined;
}

/** The verb between the two values of a from–to change (由20个工作日压缩至2个工作日): 压缩, or none (由3天至1天). */
const FROM_TO_VERB = /^\s*(压缩|缩短|缩减|减少|降低|下降|提高|提升|增加|增长|上升|调整|精简)?\s*(?:为|成)?[至到]\s*$/;

/**
 * A figure that is one end of a from–to change (政府投资审批项目由20个工作日压缩至2个工作日): the value
 * after 至/到 is the new one, the value after 由/从 the old one. Both are of the subject before 由.
 */
function fromTo(text: string, figure: FigureAt, within: Span, all: readonly FigureAt[]): { subject: string; verb: string; role: 'OLD' | 'NEW' } | undefined {
  const i = all.indexOf(figure);
  const pair = (old: FigureAt | undefined, now: FigureAt | undefined) => {
    if (!old || !now || old.unit !== now.unit || old.span.start < within.start || now.span.end > within.end) return undefined;
    const between = FROM_TO_VERB.exec(text.slice(old.span.end, now.span.start));
    const lead = /[由从]\s*$/.exec(text.slice(within.start, old.span.start));
    if (!between || !lead) return undefined;
    const clause = clauseSpan(text, old.span, within);
    const prev = all.filter((f) => f.span.end <= old.span.start && f.span.start >= clause.start).at(-1);
    const subject = stripEnds(afterNumbers(text.slice(Math.max(clause.start, prev?.span.end ?? 0), old.span.start).replace(/[由从]\s*$/, '')));
    return subject ? { subject, verb: between[1] ?? '' } : undefined;
  };
  const asOld = pair(figure, all[i + 1]);
  if (asOld) return { ...asOld, role: 'OLD' };
  const asNew = pair(all[i - 1], figure);
  return asNew ? { ...asNew, role: 'NEW' } : undefined;
}

/**
 * The label phrase of `figure`, read from its sentence `within`. `figures` are all figure spans of
 * the text (sorted by start), so a neighbouring figure's words are never taken.
 */
export function labelPhrase(text: string, figure: FigureAt, within: Span, all: readonly FigureAt[]): LabelPhrase {
  const isRate = figure.unit === '%';
  const figures = all.map((f) => f.span);
  const own = clauseSpan(text, figure.span, within);
  // One end of a from–to change: the new value is the subject's as changed (审批项目压缩至), the old
  // one what it was (审批项目原), so a question on what it is now reads the new value.
  const ends = fromTo(text, figure, within, all);
  if (ends) {
    const phrase = ends.role === 'NEW' ? `${ends.subject}${ends.verb || "调整"}至` : `${ends.subject}原`;
    return { phrase, clause: own, borrowed: false, change: null };
  }
  // One of figures stated respectively (受理、办结行政复议案件分别为25件、22件): its item and the shared words.
  const respective = readRespectively(text, figure, within, all);
  if (respective) {
    const { clause, change } = respective;
    // A part after 其中 (…法律援助案件317件,其中刑事、民事案件分别为120件和197件) is that part of the whole.
    const whole = !change && figure.unit !== '%' ? wholeOfPart(text, figure, clause, within, all, respective.phrase) : undefined;
    const phrase = whole ? partOfWhole(respective.phrase, whole) : respective.phrase;
    return { phrase, clause, borrowed: false, change, respectively: true };
  }
  const clause = extendOverEnumeration(text, extendOverRemark(text, own, within), within);
  let from = clause.start;
  let to = clause.end;
  for (const f of figures) {
    if (f.end <= figure.span.start && f.end > from) from = f.end;
    if (f.start >= figure.span.end && f.start < to) to = f.start;
  }
  const first = from === clause.start; // no figure before ours in the clause
  let before = afterNumbers(text.slice(from, figure.span.start).replace(REMARK, ''), first);
  // Between two figures, the words up to a conjunction are the earlier figure's (29个重点单位和11个乡镇).
  if (!first) before = before.replace(new RegExp(`^.*?${CONJUNCTION}`), '');
  // …and all of them when they end in the preposition that leads to ours (17个委办局对182个事项: 事项).
  if (!first && /[对向把将给]$/.test(before)) before = '';
  // After the figure: the thing counted (50个主题), up to a conjunction or the next clause.
  let after = text.slice(figure.span.end, to).split(new RegExp(`${CONJUNCTION}|、`))[0];
  // A bracketed alternative inside the noun counted (11个县(区)委书记) does not end it: the words
  // after the bracket are the noun's head, when they are a short noun of their own.
  if (to === clause.end && after === text.slice(figure.span.end, to)) {
    const tail = /^[(（][^()（）]{1,4}[)）]([\u3400-\u9fff]+)/.exec(text.slice(to, within.end));
    const head = tail?.[1].split(new RegExp(`${CONJUNCTION}|、`))[0];
    if (tail && head && head.length <= 6 && text.slice(to + tail[0].length - tail[1].length + head.length).match(/^[、,,;;。]/)) {
      after += tail[0].slice(0, tail[0].length - tail[1].length) + head;
    }
  }
  // A bracketed alternative that ends the noun counted (27个乡(镇、区)、36个县直单位): part of it.
  if (to === clause.end && after === text.slice(figure.span.end, to)) {
    // …or the noun's other name (5次常委会(全面依法治县委员会)、3次政府常务会); a remark (含…) is neither.
    const alternative = /^[(（](?!含|其中|包括|不含|同比)[^()（）]{1,12}[)）](?=[、和及与,，;；。])/.exec(text.slice(to, within.end))
      // …or a short other name of it, whatever follows (83个部门(单位)党政主要负责人述法: 部门 or 单位).
      ?? /^[(（](?!含|其中|包括|不含|同比)[\u3400-\u9fff]{1,4}[)）]/.exec(text.slice(to, within.end));
    if (alternative && after) after += alternative[0];
  }
  after = after.replace(/[中里内]$/, '');
  // Words that run into the next figure end before its preposition (17个委办局对182个事项 → 委办局).
  if (to < clause.end) after = after.replace(/[对向在将把为给从于]$/, '');
  if (/\d/.test(after)) after = after.split(/\d/)[0];

  let change: LabelPhrase['change'] = null;
  let beforeWords = stripEnds(before.replace(SETS_VALUE, '')) || stripEnds(before);
  const c = isRate || /^[\d.]+倍|个百分点/.test(text.slice(figure.span.start, figure.span.end)) ? CHANGE.exec(before.replace(/\s+/g, '')) : null;
  let borrowed = false;
  if (c) {
    const words = (c.groups!.yoy ?? '') + c.groups!.verb;
    let base = stripEnds(before.replace(/\s+/g, '').slice(0, c.index));
    if (!base) {
      base = previousClauseSubject(text, clause, within);
      borrowed = !!base;
    }
    change = { base, words, direction: DOWN.test(c.groups!.verb) ? 'DOWN' : 'UP' };
    beforeWords = base + words;
  }
  let phrase = joinShortVerbs(stripEnds(beforeWords + stripEnds(after))).replace(/\d/g, '');
  // (A name in quotation marks, “检察建议”, is read from its first word.)
  const head = longestKnownWord(phrase.replace(/^[“"‘'「『]+/, ''), 0, 8);
  // Only a clause that starts with a word that is never an action shares the verb before it.
  // A clause of its own (after a comma) whose noun goes on with a verb and object names that verb's
  // subject, not another object of the verb before (…意见90场,法律顾问室工作人员参与各类会议…157场次);
  // items of a list (、上级部门收回事项清单258项) still share it.
  const ownPredication = text[clause.start - 1] !== '\u3001' && hasOwnPredicate(phrase);
  // A part after 其中 named by a bare noun (…规范性文件86件,其中县政府60件、乡镇13件): that part of the whole.
  const whole = !change && first && !isRate ? wholeOfPart(text, figure, clause, within, all, phrase) : undefined;
  if (whole) phrase = partOfWhole(phrase, whole);
  else if (!change && first && head && !canBeVerb(head) && !ownPredication) {
    const verb = sharedVerb(text, clause, within, all, figure.unit);
    if (verb && !phrase.startsWith(verb)) phrase = verb + phrase;
  }
  // A second object joined by 和 in the clause (审查行政规范性文件17件和重大行政决策11件; 上线61个高频
  // 事项和45个联办事项, the first object's noun after its number): the verb the first object has is the
  // second's too, when the second names none and counts in its unit.
  if (!change && !first && head && !canBeVerb(head) && !hasOwnPredicate(phrase)) {
    const between = text.slice(from, figure.span.start);
    const prev = all.filter((f) => f.span.end <= figure.span.start && f.span.start >= clause.start).at(-1);
    const nounBefore = /^\s*(?:和|及|与|以及)/.test(between);
    if (prev && sameKindOfUnit(prev.unit, figure.unit) && (nounBefore || /^[^,，;；、]*(?:和|及|与|以及)\s*$/.test(between))) {
      // The verb its phrase opens with, or, its noun after its number, the one right before it (…平台上线61个…).
      const verb = nounBefore ? leadingVerb(labelPhrase(text, prev, within, all).phrase) : verbEndingAt(text.slice(clause.start, prev.span.start));
      if (verb && !phrase.startsWith(verb)) phrase = verb + phrase;
    }
  }
  // One thing counted in two units (优化法律服务事项8类、18项): the second figure, with no words of its
  // own right after the first, counts what the first does.
  if (!phrase && !change) {
    const prev = all.filter((f) => f.span.end <= figure.span.start).at(-1);
    if (prev && prev.unit !== figure.unit && /^[、,，\s]*$/.test(text.slice(prev.span.end, figure.span.start))) {
      const counted = labelPhrase(text, prev, within, all).phrase;
      if (counted) {
        phrase = counted;
        borrowed = true;
      }
    }
  }
  // Objects counted side by side with one predicate after the last (对27个乡(镇、区)、36个县直单位进行
  // 实地督察): the predicate is every object's, when the figure has no verb of its own.
  if (!change && first && phrase && !stripEnds(before) && !canBeVerb(longestKnownWord(phrase, 0, 4) ?? '')) {
    const predicate = sharedPredicate(text, nounEnd(text, figure.span.end, after, within), within, all);
    if (predicate && !phrase.endsWith(predicate)) phrase += predicate;
  }
  // A clause that opens with its verb and an object of its own, right after a clause with a subject
  // (县政府法律顾问出具书面意见42份,参加涉法会议提出口头意见90场): the subject is the same one.
  if (!change && first && phrase && !isRate && !isBareAction(phrase, false)) {
    const subject = sharedSubject(text, clause, within, all);
    if (subject && !phrase.includes(subject)) phrase = subject + phrase;
  }
  // A body named by its bare head (召开委员会专题会议31次, after 成立…依法治镇委员会) is the one named before.
  phrase = withAntecedent(text, phrase, within);
  // A clause that only says what was done to what the clause before counted (开展规范性文件专项清理4次,
  // 保留149件; 举办了2期中青年干部培训班,培训学员79人): that clause's object is the figure's too.
  if (!change && first && figure.unit !== '%' && isBareAction(phrase, beforeWords === '')) {
    const object = carriedObject(text, figure, clause, within, all);
    if (object && !phrase.startsWith(object)) {
      phrase = object + phrase;
      borrowed = true;
    }
  }
  // A rate with no subject of its own (办复率均为100%, 占比95.87%): the subject is the clause before's
  // (不见面审批事项2369项,占比95.87% → 不见面审批事项占比).
  if (!change && (!phrase || /^[\u3400-\u9fff]{0,3}率$/.test(phrase))) {
    const subject = previousClauseSubject(text, clause, within);
    if (subject && (phrase ? !subject.includes(phrase) : isRate)) {
      const share = !phrase && /(?:占比|占|比例为?|比重为?)\s*$/.test(before) ? '占比' : '';
      phrase = subject + (phrase || share);
      borrowed = true;
    }
  }
  return { phrase, clause, borrowed, change };
}
