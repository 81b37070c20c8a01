/**
 * The GraphQL API over real HTTP, on SQLite and on PostgreSQL: every figure of the seed report is
 * served with a verbatim quote and exact span, pages cover every figure once, filters narrow, and
 * bad input gets a clear BAD_USER_INPUT.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, databaseKinds, type TestDatabase } from '../support/databases.js';
import { startHub, type RunningHub } from '../support/hub.js';

const kinds = await databaseKinds();

const METRIC_FIELDS = `id key label labelZh labelEn value unit qualifier text quote span { start end } quoteSpan { start end }`;

describe.each(kinds)('GraphQL API on %s', (kind) => {
  let db: TestDatabase;
  let hub: RunningHub;
  let reportText: string;

  beforeAll(async () => {
    db = await createDatabase(kind);
    hub = await startHub(db.url);
    const { body } = await hub.gql(`{ report(id: "ziyun-2024") { text } }`);
    reportText = body.data.report.text;
  });
  afterAll(async () => {
    await hub?.close();
    await db?.drop();
  });

  it('lists the seed report with its metadata', async () => {
    const { status, body } = await hub.gql(`{ reports { id title region year publisher publishedOn figureCount } }`);
    expect(status).toBe(200);
    expect(body.data.reports).toEqual([{
      id: 'ziyun-2024',
      title: '紫云自治县2024年度法治政府建设工作报告',
      region: '紫云苗族布依族自治县',
      year: 2024,
      publisher: '紫云苗族布依族自治县司法局',
      publishedOn: '2025-03-28',
      figureCount: 88,
    }]);
  });

  it('pages through every figure exactly once, with totalCount matching', async () => {
    const seen: any[] = [];
    let after: string | null = null;
    let totalCount = -1;
    for (let pages = 0; pages < 20; pages++) {
      const { body }: any = await hub.gql(
        `query($after: String) { metrics(first: 25, after: $after) { totalCount nodes { ${METRIC_FIELDS} } edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }`,
        { after },
      );
      const page = body.data.metrics;
      totalCount = page.totalCount;
      seen.push(...page.nodes);
      expect(page.edges.map((e: any) => e.node.id)).toEqual(page.nodes.map((n: any) => n.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(totalCount).toBe(88);
    expect(seen).toHaveLength(88);
    expect(new Set(seen.map((m) => m.id)).size).toBe(88);
  });

  it('serves every figure with its exact span and a quote found verbatim in the report', async () => {
    const { body } = await hub.gql(`{ metrics(first: 1000) { nodes { ${METRIC_FIELDS} } } }`);
    const metrics = body.data.metrics.nodes;
    expect(metrics).toHaveLength(88);
    for (const m of metrics) {
      expect(reportText.slice(m.span.start, m.span.end), m.id).toBe(m.text);
      expect(reportText.slice(m.quoteSpan.start, m.quoteSpan.end), m.id).toBe(m.quote);
      expect(m.quote, m.id).toContain(m.text);
      expect(m.label).toBe(m.labelZh);
      expect(m.labelEn.length, m.id).toBeGreaterThan(3);
    }
  });

  it('gives a metric by id with its topic, measure, section and report', async () => {
    const { body } = await hub.gql(`{ metric(id: "ziyun-2024/administrative-reconsideration.concluded") {
      value unit qualifier quote topic { id name nameEn } measure { id name } section { id marker heading } report { id } } }`);
    expect(body.data.metric).toEqual({
      value: 22,
      unit: '件',
      qualifier: 'EXACT',
      quote: expect.stringContaining('审结22件'),
      topic: { id: 'administrative-reconsideration', name: '行政复议', nameEn: expect.stringMatching(/reconsideration/i) },
      measure: { id: 'concluded', name: '审结' },
      section: { id: 'ziyun-2024/1.3.3', marker: '三是', heading: '提升依法行政水平' },
      report: { id: 'ziyun-2024' },
    });
  });

  it('answers null for a metric id it does not hold', async () => {
    const { body } = await hub.gql(`{ metric(id: "ziyun-2024/no-such-figure") { id } }`);
    expect(body.errors).toBeUndefined();
    expect(body.data.metric).toBeNull();
  });

  it('reads 8万余份 as 80000, qualified as more than', async () => {
    const { body } = await hub.gql(`{ metric(id: "ziyun-2024/legal-publicity.materials-distributed") { value unit qualifier text } }`);
    expect(body.data.metric).toEqual({ value: 80000, unit: '份', qualifier: 'MORE_THAN', text: '8万余份' });
  });

  it('filters metrics by topic name, region short form, year, unit and free text', async () => {
    const count = async (filter: string) => (await hub.gql(`{ metrics(filter: ${filter}) { totalCount } }`)).body.data.metrics.totalCount;
    expect(await count('{ topic: "行政复议" }')).toBe(5);
    expect(await count('{ topic: "administrative-litigation" }')).toBe(5);
    expect(await count('{ region: "紫云", topic: "行政复议" }')).toBe(5);
    expect(await count('{ region: "Ziyun", year: 2024 }')).toBe(88);
    expect(await count('{ year: 2023 }')).toBe(0);
    expect(await count('{ region: "金平县" }')).toBe(0);
    expect(await count('{ unit: "%" }')).toBe(8);
    expect(await count('{ search: "调委会" }')).toBeGreaterThanOrEqual(5);
    expect(await count('{ search: "mediation committees" }')).toBeGreaterThanOrEqual(1);
  });

  it('includes figures of subsections when filtering by a section', async () => {
    const { body } = await hub.gql(`{ metrics(filter: { sectionId: "ziyun-2024/1.3" }, first: 100) { nodes { id } } }`);
    const ids = body.data.metrics.nodes.map((n: any) => n.id);
    expect(ids).toContain('ziyun-2024/administrative-reconsideration.received');
    expect(ids).toContain('ziyun-2024/law-enforcement-supervision.case-files-checked');
    expect(ids).not.toContain('ziyun-2024/legal-aid.cases-accepted');
  });

  it('gives a total its parts: mediation committees by type', async () => {
    const { body } = await hub.gql(`{ metric(id: "ziyun-2024/people-mediation.committees") { value parts { value partOf { id } } } }`);
    expect(body.data.metric.value).toBe(196);
    expect(body.data.metric.parts.map((p: any) => p.value)).toEqual([165, 10, 10, 3, 8]);
    expect(body.data.metric.parts.every((p: any) => p.partOf.id === 'ziyun-2024/people-mediation.committees')).toBe(true);
  });

  it('serves the outline as a tree, with problems and recommendations', async () => {
    const { body } = await hub.gql(`{ report(id: "ziyun-2024") {
      outline { marker heading role children { marker heading children { marker } } }
      problems: sections(role: PROBLEM, kind: ITEM) { heading text span { start end } }
      recommendations: sections(role: RECOMMENDATION, kind: SECTION) { heading } } }`);
    const report = body.data.report;
    expect(report.outline.map((p: any) => [p.marker, p.role])).toEqual([['一、', 'WORK'], ['二、', 'PROBLEM'], ['三、', 'RECOMMENDATION']]);
    expect(report.outline[0].children).toHaveLength(6);
    expect(report.outline[0].children[0].children.map((c: any) => c.marker)).toEqual(['一是', '二是', '三是', '四是']);
    expect(report.problems.map((p: any) => p.heading)).toEqual(['干部法治素养仍有待提高', '执法装备与业务工作不相匹配']);
    for (const p of report.problems) expect(reportText.slice(p.span.start, p.span.end)).toBe(p.text);
    expect(report.recommendations).toHaveLength(3);
  });

  it('gives a brief: headline figures by topic, totals before parts, in report order', async () => {
    const { body } = await hub.gql(`{ report(id: "ziyun-2024") { headlines(perTopic: 2) { topic { id } more metrics { id text quote spanStart: span { start } } } } }`);
    const headlines = body.data.report.headlines;
    expect(headlines[0].topic.id).toBe('rule-of-law-study');
    const mediation = headlines.find((h: { topic: { id: string } }) => h.topic.id === 'people-mediation');
    // The total of committees, not one of its parts, leads its topic.
    expect(mediation.metrics[0].id).toBe('ziyun-2024/people-mediation.committees');
    expect(mediation.more).toBe(9);
    for (const h of headlines) {
      expect(h.metrics.length).toBeLessThanOrEqual(2);
      const starts = h.metrics.map((m: { spanStart: { start: number } }) => m.spanStart.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
      for (const m of h.metrics) expect(m.quote).toContain(m.text);
    }
  });

  it('lists the cited documents with spans', async () => {
    const { body } = await hub.gql(`{ documents(region: "紫云县") { title span { start end } section { id } } }`);
    expect(body.data.documents).toHaveLength(11);
    for (const d of body.data.documents) expect(reportText.slice(d.span.start, d.span.end)).toBe(`《${d.title}》`);
    expect(body.data.documents.map((d: any) => d.title)).toContain('党政主要负责人履行推进法治建设第一责任人职责规定');
  });

  it('lists topics and measures from the lexicon', async () => {
    const { body } = await hub.gql(`{ topics { id name nameEn } measures { id name kind } }`);
    expect(body.data.topics).toContainEqual({ id: 'legal-aid', name: '法律援助', nameEn: expect.any(String) });
    expect(body.data.measures).toContainEqual({ id: 'appearance-rate', name: expect.stringContaining('出庭率'), kind: 'RATE' });
  });

  it.each([
    ['a page size over the limit', '{ metrics(first: 1001) { totalCount } }', /first/],
    ['a negative page size', '{ metrics(first: -1) { totalCount } }', /first/],
    ['a cursor it did not issue', '{ metrics(after: "bm90LWEtY3Vyc29y") { totalCount } }', /cursor/],
    ['an unknown topic', '{ metrics(filter: { topic: "astrology" }) { totalCount } }', /unknown topic/],
  ])('refuses %s with BAD_USER_INPUT', async (_name, query, message) => {
    const { body } = await hub.gql(query);
    expect(body.data).toBeNull();
    expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(body.errors[0].message).toMatch(message);
  });

  it('refuses a huge page before running it, with 400 and the cost it would have', async () => {
    const { status, body } = await hub.gql('{ metrics(first: 100000000) { nodes { id label quote } } }');
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(body.errors[0].message).toMatch(/Cost limit/);
  });

  it('answers a malformed query with 400 and a parse error', async () => {
    const { status, body } = await hub.gql('{ metrics(first: 2 { totalCount }');
    expect(status).toBe(400);
    expect(body.errors[0].extensions.code).toBe('GRAPHQL_PARSE_FAILED');
  });

  it('says it is healthy once the data is loaded', async () => {
    const response = await fetch(`${hub.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });
});
