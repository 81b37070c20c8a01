/**
 * Questions about the hub itself: 现在都有哪些地方的报告, 库里有几份报告, 2024年度的报告都列一下,
 * 河南的报告有哪些, 哪些报告提到了法律援助; which reports are held, how many reports, list the 2024
 * reports, which reports mention legal aid. And counts of reports by group: 哪个省的报告最多,
 * 各省各有几份报告, 2023年和2024年各有几份, which province has the most reports, how many reports per
 * year. Answered from the catalog of every report held, with the places' hierarchy (divisions.ts).
 */
import type { Report } from '../model/index.js';
import { liesIn } from '../vocabulary/divisions.js';
import { isStopword } from '../vocabulary/stopwords.js';
import { words } from '../vocabulary/tokens.js';
import type { Region } from '../vocabulary/regions.js';
import { withoutCues, type CueMatch, type CueName } from './cues.js';
import { GROUPINGS, type Grouping } from './group-reports.js';
import { questionTerms } from './match.js';
import { acrossPlaces, acrossScopeOf, phrasePattern, phrasesOf, says, withoutShaping, type Group } from './parse/across.js';
import { result, unanswerable, type Context, type ParseResult } from './parse/context.js';
import { phrasesIn } from './parse/phrases.js';
import { asksForSummary } from './parse/summary.js';
import { missingScope, type QuestionScope } from './scope.js';

/** Cues of questions about one report's content or metadata: not questions about the hub. */
const ABOUT_A_REPORT: CueName[] = ['publisher', 'published_on', 'title', 'problems', 'recommendations', 'measures_taken', 'documents'];

interface GroupRequest {
  by: Grouping;
  /** Groups the question names (2023年和2024年, 河南和四川): only those, in its order. */
  groups?: string[];
  order?: 'desc' | 'asc';
}

const GROUPING_OF_LEVEL: Record<Region['level'], Grouping> = { province: 'province', city: 'city', county: 'county', town: 'county' };

/** The places named that are areas or places of reports, the wider ones only locating the narrower (安顺市紫云县). */
const placesNamed = (scope: QuestionScope) => scope.regions.filter((r) => !scope.regions.some((o) => o.parent === r.name));

/**
 * Reports as a thing people do, not the hub's reports: officials who gave on-site rule-of-law
 * reports, work reports heard by the standing committee (the hub's rule-of-law reports stay the hub's).
 */
const reportsDone = (text: string) => /\b(?:gave|give|given|giving|made|make|deliver(?:ed)?|submit(?:ted)?|heard|hear|listened to)\b(?:\s+[\w-]+){0,3}\s+reports?\b/.test(text);

/**
 * Whether a question about reports asks them counted by group: a level or year named as a grouping
 * (哪个省, 各省, per year), or several years or places named with 各/each, and a count, a superlative
 * or a ranking asked.
 */
function groupRequest(text: string, scope: QuestionScope): GroupRequest | undefined {
  if (!says(text, 'hub_report')) return undefined;
  const order = says(text, 'superlative') ? (says(text, 'ascending') && !says(text, 'descending') ? 'asc' as const : 'desc' as const) : undefined;
  const each = says(text, 'respectively') || says(text, 'hub_count');
  const named = placesNamed(scope);
  if (scope.years.length >= 2 && each) return { by: 'year', groups: scope.years.map(String), order };
  if (named.length >= 2 && each) return { by: GROUPING_OF_LEVEL[named[0].level], groups: named.map((r) => r.name), order };
  const by = GROUPINGS.find((g) => says(text, `group_${g}`));
  if (!by) return undefined;
  // 哪些县有报告 lists the reports; 各省的报告都列一下 lists them by province.
  const asks = order || each || says(text, 'ranking') || (says(text, 'hub_list') && !says(text, 'place_question'));
  return asks ? { by, order } : undefined;
}

/** Groups whose phrases, with grammar words, say nothing but "reports": which report, 有没有, about, in the set. */
const REPORT_WORDS: Group[] = ['hub_report', 'hub_list', 'hub_itself', 'hub_count', 'place_question', 'mention'];
let reportWords: RegExp[] | undefined;
const compiledReportWords = () => [...REPORT_WORDS, ...GROUPINGS.map((g) => `group_${g}` as Group)]
  .flatMap((g) => [...phrasesOf(g).zh, ...phrasesOf(g).en]).sort((a, b) => b.length - a.length).map(phrasePattern);
/** Whether a question (places and years blanked) asks for reports and names nothing else. */
function onlyReportWords(text: string): boolean {
  if (!says(text, 'hub_report')) return false;
  let left = text;
  for (const re of reportWords ??= compiledReportWords()) left = left.replace(re, ' ');
  // What is left: grammar words (is, the, for), the particles around a year or place (是…年的), and
  // the measure words reports are counted by (这批报告里哪一份: 批, 一份, 篇).
  return words(left).every((w) => isStopword(w) || /^[的了呢吗是年有份个些哪之一批篇]+$/.test(w) || !/\p{L}/u.test(w));
}

/**
 * Whether a question about reports by group names a figure besides (2024年的报告中,哪个县的宣讲最多 ranks
 * lectures, not reports): a word the figures hold is left once its phrases about reports and places go.
 */
function namesFigure(text: string, ctx: Context): boolean {
  let left = withoutShaping(text);
  for (const re of reportWords ??= compiledReportWords()) left = left.replace(re, ' ');
  return questionTerms(left, ctx.index).some((t) => !t.bonus && t.token.length > 1 && ctx.index.knows(t.token));
}

export function parseHubQuestion(scope: QuestionScope, cues: CueMatch, ctx: Context): ParseResult | undefined {
  const text = scope.rest.replace(/\s+/g, ' ');
  if (reportsDone(text)) return undefined;
  const english = !/[\u3400-\u9fff]/.test(text);
  const grouping = groupRequest(text, scope);
  // 镇江的报告, 2024年的报告, 哪份报告是2022年的, Which report in the set is about 2022?: places and
  // years, and words for reports alone — not what a report says (紫云的报告讲了什么: its summary).
  const bare = (scope.regions.length > 0 || scope.years.length > 0) && onlyReportWords(text) && !asksForSummary(ctx.normalized);
  // 哪份报告年份最早, the most recent report: the report itself is asked, the first of them by year.
  const recency = says(text, 'hub_report') ? (says(text, 'hub_earliest') ? 'earliest' as const : says(text, 'hub_latest') ? 'latest' as const : undefined) : undefined;
  const asks = grouping || bare || recency || (english ? says(text, 'hub_list') : says(text, 'hub_report') && says(text, 'hub_list'));
  if (!asks || ABOUT_A_REPORT.some((c) => cues.cues.has(c))) return undefined;
  // Which reports say how many talks were held, 哪份报告披露了…的数量: the figure each states, ranked
  // (parse/across.ts), not the reports that mention it (提到了 both states and mentions).
  if (says(text, 'states') && !says(text, 'mention')) return undefined;
  // A question that names a measure counts figures (报告里受理了多少件), not reports; "in total" is no measure.
  const measured = withoutCues(scope.rest, cues, ['sum']).replace(/\s+/g, ' ');
  if (phrasesIn(measured, ctx.index.measurePhrases).some((p) => !says(p, 'hub_report'))) return undefined;
  const found = phrasesIn(text, ctx.index.topicPhrases);
  const named = found.filter((p) => !found.some((q) => q !== p && q.includes(p)));
  const topic = named.map((p) => [...(ctx.index.topicsOfPhrase.get(p) ?? [])][0]).find((t) => !!t);
  // 哪个省的报告法律援助最多 ranks a figure; 哪个省提到法律援助的报告最多 counts reports.
  if (grouping && (topic || namesFigure(text, ctx)) && !says(text, 'mention')) return undefined;
  if (grouping?.groups) return groupsNamed({ ...grouping, groups: grouping.groups }, scope, ctx, topic);
  const places = acrossPlaces(scope, ctx.index.reports, ctx.normalized);
  if (places.missing) return unanswerable({ ...ctx, scope: missingScope(scope, ctx.index.reports, places.missing) }, places.missing, []);
  const group = grouping ? { groupBy: grouping.by, ...(grouping.order ? { order: grouping.order } : {}) } : {};
  const first = recency && !grouping ? { recency } : {};
  return result(ctx, { op: 'reports', scope: acrossScopeOf(places), count: says(text, 'hub_count') && !recency, ...(topic ? { topic } : {}), ...group, ...first }, 1);
}

/** Counts of the years or places a question names: each must hold a report, or the question is unanswerable. */
function groupsNamed(grouping: GroupRequest & { groups: string[] }, scope: QuestionScope, ctx: Context, topic?: string): ParseResult {
  const held: Report[] = ctx.index.reports;
  const refuse = (reason: 'NO_SUCH_REGION' | 'NO_SUCH_PERIOD') => unanswerable({ ...ctx, scope: missingScope(scope, held, reason) }, reason, []);
  if (scope.unknownPlaces.length) return refuse('NO_SUCH_REGION');
  if (grouping.by === 'year') {
    // The places named (if any) scope the years' counts: 河南2023年和2024年各有几份.
    const places = acrossPlaces({ ...scope, years: [] }, held);
    if (places.missing) return refuse(places.missing);
    if (grouping.groups.some((y) => !places.reports.some((r) => String(r.year) === y))) return refuse('NO_SUCH_PERIOD');
    return result(ctx, { op: 'reports', scope: acrossScopeOf(places), count: true, groupBy: 'year', groups: grouping.groups, ...(topic ? { topic } : {}), ...(grouping.order ? { order: grouping.order } : {}) }, 1);
  }
  if (grouping.groups.some((g) => !held.some((r) => r.region === g || liesIn(r, g)))) return refuse('NO_SUCH_REGION');
  const year = scope.years.length === 1 ? scope.years[0] : undefined;
  if (year && !held.some((r) => r.year === year)) return refuse('NO_SUCH_PERIOD');
  return result(ctx, { op: 'reports', scope: year ? { year } : {}, count: true, groupBy: grouping.by, groups: grouping.groups, ...(topic ? { topic } : {}), ...(grouping.order ? { order: grouping.order } : {}) }, 1);
}
