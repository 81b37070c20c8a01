/**
 * Questions about the hub itself: 现在都有哪些地方的报告, 库里有几份报告, 2024年度的报告都列一下,
 * 河南的报告有哪些, 哪些报告提到了法律援助; which reports are held, how many reports, list the 2024
 * reports, which reports mention legal aid. Answered from the catalog of every report held.
 */
import type { CueMatch, CueName } from './cues.js';
import { acrossPlaces, acrossScopeOf, says } from './parse/across.js';
import { result, unanswerable, type Context, type ParseResult } from './parse/context.js';
import { phrasesIn } from './parse/phrases.js';
import type { QuestionScope } from './scope.js';

/** Cues of questions about one report's content or metadata: not questions about the hub. */
const ABOUT_A_REPORT: CueName[] = ['publisher', 'published_on', 'title', 'problems', 'recommendations', 'measures_taken', 'documents'];

export function parseHubQuestion(scope: QuestionScope, cues: CueMatch, ctx: Context): ParseResult | undefined {
  const text = scope.rest.replace(/\s+/g, ' ');
  const english = !/[\u3400-\u9fff]/.test(text);
  const asks = english ? says(text, 'hub_list') : says(text, 'hub_report') && says(text, 'hub_list');
  if (!asks || ABOUT_A_REPORT.some((c) => cues.cues.has(c))) return undefined;
  // A question that names a measure counts figures (报告里受理了多少件), not reports.
  if (phrasesIn(text, ctx.index.measurePhrases).some((p) => !says(p, 'hub_report'))) return undefined;
  const found = phrasesIn(text, ctx.index.topicPhrases);
  const named = found.filter((p) => !found.some((q) => q !== p && q.includes(p)));
  const topic = named.map((p) => [...(ctx.index.topicsOfPhrase.get(p) ?? [])][0]).find((t) => !!t);
  const places = acrossPlaces(scope, ctx.index.reports);
  if (places.missing) return unanswerable({ ...ctx, scope: {} }, places.missing, []);
  return result(ctx, { op: 'reports', scope: acrossScopeOf(places), count: says(text, 'hub_count'), ...(topic ? { topic } : {}) }, 1);
}
