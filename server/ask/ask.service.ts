/**
 * Ask: question → structured query → execution on the query service → answer with sources.
 * The figure index is built from the query service's per-process cache, which follows the data
 * version stored in the database: an ingest on any instance is seen by every instance within a second.
 */
import { UserInputError } from '../errors.js';
import type { Report } from '../model/index.js';
import { lexicon } from '../vocabulary/lexicon.js';
import type { HubQueries } from '../query/hub-queries.js';
import { AnswerStatus, ResolvedBy, UnanswerableReasonEnum, type Answer, type AnswerTranslation, type Candidate, type CandidateTranslation } from './answer.type.js';
import { execute, type Outcome } from './execute.js';
import { LRUCache } from 'lru-cache';
import type { HubCatalog } from '../query/catalog.js';
import type { ReportData } from '../query/report-data.js';
import { FigureIndex, QuestionLexicon, ReportFigures } from './figure-index.js';
import { normalizeQuestion, type Language } from './normalize.js';
import { detectScope, reportsInScope, withSubjectAreas } from './scope.js';
import { nearestFigures, parseQuestion, type ParseResult } from './parse.js';
import { resolveFollowUp } from './follow-up.js';
import { acrossPlaces, asksStanding, placesLeftOut, rankIntent } from './parse/across.js';
import type { ModelParser } from './model-parser.js';
import type { AskMode } from '../config.js';
import { ratePair, ratePairText } from './rate-pair.js';
import { rateFormula } from '../query/rates.js';
import { emptyAnswer, graphqlFor, interpret, label, renderOutcome, reportName } from './render.js';
import type { StructuredQuery } from './structured-query.js';
import type { Conversation } from './conversation.js';
import { followUpCandidates, fulfils, MAX_FOLLOW_UPS } from './follow-ups.js';
import { summaryReadings } from './parse/summary.js';
import { rehearsalQuestions } from './rehearsal.js';
import { indicatorId, indicatorsOf, indicatorValues } from '../query/indicators.js';
import type { Metric } from '../model/index.js';

export const MAX_QUESTION_LENGTH = 500;

export interface AskLogger {
  warn(obj: object, msg: string): void;
}

/**
 * The most reports one question's figures are searched in. A question naming no county or year
 * (行政复议审结了多少件) at a hub of thousands of reports is asked of the most recent ones, and the
 * answer says how many more the hub holds; a question scoped to one report costs the same at any size.
 */
export const MAX_SEARCHED_REPORTS = 12;
/**
 * A question across reports (哪个县…最多) searches each report in its scope for its own figure, up
 * to this many; beyond, it is ranked by the best figure's indicator across every report in scope,
 * from the catalog (parse/across.ts).
 */
export const ACROSS_SEARCHED_REPORTS = 24;

/** Where a question is read: one report, or (when empty) the reports it names, else all. */
export interface AskScope {
  reportId?: string | null;
}

export class AskService {
  /** Per data version (catalog): the lexicon, and the indexes of recent scopes of several reports. */
  private readonly perCatalog = new WeakMap<HubCatalog, { lexicon: QuestionLexicon; views: LRUCache<string, FigureIndex> }>();
  /**
   * Each report's tokenised figures and its one-report index, kept as long as the report's details
   * are cached (weakly, so the report cache alone bounds the memory).
   */
  private readonly figures = new WeakMap<ReportData, { part: ReportFigures; alone?: FigureIndex }>();
  /** The scope each answer was asked in, for its follow-ups (computed only when a client asks for them). */
  private readonly scopes = new WeakMap<Answer, AskScope | null>();
  /** How to say each answer in the other language, worked out only when the field is asked for. */
  private readonly translations = new WeakMap<Answer, () => AnswerTranslation>();
  private readonly candidateTranslations = new WeakMap<Candidate, () => CandidateTranslation>();

  constructor(
    private readonly log?: AskLogger,
    /** With a model: `llm` asks it every time, `hybrid` when the rules are unsure. */
    private readonly model?: { parser: ModelParser; mode: AskMode },
  ) {}

  /**
   * The index to parse a question against: the figures of the reports in its scope (at most
   * MAX_SEARCHED_REPORTS, the most recent first). Without a question, the most recent reports.
   */
  async index(queries: HubQueries, question = '', scope: AskScope | null = null): Promise<FigureIndex> {
    const { catalog, lexicon: words } = await this.state(queries);
    const view = (reports: Report[]) => this.view(queries, reports);
    if (scope?.reportId) {
      const report = catalog.reportById.get(scope.reportId);
      if (!report) throw new UserInputError(`no report "${scope.reportId}"; the reports query lists their ids`, 'scope');
      return view([report]);
    }
    const normalized = normalizeQuestion(question);
    const first = reportsToSearch(normalized, catalog.reports, words.places, new Set(), (w) => words.topicTokens.has(w) || words.measureTokens.has(w));
    const index = await view(first);
    // English word pairs of the figures' labels (xi jinping) can unmake a place name: look again with them.
    if (!/[a-z]/.test(normalized)) return index;
    const second = reportsToSearch(normalized, catalog.reports, words.places, index.englishPhrases, (w) => index.knows(w));
    return second.length === first.length && second.every((r, i) => r === first[i]) ? index : view(second);
  }

  /** The index of some reports' figures: one report's own, or a view over several kept per data version. */
  private async view(queries: HubQueries, reports: Report[]): Promise<FigureIndex> {
    const { catalog, lexicon: words, views } = await this.state(queries);
    const key = reports.map((r) => r.id).join('\n');
    let index = views.get(key);
    if (index) return index;
    const parts = this.partsOf(await queries.details(reports), words);
    if (parts.length === 1) return (parts[0].alone ??= new FigureIndex(words, catalog.reports, [parts[0].part]));
    views.set(key, (index = new FigureIndex(words, catalog.reports, parts.map((p) => p.part))));
    return index;
  }

  /** Each report's tokenised figures, built the first time its details (as cached) are needed. */
  private partsOf(details: ReportData[], words: QuestionLexicon): { part: ReportFigures; alone?: FigureIndex }[] {
    return details.map((data) => {
      let entry = this.figures.get(data);
      if (!entry) this.figures.set(data, (entry = { part: new ReportFigures(data.report, data.text, data.metrics, data.documents, words) }));
      return entry;
    });
  }

  /**
   * Loads the catalog and the segmenter's domain words, then tokenises the reports a question
   * naming none searches (the MAX_SEARCHED_REPORTS most recent) one at a time, and builds their
   * view: the index the first such question is parsed against. Run in the background after start.
   */
  async warmUnscoped(queries: HubQueries, pause: () => Promise<unknown> = nextTurn): Promise<void> {
    const { catalog, lexicon: words } = await this.state(queries);
    // Read at once (one wait on the database, which lets requests in), then tokenised a report a step.
    for (const data of await queries.details(mostRecent(catalog.reports, MAX_SEARCHED_REPORTS))) {
      await pause();
      this.partsOf([data], words);
    }
    await pause();
    await this.index(queries);
  }

  /**
   * Builds the index a ranking across all reports is parsed against (the ACROSS_SEARCHED_REPORTS
   * most recent reports, with their postings) and the indicators, then rehearses rankings on it
   * (rehearsal.ts), so the first such question after a start neither loads and tokenises them nor
   * runs their code for the first time. Run in the background after the hub is ready: one report,
   * or one question, at a time, with the event loop free between them for requests.
   */
  async warmAcross(queries: HubQueries, pause: () => Promise<unknown> = nextTurn): Promise<void> {
    const { catalog, lexicon: words } = await this.state(queries);
    const reports = mostRecent(catalog.reports, ACROSS_SEARCHED_REPORTS);
    for (const data of await queries.details(reports)) {
      await pause();
      void this.partsOf([data], words)[0].part.postings;
    }
    await pause();
    (await this.view(queries, reports)).warmPostings();
    const [top] = indicatorsOf(catalog);
    const topic = top && words.topicById.get(top.topicId);
    const measure = top && words.measureById.get(top.measureId);
    if (!topic || !measure) return;
    for (const question of rehearsalQuestions(topic, measure)) {
      await pause();
      await this.answerQuietly(question, queries, null);
    }
  }

  private async state(queries: HubQueries) {
    const catalog = await queries.catalog();
    let state = this.perCatalog.get(catalog);
    if (!state) {
      const { topics, measures } = lexicon();
      // Few views of several reports: each holds up to MAX_SEARCHED_REPORTS reports' figures.
      state = { lexicon: new QuestionLexicon(topics, measures, catalog.reports), views: new LRUCache({ max: 4 }) };
      this.perCatalog.set(catalog, state);
    }
    return { catalog, ...state };
  }

  /** The parse alone, for the CLI's --explain and for benchmarks. */
  async parse(question: string, queries: HubQueries): Promise<ParseResult> {
    return parseQuestion(checkQuestion(question), await this.index(queries, question));
  }

  /**
   * Answer a question. With a `conversationId`, a follow-up (那行政诉讼呢?) is first completed from
   * the conversation's previous question, which is kept in the database. A conversation is its id
   * and its owner (the client that made it): another client using the same id has its own.
   */
  async ask(question: string, queries: HubQueries, conversation?: Conversation, scope: AskScope | null = null): Promise<Answer> {
    checkQuestion(question);
    const previous = conversation ? await queries.lastTurn(conversation.id, conversation.owner) : null;
    const resolved = previous ? resolveFollowUp(question, previous.resolvedQuestion, (await this.state(queries)).lexicon) ?? question : question;
    const index = await this.index(queries, resolved, scope);

    const rules = parseQuestion(resolved, index);
    let parsed = rules;
    let resolvedBy = ResolvedBy.RULES;
    // Notes in both languages: the reply is also given in the other one (Answer.translation).
    const notes: Bilingual[] = [];
    if (resolved !== question) notes.push({ zh: `按上一问理解为：${resolved}`, en: `Read with the previous question as: ${resolved}` });
    const scoped = scope?.reportId ? index.reportById.get(scope.reportId) : undefined;
    if (scoped) notes.push({ zh: `只在${reportName(scoped, 'zh')}的报告中查找。`, en: `Looked only in the ${reportName(scoped, 'en')} report.` });
    if (rules.unsearched) {
      notes.push({
        zh: `范围内还有 ${rules.unsearched} 份报告未检索；请说明县区和年份。`,
        en: `${rules.unsearched} more reports in scope were not searched; name a county and a year.`,
      });
    }
    if (this.model && (this.model.mode === 'llm' || !rulesAreSure(rules))) {
      const candidates = nearestFigures(resolved, index, 30);
      const fromModel = await this.model.parser.parse(question, index, candidates, previous?.resolvedQuestion);
      if (fromModel.ok) {
        parsed = { ...rules, query: fromModel.query, alternatives: [], confidence: 1 };
        // A summary of a scope of several reports (a province, a year) is the asker's choice, as the rules make it.
        if (fromModel.query.op === 'summary' && !fromModel.query.scope.reportId) {
          const { topic: _ignored, ...scope } = fromModel.query.scope;
          const readings = summaryReadings(await queries.reports(scope));
          if (readings.length) parsed = { ...parsed, query: readings[0], alternatives: readings.length > 1 ? readings : [] };
        }
        resolvedBy = ResolvedBy.LLM;
      } else {
        notes.push({ zh: `模型不可用（${fromModel.reason}），由规则解析器回答。`, en: `The model could not be used (${fromModel.reason}); the offline parser answered.` });
      }
    }

    const answer = parsed.alternatives.length > 1
      ? await this.clarify(parsed, queries, index)
      : await this.answer(parsed, parsed.query, queries, index);
    answer.resolvedBy = resolvedBy;
    answer.notes = notes.map((n) => n[parsed.language]);
    // A stated rate and a derived one both fit (复议结案率): give both, say which the report states.
    const pair = answer.status === AnswerStatus.ANSWERED ? await ratePair(normalizeQuestion(resolved), answer, queries) : null;
    const withPair = (text: string, language: Language) => (pair ? `${text}${language === 'zh' ? '' : ' '}${ratePairText(pair, language)}` : text);
    answer.text = withPair(answer.text, parsed.language);
    if (pair?.answered === 'stated') answer.derivation = rateFormula(pair.derived, parsed.language);
    const translate = this.translations.get(answer);
    if (translate) {
      this.translations.set(answer, () => {
        const other = translate();
        const language = other.language as Language;
        return {
          ...other,
          text: withPair(other.text, language),
          derivation: pair?.answered === 'stated' ? rateFormula(pair.derived, language) : other.derivation,
          notes: notes.map((n) => n[language]),
        };
      });
    }
    if (answer.status !== AnswerStatus.ANSWERED) {
      await queries.recordUnanswered({
        question: question.slice(0, 2000), status: answer.status, reason: answer.reason, language: parsed.language, askedAt: new Date(),
      }).catch((error: unknown) => this.log?.warn({ err: error }, 'could not record an unanswered question'));
    }
    if (conversation) {
      await queries.recordTurn({ conversationId: conversation.id, owner: conversation.owner, question: question.slice(0, 2000), resolvedQuestion: resolved.slice(0, 2000), query: answer.query, askedAt: new Date() })
        .catch((error: unknown) => this.log?.warn({ err: error }, 'could not record a conversation turn'));
    }
    this.scopes.set(answer, scope);
    return answer;
  }

  /** The answer's reply, interpretation and notes in the other language (Answer.translation). */
  translation(answer: Answer): AnswerTranslation | null {
    return this.translations.get(answer)?.() ?? null;
  }

  /** A CLARIFY reading's label and interpretation in the other language (Candidate.translation). */
  candidateTranslation(candidate: Candidate): CandidateTranslation | null {
    return this.candidateTranslations.get(candidate)?.() ?? null;
  }

  /**
   * Up to MAX_FOLLOW_UPS questions to ask next (follow-ups.ts proposes them from the data). Each is
   * asked here, of the rules alone, in the answer's scope and without logging, and kept only when
   * it is answered with the figure, ratio, overview or ranking it promised.
   */
  async followUps(answer: Answer, queries: HubQueries, scope: AskScope | null = this.scopes.get(answer) ?? null): Promise<string[]> {
    if (answer.status === AnswerStatus.CLARIFY) return [];
    const catalog = await queries.catalog();
    const anchorIds = [...new Set([
      ...answer.facts.filter((f) => f.metricId).map((f) => f.metricId!),
      ...answer.ranking.filter((r) => r.stated && r.metricId).map((r) => r.metricId!),
    ])].slice(0, 4);
    const anchors = await queries.metricsByIds(anchorIds);
    if (!anchors.length) return [];
    const byReport = new Map<string, Metric[]>();
    for (const reportId of new Set(anchors.map((m) => m.reportId))) byReport.set(reportId, await queries.allMetrics({ reportId }));
    const same = new Map<string, Metric[]>();
    for (const m of anchors) {
      if (!m.topicId || !m.measureId) continue;
      const values = indicatorValues(catalog, indicatorId(m.topicId, m.measureId, m.unit))
        .sort((a, b) => b.report.year - a.report.year).slice(0, 12);
      same.set(m.id, await queries.metricsByIds(values.map((v) => v.metricId)));
    }
    const candidates = followUpCandidates({
      language: answer.language === 'en' ? 'en' : 'zh',
      anchors,
      unanswered: answer.status === AnswerStatus.UNANSWERABLE,
      query: answer.query,
      metricsOf: (reportId) => byReport.get(reportId) ?? [],
      sameIndicator: (m) => same.get(m.id) ?? [],
      reportOf: (id) => catalog.reportById.get(id),
      scoped: !!scope?.reportId,
    });
    const out: string[] = [];
    // Several phrasings may promise one answer (a rate by its name, by its figures): the first that works.
    const promised = new Set<string>();
    for (const candidate of candidates) {
      if (out.length >= MAX_FOLLOW_UPS) break;
      const promise = JSON.stringify(candidate.expect);
      if (promised.has(promise)) continue;
      const probe = await this.answerQuietly(candidate.question, queries, scope);
      if (probe.status !== AnswerStatus.ANSWERED || !fulfils(candidate.expect, probe.query)) continue;
      promised.add(promise);
      out.push(candidate.question);
    }
    return out;
  }

  /** A question answered by the rules alone, with nothing recorded: for checking follow-ups. */
  private async answerQuietly(question: string, queries: HubQueries, scope: AskScope | null): Promise<Answer> {
    const index = await this.index(queries, question, scope);
    const parsed = parseQuestion(question, index);
    return parsed.alternatives.length > 1 ? this.clarify(parsed, queries, index) : this.answer(parsed, parsed.query, queries, index);
  }

  /** The answer to one reading; its reply in the other language is rendered if asked for (Answer.translation). */
  private async answer(parsed: ParseResult, query: StructuredQuery, queries: HubQueries, index: FigureIndex): Promise<Answer> {
    let outcome: Outcome;
    try {
      // Report metadata comes from the index's catalog (same data version); figures from the query service.
      outcome = await execute(query, queries, async (ids) => ids.map((id) => index.reportById.get(id)).filter((r): r is Report => !!r));
    } catch (error) {
      if (!(error instanceof UserInputError)) throw error;
      // A reading the data cannot support (different units, say): say so rather than fail.
      outcome = { op: 'none', reason: 'NOT_IN_REPORT', nearest: [], reports: new Map() };
    }
    const interpretation = (language: Language) => interpret(query, language, (id) => index.byId.get(id)?.metric, (id) => index.reportById.get(id),
      rankedWhat(outcome, language));
    const rendered = renderOutcome(outcome, parsed.language, index.reports);
    // A ranking no report in scope states is a figure the data does not give.
    const unanswerable = outcome.op === 'none' || (outcome.op === 'rank' && !outcome.ranked.length);
    const answer: Answer = {
      ...emptyAnswer(),
      ...rendered,
      status: unanswerable ? AnswerStatus.UNANSWERABLE : AnswerStatus.ANSWERED,
      reason: outcome.op === 'none' ? (outcome.reason as UnanswerableReasonEnum) : unanswerable ? UnanswerableReasonEnum.NOT_IN_REPORT : null,
      interpretation: interpretation(parsed.language),
      query: query as unknown as Record<string, unknown>,
      graphql: graphqlFor(query),
      language: parsed.language,
      confidence: unanswerable ? 0 : round(parsed.confidence),
    };
    // Rendered again only if asked for (the panel asks; an API client may not).
    const otherLanguage = other(parsed.language);
    this.translations.set(answer, () => ({
      language: otherLanguage, ...pick(renderOutcome(outcome, otherLanguage, index.reports)), interpretation: interpretation(otherLanguage), notes: [],
    }));
    return answer;
  }

  private async clarify(parsed: ParseResult, queries: HubQueries, index: FigureIndex): Promise<Answer> {
    const answers: Answer[] = [];
    for (const alternative of parsed.alternatives) answers.push(await this.answer(parsed, alternative, queries, index));
    // Readings from different reports say which report each is.
    const reportsOf = (a: Answer) => [...new Set(a.facts.map((f) => f.reportId))];
    const severalReports = new Set(answers.flatMap(reportsOf)).size > 1;
    const allSummaries = parsed.alternatives.every((a) => a.op === 'summary');
    /** The prompt, the readings' labels and the interpretation in one language. */
    const say = (language: Language) => {
      const zh = language === 'zh';
      const labels = answers.map((answer) => {
        const where = severalReports ? reportsOf(answer).map((id) => index.reportById.get(id)).filter((r): r is Report => !!r)
          .map((r) => reportName(r, language)).join(zh ? '、' : ', ') : '';
        // A report's summary is named by its report: the title, or in English its place and year.
        const summary = answer.summary;
        if (summary) return zh ? `${summary.title}（${where || reportName(summary, 'zh')}）` : `${reportName(summary, 'en')} report`;
        const fact = answer.facts[0];
        const metric = fact?.metricId ? index.byId.get(fact.metricId)?.metric : undefined;
        const what = fact ? (language === parsed.language || !metric ? fact.label : label(metric, language))
          : language === parsed.language ? answer.interpretation : this.translation(answer)?.interpretation ?? answer.interpretation;
        return `${what}${where ? (zh ? `（${where}）` : ` (${where})`) : ''}`;
      });
      const list = answers.map((a, i) => `${labels[i]}${a.value === null ? '' : zh ? `（${a.value}${a.unit ?? ''}）` : ` (${a.value}${a.unit === '%' ? '%' : ''})`}`);
      const interpretations = answers.map((a) => (language === parsed.language ? a.interpretation : this.translation(a)?.interpretation ?? a.interpretation));
      return {
        labels,
        text: allSummaries
          ? (zh ? `要总结哪一份报告？请选择：${list.join('；')}。` : `Which report should be summarised? ${list.join('; ')}.`)
          : zh ? `这个问题可以指以下几项，请选择：${list.join('；')}。` : `This could mean several figures; which one? ${list.join('; ')}.`,
        interpretation: zh ? `不确定，候选：${interpretations.join(' | ')}` : `ambiguous between: ${interpretations.join(' | ')}`,
      };
    };
    const asked = say(parsed.language);
    const candidates: Candidate[] = answers.map((answer, i) => ({
      label: asked.labels[i], value: answer.value, unit: answer.unit,
      interpretation: answer.interpretation, query: answer.query, facts: answer.facts,
    }));
    const clarifying: Answer = {
      ...emptyAnswer(),
      status: AnswerStatus.CLARIFY,
      text: asked.text,
      candidates,
      interpretation: asked.interpretation,
      query: { op: 'clarify', alternatives: parsed.alternatives } as Record<string, unknown>,
      graphql: graphqlFor({ op: 'lookup', metrics: parsed.alternatives.flatMap((a) => (a.op === 'lookup' ? a.metrics : [])) }),
      language: parsed.language,
      confidence: round(parsed.confidence),
    };
    const otherLanguage = other(parsed.language);
    // Said in the other language once, for the answer's translation and its readings' alike.
    let saidOther: ReturnType<typeof say> | undefined;
    const said = () => (saidOther ??= say(otherLanguage));
    this.translations.set(clarifying, () => ({ language: otherLanguage, text: said().text, interpretation: said().interpretation, derivation: null, notes: [] }));
    candidates.forEach((candidate, i) => this.candidateTranslations.set(candidate, () => ({
      language: otherLanguage, label: said().labels[i], interpretation: this.translation(answers[i])?.interpretation ?? candidate.interpretation,
    })));
    return clarifying;
  }
}

interface Bilingual { zh: string; en: string }
const other = (language: Language): Language => (language === 'zh' ? 'en' : 'zh');
const pick = ({ text, derivation }: { text: string; derivation: string | null }) => ({ text, derivation });

/** Nothing a person could read: spaces, controls, and invisible format characters (zero-width spaces, BOMs). */
const BLANK = /^[\p{White_Space}\p{Cc}\p{Cf}\u200B]*$/u;

function checkQuestion(question: string): string {
  if (typeof question !== 'string' || BLANK.test(question)) throw new UserInputError('the question is empty; ask about a figure in the reports, e.g. 行政复议审结了多少件?', 'question');
  if (question.length > MAX_QUESTION_LENGTH) {
    throw new UserInputError(`the question has ${question.length} characters; the limit is ${MAX_QUESTION_LENGTH}`, 'question');
  }
  return question;
}

/** The next turn of the event loop: requests waiting are served before a warm-up goes on. */
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

const round = (x: number) => Math.round(x * 100) / 100;

/** What a ranking ranks, for its interpretation: the indicator, or the figure chosen first. */
function rankedWhat(outcome: Outcome, language: 'zh' | 'en'): string | undefined {
  if (outcome.op !== 'rank') return undefined;
  if (outcome.indicator) return language === 'zh' ? outcome.indicator.labelZh : outcome.indicator.labelEn;
  const first = outcome.metrics[0];
  return first ? (language === 'zh' ? first.labelZh : first.labelEn) : undefined;
}

/** In hybrid mode the rules answer alone when they found one reading with most of the question explained. */
export const SURE_CONFIDENCE = 0.75;
function rulesAreSure(parsed: ParseResult): boolean {
  return parsed.alternatives.length <= 1 && parsed.query.op !== 'none' && parsed.confidence >= SURE_CONFIDENCE;
}

/** The reports a question's figures are looked for in: those its scope names, else all; the most recent first. */
function reportsToSearch(normalized: string, reports: Report[], places: QuestionLexicon['places'], phrases: Pick<ReadonlySet<string>, 'has'>, knows: (w: string) => boolean): Report[] {
  const scope = withSubjectAreas(detectScope(normalized, phrases, knows, places), normalized, reports);
  // A place the hub does not hold makes the question unanswerable, but its nearest facts are still
  // looked for: in the places and years it does name, or anywhere.
  const text = scope.rest.replace(/\s+/g, ' ');
  // A place left out (除了紫云…) asks of the others; where a place stands (…排第几), of all the places.
  if (rankIntent(text, scope.regions.length) || placesLeftOut(scope, normalized).length) {
    const regions = asksStanding(text) ? scope.regions.filter((region) => !reports.some((r) => r.region === region.name)) : scope.regions;
    const across = acrossPlaces({ ...scope, regions, unknownPlaces: [] }, reports, normalized).reports;
    return mostRecent(across.length ? across : reports, ACROSS_SEARCHED_REPORTS);
  }
  let held = reportsInScope({ ...scope, unknownPlaces: [] }, reports).reports;
  // Places held named beside one that is not (紫云和贵阳哪个多): the held places' reports, whose
  // figures are the nearest facts of the refusal the parser gives.
  if (!held.length && scope.regions.length > 1) {
    const regions = scope.regions.filter((region) => reports.some((r) => r.region === region.name));
    if (regions.length) held = reportsInScope({ ...scope, regions, unknownPlaces: [] }, reports).reports;
  }
  return mostRecent(held.length ? held : reports, MAX_SEARCHED_REPORTS);
}

/** Lists of reports (the catalog's, usually) in order of recency, kept while the list is. */
const byRecency = new WeakMap<Report[], Report[]>();
function mostRecent(reports: Report[], count: number): Report[] {
  if (reports.length <= count) return reports;
  let sorted = byRecency.get(reports);
  if (!sorted) {
    sorted = [...reports].sort((a, b) => b.year - a.year || (a.region < b.region ? -1 : a.region > b.region ? 1 : 0));
    byRecency.set(reports, sorted);
  }
  return sorted.slice(0, count);
}
