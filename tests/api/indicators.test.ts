/**
 * The indicator API (figures comparable across reports) on SQLite and PostgreSQL: the list with
 * labels and how many reports state each, one indicator's values across reports filtered by region
 * at any level, year or report, each with its source, and the reports that do not state it.
 */
import { describe, expect, it } from 'vitest';
import { databaseKinds } from '../support/databases.js';
import { samplesHub } from '../support/samples-hub.js';

const LECTURES = 'rule-of-law-study.sessions-held:场次';
const ACROSS = `indicator { id labelZh labelEn reportCount figureCount }
  values { metricId value unit qualifier span { start end } report { id region year excerpt } metric { quote } }
  notStated { id region year excerpt }`;

for (const kind of await databaseKinds()) {
  describe(`indicators on ${kind}`, () => {
    const hub = samplesHub(kind);

    it('lists the indicators with their labels in both languages and how many reports state each', async () => {
      const { body } = await hub.gql('{ indicators { id labelZh labelEn topicId measureId unit reportCount figureCount } }');
      const lectures = body.data.indicators.find((i: any) => i.id === LECTURES);
      expect(lectures).toMatchObject({ topicId: 'rule-of-law-study', measureId: 'sessions-held', unit: '场次', reportCount: 2 });
      expect(lectures.labelZh).toContain('学习贯彻习近平法治思想');
      expect(lectures.labelEn).toContain('Rule of Law');
      // The most widely stated first.
      const counts = body.data.indicators.map((i: any) => i.reportCount);
      expect(counts).toEqual([...counts].sort((a: number, b: number) => b - a));
    });

    it("gives one indicator's figure in every report that states it, with its source, and the reports that do not", async () => {
      const { body } = await hub.gql(`query I($id: ID!) { indicator(id: $id) { ${ACROSS} } }`, { id: LECTURES });
      const { values, notStated } = body.data.indicator;
      expect(values.map((v: any) => [v.report.id, v.value]).sort()).toEqual([['langxi-2024', 75], ['lushan-2024', 40]]);
      expect(notStated).toHaveLength(7);
      for (const v of values) {
        const text = (await hub.gql('query R($id: ID!) { report(id: $id) { text } }', { id: v.report.id })).body.data.report.text as string;
        expect(text.slice(v.span.start, v.span.end)).toContain(String(v.value));
        expect(v.metric.quote).toContain(text.slice(v.span.start, v.span.end));
        expect(v.report.excerpt).toBe(true);
      }
    });

    it('filters by a province, a city, a year or a report', async () => {
      const ask = async (args: Record<string, unknown>) => (await hub.gql(`query I($id: ID!, $region: String, $year: Int, $reportId: ID) {
        indicator(id: $id, region: $region, year: $year, reportId: $reportId) { ${ACROSS} } }`, { id: LECTURES, ...args })).body.data.indicator;
      const henan = await ask({ region: '河南' });
      expect(henan.values.map((v: any) => v.report.id)).toEqual(['lushan-2024']);
      expect(henan.notStated.map((r: any) => r.id)).toEqual(['xunxian-2024']);
      expect((await ask({ region: '宣城市' })).values.map((v: any) => v.report.id)).toEqual(['langxi-2024']);
      const in2023 = await ask({ year: 2023 });
      expect(in2023.values).toEqual([]);
      expect(in2023.notStated.map((r: any) => r.id)).toEqual(['hanzhong-2023']);
      expect((await ask({ reportId: 'ziyun-2024' })).values).toEqual([]);
    });

    it('filters figures by a city or a province too', async () => {
      const { body } = await hub.gql('{ metrics(filter: { region: "鹤壁" }, first: 100) { nodes { report { id } } } }');
      expect(new Set(body.data.metrics.nodes.map((n: any) => n.report.id))).toEqual(new Set(['xunxian-2024']));
    });

    it('answers null for an indicator it does not know, and an unknown topic with BAD_USER_INPUT', async () => {
      expect((await hub.gql('{ indicator(id: "nothing.none:件") { indicator { id } } }')).body.data.indicator).toBeNull();
      const { body } = await hub.gql('{ indicators(topic: "weather") { id } }');
      expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    });
  });
}
