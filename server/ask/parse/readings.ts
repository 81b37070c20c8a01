/**
 * From chosen figures to a query: one figure, a combination (sum, difference, ratio, compare), or
 * several readings to choose from (CLARIFY) when the words do not tell the figures apart.
 */
import type { Metric } from '../../model/index.js';
import type { CueMatch, CueName } from '../cues.js';
import { advantage, askedUnit, sameSentence, type ScoredFigure } from '../match.js';
import { CLARIFY_MARGIN, confident, result, type Context, type ParseResult } from './context.js';

/**
 * The same figure in the other reports in scope (same topic, measure and unit): with several
 * reports and none named, each report's figure is a reading of the question.
 */
function sameFigureElsewhere(top: ScoredFigure, ranked: ScoredFigure[], measureNamed: boolean): ScoredFigure[] {
  const m = top.figure.metric;
  const seen = new Set([m.reportId]);
  const out: ScoredFigure[] = [];
  for (const s of ranked) {
    const o = s.figure.metric;
    if (seen.has(o.reportId) || !confident(s)) continue;
    // A question naming no measure (法律援助案件多少件) is the same question of each report's figure.
    if (o.topicId === m.topicId && (!measureNamed || o.measureId === m.measureId) && o.unit === m.unit && !o.partOfId === !m.partOfId) {
      seen.add(o.reportId);
      out.push(s);
    }
  }
  return out;
}

/** A label's own words (less topic, unit and remarks) that list several things: 重大行政决策、规范性文件…及镇村合同. */
const enumerates = (s: ScoredFigure) => /[\u3400-\u9fff]、[\u3400-\u9fff]/.test(s.figure.metric.labelZh.replace(/^[^:]*:/, '').replace(/[(（][^()（）]*[)）]/g, ''));

/**
 * Whether a figure counts several things together (重大行政决策、规范性文件、行政执法决定及镇村合同
 * 开展全流程审查1090件) where the best one counts one of them on its own (镇村合同审查1077件), and the
 * question lists nothing: the question names the one, not the sum of all.
 */
function countsMoreTogether(rival: ScoredFigure, top: ScoredFigure, ctx: Context): boolean {
  return enumerates(rival) && !enumerates(top) && !/[、和及与]|\band\b/.test(ctx.normalized);
}

/** A label's own phrase: less its topic and its unit (营商环境:政府投资审批项目原(个工作日) → 政府投资审批项目原). */
const ownPhrase = (s: ScoredFigure) => s.figure.metric.labelZh.replace(/^[^:]*:/, '').replace(/\([^()]*\)$/, '');
/** A question on what a value was before its change: 原来, 以前, 压缩前, originally, before. */
const ASKS_FORMER = /原|以前|之前|此前|[压缩降减提增调]\S?前|\b(?:originally|previously|before|used to|from)\b/;

/**
 * Whether a figure is the former value (政府投资审批项目原, ingest's from–to reading of 由20个工作日压缩至2个)
 * of the changed one the best reading is (政府投资审批项目压缩至): a question that does not ask what
 * it was before asks what it is now.
 */
function formerValueOf(rival: ScoredFigure, top: ScoredFigure, ctx: Context): boolean {
  const former = ownPhrase(rival);
  return former.endsWith('原') && former.length > 1 && ownPhrase(top).startsWith(former.slice(0, -1)) && sameSentence(rival, top) && !ASKS_FORMER.test(ctx.normalized);
}

export function lookupOrClarify(given: ScoredFigure[], ctx: Context, cues: CueMatch): ParseResult {
  const ranked = withCountedFirst(given);
  const [top, ...rest] = ranked;
  if (!ctx.scope.reportId) {
    const elsewhere = sameFigureElsewhere(top, rest, !ctx.hints.defaultMeasures);
    if (elsewhere.length) {
      const alternatives = [top, ...elsewhere].map((s) => ({ op: 'lookup' as const, metrics: [s.figure.metric.id] }));
      return result(ctx, alternatives[0], top.coverage * 0.5, alternatives);
    }
  }
  // Runners-up the question's words do not tell from the best, with another value: ask which.
  // A figure of the same sentence in another unit than the one asked is no reading (通过率 is not the 3385名).
  const fits = askedUnit(ctx.hints);
  const rivals = rest.filter((s) => confident(s) && advantage(top, s) < CLARIFY_MARGIN
    && (s.figure.metric.value !== top.figure.metric.value || s.figure.metric.reportId !== top.figure.metric.reportId)
    && !(fits && sameSentence(s, top) && fits(top) && !fits(s))
    && !inCounterWritten(top, s, ctx)
    && !countedRatherThan(top, s)
    && !countsMoreTogether(s, top, ctx)
    && !formerValueOf(s, top, ctx));
  // A total and its own parts: the words of the total without a part's words mean the total.
  const total = [top, ...rivals].find((s) => rivals.concat(top).every((o) => o === s || o.figure.metric.partOfId === s.figure.metric.id));
  if (total && rivals.length) return result(ctx, { op: 'lookup', metrics: [total.figure.metric.id] }, total.coverage);
  if (rivals.length) {
    const alternatives = [top, ...rivals].slice(0, 4).map((s) => ({ op: 'lookup' as const, metrics: [s.figure.metric.id] }));
    return result(ctx, alternatives[0], top.coverage * 0.5, alternatives);
  }
  const metric = top.figure.metric;
  // "Which decision / what plan …" answered by the documents its sentence cites.
  if (cues.cues.has('list_question') && !cues.cues.has('count_question') && metric.quote.includes('\u300A')) {
    return result(ctx, { op: 'documents', scope: { reportId: metric.reportId }, near: metric.id }, top.coverage);
  }
  return result(ctx, { op: 'lookup', metrics: [metric.id] }, top.coverage);
}

/**
 * The counter a Chinese question writes (多少人) picks, between two figures of one sentence, the one
 * counted in it over one counted in a unit of its kind (下沉县级编制67名、人员64人: 64人).
 */
function inCounterWritten(top: ScoredFigure, other: ScoredFigure, ctx: Context): boolean {
  const counter = counterWritten(ctx);
  return !!counter && sameSentence(top, other) && top.figure.metric.unit === counter && other.figure.metric.unit !== counter;
}
const counterWritten = (ctx: Context) => /(?:多少|几)([人名位件次个项场家份条])/.exec(ctx.normalized)?.[1];

/**
 * The thing asked to be counted decides between figures the words hardly tell apart: "how many
 * problems did the inspections find" is not the count of inspections, "how many law firms work with
 * the chambers" not the count of chambers, however many of the question's words those figures hold.
 */
const counts = (s: ScoredFigure) => (s.strength.get('#counted') ?? 0) > 0;
/** Its label names the question at least as fully as the other's (败诉(件) is not outdone by 避免高败诉风险案件…). */
const namesAsFully = (a: ScoredFigure, b: ScoredFigure) => (a.strength.get('#label') ?? 0) >= (b.strength.get('#label') ?? 0);
/** `a` counts what is asked and `b` does not, and b's label names the question no better. */
const countedRatherThan = (a: ScoredFigure, b: ScoredFigure) => counts(a) && !counts(b) && namesAsFully(a, b);
function withCountedFirst(ranked: ScoredFigure[]): ScoredFigure[] {
  const [top, ...rest] = ranked;
  if (!top || counts(top)) return ranked;
  const counted = rest.find((s) => confident(s) && countedRatherThan(s, top) && advantage(top, s) < CLARIFY_MARGIN);
  return counted ? [counted, ...ranked.filter((s) => s !== counted)] : ranked;
}

/** The question asks how much less the first thing named is than the second (A比B少…多少, fewer … than). */
export function asksFewer(normalized: string): boolean {
  return /比[^比多]{1,16}?少/.test(normalized) || /\b(?:fewer|less)\b(?:(?!\bmore\b).){0,80}\bthan\b/.test(normalized);
}

/** `largerFirst`: the figures come largest first and a difference is their gap, however it was asked. */
export function combine(chosen: ScoredFigure[], ctx: Context, cues: CueMatch, largerFirst = false): ParseResult {
  const ids = [...new Set(chosen.map((s) => s.figure.metric.id))];
  const confidence = Math.min(...chosen.map((s) => s.coverage));
  const metrics = ids.map((id) => ctx.index.byId.get(id)!.metric);
  if (ids.length < 2) return result(ctx, { op: 'lookup', metrics: ids }, confidence);
  const has = (name: CueName) => cues.cues.has(name);
  if (has('difference')) {
    // A比B少多少 / how many fewer … A than B: by how much B is more, B − A, a positive difference.
    const [minuend, subtrahend] = !largerFirst && asksFewer(ctx.normalized) ? [ids[1], ids[0]] : [ids[0], ids[1]];
    return result(ctx, { op: 'difference', minuend, subtrahend }, confidence);
  }
  if (has('ratio')) {
    // A rate the report states is the share asked (参考率、及格率百分之多少), never a term of one computed.
    const rates = metrics.filter((m) => m.unit === '%');
    if (rates.length) return result(ctx, { op: 'lookup', metrics: rates.map((m) => m.id) }, confidence);
    // A share is a part over its whole: the smaller figure over the larger.
    const [part, whole] = [...metrics].sort((a: Metric, b: Metric) => a.value - b.value);
    return result(ctx, { op: 'ratio', numerator: part.id, denominator: whole.id }, confidence);
  }
  if (has('compare')) return result(ctx, { op: 'compare', metrics: ids }, confidence);
  return result(ctx, { op: 'sum', metrics: ids }, confidence);
}
