/**
 * Summary questions: 紫云的报告讲了什么, 金平县2024年法治政府建设报告的主要内容, Summarize the Ziyun
 * report, What does the Jinping report say? A question with a summary word (seeds/lexicon/summary.json)
 * that names no topic and no measure asks what a whole report says: its title, outline, headline
 * figures, problems and next steps (`{ op: "summary" }`). One report in scope is summarised; with
 * several and none named, each is a reading to choose from (CLARIFY). A topic named keeps the
 * question for the topic's overview (紫云行政复议的总体情况怎么样, parse/overview.ts).
 */
import { readFileSync } from 'node:fs';
import type { Report } from '../../model/index.js';
import { LEXICON_DIR } from '../../vocabulary/lexicon.js';
import type { StructuredQuery } from '../structured-query.js';
import { result, type Context, type ParseResult } from './context.js';
import { QUANTITY } from './hints.js';
import { topicsNamed } from './overview.js';
import { phrasesIn } from './phrases.js';

interface Words { zh: string[]; en: string[] }
interface SummaryWords { asks: Words; overall: Words; report: Words; genre: Words }

interface Compiled {
  asks: (text: string) => boolean;
  overall: (text: string) => boolean;
  report: (text: string) => boolean;
  genre: RegExp[];
  /** Every summary word of the lexicon (asks, overall, report, genre), longest first, to cut out. */
  all: RegExp[];
}

let compiled: Compiled | undefined;

/** An English phrase as a pattern on word boundaries; * stands for up to six words. */
function englishPattern(phrase: string): RegExp {
  const escaped = phrase.trim().toLowerCase().split(/\s*\*\s*/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+'));
  return new RegExp(`(?<![a-z])${escaped.join("\\s+(?:[a-z0-9'’-]+\\s+){0,6}?")}(?![a-z])`);
}

function matcher({ zh, en }: Words): (text: string) => boolean {
  const patterns = en.map(englishPattern);
  return (text) => zh.some((w) => text.includes(w)) || patterns.some((p) => p.test(text));
}

function words(): Compiled {
  if (!compiled) {
    const raw = JSON.parse(readFileSync(`${LEXICON_DIR}summary.json`, 'utf8')) as SummaryWords;
    const genre = [...raw.genre.zh.map((w) => new RegExp(w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g')),
      ...raw.genre.en.map((w) => new RegExp(englishPattern(w).source, 'g'))];
    // Longest first: 法治政府建设工作报告 before 报告.
    const every = [raw.asks, raw.overall, raw.report].flatMap(({ zh, en }) => [
      ...zh.map((w) => new RegExp(w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g')),
      ...en.map((w) => new RegExp(englishPattern(w).source, 'g')),
    ]);
    genre.sort((a, b) => b.source.length - a.source.length);
    compiled = {
      asks: matcher(raw.asks), overall: matcher(raw.overall), report: matcher(raw.report), genre,
      all: [...genre, ...every.sort((a, b) => b.source.length - a.source.length)],
    };
  }
  return compiled;
}

/** Whether a (normalised) question asks what a whole report says, by its words alone. */
export function asksForSummary(normalized: string): boolean {
  const w = words();
  return w.asks(normalized) || (w.overall(normalized) && w.report(normalized));
}

/** The text without the words reports call themselves by: 法治政府建设 names the report, not a topic. */
function withoutGenre(text: string): string {
  return words().genre.reduce((out, re) => out.replace(re, ' '), text);
}

/** What a summary question names beside its summary words and the report's own name (关于“一窗综办”改革). */
export function besideSummaryWords(text: string): string {
  // Every match on the text as asked, overlapping ones too (主要内容 and 内容是什么 of 主要内容是什么).
  const blank = new Array<boolean>(text.length).fill(false);
  for (const re of words().all) for (const m of text.matchAll(re)) blank.fill(true, m.index!, m.index! + m[0].length);
  return [...text].map((ch, i) => (blank[i] ? ' ' : ch)).join('');
}

/** A summary word, no count asked, and no topic or measure named (beside the report's own name). */
export function summaryAsked(subject: string, ctx: Pick<Context, 'index' | 'normalized'>): boolean {
  if (!asksForSummary(ctx.normalized) || QUANTITY.test(ctx.normalized)) return false;
  const rest = withoutGenre(subject);
  return !phrasesIn(rest, ctx.index.measurePhrases).length && !topicsNamed(rest, ctx).length;
}

/** The most readings a summary question offers when it names no report. */
export const MAX_SUMMARY_READINGS = 12;

/**
 * The summary query of a question that asks for one (summaryAsked), or null when no report is in its
 * scope. `held` are the reports in the question's scope.
 */
export function summaryQuery(ctx: Context, held: Report[]): ParseResult | null {
  if (ctx.scope.reportId) return result(ctx, { op: 'summary', scope: { reportId: ctx.scope.reportId } }, 1);
  if (!held.length) return null;
  const readings = summaryReadings(held);
  return result(ctx, readings[0], 1 / readings.length, readings.length > 1 ? readings : []);
}

/** Several reports and none named: each report's summary is a reading (most recent first). */
export function summaryReadings(held: readonly Report[]): StructuredQuery[] {
  return [...held].sort((a, b) => b.year - a.year || a.region.localeCompare(b.region))
    .slice(0, MAX_SUMMARY_READINGS).map((r) => ({ op: 'summary', scope: { reportId: r.id } }));
}
