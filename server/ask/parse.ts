/**
 * The offline parser: a question in Chinese or English becomes a StructuredQuery, through small
 * steps that each do one thing — normalise, find the scope (place, year), find the operation cues,
 * split the question into the figures it names, and score every figure in scope against each part.
 * No model, no list of known sentences: the lexicon in seeds/lexicon and the figures' own words
 * are all it knows. This module decides which rule applies; the rules are in parse/: hints
 * (units, rates), parts (connectors), phrases (topic and measure names), figures (ranking and
 * choosing figures), readings (combining them, or CLARIFY), passages (answers in words).
 */
import { lexicon } from '../vocabulary/lexicon.js';
import { CUE_MARK, detectCues, STRUCTURAL_CUES, withoutCues, withoutNamedCues, type CueMatch, type CueName } from './cues.js';
import type { FigureIndex } from './figure-index.js';
import { preferAskedUnit, questionTerms, rankFigures, sameSentence, withoutCharacterTranslations, type ScoredFigure, type Term } from './match.js';
import { languageOf, normalizeQuestion, withGlossedTerms } from './normalize.js';
import { capitalizedWords, detectScope, missingScope, reportsInScope, withSubjectAreas, withYearsAsWords } from './scope.js';
import type { Scope } from './structured-query.js';
import type { Report } from '../model/index.js';
import { isVerb } from '../vocabulary/dictionary.js';
import { TOTAL_WORD_BEFORE } from '../vocabulary/numbers.js';
import { englishToken, isChinese, words } from '../vocabulary/tokens.js';
import { confident, result, unanswerable, type Context, type ParseResult } from './parse/context.js';
import { best, explains, figuresForParts, funnelPredecessor, measuresNamed, partsOf } from './parse/figures.js';
import { QUANTITY, rankHints } from './parse/hints.js';
import { splitParts, withSharedWords } from './parse/parts.js';
import { overviewQuery } from './parse/overview.js';
import { besideSummaryWords, summaryAsked, summaryQuery } from './parse/summary.js';
import { documentsAbout, noFigure, ordinalPassage, passage } from './parse/passages.js';
import { phrasesIn } from './parse/phrases.js';
import { combine, lookupOrClarify } from './parse/readings.js';
import { asksStanding, eachOwnMeasure, inQuestionOrder, parseAcrossReports, says, withComparative } from './parse/across.js';
import { comparableFigures } from './parse/comparable.js';
import { withoutAuthor } from './parse/author.js';

export { CLARIFY_MARGIN, MIN_COVERAGE, type ParseResult } from './parse/context.js';
export { MIN_PASSAGE_COVERAGE } from './parse/passages.js';
export { splitParts } from './parse/parts.js';
export { phrasesIn } from './parse/phrases.js';


/**
 * A cue inside a word that names figures asks for those figures, not for a section: 建议 in
 * 检察建议 (a word the figures hold), "suggestions" in "procuratorial suggestions" (a pair the
 * figures hold, or hold in translation).
 */
function cueNamesFigures(name: CueName, cues: CueMatch, rest: string, terms: Term[], index: FigureIndex): boolean {
  const spans = cues.spans.filter((s) => s.name === name);
  return spans.length > 0 && spans.every((span) => {
    const text = rest.slice(span.start, span.end);
    if (isChinese(text)) return terms.some((t) => !t.bonus && t.token.length > text.length && t.token.includes(text) && index.occurs(t.token));
    const stem = englishToken(text);
    return terms.some((t) => t.bonus && t.token.endsWith(` ${stem}`) && (index.occurs(t.token) || !!t.alternatives?.length));
  });
}

/**
 * A cue of one bare word (published, dated) asks for the report's metadata only when the rest of the
 * question names no figure: "Songyang towns whose reports were published" asks for the towns (年度报告公开
 * 9个镇), "when was the Songyang report published" for the date. A cue of several words (who published,
 * publication date) always asks for the metadata.
 */
function bareCueNamesFigure(name: CueName, cues: CueMatch, rest: string, ctx: Context): boolean {
  const spans = cues.spans.filter((s) => s.name === name);
  if (!spans.length || spans.some((s) => /\s/.test(rest.slice(s.start, s.end)) || isChinese(rest.slice(s.start, s.end)))) return false;
  const terms = questionTerms(withoutCues(rest, cues, [...STRUCTURAL_CUES, name]), ctx.index).map(withoutCharacterTranslations);
  if (!terms.some((t) => !t.bonus)) return false;
  return confident(best(terms, ctx)[0]);
}

/**
 * Whether a word stands in a text with characters left out, as Chinese shortens names (重大决策 for
 * 重大行政决策): its characters in order, over at most twice its length.
 */
function abbreviates(word: string, text: string): boolean {
  for (let start = text.indexOf(word[0]); start >= 0; start = text.indexOf(word[0], start + 1)) {
    let at = start;
    let k = 1;
    for (; k < word.length && at >= 0; k++) at = text.indexOf(word[k], at + 1);
    if (k === word.length && at >= 0 && at - start < 2 * word.length) return true;
  }
  return false;
}

/**
 * A figure whose label lists things (、, 及, 和, 与) and names a word of each part: the parts are its list. A
 * long word is named by three characters of it too (合法性审查 asked, 合法性审核 stated: the action the
 * listed things share, worded otherwise), or shortened (重大决策, 重大行政决策).
 */
function listsParts(s: ScoredFigure, parts: string[]): boolean {
  const label = s.figure.metric.labelZh;
  const named = (w: string) => label.includes(w) || (w.length >= 3 && abbreviates(w, label))
    || (w.length >= 4 && [...w.slice(2)].some((_, i) => label.includes(w.slice(i, i + 3))));
  return /[\u3001及和与]/.test(label) && parts.every((p) => words(p).some((w) => w.length > 1 && isChinese(w) && named(w)));
}

/** The question word of one ask: 多少, 几, how many, how much. */
const ASK_WORD = /多少|几|how many|how much/;

/**
 * Several asks in one question, each its own figure (…参与调解的案件有多少件?成功率多少?, 收了多少、结了
 * 多少): the first as asked, each later one elliptical, read with the first's place, year and topic
 * before its own words. The figures of all, in the order asked; undefined unless every ask is one
 * figure of one report, read without hesitation.
 */
function parseAsks(normalized: string, index: FigureIndex): ParseResult | undefined {
  const pieces = normalized.split(/[?？]|[、,，;；](?=[^、,，;；?？]*(?:多少|几))/).map((p) => p.trim()).filter(Boolean);
  if (pieces.length < 2 || pieces.length > 4 || !pieces.every((p) => ASK_WORD.test(p))) return undefined;
  const [first, ...later] = pieces;
  const scope = detectScope(first, index.englishPhrases, (w) => index.knows(w), index.places);
  // What the first ask is about, for the later ones to be read with: the place and year it names, as
  // it names them, and its topic.
  const said = [...first].filter((c, i) => scope.rest[i] === ' ' && c !== ' ').join('');
  const about = `${said}${phrasesIn(first, index.topicPhrases).join('')}`;
  const asks = [first, ...later.map((p) => (detectScope(p, index.englishPhrases, (w) => index.knows(w), index.places).regions.length ? p : `${about}${p}`))];
  const parsed = asks.map((q) => parseQuestion(q, index, false));
  const ids: string[] = [];
  for (const p of parsed) {
    if (p.query.op !== 'lookup' || p.query.metrics.length !== 1 || p.alternatives.length > 1) return undefined;
    ids.push(p.query.metrics[0]);
  }
  if (new Set(ids).size !== ids.length) return undefined;
  const reports = new Set(ids.map((id) => index.byId.get(id)?.metric.reportId));
  if (reports.size !== 1) return undefined;
  return result({ language: languageOf(normalized), normalized, unsearched: undefined }, { op: 'lookup', metrics: ids }, Math.min(...parsed.map((p) => p.confidence)));
}

export function parseQuestion(raw: string, index: FigureIndex, severalAsks = true): ParseResult {
  const typed = normalizeQuestion(raw);
  const language = languageOf(typed);
  // English with the report's term in brackets: the term is looked for, not its English words.
  const normalized = language === 'en' ? withGlossedTerms(typed) : typed;
  const bare = { language, normalized, scope: {} as Scope };
  if (!/\p{L}/u.test(normalized)) return unanswerable(bare, 'OUT_OF_SCOPE', []);
  const asks = severalAsks && language === 'zh' ? parseAsks(normalized, index) : undefined;
  if (asks) return asks;

  const named = withSubjectAreas(detectScope(normalized, index.englishPhrases, (w) => index.knows(w), index.places, capitalizedWords(raw)), normalized, index.reports);
  const scope = withYearsAsWords(named, index.reports, normalized);
  const inScope = reportsInScope(scope, index.reports);
  // The index holds the figures of the most recent reports in scope; the rest are counted, not searched.
  const held = { ...inScope, reports: inScope.reports.filter((r) => index.searched.has(r.id)) };
  const scopeQuery: Scope = {};
  if (scope.regions.length === 1) scopeQuery.region = scope.regions[0].name;
  if (scope.years.length === 1) scopeQuery.year = scope.years[0];
  if (held.reports.length === 1) scopeQuery.reportId = held.reports[0].id;

  const cues = withComparative(withoutNamedCues(scope.rest, detectCues(scope.rest), (pair) => index.knows(pair), (words) => index.labelHolds(words)), scope.rest);
  // The report's author named with its place (龙川司法局, Yangshan's justice bureau) is scope, not a figure's word.
  const subject = withoutAuthor(withoutCues(scope.rest, cues, STRUCTURAL_CUES), held.reports, index);
  const hints = rankHints(normalized);
  // A topic named without a measure (行政官司一共有多少件) means its plain count: the head of its funnel.
  if (phrasesIn(subject, index.topicPhrases).length && !phrasesIn(subject, index.measurePhrases).length) {
    hints.defaultMeasures = new Set(lexicon().invariants.funnels.map((f) => f.measures[0]));
  }
  const ctx: Context = {
    index,
    figures: index.figuresOf(new Set(held.reports.map((r) => r.id))),
    reports: new Set(held.reports.map((r) => r.id)),
    scope: scopeQuery,
    hints,
    language,
    normalized,
    unsearched: inScope.reports.length - held.reports.length,
  };
  // A single character standing for an English word (weekly → 周) helps find a figure counted, not a
  // sentence answering in words ("when was the review finished" is no 完成 count). A terse question
  // with no question word at all (Shangyou 2024: difficulties solved for firms?) asks for a figure.
  const terms = questionTerms(subject, index);
  const inWords = ['list_question', 'word_question', 'manner_question', 'published_on'].some((c) => cues.cues.has(c as CueName));
  // The words of a question answered in words: without the summary words (说了什么, what does … say)
  // and the report's own name, cut on the question as asked (its cues may cut into 主要内容).
  let inWordsTerms: Term[] | undefined;
  const wordTerms = () => {
    if (!inWordsTerms) {
      const beside = besideSummaryWords(scope.rest);
      inWordsTerms = questionTerms(withoutAuthor(withoutCues(beside, detectCues(beside), STRUCTURAL_CUES), held.reports, index), index).map(withoutCharacterTranslations);
    }
    return inWordsTerms;
  };
  const allTerms = QUANTITY.test(normalized) || !inWords ? terms : terms.map(withoutCharacterTranslations);

  // 第几 / what rank, of a place named: the ordinal a sentence of its report states (位列全省第4,
  // 第56次常委会), not a count of anything nor a ranking across reports — unless it asks where the place
  // stands among others (龙泉…在各县中排第几: parse/across.ts).
  if (cues.cues.has('ordinal_question') && scope.regions.length >= 1 && held.reports.length === 1 && !asksStanding(scope.rest.replace(/\s+/g, ' '))) return ordinalPassage(allTerms, ctx) ?? noFigure(allTerms, [], ctx);

  // Questions across reports and about the hub itself (parse/across.ts, hub-questions.ts).
  const across = parseAcrossReports(scope, cues, ctx);
  if (across) return across;

  // What a whole report says (紫云的报告讲了什么, Summarize the Ziyun report): parse/summary.ts.
  const asksSummary = summaryAsked(subject, ctx);
  if (held.missing && asksSummary) return unanswerable({ ...ctx, scope: { ...ctx.scope, ...missingScope(scope, index.reports, held.missing) } }, held.missing, []);
  // …unless it names a subject a sentence holds (璧山区关于“一窗综办”改革说了些什么): that sentence.
  if (asksSummary && !held.missing) {
    const sentence = wordTerms().some((t) => !t.bonus) ? passage(wordTerms(), ctx) : undefined;
    if (sentence) return sentence;
  }
  const summary = asksSummary ? summaryQuery(ctx, held.reports) : null;
  if (summary) return summary;

  if (held.missing) {
    // Name what the hub does hold on the subject, from any report, as the nearest facts.
    return unanswerable({ ...ctx, scope: { ...ctx.scope, ...missingScope(scope, index.reports, held.missing) } }, held.missing, rankFigures(allTerms, index.figures, ctx.hints));
  }

  const has = (name: CueName) => cues.cues.has(name);
  // A topic's figures as a whole (行政复议的总体情况, what are the legal-aid figures).
  const overview = overviewQuery(subject, ctx);
  // A topic named where the reports in scope state none of its figures (上虞区把…履职情况列入了什么内容):
  // what they say of it in words, if a sentence does.
  if (overview?.query.op === 'overview') {
    const topics = new Set(overview.query.topics);
    const stated = ctx.figures.some((f) => f.metric.topicId && topics.has(f.metric.topicId));
    if (stated) return overview;
    return passage(wordTerms(), ctx) ?? overview;
  }
  const counting = QUANTITY.test(normalized) || has('sum') || has('difference') || has('ratio') || has('compare');
  if (!counting) {
    const single = held.reports.length === 1;
    if (single && has('publisher')) return result(ctx, { op: 'metadata', field: 'publisher', scope: scopeQuery }, 1);
    if (single && has('published_on') && !bareCueNamesFigure('published_on', cues, scope.rest, ctx)) return result(ctx, { op: 'metadata', field: 'publishedOn', scope: scopeQuery }, 1);
    if (single && has('title')) return result(ctx, { op: 'metadata', field: 'title', scope: scopeQuery }, 1);
    const section = (name: CueName) => has(name) && !cueNamesFigures(name, cues, scope.rest, allTerms, index);
    if (section('problems')) return result(ctx, { op: 'sections', role: 'PROBLEM', scope: scopeQuery }, 1);
    if (section('recommendations')) return result(ctx, { op: 'sections', role: 'RECOMMENDATION', scope: scopeQuery }, 1);
    // What was done about a subject, or how (渝中区如何推进行政执法改革, what measures … to optimize the
    // business environment): the sentence about it; the report's list of work only when no subject is named.
    if (has('measures_taken') || has('manner_question')) {
      const aboutTerms = questionTerms(withoutCues(subject, cues, ['measures_taken']), index).map(withoutCharacterTranslations);
      const named = aboutTerms.some((t) => !t.bonus);
      const about = named ? passage(aboutTerms, ctx) : undefined;
      if (about) return about;
      if (has('measures_taken') && (!named || !has('manner_question'))) return result(ctx, { op: 'sections', role: 'WORK', scope: scopeQuery }, 1);
      // Asked how, not how many: a number is no answer.
      if (has('manner_question')) return noFigure(allTerms, [], ctx);
    }
    if (has('documents')) return documentsAbout(withoutCues(subject, cues, ['documents']), ctx, scopeQuery, () => passage(wordTerms(), ctx));
  }

  const combines = has('sum') || has('difference') || has('ratio') || has('compare');

  // Several reports named (紫云和金平, 2023年和2024年): the same figure in each, then combined.
  if (held.reports.length > 1 && (scope.regions.length > 1 || scope.years.length > 1)) {
    // Each report's own figure of what the best one counts, though the reports word it differently (parse/comparable.ts).
    // 哪个多,多多少 / which … more, and by how many: the larger minus the smaller, whichever is named first.
    const which = has('difference') && (says(normalized, 'place_question') || /\bwhich\b|哪|谁/.test(normalized));
    const combined = (figures: ScoredFigure[]) => combine(which ? [...figures].sort((a, b) => b.figure.metric.value - a.figure.metric.value) : figures, ctx, cues, which);
    // Each place asked by its own measure (郎溪的宣讲场次与浚县的常务会学法次数一共多少): each its own figure,
    // though another of the report's might count what the other place's does.
    const own = combines ? eachOwnMeasure(subject, held.reports, ctx, { rest: scope.rest, cues }) : undefined;
    if (own) return combined(own);
    const { chosen: comparable, ranked } = comparableFigures(allTerms, held.reports, ctx);
    const chosen: ScoredFigure[] = [];
    for (const report of held.reports) {
      const figure = comparable.get(report.id);
      // A report that does not state the figure makes the question unanswerable, never another's number.
      // The refusal names the report that lacks it (浚县的报告没有给出这项数据), not just "the report".
      if (!figure) return unanswerable({ ...ctx, scope: { reportId: report.id } }, 'NOT_IN_REPORT', ranked.slice(0, 1));
      chosen.push(figure);
    }
    if (combines) return combined(which ? chosen : inQuestionOrder(chosen, ctx));
    return result(ctx, { op: 'lookup', metrics: chosen.map((c) => c.figure.metric.id) }, Math.min(...chosen.map((c) => c.coverage)));
  }

  // Parts that name something: not 有, 人 or 件 left over around a cue.
  const parts = withSharedWords(subject, splitParts(subject), (p) => phrasesIn(p, index.topicPhrases).length > 0, isVerb).filter((p) => questionTerms(p, index).some((t) => !t.bonus && !(isChinese(t.token) && t.token.length === 1)));
  // 一共 alone coordinates nothing: 新政务服务中心一共进驻了多少个部门 asks one figure; only a
  // connector (和, 、, and) makes parts to add (复议和诉讼一共收到多少件).
  const onlySum = has('sum') && !has('difference') && !has('ratio') && !has('compare');
  const coordinated = !onlySum || splitParts(subject.split(CUE_MARK).join(' ')).length >= 2;
  // Parts one figure's own list holds together (召开县委常委会、政府常务会、依法治县委员会等会议12次):
  // the question counts them as the report does, in one figure, not as figures to add.
  const whole = onlySum && coordinated && parts.length >= 2 ? best(allTerms, ctx)[0] : undefined;
  const oneCount = !!whole && confident(whole) && listsParts(whole, parts);
  if (combines && coordinated && parts.length >= 2 && !oneCount) {
    // Figures of one report only: with several in scope and none named, each report is a reading.
    const readings: ParseResult[] = [];
    let failed: { failed: Term[]; ranked: ScoredFigure[] } | undefined;
    for (const report of held.reports) {
      const chosen = figuresForParts(parts, { ...ctx, figures: index.figuresOf(new Set([report.id])) }, true);
      if (Array.isArray(chosen)) readings.push(combine(chosen, ctx, cues));
      else failed ??= chosen;
    }
    if (readings.length === 1) return readings[0];
    if (readings.length > 1) return result(ctx, readings[0].query, readings[0].confidence / 2, readings.map((r) => r.query));
    return noFigure(failed!.failed, failed!.ranked, ctx);
  }
  // Several figures asked at once: 收到、受理、审结分别多少; received, accepted and concluded.
  if (!combines && parts.length >= 2) {
    // Each part names its own measure, and none states a figure (复议收到39件,其中受理了多少件 asks one).
    const asks = parts.filter((p) => !/\d/.test(p));
    const namesOwn = asks.length === parts.length && parts.every((p) => phrasesIn(p, ctx.index.measurePhrases).length);
    // Unless one figure's own words hold every part: "contracts reviewed and filed" is one count (审查、备案政府合同122件).
    const whole = best(allTerms, ctx)[0];
    const oneFigure = !has('breakdown') && confident(whole) && parts.every((p) => explains(whole.figure, p));
    if (!oneFigure && ((has('breakdown') && asks.length === parts.length) || namesOwn)) {
      const chosen = figuresForParts(parts, ctx, false);
      if (Array.isArray(chosen)) {
        const ids = [...new Set(chosen.map((c) => c.figure.metric.id))];
        // Several figures of one report; figures from several reports are readings, decided below.
        const oneReport = new Set(chosen.map((c) => c.figure.metric.reportId)).size === 1;
        if (ids.length >= 2 && oneReport) return result(ctx, { op: 'lookup', metrics: ids }, Math.min(...chosen.map((c) => c.coverage)));
      }
    }
  }

  // The unit or rate asked picks among one sentence's figures (parse/hints.ts, match.ts).
  let ranked = preferAskedUnit(best(allTerms, ctx), ctx.hints, confident, allTerms);
  if (counting) ranked = withoutGivenFigures(ranked, subject);
  // 一共/合计 asked of items the sentence totals itself (非常满意802条,满意163条,合计965条): the stated total.
  if (onlySum && !coordinated) ranked = preferStatedTotal(ranked);
  const top = ranked[0];
  if (!confident(top)) {
    // Asked in words, not for a number: a sentence may answer it.
    if (!counting && (has('list_question') || has('word_question') || has('manner_question'))) return passage(wordTerms(), ctx) ?? noFigure(allTerms, ranked, ctx);
    return noFigure(allTerms, ranked, ctx);
  }

  // One part naming two measures of one topic: "what share of applications were accepted".
  if (combines) {
    const measures = measuresNamed(allTerms, ctx);
    const sameTopic = ranked.filter((s) => s.figure.metric.topicId === top.figure.metric.topicId
      && s.figure.metric.reportId === top.figure.metric.reportId && !s.figure.metric.partOfId);
    // Stated rates (出庭率 100%) are answers, not operands of a share.
    const perMeasure = measures.map((m) => sameTopic.find((s) => s.figure.metric.measureId === m && s.figure.metric.unit !== '%'))
      .filter((s): s is ScoredFigure => !!s);
    if (perMeasure.length >= 2) return combine(perMeasure, ctx, cues);
    if (has('ratio')) {
      if (top.figure.metric.unit === '%') return result(ctx, { op: 'lookup', metrics: [top.figure.metric.id] }, top.coverage);
      // A part's share of its stated total, or a funnel stage's share of the stage before it.
      const base = (top.figure.metric.partOfId ? index.byId.get(top.figure.metric.partOfId) : undefined) ?? funnelPredecessor(top.figure, ctx);
      if (base) return result(ctx, { op: 'ratio', numerator: top.figure.metric.id, denominator: base.metric.id }, top.coverage);
      // A share of a count its sentence states as a rate of the same topic (2331项纳入…,入驻率达到96.4%): the stated rate.
      const stated = ranked.filter((s) => s.figure.metric.unit === '%' && sameSentence(s, top) && s.figure.metric.topicId === top.figure.metric.topicId);
      if (stated.length === 1) return result(ctx, { op: 'lookup', metrics: [stated[0].figure.metric.id] }, top.coverage);
    }
  }

  // 败诉率, 结案率: a rate the report does not state, of a count it does — over the stage before it.
  if (!combines && /率|\brate\b/.test(subject) && top.figure.metric.unit !== '%') {
    const base = funnelPredecessor(top.figure, ctx);
    if (base) return result(ctx, { op: 'ratio', numerator: top.figure.metric.id, denominator: base.metric.id }, top.coverage);
  }

  // A stated rate asked for is one value, whatever it is a rate of ("the rate for the three kinds of letters").
  const statedRate = top.figure.metric.unit === '%' && /率|\brate\b/.test(subject);
  if (has('breakdown') && !statedRate) {
    const total = partsOf(top.figure, ctx).length ? top.figure
      : top.figure.metric.partOfId ? index.byId.get(top.figure.metric.partOfId) : undefined;
    if (total) return result(ctx, { op: 'breakdown', total: total.metric.id }, top.coverage);
    const topic = ctx.figures.filter((f) => f.metric.topicId === top.figure.metric.topicId && f.metric.reportId === top.figure.metric.reportId);
    return result(ctx, { op: 'lookup', metrics: topic.slice(0, 20).map((f) => f.metric.id) }, top.coverage);
  }
  return lookupOrClarify(ranked, ctx, cues);
}

/** The ids of the figures nearest to a question, best first: what a model may choose from. */
export function nearestFigures(raw: string, index: FigureIndex, count: number): string[] {
  const normalized = normalizeQuestion(raw);
  const scope = withSubjectAreas(detectScope(normalized, index.englishPhrases, (w) => index.knows(w), index.places), normalized, index.reports);
  const held = reportsInScope(scope, index.reports);
  const figures = held.reports.length ? index.figuresOf(new Set(held.reports.map((r) => r.id))) : index.figures;
  const subject = withoutCues(scope.rest, detectCues(scope.rest), STRUCTURAL_CUES);
  return rankFigures(questionTerms(subject, index), figures, rankHints(normalized))
    .slice(0, count).map((s) => s.figure.metric.id);
}

/**
 * A figure the question itself states is what the asker already knows, not what they ask:
 * 复议收到39件,其中受理了多少件 and "of the 39 applications, how many were accepted" ask another
 * figure. Dropped only when another figure is left to answer; years were taken out as scope.
 */
function withoutGivenFigures(ranked: ScoredFigure[], subject: string): ScoredFigure[] {
  const given = new Set([...subject.matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0])));
  if (!given.size) return ranked;
  const asked = ranked.filter((s) => !given.has(s.figure.metric.value));
  return asked.length && asked.length < ranked.length ? asked : ranked;
}

/**
 * 一共/合计 asked of one of the items a sentence totals itself (非常满意802条,满意163条,合计965条;
 * linked at ingest as parts of the total): the stated total, as sure as the item that led to it.
 */
function preferStatedTotal(ranked: ScoredFigure[]): ScoredFigure[] {
  const [top] = ranked;
  const whole = top?.figure.metric.partOfId;
  const total = whole ? ranked.find((s) => s.figure.metric.id === whole) : undefined;
  // Only a total the sentence writes as one (合计965条): 其中调解成功5件 asked with 一共 is still the 5.
  const written = (m: { quote: string; spanStart: number; quoteStart: number }) => TOTAL_WORD_BEFORE.test(m.quote.slice(0, m.spanStart - m.quoteStart));
  if (!top || !total || !written(total.figure.metric)) return ranked;
  total.coverage = Math.max(total.coverage, top.coverage);
  total.specific = Math.max(total.specific, top.specific);
  return [total, ...ranked.filter((s) => s !== total)];
}
