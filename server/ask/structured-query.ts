/**
 * The structured query language that every question becomes: small, typed and validated here in
 * one place. The same zod definition validates the offline parser's output and, later, a model's
 * tool call (z.toJSONSchema gives the tool's parameters), so nothing unvalidated reaches the
 * executor and nothing a question says ever becomes SQL.
 */
import { z } from 'zod';

const MetricId = z.string().min(1).max(300).describe('A metric id, e.g. ziyun-2024/administrative-reconsideration.concluded');

export const Scope = z.object({
  reportId: z.string().max(120).optional(),
  region: z.string().max(100).optional().describe('Official or short name of the region'),
  year: z.number().int().min(1949).max(2100).optional(),
  topic: z.string().max(80).optional(),
}).strict();

/** Which reports a question across reports is about: named places, an area (a province or city), a year. */
export const AcrossScope = z.object({
  regions: z.array(z.string().max(100)).max(50).optional().describe('Official names of the places named'),
  area: z.string().max(100).optional().describe('A province or city the reports lie in'),
  year: z.number().int().min(1949).max(2100).optional(),
  except: z.array(z.string().max(100)).max(20).optional().describe('Places left out (除了紫云, except Ziyun): their reports and those lying in them'),
}).strict();

export const UnanswerableReason = z.enum(['NO_SUCH_PERIOD', 'NO_SUCH_REGION', 'NOT_IN_REPORT', 'OUT_OF_SCOPE']);

export const StructuredQuery = z.discriminatedUnion('op', [
  z.object({ op: z.literal('lookup'), metrics: z.array(MetricId).min(1).max(20) })
    .describe('The value of one or several figures'),
  z.object({ op: z.literal('sum'), metrics: z.array(MetricId).min(2).max(20) })
    .describe('The sum of several figures of the same unit'),
  z.object({ op: z.literal('difference'), minuend: MetricId, subtrahend: MetricId })
    .describe('How much the first figure exceeds the second'),
  z.object({ op: z.literal('ratio'), numerator: MetricId, denominator: MetricId })
    .describe('numerator ÷ denominator as a percentage'),
  z.object({ op: z.literal('compare'), metrics: z.array(MetricId).min(2).max(10) })
    .describe('Which of several figures is largest'),
  z.object({ op: z.literal('breakdown'), total: MetricId })
    .describe('The parts the report gives of a total (committees by type)'),
  z.object({ op: z.literal('sections'), role: z.enum(['WORK', 'PROBLEM', 'RECOMMENDATION']), scope: Scope })
    .describe('The items of one part of a report: the problems found, the recommendations, the work done'),
  z.object({ op: z.literal('documents'), scope: Scope, near: MetricId.optional(), ids: z.array(z.string().max(300)).max(20).optional() })
    .describe('Documents a report cites; with `near`, those cited in the sentence of that figure; with `ids`, those documents'),
  z.object({ op: z.literal('metadata'), field: z.enum(['publisher', 'publishedOn', 'title', 'region', 'year']), scope: Scope })
    .describe('A fact about a report itself'),
  z.object({
    op: z.literal('passage'), reportId: z.string().min(1).max(120), start: z.number().int().min(0), end: z.number().int().min(1),
    ordinal: z.object({ start: z.number().int().min(0), end: z.number().int().min(1) }).strict().optional()
      .describe('The ordinal of the sentence asked for (位列全省第4, 第56次常委会): its span in the report, 第 included'),
  })
    .refine((q) => q.end > q.start, 'end must be after start')
    .refine((q) => !q.ordinal || (q.ordinal.start >= q.start && q.ordinal.end <= q.end && q.ordinal.end > q.ordinal.start), 'the ordinal must lie in the passage')
    .describe('A sentence of a report that answers a question in words, not numbers (五个抓手是什么); with `ordinal`, the rank or number it states (第几)'),
  z.object({ op: z.literal('overview'), topics: z.array(z.string().min(1).max(80)).min(1).max(5), scope: Scope })
    .describe("Every figure of some topics (keys such as administrative-reconsideration) in scope, with the rates their funnels imply: for 行政复议的总体情况 / what are the legal-aid figures"),
  z.object({ op: z.literal('summary'), scope: Scope })
    .describe('What one whole report says: its title, outline, headline figures, problems and next steps (紫云的报告讲了什么, summarize the Ziyun report); give scope.reportId'),
  z.object({
    op: z.literal('rank'),
    order: z.enum(['desc', 'asc']),
    limit: z.number().int().min(1).max(1000).optional(),
    indicator: z.string().max(200).optional().describe('An indicator id (topic.measure:unit): its figure in every report in scope'),
    metrics: z.array(MetricId).max(200).optional().describe("Without an indicator: each report's figure, chosen by its words"),
    position: z.number().int().min(1).max(1000).optional().describe('The place in the ranking asked for (第二多, the second highest): that report is the answer'),
    place: z.string().max(100).optional().describe('A place whose position is asked (紫云在各县中排第几, where does Ziyun rank): its rank is the answer'),
    scope: AcrossScope,
  }).refine((q) => !!q.indicator !== !!q.metrics, 'give an indicator or metrics, not both')
    .describe('The reports in scope ranked by one figure; those that do not state it are listed as not stated'),
  z.object({
    op: z.literal('reports'),
    scope: AcrossScope,
    topic: z.string().max(80).optional().describe('Only reports with figures on this topic'),
    count: z.boolean().describe('How many, rather than which'),
    groupBy: z.enum(['province', 'city', 'county', 'year']).optional().describe('Counted by the province, city or county they lie in, or by year'),
    groups: z.array(z.string().min(1).max(100)).min(1).max(20).optional().describe('With groupBy: only these groups (years, or places at any level), in this order'),
    order: z.enum(['desc', 'asc']).optional().describe('With groupBy: the group with the most (desc) or fewest (asc) reports is the answer'),
    recency: z.enum(['latest', 'earliest']).optional().describe('The most recent or the earliest report in scope is the answer (its year)'),
  }).describe('The reports the hub holds: by place (any level), year, or a topic they report on; or how many in each province, city, county or year'),
  z.object({ op: z.literal('none'), reason: UnanswerableReason, scope: Scope, nearest: z.array(MetricId).max(5) })
    .describe('The data cannot answer; `nearest` are the closest figures the hub does hold'),
]);

export type StructuredQuery = z.infer<typeof StructuredQuery>;
export type Scope = z.infer<typeof Scope>;
export type AcrossScope = z.infer<typeof AcrossScope>;
export type UnanswerableReason = z.infer<typeof UnanswerableReason>;

/** Parse untrusted input (a model's tool call, a client's JSON) into a query, or say what is wrong. */
export function validateQuery(input: unknown): { ok: true; query: StructuredQuery } | { ok: false; error: string } {
  const result = StructuredQuery.safeParse(input);
  if (result.success) return { ok: true, query: result.data };
  return { ok: false, error: result.error.issues.map((i) => `${i.path.join('.') || 'query'}: ${i.message}`).join('; ') };
}
