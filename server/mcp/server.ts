/**
 * The hub as a Model Context Protocol server: five tools (ask, search_metrics, get_metric,
 * list_reports, brief), each a GraphQL operation of the public API run in process, each returning
 * readable text and structured content that carries the sources (report, section, quote, span).
 * Bad input is a tool error with a clear message; the server keeps running.
 */
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import { MAX_QUESTION_LENGTH } from '../ask/ask.service.js';
import { OperationError, type OperationName, type OperationRunner } from './operations.js';

const VERSION = '0.1.0';

type Figure = { id: string; label: string; value: number; unit: string; text: string; quote: string; report?: { id: string; region: string; year: number } };

const figureLine = (m: Figure) => `- ${m.label}: ${m.text} — ${m.report ? `${m.report.region} ${m.report.year}, ` : ''}${m.id}\n  “${m.quote}”`;

/** Run an operation and shape its result; errors a caller can act on become tool errors. */
async function tool(runner: OperationRunner, name: OperationName, variables: Record<string, unknown>,
  shape: (data: any) => { text: string; structured: Record<string, unknown> }): Promise<CallToolResult> {
  try {
    const { text, structured } = shape(await runner.run(name, variables));
    return { content: [{ type: 'text', text }], structuredContent: structured };
  } catch (error) {
    const message = error instanceof OperationError ? error.message : 'Unexpected error';
    return { content: [{ type: 'text', text: message }], isError: true };
  }
}

export function createMcpServer(runner: OperationRunner): McpServer {
  const server = new McpServer({ name: 'rule-of-law-report-hub', version: VERSION });

  server.registerTool('ask', {
    title: 'Ask the reports',
    description: 'Answer a question in Chinese or English from the figures of the rule-of-law government reports. '
      + 'Returns status (ANSWERED, CLARIFY, UNANSWERABLE), the value with unit, how the question was interpreted, every fact used with its source sentence and position, and follow-up questions the hub answers; for a question about a whole report (What does the Ziyun report say? 紫云的报告讲了什么), `summary` holds its title, outline, headline figures with sources, problems and next steps, and the parts it lacks. Never guesses a number.',
    inputSchema: {
      question: z.string().trim().min(1, 'the question is empty').max(MAX_QUESTION_LENGTH, `at most ${MAX_QUESTION_LENGTH} characters`)
        .describe('e.g. 行政复议审结了多少件? or How many reconsideration cases were concluded?'),
      conversationId: z.string().uuid().optional().describe('A UUID v4 you make for a conversation and keep, so follow-ups (那行政诉讼呢?) are understood'),
      reportId: z.string().min(1).optional().describe('Read the question within this report only (an id from list_reports)'),
    },
  }, ({ question, conversationId, reportId }) => tool(runner, 'ask', { question, conversationId, scope: reportId ? { reportId } : undefined }, (data) => {
    const answer = data.ask;
    const sources = answer.facts.map((f: { label: string; quote: string; reportId: string; span: { start: number; end: number } | null }) =>
      `- ${f.label} [${f.reportId}${f.span ? ` ${f.span.start}–${f.span.end}` : ''}]: “${f.quote}”`);
    const text = [answer.text, answer.derivation ? `Derived: ${answer.derivation}` : '', `Interpreted as: ${answer.interpretation}`,
      sources.length ? `Sources:\n${sources.join('\n')}` : '',
      answer.summary?.missing?.length ? `Not in the report: ${answer.summary.missing.join(', ')}` : '',
      answer.followUps?.length ? `Ask next (each answered by the hub):\n${answer.followUps.map((q: string) => `- ${q}`).join('\n')}` : ''].filter(Boolean).join('\n');
    return { text, structured: answer };
  }));

  server.registerTool('search_metrics', {
    title: 'Search figures',
    description: 'Find figures by words in their labels, aliases and source sentences, optionally within a report, region, year or topic. Paged: pass the returned endCursor as `after`.',
    inputSchema: {
      text: z.string().max(200).optional().describe('Words to find, e.g. 调解委员会 or legal aid'),
      reportId: z.string().max(120).optional(),
      region: z.string().max(100).optional().describe('Official name or short form: 紫云, 紫云县, Ziyun'),
      year: z.number().int().min(1949).max(2100).optional(),
      topic: z.string().max(80).optional().describe('Topic id or name, e.g. administrative-reconsideration or 行政复议'),
      first: z.number().int().min(1).max(100).default(20),
      after: z.string().max(200).optional(),
    },
  }, ({ text, reportId, region, year, topic, first, after }) => tool(runner, 'search-metrics',
    { filter: { search: text, reportId, region, year, topic }, first, after }, (data) => {
      const page = data.metrics;
      const lines = page.nodes.map(figureLine);
      return {
        text: `${page.totalCount} figures match${page.pageInfo.hasNextPage ? ` (more: after ${page.pageInfo.endCursor})` : ''}.\n${lines.join('\n')}`,
        structured: page,
      };
    }));

  server.registerTool('get_metric', {
    title: 'Get one figure',
    description: 'One figure by its id, with its meaning (topic, measure), its source sentence and its position in the report.',
    inputSchema: { id: z.string().min(1).max(300).describe('e.g. ziyun-2024/administrative-reconsideration.concluded') },
  }, ({ id }) => tool(runner, 'get-metric', { id }, (data) => {
    if (!data.metric) throw new OperationError([{ message: `no figure with id ${id}; search_metrics finds ids` }]);
    const m = data.metric;
    return {
      text: `${m.label} (${m.labelEn}): ${m.text} — ${m.report.region} ${m.report.year}, ${m.section?.heading ?? ''} [${m.span.start}–${m.span.end}]\n“${m.quote}”`,
      structured: m,
    };
  }));

  server.registerTool('list_reports', {
    title: 'List reports',
    description: 'The reports the hub holds: region, year, title, publisher and how many figures each has.',
    inputSchema: { region: z.string().max(100).optional(), year: z.number().int().min(1949).max(2100).optional() },
  }, ({ region, year }) => tool(runner, 'list-reports', { region, year }, (data) => ({
    text: data.reports.length
      ? data.reports.map((r: { id: string; region: string; year: number; title: string; figureCount: number }) => `- ${r.id}: ${r.title} (${r.region} ${r.year}, ${r.figureCount} figures)`).join('\n')
      : 'No report matches.',
    structured: { reports: data.reports },
  })));

  server.registerTool('brief', {
    title: 'Brief on a report',
    description: 'The headline figures of one report, by topic, each with its source sentence: what a leader reads before a meeting.',
    inputSchema: {
      reportId: z.string().min(1).max(120).describe('A report id from list_reports, e.g. ziyun-2024'),
      perTopic: z.number().int().min(1).max(20).default(3),
    },
  }, ({ reportId, perTopic }) => tool(runner, 'brief', { id: reportId, perTopic }, (data) => {
    const report = data.report;
    if (!report) throw new OperationError([{ message: `no report with id ${reportId}; list_reports shows them` }]);
    const sections = report.headlines.map((h: { topic: { name: string; nameEn: string } | null; metrics: Figure[] }) =>
      `## ${h.topic ? `${h.topic.name} (${h.topic.nameEn})` : '其他'}\n${h.metrics.map(figureLine).join('\n')}`);
    return { text: `# ${report.title}\n${report.publisher ?? ''} ${report.publishedOn ?? ''}\n\n${sections.join('\n\n')}`, structured: report };
  }));

  return server;
}
