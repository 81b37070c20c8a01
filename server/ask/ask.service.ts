/**
 * Ask: question → structured query → execution on the query service → answer with sources.
 * The figure index is a per-process cache keyed on the data version stored in the database, so an
 * ingest on any instance is seen by every instance at its next question.
 */
import { UserInputError } from '../errors.js';
import type { Report } from '../model/index.js';
import { lexicon } from '../ingest/lexicon.js';
import type { HubQueries } from '../query/hub-queries.js';
import { AnswerStatus, ResolvedBy, UnanswerableReasonEnum, type Answer, type Candidate } from './answer.type.js';
import { execute, type Outcome } from './execute.js';
import { sentenceAround, sentenceSpans } from '../ingest/sentences.js';
import { FigureIndex } from './figure-index.js';
import { nearestFigures, parseQuestion, type ParseResult } from './parse.js';
import { resolveFollowUp } from './follow-up.js';
import type { ModelParser } from './model-parser.js';
import type { AskMode } from '../config.js';
import { emptyAnswer, graphqlFor, interpret, renderOutcome, reportName } from './render.js';
import type { StructuredQuery } from './structured-query.js';

export const MAX_QUESTION_LENGTH = 500;

export interface AskLogger {
  warn(obj: object, msg: string): void;
}

/**
 * How long the index is used without asking the database whether the data changed. An ingest on
 * this instance invalidates at once; one on another instance is seen within this time.
 */
export const VERSION_CHECK_MS = 1000;

export class AskService {
  private cache?: { version: string; index: FigureIndex; checkedAt: number };
  private building?: Promise<{ version: string; index: FigureIndex; checkedAt: number }>;

  constructor(
    private readonly log?: AskLogger,
    private readonly versionCheckMs = VERSION_CHECK_MS,
    /** With a model: `llm` asks it every time, `hybrid` when the rules are unsure. */
    private readonly model?: { parser: ModelParser; mode: AskMode },
  ) {}

  /** Forget the index: the next question rebuilds it (called after an ingest in this process). */
  invalidate(): void {
    this.cache = undefined;
  }

  async index(queries: HubQueries): Promise<FigureIndex> {
    if (this.cache && Date.now() - this.cache.checkedAt < this.versionCheckMs) return this.cache.index;
    const version = await queries.dataVersion();
    if (this.cache?.version === version) {
      this.cache.checkedAt = Date.now();
      return this.cache.index;
    }
    // One rebuild at a time; concurrent questions wait for it rather than each building their own.
    this.building ??= (async () => {
      const [reports, metrics, documents] = await Promise.all([queries.reports(), queries.allMetrics(), queries.documents()]);
      const texts = await queries.reportTexts(reports.map((r) => r.id));
      const { topics, measures } = lexicon();
      const cited = documents.map((document) => {
        const text = texts.get(document.reportId) ?? '';
        const around = sentenceAround(text, document.spanStart, document.spanEnd);
        return { document, sentence: text.slice(around.start, around.end) };
      });
      const sentences = [...texts].flatMap(([reportId, text]) => sentenceSpans(text)
        .filter((span) => span.end - span.start >= 8)
        .map((span) => ({ reportId, ...span, text: text.slice(span.start, span.end) })));
      return { version, index: new FigureIndex(reports, metrics, topics, measures, cited, sentences), checkedAt: Date.now() };
    })().finally(() => { this.building = undefined; });
    this.cache = await this.building;
    return this.cache.index;
  }

  /** The parse alone, for the CLI's --explain and for benchmarks. */
  async parse(question: string, queries: HubQueries): Promise<ParseResult> {
    return parseQuestion(checkQuestion(question), await this.index(queries));
  }

  /**
   * Answer a question. With a `conversationId`, a follow-up (那行政诉讼呢?) is first completed from
   * the conversation's previous question, which is kept in the database.
   */
  async ask(question: string, queries: HubQueries, conversationId?: string): Promise<Answer> {
    const index = await this.index(queries);
    checkQuestion(question);
    const previous = conversationId ? await queries.lastTurn(conversationId) : null;
    const resolved = previous ? resolveFollowUp(question, previous.resolvedQuestion, index) ?? question : question;

    const rules = parseQuestion(resolved, index);
    let parsed = rules;
    let resolvedBy = ResolvedBy.RULES;
    const notes: string[] = [];
    if (resolved !== question) notes.push(rules.language === 'zh' ? `按上一问理解为:${resolved}` : `Read with the previous question as: ${resolved}`);
    if (this.model && (this.model.mode === 'llm' || !rulesAreSure(rules))) {
      const candidates = nearestFigures(resolved, index, 30);
      const fromModel = await this.model.parser.parse(question, index, candidates, previous?.resolvedQuestion);
      if (fromModel.ok) {
        parsed = { ...rules, query: fromModel.query, alternatives: [], confidence: 1 };
        resolvedBy = ResolvedBy.LLM;
      } else {
        notes.push(rules.language === 'zh' ? `模型不可用(${fromModel.reason}),由规则解析器回答。` : `The model could not be used (${fromModel.reason}); the offline parser answered.`);
      }
    }

    const answer = parsed.alternatives.length > 1
      ? await this.clarify(parsed, queries, index)
      : await this.answer(parsed, parsed.query, queries, index);
    answer.resolvedBy = resolvedBy;
    answer.notes = notes;
    if (answer.status !== AnswerStatus.ANSWERED) {
      await queries.recordUnanswered({
        question: question.slice(0, 2000), status: answer.status, reason: answer.reason, language: parsed.language, askedAt: new Date(),
      }).catch((error: unknown) => this.log?.warn({ err: error }, 'could not record an unanswered question'));
    }
    if (conversationId) {
      await queries.recordTurn({ conversationId, question: question.slice(0, 2000), resolvedQuestion: resolved.slice(0, 2000), query: answer.query, askedAt: new Date() })
        .catch((error: unknown) => this.log?.warn({ err: error }, 'could not record a conversation turn'));
    }
    return answer;
  }

  private async answer(parsed: ParseResult, query: StructuredQuery, queries: HubQueries, index: FigureIndex): Promise<Answer> {
    let outcome: Outcome;
    try {
      // Report metadata comes from the index's snapshot (same data version); figures from the query service.
      outcome = await execute(query, queries, async (ids) => ids.map((id) => index.reportById.get(id)).filter((r): r is Report => !!r));
    } catch (error) {
      if (!(error instanceof UserInputError)) throw error;
      // A reading the data cannot support (different units, say): say so rather than fail.
      outcome = { op: 'none', reason: 'NOT_IN_REPORT', nearest: [], reports: new Map() };
    }
    const rendered = renderOutcome(outcome, parsed.language, index.reports);
    const unanswerable = outcome.op === 'none';
    return {
      ...emptyAnswer(),
      ...rendered,
      status: unanswerable ? AnswerStatus.UNANSWERABLE : AnswerStatus.ANSWERED,
      reason: outcome.op === 'none' ? (outcome.reason as UnanswerableReasonEnum) : null,
      interpretation: interpret(query, parsed.language, (id) => index.byId.get(id)?.metric, (id) => index.reportById.get(id)),
      query: query as unknown as Record<string, unknown>,
      graphql: graphqlFor(query),
      language: parsed.language,
      confidence: unanswerable ? 0 : round(parsed.confidence),
    };
  }

  private async clarify(parsed: ParseResult, queries: HubQueries, index: FigureIndex): Promise<Answer> {
    const candidates: Candidate[] = [];
    const answers = [];
    for (const alternative of parsed.alternatives) answers.push(await this.answer(parsed, alternative, queries, index));
    // Readings from different reports say which report each is.
    const reportsOf = (a: Answer) => [...new Set(a.facts.map((f) => f.reportId))];
    const severalReports = new Set(answers.flatMap(reportsOf)).size > 1;
    for (const answer of answers) {
      const where = severalReports ? reportsOf(answer).map((id) => index.reportById.get(id)).filter((r): r is Report => !!r)
        .map((r) => reportName(r, parsed.language)).join(', ') : '';
      candidates.push({
        label: `${answer.facts[0]?.label ?? answer.interpretation}${where ? (parsed.language === 'zh' ? `(${where})` : ` (${where})`) : ''}`,
        value: answer.value, unit: answer.unit,
        interpretation: answer.interpretation, query: answer.query, facts: answer.facts,
      });
    }
    const zh = parsed.language === 'zh';
    const list = candidates.map((c) => `${c.label}${c.value === null ? '' : zh ? `(${c.value}${c.unit ?? ''})` : ` (${c.value}${c.unit === '%' ? '%' : ''})`}`);
    return {
      ...emptyAnswer(),
      status: AnswerStatus.CLARIFY,
      text: zh ? `这个问题可以指以下几项,请选择:${list.join(';')}。` : `This could mean several figures; which one? ${list.join('; ')}.`,
      candidates,
      interpretation: zh ? `不确定,候选:${candidates.map((c) => c.interpretation).join(' | ')}` : `ambiguous between: ${candidates.map((c) => c.interpretation).join(' | ')}`,
      query: { op: 'clarify', alternatives: parsed.alternatives } as Record<string, unknown>,
      graphql: graphqlFor({ op: 'lookup', metrics: parsed.alternatives.flatMap((a) => (a.op === 'lookup' ? a.metrics : [])) }),
      language: parsed.language,
      confidence: round(parsed.confidence),
    };
  }
}

function checkQuestion(question: string): string {
  if (typeof question !== 'string' || !question.trim()) throw new UserInputError('the question is empty; ask about a figure in the reports, e.g. 行政复议审结了多少件?', 'question');
  if (question.length > MAX_QUESTION_LENGTH) {
    throw new UserInputError(`the question has ${question.length} characters; the limit is ${MAX_QUESTION_LENGTH}`, 'question');
  }
  return question;
}

const round = (x: number) => Math.round(x * 100) / 100;

/** In hybrid mode the rules answer alone when they found one reading with most of the question explained. */
export const SURE_CONFIDENCE = 0.75;
function rulesAreSure(parsed: ParseResult): boolean {
  return parsed.alternatives.length <= 1 && parsed.query.op !== 'none' && parsed.confidence >= SURE_CONFIDENCE;
}
